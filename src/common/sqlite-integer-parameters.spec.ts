import {
    Column,
    DataSource,
    DataSourceOptions,
    Entity,
    Logger as TypeOrmLogger,
    PrimaryGeneratedColumn,
} from 'typeorm';

import { bindSqliteIntegerParameters } from './sqlite-integer-parameters';

@Entity()
class BoundRow {
    @PrimaryGeneratedColumn()
    id: number;

    @Column({ type: 'varchar' })
    code: string;

    @Column({ type: 'int', default: 0 })
    count: number;
}

/** Every statement TypeORM runs, as sent to the driver. */
class Statements implements TypeOrmLogger {
    readonly texts: string[] = [];
    logQuery(query: string): void {
        this.texts.push(query);
    }
    logQueryError(): void {}
    logQuerySlow(): void {}
    logSchemaBuild(): void {}
    logMigration(): void {}
    log(): void {}
}

describe.each(['better-sqlite3', 'sqljs'] as const)('integer parameters on %s', type => {
    let dataSource: DataSource;
    const statements = new Statements();
    let ids: number[];

    beforeAll(async () => {
        bindSqliteIntegerParameters();
        dataSource = new DataSource({
            type,
            database: type === 'better-sqlite3' ? ':memory:' : undefined,
            entities: [BoundRow],
            synchronize: true,
            logging: ['query'],
            logger: statements,
        } as DataSourceOptions);
        await dataSource.initialize();
        // written the way TypeORM wrote integers before: as text in the statement
        await dataSource.query(
            `INSERT INTO "bound_row" ("code", "count") VALUES ('5', 1), ('6', 2), ('x', 3)`,
        );
        ids = (await dataSource.getRepository(BoundRow).find({ order: { id: 'ASC' } })).map(r => r.id);
    });

    afterAll(async () => {
        await dataSource.destroy();
    });

    const one = <T>(select: string, parameters: Record<string, unknown>) =>
        dataSource
            .createQueryBuilder()
            .select(select, 'value')
            .from(BoundRow, 'r')
            .where('r.id = :first', { first: ids[0] })
            .setParameters(parameters)
            .getRawOne<{ value: T }>()
            .then(row => row?.value);

    it('runs one statement text for every id, the id bound rather than written into it', async () => {
        const repo = dataSource.getRepository(BoundRow);
        const from = statements.texts.length;
        const found = [];
        for (const id of ids) {
            found.push(await repo.createQueryBuilder('r').where('r.id = :id', { id }).getOneOrFail());
        }
        expect(found.map(r => r.code)).toEqual(['5', '6', 'x']);
        const texts = new Set(statements.texts.slice(from));
        expect(texts.size).toBe(1);
        expect([...texts][0]).toMatch(/"r"\."id" = \?/);
    });

    it('binds an integer as SQLite INTEGER, as the number written into the statement was', async () => {
        expect(await one('typeof(:n)', { n: 5 })).toBe('integer');
        expect(await one(`:n || ''`, { n: 5 })).toBe('5');
        expect(await one(':n / :d', { n: 7, d: 2 })).toBe(3);
        expect(await one('typeof(:big)', { big: 3_000_000_000 })).toBe('integer');
        expect(await one(`:big || ''`, { big: 3_000_000_000 })).toBe('3000000000');
    });

    it('finds text written as an integer, by an integer and by a list of integers', async () => {
        const repo = dataSource.getRepository(BoundRow);
        expect(
            (await repo.createQueryBuilder('r').where('r.code = :c', { c: 5 }).getMany()).map(r => r.code),
        ).toEqual(['5']);
        const listed = await repo
            .createQueryBuilder('r')
            .where('r.code IN (:...codes)', { codes: [5, 6] })
            .orderBy('r.id')
            .getMany();
        expect(listed.map(r => r.code)).toEqual(['5', '6']);
    });

    it('stores integers, and integer arithmetic, as INTEGER', async () => {
        await dataSource
            .createQueryBuilder()
            .update(BoundRow)
            .set({ count: () => '"count" + :step', code: () => ':code' })
            .where('id = :id', { id: ids[2], step: 4, code: 7 })
            .execute();
        const [row] = await dataSource.query(
            `SELECT "count", typeof("count") AS "countType", "code" FROM "bound_row" WHERE "id" = ${ids[2]}`,
        );
        expect(row).toEqual({ count: 7, countType: 'integer', code: '7' });
    });

    it('leaves other values as TypeORM binds them: fractions, booleans, dates, strings', async () => {
        expect(await one('typeof(:f)', { f: 0.5 })).toBe('real');
        expect(await one(':f * 4', { f: 0.5 })).toBe(2);
        expect(await one(':yes + :no', { yes: true, no: false })).toBe(1);
        expect(await one(':at', { at: new Date(Date.UTC(2026, 11, 5, 12, 30, 0, 250)) })).toBe(
            '2026-12-05 12:30:00.250',
        );
        expect(await one(`:s || '!'`, { s: 'five' })).toBe('five!');
        // in a list as on their own (better-sqlite3 refused a boolean or a date in a list)
        expect(await one('1 IN (:...flags)', { flags: [true, false] })).toBe(1);
        expect(
            await one(`'2026-12-05 12:30:00.250' IN (:...days)`, {
                days: [new Date(Date.UTC(2026, 11, 5, 12, 30, 0, 250))],
            }),
        ).toBe(1);
        // a parameter named in the text but not given stays as written
        expect(await one(`':notGiven'`, {})).toBe(':notGiven');
    });

    it('keeps the repository API whole: find, save, update, delete by id', async () => {
        const repo = dataSource.getRepository(BoundRow);
        const saved = await repo.save(repo.create({ code: 'new', count: 9 }));
        expect(await repo.findOneBy({ id: saved.id })).toEqual({ id: saved.id, code: 'new', count: 9 });
        await repo.update({ id: saved.id }, { count: 10 });
        expect(await repo.findBy({ count: 10 })).toEqual([{ id: saved.id, code: 'new', count: 10 }]);
        await repo.delete({ id: saved.id });
        expect(await repo.findOneBy({ id: saved.id })).toBeNull();
    });
});
