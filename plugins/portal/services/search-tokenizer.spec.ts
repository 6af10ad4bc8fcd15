import { indexTokens, queryTokens, scoreTokens, stemWord } from './search-tokenizer';

describe('portal search tokenizer', () => {
    it('splits Latin text into lower-cased, accent-free, lightly stemmed words', () => {
        expect([...indexTokens('Dealer Policies: Café prices, boxes & the CEO’s notes 2026').keys()]).toEqual(
            ['dealer', 'policy', 'cafe', 'price', 'box', 'the', 'ceo', 'note', '2026'],
        );
        expect(stemWord('business')).toBe('business');
        expect(stemWord('status')).toBe('status');
        expect(stemWord('analysis')).toBe('analysis');
    });

    it('indexes CJK text as characters and bigrams', () => {
        const tokens = indexTokens('市场信息');
        expect([...tokens.keys()].sort()).toEqual(['信', '信息', '场', '场信', '市', '市场', '息'].sort());
    });

    it('keeps mixed text apart: Chinese runs and Latin words', () => {
        expect([...indexTokens('2026年Q3渠道政策update').keys()]).toEqual([
            '2026',
            '年',
            'q3',
            '渠',
            '渠道',
            '道',
            '道政',
            '政',
            '政策',
            '策',
            'update',
        ]);
    });

    it('turns a query into the tokens an article must all contain', () => {
        expect(queryTokens('市场')).toEqual(['市场']);
        expect(queryTokens('市')).toEqual(['市']);
        expect(queryTokens('市场信息')).toEqual(['市场', '场信', '信息']);
        expect(queryTokens('  Dealer  POLICIES ')).toEqual(['dealer', 'policy']);
        expect(queryTokens('!!!')).toEqual([]);
    });

    it('scores a title occurrence above any number of summary or body occurrences', () => {
        const scores = scoreTokens({
            title: 'Solar',
            summary: 'wind wind wind wind',
            body: 'tide tide tide tide tide tide tide tide',
        });
        expect(scores.get('solar')).toBeGreaterThan(scores.get('wind') ?? 0);
        expect(scores.get('wind')).toBeGreaterThan(scores.get('tide') ?? 0);
    });
});
