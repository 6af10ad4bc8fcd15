import { Client } from 'pg';

/*
 * For specs that open a TypeORM DataSource of their own instead of booting the platform (they must not import
 * `test-config.ts`: loading `vendure-config.ts` builds the configuration, with all it registers).
 */

/** The PostgreSQL server of the e2e run, from the platform's own variables. */
export const postgresTestServer = {
    host: process.env.DB_HOST ?? '127.0.0.1',
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? 'postgres',
    password: process.env.DB_PASSWORD,
};

/** A spec's own database: `prefix` and `TRIFLOW_TEST_DB_SUFFIX`, so that two checkouts can run the spec at once. */
export function standaloneDatabaseName(prefix: string): string {
    return `${prefix}${(process.env.TRIFLOW_TEST_DB_SUFFIX ?? '').replace(/[^a-z0-9_]/gi, '_')}`;
}

/** Runs one statement (`CREATE DATABASE`, `DROP DATABASE`) on the server's `postgres` database. */
export async function onPostgresAdminDatabase(statement: string): Promise<void> {
    const client = new Client({ ...postgresTestServer, database: 'postgres' });
    await client.connect();
    try {
        await client.query(statement);
    } finally {
        await client.end();
    }
}

/** The drivers such a spec runs on: PostgreSQL with `DB=postgres`, else both of SQLite's. */
export const standaloneDrivers =
    process.env.DB === 'postgres' ? (['postgres'] as const) : (['better-sqlite3', 'sqljs'] as const);
