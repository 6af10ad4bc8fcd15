import { parseCsv, readCsv } from './csv';

describe('readCsv', () => {
    it('yields the records parseCsv returns, one at a time, and throws a syntax error only when it reaches it', () => {
        const text = 'sku,price\nA,1\n\n"B,2",3\n"unterminated,4\n';
        const reader = readCsv(text);
        expect(reader.next().value).toEqual({ line: 1, fields: ['sku', 'price'] });
        expect(reader.next().value).toEqual({ line: 2, fields: ['A', '1'] });
        expect(reader.next().value).toEqual({ line: 4, fields: ['B,2', '3'] });
        expect(() => reader.next()).toThrow(/Unterminated quoted field starting on line 5/);
        expect(parseCsv('sku,price\r\nA,1\r\n')).toEqual([...readCsv('sku,price\r\nA,1\r\n')]);
    });
});
