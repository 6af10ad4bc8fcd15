import { Client } from 'pg';
import { DataSourceOptions } from 'typeorm';

/*
 * For specs that open a TypeORM DataSource of their own instead of booting the platform (they must not import
 * `test-config.ts`: loading `vendure-config.ts` builds the configuration, with all it registers).
 */

/** The drivers such a spec runs on: PostgreSQL with `DB=postgres`, else both of SQLite's. */
export const standaloneDrivers =
    process.env.DB === 'postgres' ? (['postgres'] as const) : (['better-sqlite3', 'sqljs'] as const);

export type StandaloneDriver = (typeof standaloneDrivers)[number];

/** The PostgreSQL server of the e2e run, from the platform's own variables. */
const postgresTestServer = {
    host: process.env.DB_HOST ?? '127.0.0.1',
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? 'postgres',
    password: process.env.DB_PASSWORD,
};

/** A spec's own database: `prefix` and `TRIFLOW_TEST_DB_SUFFIX`, so that two checkouts can run the spec at once. */
function standaloneDatabaseName(prefix: string): string {
    return `${prefix}${(process.env.TRIFLOW_TEST_DB_SUFFIX ?? '').replace(/[^a-z0-9_]/gi, '_')}`;
}

/** Runs one statement (`CREATE DATABASE`, `DROP DATABASE`) on the server's `postgres` database. */
async function onPostgresAdminDatabase(statement: string): Promise<void> {
    const client = new Client({ ...postgresTestServer, database: 'postgres' });
    await client.connect();
    try {
        await client.query(statement);
    } finally {
        await client.end();
    }
}

/**
 * An empty database on `type` and the options that open it, with the spec's own (`entities`, `synchronize`,
 * logging): an in-memory one on SQLite, on PostgreSQL a database of its own named after `prefix` (one left over
 * by an earlier run is dropped first). {@link dropStandaloneDatabase} removes it after the spec.
 */
export async function openStandaloneDatabase(
    type: StandaloneDriver,
    prefix: string,
    options: Partial<DataSourceOptions>,
): Promise<DataSourceOptions> {
    if (type !== 'postgres') {
        return {
            type,
            ...(type === 'better-sqlite3' ? { database: ':memory:' } : {}),
            ...options,
        } as DataSourceOptions;
    }
    const database = standaloneDatabaseName(prefix);
    await onPostgresAdminDatabase(`DROP DATABASE IF EXISTS ${database}`);
    await onPostgresAdminDatabase(`CREATE DATABASE ${database}`);
    const { user, ...server } = postgresTestServer;
    return { ...options, type, ...server, username: user, database } as DataSourceOptions;
}

/** Drops the PostgreSQL database {@link openStandaloneDatabase} made for `prefix` (SQLite's in-memory one needs none). */
export async function dropStandaloneDatabase(type: StandaloneDriver, prefix: string): Promise<void> {
    if (type === 'postgres') {
        await onPostgresAdminDatabase(`DROP DATABASE IF EXISTS ${standaloneDatabaseName(prefix)}`);
    }
}
