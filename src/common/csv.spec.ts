import { parseCsv, readCsv, scanCsv } from './csv';

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

    it('skips blank lines, quoted or not, but keeps a record whose only field is a quoted quote', () => {
        expect(parseCsv('a\n  \n" "\n"\n"\n""""\nb,\n')).toEqual([
            { line: 1, fields: ['a'] },
            { line: 6, fields: ['"'] },
            { line: 7, fields: ['b', ''] },
        ]);
        expect(parseCsv('x\ry\r\nz')).toEqual([
            { line: 1, fields: ['x'] },
            { line: 2, fields: ['y'] },
            { line: 3, fields: ['z'] },
        ]);
    });
});

describe('scanCsv', () => {
    const files = [
        '\ufeffsku,price\r\n"A,1","say ""hi"""\r\n\r\n"multi\nline",2\n',
        'a\n  \n" "\n"\n"\n""""\nb,\n',
        '\n\nsku,price\nA,1\nB,2',
        'only,a,header\n',
        '',
        '   \n',
    ];

    it('finds the header and counts the records after it as readCsv reads them', () => {
        for (const text of files) {
            const records = parseCsv(text);
            expect(scanCsv(text)).toEqual({
                header: records[0],
                rows: Math.max(0, records.length - 1),
            });
        }
        expect(scanCsv('\n\nsku,price\nA,1\nB,2')).toEqual({
            header: { line: 3, fields: ['sku', 'price'] },
            rows: 2,
        });
    });

    it('throws the syntax errors readCsv throws, with their lines', () => {
        for (const text of ['a,b\n1,2\n"x,3\n4,5', 'a,b\n"a"b,c', 'a,b\nc,d"e']) {
            let expected: unknown;
            try {
                parseCsv(text);
            } catch (e) {
                expected = e;
            }
            expect(expected).toBeDefined();
            expect(() => scanCsv(text)).toThrow((expected as Error).message);
        }
        expect(() => scanCsv('a,b\n1,2\n"x,3\n4,5')).toThrow(/starting on line 3/);
    });
});
