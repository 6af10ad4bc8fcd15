import { ObjectLiteral, Repository } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Bound parameters one multi-row statement may use: well under SQLite's limit (32,766 since 3.32, as in
 * better-sqlite3 and sql.js) and PostgreSQL's (65,535), and small enough that one statement's parameters stay a few
 * hundred kilobytes.
 */
export const MAX_STATEMENT_PARAMETERS = 10_000;

/** Rows per multi-row INSERT of rows with `columns` values each, at most `maxRows` (at least 1). */
export function rowsPerStatement(
    columns: number,
    maxParameters = MAX_STATEMENT_PARAMETERS,
    maxRows = 1_000,
): number {
    return Math.max(1, Math.min(maxRows, Math.floor(maxParameters / Math.max(1, columns))));
}

/** `items` in consecutive slices of at most `size` (the last one shorter); none for no items. */
export function* chunked<T>(items: readonly T[], size: number): Generator<T[]> {
    const step = Math.max(1, Math.floor(size));
    for (let i = 0; i < items.length; i += step) {
        yield items.slice(i, i + step);
    }
}

/**
 * Inserts many rows of one entity with multi-row INSERTs of a bounded size (`rowsPerStatement` from the columns of
 * the first row), in the caller's transaction: a CSV import of 100,000 rows is a hundred statements, not 100,000,
 * and no statement exceeds the database's parameter limit. `updateEntity(false)`: the rows are not read back.
 * `orIgnore`: a row that violates a unique constraint is skipped (`INSERT OR IGNORE` / `ON CONFLICT DO NOTHING`).
 */
export async function insertInChunks<T extends ObjectLiteral>(
    repository: Repository<T>,
    rows: Array<QueryDeepPartialEntity<T>>,
    options: { orIgnore?: boolean } = {},
): Promise<void> {
    if (!rows.length) {
        return;
    }
    const size = rowsPerStatement(Object.keys(rows[0]).length);
    for (const part of chunked(rows, size)) {
        const insert = repository.createQueryBuilder().insert().values(part).updateEntity(false);
        await (options.orIgnore ? insert.orIgnore() : insert).execute();
    }
}

/**
 * {@link insertInChunks} with the statements written here instead of by TypeORM's insert builder, which spends
 * 100–200 µs and a few kilobytes of intermediate objects per row building a multi-row INSERT (more than the
 * database takes to run it; see `AlertService`). The rows are plain objects keyed by property name (every row the
 * keys of the first); values go through the driver's `preparePersistentValue` (booleans, dates, JSON) as TypeORM's
 * own insert does, and columns left out (id, `createdAt`, `updatedAt`) take their defaults. SQLite and PostgreSQL;
 * another database falls back to {@link insertInChunks}.
 */
export async function insertPlainRows<T extends ObjectLiteral>(
    repository: Repository<T>,
    rows: Array<Record<string, unknown>>,
    options: { orIgnore?: boolean } = {},
): Promise<void> {
    if (!rows.length) {
        return;
    }
    const driver = repository.manager.connection.driver;
    if (!['postgres', 'better-sqlite3', 'sqlite', 'sqljs'].includes(driver.options.type)) {
        return insertInChunks(repository, rows as Array<QueryDeepPartialEntity<T>>, options);
    }
    const metadata = repository.metadata;
    const columns = Object.keys(rows[0]).map(property => {
        const column = metadata.findColumnWithPropertyName(property);
        if (!column) {
            throw new Error(`${metadata.name} has no column ${property}`);
        }
        return column;
    });
    const postgres = driver.options.type === 'postgres';
    const names = columns.map(c => driver.escape(c.databaseName)).join(', ');
    for (const part of chunked(rows, rowsPerStatement(columns.length))) {
        const parameters: unknown[] = [];
        const tuples = part.map(row => {
            const placeholders = columns.map(column => {
                parameters.push(driver.preparePersistentValue(row[column.propertyName], column));
                return postgres ? `$${parameters.length}` : '?';
            });
            return `(${placeholders.join(', ')})`;
        });
        // with orIgnore, a row that breaks a unique key is skipped (SQLite's OR IGNORE, PostgreSQL's ON CONFLICT)
        const ignore = options.orIgnore
            ? postgres
                ? ['', ' ON CONFLICT DO NOTHING']
                : ['OR IGNORE ', '']
            : ['', ''];
        await repository.query(
            `INSERT ${ignore[0]}INTO ${driver.escape(metadata.tableName)} (${names}) ` +
                `VALUES ${tuples.join(', ')}${ignore[1]}`,
            parameters,
        );
    }
}
