import { Logger } from '@vendure/core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BetterSqlite3QueryRunner } = require('typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner') as {
    BetterSqlite3QueryRunner: { prototype: { query: (q: string, ...rest: unknown[]) => Promise<unknown> } };
};

let installed = false;

/**
 * On SQLite the server and the worker are two processes writing one file. TypeORM opens transactions with a
 * deferred `BEGIN`, which takes the write lock only at the first write: when the other process has written in
 * between, SQLite cannot upgrade the lock and fails at once with "database is locked", without waiting for
 * `busy_timeout`. `BEGIN IMMEDIATE` takes the write lock up front, so a second writer waits its turn instead.
 * Readers are not blocked (WAL). PostgreSQL is untouched.
 */
export function useImmediateSqliteTransactions(): void {
    if (installed) {
        return;
    }
    installed = true;
    const proto = BetterSqlite3QueryRunner.prototype;
    const query = proto.query;
    proto.query = function (this: unknown, q: string, ...rest: unknown[]) {
        return query.call(this, q === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : q, ...rest);
    };
    Logger.debug('SQLite transactions begin IMMEDIATE', 'Triflow');
}
