/**
 * The bulk SQL of the data generator on either database the platform runs on. The statements are written once,
 * with `?` placeholders and double-quoted identifiers (both dialects accept those quotes; PostgreSQL folds unquoted
 * camelCase names to lower case), and this module adapts what differs: placeholders (`$1, $2, …` on PostgreSQL),
 * booleans (0/1 for better-sqlite3, which cannot bind a boolean), timestamps and the id sequences.
 */

export type Dialect = 'sqlite' | 'postgres';

/** What the bulk insert needs from TypeORM's DataSource or EntityManager: raw queries. */
export interface RawQuery {
    query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/** Raw queries written with `?` placeholders, on a known dialect. */
export interface BulkDb extends RawQuery {
    dialect: Dialect;
}

/** The dialect the platform's configuration picks (`DB`, as `src/common/env.ts` reads it). */
export function dialectFromEnv(env: NodeJS.ProcessEnv = process.env): Dialect {
    return env.DB === 'postgres' ? 'postgres' : 'sqlite';
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (a `?` inside a quoted literal or identifier is left alone). */
export function numberedPlaceholders(sql: string): string {
    let n = 0;
    let quote: string | null = null;
    let out = '';
    for (const ch of sql) {
        if (quote) {
            if (ch === quote) quote = null;
            out += ch;
        } else if (ch === "'" || ch === '"') {
            quote = ch;
            out += ch;
        } else if (ch === '?') {
            out += `$${++n}`;
        } else {
            out += ch;
        }
    }
    return out;
}

export function bulkDb(raw: RawQuery, dialect: Dialect): BulkDb {
    return {
        dialect,
        query: <T>(sql: string, params?: unknown[]) =>
            raw.query<T>(dialect === 'postgres' ? numberedPlaceholders(sql) : sql, params),
    };
}

/**
 * A timestamp as the platform stores it: SQLite holds UTC text (`YYYY-MM-DD HH:MM:SS.sss`, what TypeORM writes);
 * on PostgreSQL the Date itself is bound, and node-postgres sends it as TypeORM does for a `timestamp` column.
 */
export function sqlDate(db: BulkDb, d: Date): string | Date {
    return db.dialect === 'postgres' ? d : d.toISOString().replace('T', ' ').replace('Z', '');
}

/** A boolean column's value: better-sqlite3 binds no booleans (SQLite stores 0/1). */
export function sqlBool(db: BulkDb, b: boolean): boolean | number {
    return db.dialect === 'postgres' ? b : b ? 1 : 0;
}

/** Multi-row INSERTs in chunks under the bound-parameter limit (999 for older SQLite builds, 65,535 on PostgreSQL). */
export async function insertRows(db: BulkDb, table: string, columns: string[], rows: unknown[][]): Promise<void> {
    const chunk = Math.max(1, Math.floor((db.dialect === 'postgres' ? 30_000 : 900) / columns.length));
    for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        const placeholders = part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
        await db.query(
            `INSERT INTO "${table}" (${columns.map(c => `"${c}"`).join(', ')}) VALUES ${placeholders}`,
            part.flat(),
        );
    }
}

/** The next free id of a table, for rows inserted with explicit ids (see {@link syncIdSequences}). */
export async function nextId(db: BulkDb, table: string): Promise<number> {
    const [{ maxId }] = await db.query<Array<{ maxId: number | string | null }>>(
        `SELECT MAX(id) AS "maxId" FROM "${table}"`,
    );
    return Number(maxId ?? 0) + 1;
}

/**
 * PostgreSQL: rows inserted with explicit ids leave the table's `SERIAL` sequence behind, and the next row the
 * platform inserts would collide with them; this moves each sequence past the highest id. SQLite needs nothing
 * (its rowid follows the largest id).
 */
export async function syncIdSequences(db: BulkDb, tables: string[]): Promise<void> {
    if (db.dialect !== 'postgres') {
        return;
    }
    for (const table of tables) {
        await db.query(
            `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX(id) FROM "${table}"), 1))`,
        );
    }
}
