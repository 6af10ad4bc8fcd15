import { JobState } from '@vendure/common/lib/generated-types';
import { AutoIncrementIdStrategy, Injector, ListQueryBuilder, TransactionalConnection } from '@vendure/core';
import { setEntityIdStrategy } from '@vendure/core/dist/entity/set-entity-id-strategy';
import { JobRecord } from '@vendure/core/dist/plugin/default-job-queue-plugin/job-record.entity';
import { SqlJobQueueStrategy } from '@vendure/core/dist/plugin/default-job-queue-plugin/sql-job-queue-strategy';
import { DataSource, Logger as TypeOrmLogger, LogLevel } from 'typeorm';

import { indexJobQueuePolls, JOB_QUEUE_POLL_INDEX } from '../src/common/job-queue-poll-index';
// not test-config.ts: loading vendure-config.ts builds the configuration, which registers the index itself
import {
    dropStandaloneDatabase,
    openStandaloneDatabase,
    standaloneDrivers,
} from '../src/testing/standalone-database';

/*
 * The index of the SQL job queue's poll (src/common/job-queue-poll-index.ts) on the databases CI runs: Vendure's own
 * `SqlJobQueueStrategy` asks for a queue's next job in a table full of another queue's settled jobs, and its
 * statement, as it sent it, is planned on the index instead of walking every row.
 */
const DATABASE = 'e2e_job_poll';

/** Keeps the SELECTs of `job_record` the strategy sends, with their parameters. */
class StatementLog implements TypeOrmLogger {
    selects: Array<{ query: string; parameters: unknown[] }> = [];
    logQuery(query: string, parameters?: unknown[]): void {
        if (/^SELECT/i.test(query) && query.includes('job_record')) {
            this.selects.push({ query, parameters: parameters ?? [] });
        }
    }
    logQueryError(): void {}
    logQuerySlow(): void {}
    logSchemaBuild(): void {}
    logMigration(): void {}
    log(): void {}
}

// Vendure gives its entities their id column at bootstrap; this DataSource has only JobRecord.
setEntityIdStrategy(new AutoIncrementIdStrategy(), [JobRecord]);
indexJobQueuePolls();

describe.each(standaloneDrivers)('the job queue poll on %s', type => {
    let dataSource: DataSource;
    let strategy: SqlJobQueueStrategy;
    const log = new StatementLog();

    beforeAll(async () => {
        indexJobQueuePolls(); // idempotent: buildConfig runs once per configuration built
        const options = await openStandaloneDatabase(type, DATABASE, {
            entities: [JobRecord],
            synchronize: true,
            logging: ['query'] as LogLevel[],
            logger: log,
        });
        dataSource = new DataSource(options);
        await dataSource.initialize();

        // 3,000 settled jobs of a busy queue with sizeable data, older than the one job waiting in another queue
        const repo = dataSource.getRepository(JobRecord);
        const payload: JobRecord['data'] = { request: 'x'.repeat(4_000) };
        const settled = (i: number) =>
            new JobRecord({
                queueName: 'update-search-index',
                data: payload,
                state: JobState.COMPLETED,
                progress: 100,
                isSettled: true,
                retries: 0,
                attempts: 1,
                createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
            });
        for (let i = 0; i < 3_000; i += 500) {
            await repo.save(Array.from({ length: 500 }, (_, k) => settled(i + k)));
        }
        await repo.save(
            new JobRecord({
                queueName: 'alerts-evaluate',
                data: { orderId: 7 } as JobRecord['data'],
                state: JobState.PENDING,
                progress: 0,
                isSettled: false,
                retries: 0,
                attempts: 0,
                createdAt: new Date(Date.UTC(2026, 0, 2)),
            }),
        );
        if (type === 'postgres') {
            await dataSource.query('ANALYZE "job_record"');
        }

        const connection = { rawConnection: dataSource } as unknown as TransactionalConnection;
        const injector = {
            get: (token: unknown) =>
                token === TransactionalConnection ? connection : ({} as ListQueryBuilder),
        } as unknown as Injector;
        strategy = new SqlJobQueueStrategy();
        strategy.init(injector);
    });

    afterAll(async () => {
        strategy?.destroy();
        await dataSource?.destroy();
        await dropStandaloneDatabase(type, DATABASE);
    });

    it('creates the index on queueName, state and createdAt', async () => {
        const columns =
            type === 'postgres'
                ? await dataSource.query<Array<{ name: string }>>(
                      `SELECT a.attname AS name FROM pg_index i
                       JOIN pg_class c ON c.oid = i.indexrelid
                       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                       WHERE c.relname = $1 ORDER BY array_position(i.indkey::int2[], a.attnum)`,
                      [JOB_QUEUE_POLL_INDEX],
                  )
                : await dataSource.query<Array<{ name: string }>>(
                      `SELECT name FROM pragma_index_info('${JOB_QUEUE_POLL_INDEX}')`,
                  );
        expect(columns.map(c => c.name)).toEqual(['queueName', 'state', 'createdAt']);
    });

    it("finds a queue's next job and no job of an empty queue, as before", async () => {
        const idle = await strategy.next('update-search-index');
        expect(idle).toBeUndefined();
        const next = await strategy.next('alerts-evaluate');
        expect(next?.queueName).toBe('alerts-evaluate');
        expect(next?.data).toEqual({ orderId: 7 });
        // on PostgreSQL `next` answers inside its transaction, just before the commit that marks the job running
        const stateOf = async () =>
            (await dataSource.getRepository(JobRecord).findOneByOrFail({ id: next!.id as number })).state;
        for (let i = 0; i < 50 && (await stateOf()) !== JobState.RUNNING; i++) {
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        expect(await stateOf()).toBe(JobState.RUNNING);
        expect(await strategy.next('alerts-evaluate')).toBeUndefined();
    });

    it("plans Vendure's poll statement on the index, not by walking the table", async () => {
        log.selects = [];
        await strategy.next('update-search-index');
        const poll = log.selects.find(s => /"state"/.test(s.query) && /ORDER BY/i.test(s.query));
        expect(poll).toBeDefined();
        const { query, parameters } = poll!;
        if (type === 'postgres') {
            const [{ 'QUERY PLAN': plan }] = await dataSource.query<Array<{ 'QUERY PLAN': unknown }>>(
                `EXPLAIN (FORMAT JSON) ${query}`,
                parameters,
            );
            expect(JSON.stringify(plan)).toContain(JOB_QUEUE_POLL_INDEX);
        } else {
            const plan = await dataSource.query<Array<{ detail: string }>>(
                `EXPLAIN QUERY PLAN ${query}`,
                parameters,
            );
            const details = plan.map(step => step.detail).join(' | ');
            expect(details).toContain(`USING INDEX ${JOB_QUEUE_POLL_INDEX}`);
            expect(details).not.toMatch(/SCAN record\b/);
        }
    });
});
