import { diffText } from './text-diff';

describe('portal text diff', () => {
    it('shows a changed word as a deletion and an insertion between kept text', () => {
        expect(diffText('<p>Prices rise in May</p>', '<p>Prices fall in May</p>')).toEqual([
            { op: 'equal', text: '<p>Prices ' },
            { op: 'delete', text: 'rise' },
            { op: 'insert', text: 'fall' },
            { op: 'equal', text: ' in May</p>' },
        ]);
    });

    it('diffs Chinese text character by character', () => {
        expect(diffText('渠道政策调整', '渠道价格调整')).toEqual([
            { op: 'equal', text: '渠道' },
            { op: 'delete', text: '政策' },
            { op: 'insert', text: '价格' },
            { op: 'equal', text: '调整' },
        ]);
    });

    it('handles additions, removals and identical texts', () => {
        expect(diffText('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
        expect(diffText('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
        expect(diffText('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
    });

    it('reassembles both texts from its segments', () => {
        const before = 'The quick brown fox jumps over the lazy dog. 市场信息 2026.';
        const after = 'A quick red fox leaps over the dog! 市场动态 2027.';
        const segments = diffText(before, after);
        expect(
            segments
                .filter(s => s.op !== 'insert')
                .map(s => s.text)
                .join(''),
        ).toBe(before);
        expect(
            segments
                .filter(s => s.op !== 'delete')
                .map(s => s.text)
                .join(''),
        ).toBe(after);
    });
});
