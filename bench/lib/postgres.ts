/**
 * The harness's PostgreSQL housekeeping with `DB=postgres`: one database is generated, then cloned for each server
 * with `CREATE DATABASE … TEMPLATE …` (PostgreSQL's file-level copy: the same data, like the copies of the SQLite
 * file), and every database of the run is dropped at the end unless `--keep`.
 *
 * The connection settings are the platform's own (`src/common/env.ts`): DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD;
 * housekeeping connects to the `postgres` maintenance database (BENCH_PG_ADMIN_DB to change it). Database names
 * start with `bench_` and carry a hash of the run's folder, so they never clash with the e2e databases (`e2e_%`)
 * nor with another run, and `--reuse DIR` finds the generated database of the run that kept DIR.
 */
import crypto from 'crypto';
import { Client } from 'pg';

export interface PgSettings {
    host: string;
    port: number;
    user: string;
    password: string | undefined;
}

export function pgSettings(env: NodeJS.ProcessEnv = process.env): PgSettings {
    return {
        host: env.DB_HOST || '127.0.0.1',
        port: Number(env.DB_PORT || 5432),
        user: env.DB_USERNAME || 'postgres',
        password: env.DB_PASSWORD || undefined,
    };
}

/** `bench_<hash of the run folder>_<name>`: lower case, well under PostgreSQL's 63 characters. */
export function benchDatabaseName(dir: string, name: string): string {
    const hash = crypto.createHash('sha1').update(dir).digest('hex').slice(0, 10);
    return `bench_${hash}_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
}

async function withClient<T>(database: string, fn: (c: Client) => Promise<T>): Promise<T> {
    const client = new Client({ ...pgSettings(), database, application_name: 'triflow-bench' });
    await client.connect();
    try {
        return await fn(client);
    } finally {
        await client.end();
    }
}

const admin = <T>(fn: (c: Client) => Promise<T>) =>
    withClient(process.env.BENCH_PG_ADMIN_DB || 'postgres', fn);

const assertBenchName = (name: string) => {
    if (!/^bench_[a-z0-9_]+$/.test(name)) {
        throw new Error(`Refusing to touch database "${name}": the benchmark only handles bench_* databases`);
    }
};

/** A database whose last connections are closing is briefly "in use" (55006): retry for a few seconds. */
async function retryInUse<T>(fn: () => Promise<T>, attempts = 40): Promise<T> {
    for (let i = 1; ; i++) {
        try {
            return await fn();
        } catch (e) {
            if ((e as { code?: string }).code !== '55006' || i >= attempts) {
                throw e;
            }
            await new Promise(r => setTimeout(r, 250));
        }
    }
}

/** A new empty database (dropped first if a kept run left one). */
export async function createEmptyDatabase(name: string): Promise<void> {
    assertBenchName(name);
    await admin(async c => {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${name}`);
    });
}

/**
 * Gathers the planner's statistics of the generated database (`ANALYZE`), before it is cloned: the generator
 * bulk-inserts 100,000 orders and more, and until autovacuum has analyzed them PostgreSQL plans with the sizes of
 * empty tables (it read every channel's orders row by row for the alert scan's candidate query: 213 ms against 64
 * ms once analyzed). A production database's autovacuum keeps the statistics current; the clones copy them.
 */
export async function analyzeDatabase(name: string): Promise<void> {
    assertBenchName(name);
    await withClient(name, c => c.query('ANALYZE'));
}

/**
 * Clones of `template`, one per name, each dropped first. PostgreSQL refuses to copy a database anyone is connected
 * to: the generator has exited by now, and the clones are made before any server starts.
 */
export async function cloneDatabase(template: string, names: string[]): Promise<void> {
    assertBenchName(template);
    await admin(async c => {
        const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
        if (!exists.rowCount) {
            throw new Error(`The generated database ${template} does not exist (was it kept with --keep?)`);
        }
        for (const name of names) {
            assertBenchName(name);
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await retryInUse(() => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
        }
    });
}

/** Drops the databases (WITH FORCE: a server still closing its pool does not keep one alive). */
export async function dropDatabases(names: string[]): Promise<void> {
    await admin(async c => {
        for (const name of names) {
            assertBenchName(name);
            await retryInUse(() => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        }
    });
}

/** Jobs waiting in a database's job queue. */
export async function pendingJobsPostgres(database: string): Promise<number> {
    return withClient(database, async c => {
        const { rows } = await c.query<{ n: string }>(
            `SELECT COUNT(*) AS n FROM job_record WHERE state IN ('PENDING', 'RUNNING', 'RETRYING')`,
        );
        return Number(rows[0]?.n ?? 0);
    });
}

/** `PostgreSQL 15.2`, for the report. */
export async function postgresVersion(): Promise<string> {
    return admin(async c => {
        const { rows } = await c.query<{ server_version: string }>('SHOW server_version');
        return `PostgreSQL ${rows[0].server_version.split(' ')[0]}`;
    });
}
