import { arrayBound } from './plain-sql';

describe('arrayBound (PlainSql on PostgreSQL: one text whatever the length of a list)', () => {
    it('binds a list parameter as one array: IN → = ANY, NOT IN → <> ALL', () => {
        const sql = 'SELECT 1 FROM t WHERE t."a" IN (:...ids) AND t."b" not in ( :...skip ) AND t."c" = :c';
        expect(arrayBound(sql, { ids: [1, 2], skip: ['x'], c: 3 })).toBe(
            'SELECT 1 FROM t WHERE t."a" = ANY(:ids) AND t."b" <> ALL(:skip) AND t."c" = :c',
        );
    });

    it('leaves a spread whose value is not an array, and every other IN, as written', () => {
        const sql =
            'SELECT 1 FROM t WHERE t."a" IN (:...one) AND t."b" IN (1, 2) AND t."c" IN (:x, :y) AND "WIN" = 1';
        expect(arrayBound(sql, { one: 5, x: 1, y: 2 })).toBe(sql);
    });

    it('rewrites every occurrence of the same list', () => {
        expect(arrayBound('a IN (:...ids) OR b IN (:...ids)', { ids: [1] })).toBe(
            'a = ANY(:ids) OR b = ANY(:ids)',
        );
    });
});
