import { csvField, CsvSyntaxError, formatScaled, parseCsv, parseScaledDecimal } from './price-list-csv';

describe('price list CSV parsing', () => {
    it('reads quoted fields with commas, quotes and newlines, CRLF, a BOM, and skips blank lines', () => {
        const records = parseCsv('\ufeffsku,price\r\n"A,1","say ""hi"""\r\n\r\n"multi\nline",2\n');
        expect(records).toEqual([
            { line: 1, fields: ['sku', 'price'] },
            { line: 2, fields: ['A,1', 'say "hi"'] },
            { line: 4, fields: ['multi\nline', '2'] },
        ]);
    });

    it('reports an unterminated quote with the line it starts on', () => {
        expect(() => parseCsv('a,b\n1,2\n"x,3\n4,5')).toThrow(CsvSyntaxError);
        try {
            parseCsv('a,b\n1,2\n"x,3\n4,5');
        } catch (e) {
            expect((e as CsvSyntaxError).line).toBe(3);
        }
    });

    it('refuses text after a closing quote and a quote inside an unquoted field', () => {
        expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
        expect(() => parseCsv('a"b,c')).toThrow(/inside an unquoted field/);
    });

    it('parses decimals into scaled integers without floating point error', () => {
        expect(parseScaledDecimal('1099.5', 2)).toBe(109950);
        expect(parseScaledDecimal('0.29', 2)).toBe(29);
        expect(parseScaledDecimal('12', 2)).toBe(1200);
        expect(parseScaledDecimal('1.999', 2)).toBeUndefined();
        expect(parseScaledDecimal('-1', 2)).toBeUndefined();
        expect(parseScaledDecimal('1e3', 2)).toBeUndefined();
        expect(parseScaledDecimal('', 2)).toBeUndefined();
    });

    it('formats and quotes for export', () => {
        expect(formatScaled(109950, 2)).toBe('1099.50');
        expect(formatScaled(5, 2)).toBe('0.05');
        expect(csvField('a,b')).toBe('"a,b"');
        expect(csvField('say "hi"')).toBe('"say ""hi"""');
        expect(csvField('plain')).toBe('plain');
    });
});
