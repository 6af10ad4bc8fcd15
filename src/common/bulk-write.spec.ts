import {
    Column,
    CreateDateColumn,
    DataSource,
    DataSourceOptions,
    Entity,
    PrimaryGeneratedColumn,
    UpdateDateColumn,
} from 'typeorm';

import { chunked, insertOne, MAX_STATEMENT_PARAMETERS, rowsPerStatement } from './bulk-write';

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

@Entity()
class InsertOneRow {
    constructor(input?: Partial<InsertOneRow>) {
        Object.assign(this, input);
    }

    @PrimaryGeneratedColumn()
    id: number;

    @CreateDateColumn()
    createdAt: Date;

    @UpdateDateColumn()
    updatedAt: Date;

    @Column()
    name: string;

    @Column({ type: 'int', default: 7 })
    count: number;
}

describe.each(['better-sqlite3', 'sqljs'] as const)('insertOne on %s', type => {
    let dataSource: DataSource;

    beforeAll(async () => {
        dataSource = new DataSource({
            type,
            database: type === 'better-sqlite3' ? ':memory:' : undefined,
            entities: [InsertOneRow],
            synchronize: true,
        } as DataSourceOptions);
        await dataSource.initialize();
    });

    afterAll(async () => {
        await dataSource.destroy();
    });

    it('returns the entity as stored, with its generated id and dates', async () => {
        const repo = dataSource.getRepository(InsertOneRow);
        const first = await insertOne(repo, new InsertOneRow({ name: 'first', count: 1 }));
        const second = await insertOne(repo, new InsertOneRow({ name: 'second', count: 2 }));
        expect(second.id).toBe(first.id + 1);
        for (const inserted of [first, second]) {
            const stored = await repo.findOneByOrFail({ id: inserted.id });
            expect(stored).toEqual({ ...inserted });
            expect(stored.createdAt).toBeInstanceOf(Date);
            expect(Math.abs(stored.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
        }
    });

    it('leaves a column the entity does not set to its default, and returns it', async () => {
        const repo = dataSource.getRepository(InsertOneRow);
        const inserted = await insertOne(repo, new InsertOneRow({ name: 'defaulted' }));
        expect(inserted.count).toBe(7);
        expect(await repo.findOneByOrFail({ id: inserted.id })).toMatchObject({
            name: 'defaulted',
            count: 7,
        });
    });
});
