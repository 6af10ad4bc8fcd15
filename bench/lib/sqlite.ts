/**
 * The few better-sqlite3 calls the benchmark makes, typed here: the project has no `@types/better-sqlite3`
 * (Vendure reaches better-sqlite3 through TypeORM only).
 */
export interface Statement<P extends unknown[], R> {
    get(...params: P): R | undefined;
    all(...params: P): R[];
}

export interface SqliteDatabase {
    prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R>;
    pragma(sql: string): unknown;
    exec(sql: string): void;
    close(): void;
}

type DatabaseConstructor = new (
    file: string,
    opts?: { readonly?: boolean; fileMustExist?: boolean },
) => SqliteDatabase;

export function openSqlite(
    file: string,
    opts?: { readonly?: boolean; fileMustExist?: boolean },
): SqliteDatabase {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as DatabaseConstructor;
    return new Database(file, opts);
}
