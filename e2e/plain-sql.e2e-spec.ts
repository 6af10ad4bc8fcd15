import {
    ProductVariant,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { QueryFailedError } from 'typeorm';

import { PlainSql, usePreparedPlainSql } from '../src/common/plain-sql';
import { createTriflowTestEnvironment, startTestServer } from '../src/testing/helpers';
import { testDb } from '../src/testing/test-config';

/*
 * The plugins' hot-path reads (src/common/plain-sql.ts) on the database CI runs them on: on PostgreSQL as named
 * prepared statements with their lists bound as one array, on SQLite (sql.js) as written. Both must read the same
 * rows, inside the request's transaction, and give their connection back to the pool whatever happens.
 */
describe('PlainSql reads', () => {
    const env = createTriflowTestEnvironment();
    let connection: TransactionalConnection;
    let sql: PlainSql;
    let ctx: RequestContext;
    let all: Array<{ id: number; sku: string }>;

    const skusOf = (c: RequestContext, ids: number[]) =>
        sql
            .rows<{ sku: string }>(
                c,
                `SELECT v."sku" AS "sku" FROM ${sql.table(ProductVariant)} v
                WHERE v."id" IN (:...ids) AND v."deletedAt" IS NULL ORDER BY v."id"`,
                { ids },
            )
            .then(rows => rows.map(r => r.sku));

    beforeAll(async () => {
        await startTestServer(env);
        connection = env.server.app.get(TransactionalConnection);
        sql = new PlainSql(connection);
        ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        const rows = await sql.rows<{ id: number | string; sku: string }>(
            ctx,
            `SELECT v."id" AS "id", v."sku" AS "sku" FROM ${sql.table(ProductVariant)} v
            WHERE v."deletedAt" IS NULL ORDER BY v."id"`,
            {},
        );
        all = rows.map(r => ({ id: Number(r.id), sku: r.sku }));
    });

    afterAll(async () => {
        usePreparedPlainSql(testDb === 'postgres');
        await env.server.destroy();
    });

    it('reads lists of any length, and their complement with NOT IN', async () => {
        expect(all.length).toBeGreaterThan(4);
        const ids = all.map(v => v.id);
        expect(await skusOf(ctx, [ids[0]])).toEqual([all[0].sku]);
        expect(await skusOf(ctx, ids.slice(0, 3))).toEqual(all.slice(0, 3).map(v => v.sku));
        // 700 ids, most of them unknown: more than any page or cart, one statement
        const many = [...ids, ...Array.from({ length: 700 - ids.length }, (_, i) => 1_000_000 + i)];
        expect(await skusOf(ctx, many)).toEqual(all.map(v => v.sku));
        const rest = await sql.rows<{ sku: string }>(
            ctx,
            `SELECT v."sku" AS "sku" FROM ${sql.table(ProductVariant)} v
            WHERE v."id" NOT IN (:...ids) AND v."deletedAt" IS NULL ORDER BY v."id"`,
            { ids: ids.slice(0, 3) },
        );
        expect(rest.map(r => r.sku)).toEqual(all.slice(3).map(v => v.sku));
    });

    it('reads in the request transaction: its uncommitted change, and nothing of it after a rollback', async () => {
        const variant = all[0];
        await expect(
            connection.withTransaction(ctx, async tx => {
                await connection
                    .getRepository(tx, ProductVariant)
                    .update({ id: variant.id }, { sku: 'IN-TX' });
                expect(await skusOf(tx, [variant.id])).toEqual(['IN-TX']);
                throw new Error('roll back');
            }),
        ).rejects.toThrow('roll back');
        expect(await skusOf(ctx, [variant.id])).toEqual([variant.sku]);
    });

    it('fails with TypeORM QueryFailedError and gives every connection back to the pool', async () => {
        for (let i = 0; i < 3; i++) {
            await expect(
                sql.rows(
                    ctx,
                    `SELECT v."noSuchColumn" FROM ${sql.table(ProductVariant)} v WHERE v."id" IN (:...ids)`,
                    {
                        ids: [all[0].id],
                    },
                ),
            ).rejects.toBeInstanceOf(QueryFailedError);
        }
        // more reads at once than the pool has connections (DB_POOL_MAX, 10): a connection kept by a failed or
        // finished read would make these wait for the pool's acquire timeout and fail
        const answers = await Promise.all(
            Array.from({ length: 40 }, (_, i) => skusOf(ctx, [all[i % all.length].id])),
        );
        expect(answers.map(a => a[0])).toEqual(Array.from({ length: 40 }, (_, i) => all[i % all.length].sku));
    });

    if (testDb === 'postgres') {
        it('on PostgreSQL runs a read as one prepared statement per connection, whatever the length of its list', async () => {
            await connection.withTransaction(ctx, async tx => {
                const ids = all.map(v => v.id);
                await skusOf(tx, [ids[0]]);
                await skusOf(tx, ids.slice(0, 3));
                await skusOf(tx, ids);
                // the transaction's connection: the statements it prepared
                const prepared = await connection
                    .getRepository(tx, ProductVariant)
                    .manager.query<Array<{ statement: string }>>(
                        `SELECT "statement" FROM pg_prepared_statements WHERE "name" LIKE 'triflow_%'`,
                    );
                const ofThisRead = prepared.filter(
                    p =>
                        p.statement.includes('"deletedAt" IS NULL ORDER BY v."id"') &&
                        p.statement.includes('ANY'),
                );
                expect(ofThisRead).toHaveLength(1);
            });
        });
    }

    it('answers the same with prepared statements turned off (DB_PREPARED_STATEMENTS=false)', async () => {
        const ids = all.map(v => v.id);
        usePreparedPlainSql(false);
        try {
            expect(await skusOf(ctx, ids.slice(1, 4))).toEqual(all.slice(1, 4).map(v => v.sku));
        } finally {
            usePreparedPlainSql(testDb === 'postgres');
        }
    });
});
