import { chunked, MAX_STATEMENT_PARAMETERS, rowsPerStatement } from './bulk-write';

describe('rowsPerStatement', () => {
    it('keeps a statement within the parameter budget', () => {
        expect(rowsPerStatement(12)).toBe(Math.floor(MAX_STATEMENT_PARAMETERS / 12));
        expect(rowsPerStatement(12) * 12).toBeLessThanOrEqual(MAX_STATEMENT_PARAMETERS);
        expect(rowsPerStatement(7, 900)).toBe(128);
    });

    it('caps the rows of narrow tables and never goes below one row', () => {
        expect(rowsPerStatement(1)).toBe(1_000);
        expect(rowsPerStatement(2, 10_000, 250)).toBe(250);
        expect(rowsPerStatement(50_000)).toBe(1);
        expect(rowsPerStatement(0)).toBe(1_000);
    });
});

describe('chunked', () => {
    it('splits into consecutive slices, the last one shorter', () => {
        expect([...chunked([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
        expect([...chunked([1, 2, 3, 4], 2)]).toEqual([
            [1, 2],
            [3, 4],
        ]);
    });

    it('yields nothing for no items and treats a size below one as one', () => {
        expect([...chunked([], 10)]).toEqual([]);
        expect([...chunked(['a', 'b'], 0)]).toEqual([['a'], ['b']]);
    });
});
