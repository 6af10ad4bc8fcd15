import {
    Column,
    CreateDateColumn,
    DataSource,
    Entity,
    PrimaryGeneratedColumn,
    Repository,
    UpdateDateColumn,
} from 'typeorm';

import { insertPlainRows } from '../src/common/bulk-write';
import {
    dropStandaloneDatabase,
    openStandaloneDatabase,
    standaloneDrivers,
} from '../src/testing/standalone-database';
import { testDb } from '../src/testing/test-config';

/*
 * The bulk writes of the CSV imports and the alert scan (src/common/bulk-write.ts, `insertPlainRows`: multi-row
 * INSERTs written by hand, with values prepared by TypeORM's driver) on the databases CI runs them on. Every kind of
 * column an import writes must come back as written, over several statements, with the upsert and skip rules and
 * in the caller's transaction.
 */
enum Grade {
    New = 'new',
    Used = 'used',
}

@Entity('bulk_write_row')
class BulkWriteRow {
    @PrimaryGeneratedColumn()
    id: number;

    @CreateDateColumn()
    createdAt: Date;

    @UpdateDateColumn()
    updatedAt: Date;

    @Column({ type: 'varchar', unique: true })
    code: string;

    @Column({ type: 'int', default: 0 })
    quantity: number;

    @Column({ type: 'varchar', nullable: true })
    note: string | null;

    @Column({ default: true })
    active: boolean;

    // a PostgreSQL enum type there, a checked varchar on SQLite
    @Column({ type: testDb === 'postgres' ? 'enum' : 'simple-enum', enum: Grade, default: Grade.New })
    grade: Grade;

    @Column({ type: Date, nullable: true })
    seenAt: Date | null;

    // jsonb there, text on SQLite
    @Column(testDb === 'postgres' ? 'jsonb' : 'simple-json', { nullable: true })
    data: Record<string, unknown> | null;

    @Column({ type: 'bigint', nullable: true })
    big: string | null;

    // a transformer (as Vendure's money columns have): applied before the value is stored
    @Column({
        type: 'bigint',
        nullable: true,
        transformer: {
            to: (value: number | null | undefined) => (value == null ? value : Math.round(value * 100)),
            from: (value: string | number | null) => (value == null ? null : Number(value) / 100),
        },
    })
    amount: number | null;
}

const DATABASE = 'e2e_bulk_write';

describe.each(standaloneDrivers)('insertPlainRows on %s', type => {
    let dataSource: DataSource;
    let repo: Repository<BulkWriteRow>;
    const seenAt = new Date('2026-03-04T05:06:07.000Z');

    beforeAll(async () => {
        const options = await openStandaloneDatabase(type, DATABASE, {
            entities: [BulkWriteRow],
            synchronize: true,
        });
        dataSource = new DataSource(options);
        await dataSource.initialize();
        repo = dataSource.getRepository(BulkWriteRow);
    });

    afterAll(async () => {
        await dataSource?.destroy();
        await dropStandaloneDatabase(type, DATABASE);
    });

    const row = (i: number, extra: Omit<Partial<Record<keyof BulkWriteRow, unknown>>, 'code'> = {}) => ({
        code: `C-${String(i).padStart(5, '0')}`,
        quantity: i,
        note: i % 3 ? `note ${i}` : null,
        active: i % 2 === 0,
        grade: i % 4 ? Grade.New : Grade.Used,
        seenAt,
        data: { i, tags: ['a', 'b'] },
        big: '1234567890123',
        amount: i % 5 ? i + 0.25 : null,
        ...extra,
    });

    it('writes every kind of column as given, over several statements, and leaves the others to their defaults', async () => {
        const rows = Array.from({ length: 2_345 }, (_, i) => row(i));
        await insertPlainRows(repo, rows);
        const stored = await repo.find({ order: { code: 'ASC' } });
        expect(stored).toHaveLength(2_345);
        for (const i of [0, 1, 2, 3, 4, 999, 1_000, 1_001, 2_344]) {
            expect(stored[i]).toMatchObject({
                code: rows[i].code,
                quantity: i,
                note: rows[i].note,
                active: i % 2 === 0,
                grade: rows[i].grade,
                data: { i, tags: ['a', 'b'] },
                amount: rows[i].amount,
            });
            expect(stored[i].seenAt?.toISOString()).toBe(seenAt.toISOString());
            expect(stored[i].createdAt).toBeInstanceOf(Date);
            expect(Math.abs(stored[i].createdAt.getTime() - Date.now())).toBeLessThan(60_000);
        }
        // the transformer's value is what the table holds
        const [raw] = await dataSource.query(`SELECT amount FROM bulk_write_row WHERE code = 'C-00001'`);
        expect(Number((raw as { amount: string | number }).amount)).toBe(125);
        // the generated ids are distinct (each row its own)
        expect(new Set(stored.map(s => s.id)).size).toBe(2_345);
    });

    it('keeps text exactly: quotes, backslashes, newlines, JSON-like text and Chinese', async () => {
        const texts = [
            'say "hi"',
            'C:\\path\\to',
            'two\nlines\ttab',
            '{"not": "json"}',
            '上海汽车配件有限公司',
            "it's",
            '\\x41',
            '',
        ];
        await insertPlainRows(
            repo,
            texts.map((note, i) => row(10_000 + i, { note, data: { note } })),
        );
        const stored = await repo.find({ where: texts.map((_, i) => ({ code: row(10_000 + i).code })) });
        const byCode = new Map(stored.map(s => [s.code, s]));
        texts.forEach((note, i) => {
            expect(byCode.get(row(10_000 + i).code)).toMatchObject({ note, data: { note } });
        });
    });

    it('upserts on a unique key: the listed fields and the update date change, the rest stays', async () => {
        const before = await repo.findOneByOrFail({ code: row(5).code });
        await new Promise(resolve => setTimeout(resolve, 1_100));
        await insertPlainRows(
            repo,
            [row(5, { quantity: 555, note: 'ignored', active: true }), row(20_000, { quantity: 7 })],
            { upsert: { key: ['code'], update: ['quantity', 'active'] } },
        );
        const after = await repo.findOneByOrFail({ code: row(5).code });
        expect(after).toMatchObject({ id: before.id, quantity: 555, active: true, note: before.note });
        expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
        expect(after.createdAt.getTime()).toBe(before.createdAt.getTime());
        expect(await repo.findOneByOrFail({ code: row(20_000).code })).toMatchObject({ quantity: 7 });
    });

    it('skips rows that break a unique key with orIgnore, and fails the statement without it', async () => {
        const count = await repo.count();
        await insertPlainRows(repo, [row(6, { quantity: -1 }), row(30_000)], { orIgnore: true });
        expect(await repo.count()).toBe(count + 1);
        expect(await repo.findOneByOrFail({ code: row(6).code })).toMatchObject({ quantity: 6 });
        await expect(insertPlainRows(repo, [row(30_001), row(7)])).rejects.toThrow();
        // the failed statement wrote nothing of its rows
        expect(await repo.count()).toBe(count + 1);
        expect(await repo.findOneBy({ code: row(30_001).code })).toBeNull();
    });

    it('rolls back with the caller’s transaction', async () => {
        const count = await repo.count();
        await expect(
            dataSource.transaction(async manager => {
                await insertPlainRows(manager.getRepository(BulkWriteRow), [row(40_000), row(40_001)]);
                expect(await manager.getRepository(BulkWriteRow).count()).toBe(count + 2);
                throw new Error('roll back');
            }),
        ).rejects.toThrow('roll back');
        expect(await repo.count()).toBe(count);
    });
});
