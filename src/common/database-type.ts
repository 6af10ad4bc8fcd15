/**
 * Whether a TypeORM connection type is SQLite (better-sqlite3 in production, sql.js in tests): one writer at a
 * time, one connection shared by every request of the process.
 */
export function isSqlite(type: string): boolean {
    return type === 'better-sqlite3' || type === 'sqlite' || type === 'sqljs';
}
