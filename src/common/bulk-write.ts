import { Driver, EntityMetadata, ObjectLiteral, Repository } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';

import { isSqlite } from './database-type';

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

/** The columns of these properties of an entity (an unknown property is a programming error). */
function columnsOf(metadata: EntityMetadata, properties: string[]): ColumnMetadata[] {
    return properties.map(property => {
        const column = metadata.findColumnWithPropertyName(property);
        if (!column) {
            throw new Error(`${metadata.name} has no column ${property}`);
        }
        return column;
    });
}

/**
 * Column types whose values the supported drivers store as given: their `preparePersistentValue` returns a value of
 * these types as the column's transformer left it, so `insertPlainRows` does not call it for them. TypeORM's
 * PostgreSQL driver allocates an array on every call (the JSON and spatial types it compares the column's type
 * with), about 230 bytes a value: some 250 MB of garbage for the 1.1 million values of a 100,000-row offer import
 * (bench/README.md, "2026-12-05, late night").
 */
const STORED_AS_GIVEN = new Set<ColumnMetadata['type']>([
    String,
    Number,
    'int',
    'integer',
    'smallint',
    'bigint',
    'float',
    'double precision',
    'real',
    'decimal',
    'numeric',
    'varchar',
    'character varying',
    'text',
    'uuid',
]);

/**
 * How `insertPlainRows` prepares a column's values: as the driver's `preparePersistentValue` does (the column's
 * transformer, then the driver's conversion for its type), without calling it where the conversion is known: none
 * for {@link STORED_AS_GIVEN}, 1 or 0 for a boolean (the first case of both drivers).
 */
function valuePreparer(driver: Driver, column: ColumnMetadata): (value: unknown) => unknown {
    const transformer = column.transformer;
    const transform = transformer
        ? (value: unknown): unknown => ApplyValueTransformers.transformTo(transformer, value)
        : (value: unknown): unknown => value;
    if (STORED_AS_GIVEN.has(column.type)) {
        return transform;
    }
    if (column.type === Boolean) {
        return value => {
            const given = transform(value);
            return given == null ? given : given === true ? 1 : 0;
        };
    }
    return value => driver.preparePersistentValue(value, column) as unknown;
}

/** {@link valuePreparer} of a column, made once per column. */
const PREPARERS = new WeakMap<ColumnMetadata, (value: unknown) => unknown>();
function preparerOf(driver: Driver, column: ColumnMetadata): (value: unknown) => unknown {
    let prepare = PREPARERS.get(column);
    if (!prepare) {
        prepare = valuePreparer(driver, column);
        PREPARERS.set(column, prepare);
    }
    return prepare;
}

/** Texts of the INSERTs written here, by what makes them differ, at most `MAX_CACHED_STATEMENTS`. */
const STATEMENTS = new Map<string, string>();
const MAX_CACHED_STATEMENTS = 64;

/**
 * `verb INTO table (names) VALUES (…), … tail` for `rows` rows of `columnCount` values each, with positional
 * placeholders (`$n` on PostgreSQL, `?` on SQLite). The text depends only on these, so it is made once per process
 * (the slices of an import and the ledger's entries repeat it) and SQLite finds it prepared.
 */
function insertStatement(
    postgres: boolean,
    verb: string,
    table: string,
    names: string,
    columnCount: number,
    rows: number,
    tail: string,
): string {
    const key = `${postgres ? 'pg' : 'sqlite'} ${verb} ${table} (${names}) ${rows}${tail}`;
    let sql = STATEMENTS.get(key);
    if (!sql) {
        const tuples: string[] = [];
        for (let r = 0; r < rows; r++) {
            const placeholders: string[] = [];
            for (let c = 0; c < columnCount; c++) {
                placeholders.push(postgres ? `$${r * columnCount + c + 1}` : '?');
            }
            tuples.push(`(${placeholders.join(', ')})`);
        }
        sql = `${verb} INTO ${table} (${names}) VALUES ${tuples.join(', ')}${tail}`;
        if (STATEMENTS.size >= MAX_CACHED_STATEMENTS) {
            STATEMENTS.clear();
        }
        STATEMENTS.set(key, sql);
    }
    return sql;
}

/** What a bulk insert does with a row that breaks a unique key (by default the statement fails). */
export interface BulkInsertOptions {
    /** Skip the row (`INSERT OR IGNORE` / `ON CONFLICT DO NOTHING`). */
    orIgnore?: boolean;
    /**
     * Update the existing row instead: `ON CONFLICT (key) DO UPDATE SET` each of `update` from the new row, and the
     * entity's update-date column (`updatedAt`) to now. `key` and `update` are property names; `key` must be a
     * unique index of the table. No two rows of one call may share a key (PostgreSQL refuses to update a row twice
     * in one statement).
     */
    upsert?: { key: string[]; update: string[] };
}

/**
 * Inserts many rows of one entity with multi-row INSERTs of a bounded size (`rowsPerStatement` from the columns of
 * the first row), in the caller's transaction: a CSV import of 100,000 rows is a hundred statements, not 100,000,
 * and no statement exceeds the database's parameter limit. `updateEntity(false)`: the rows are not read back.
 * For a row that breaks a unique key, see {@link BulkInsertOptions}.
 */
export async function insertInChunks<T extends ObjectLiteral>(
    repository: Repository<T>,
    rows: Array<QueryDeepPartialEntity<T>>,
    options: BulkInsertOptions = {},
): Promise<void> {
    if (!rows.length) {
        return;
    }
    const databaseNames = (properties: string[]) =>
        columnsOf(repository.metadata, properties).map(c => c.databaseName);
    const size = rowsPerStatement(Object.keys(rows[0]).length);
    for (const part of chunked(rows, size)) {
        const insert = repository.createQueryBuilder().insert().values(part).updateEntity(false);
        if (options.upsert) {
            insert.orUpdate(databaseNames(options.upsert.update), databaseNames(options.upsert.key));
        } else if (options.orIgnore) {
            insert.orIgnore();
        }
        await insert.execute();
    }
}

/**
 * {@link insertInChunks} with the statements written here instead of by TypeORM's insert builder, which spends
 * 100–200 µs and a few kilobytes of intermediate objects per row building a multi-row INSERT (more than the
 * database takes to run it; see `AlertService`). The rows are plain objects keyed by property name (every row the
 * keys of the first); values are prepared as the driver's `preparePersistentValue` prepares them for TypeORM's own
 * insert (transformers, booleans, dates, JSON; {@link valuePreparer}), and columns left out (id, `createdAt`, `updatedAt`) take their defaults. SQLite and PostgreSQL;
 * another database falls back to {@link insertInChunks}.
 */
export async function insertPlainRows<T extends ObjectLiteral>(
    repository: Repository<T>,
    rows: Array<Record<string, unknown>>,
    options: BulkInsertOptions = {},
): Promise<void> {
    if (!rows.length) {
        return;
    }
    const driver = repository.manager.connection.driver;
    if (driver.options.type !== 'postgres' && !isSqlite(driver.options.type)) {
        return insertInChunks(repository, rows as Array<QueryDeepPartialEntity<T>>, options);
    }
    const metadata = repository.metadata;
    const columns = columnsOf(metadata, Object.keys(rows[0]));
    const postgres = driver.options.type === 'postgres';
    const names = columns.map(c => driver.escape(c.databaseName)).join(', ');
    // what happens to a row that breaks a unique key: skipped (SQLite's OR IGNORE, PostgreSQL's ON CONFLICT DO
    // NOTHING), or the existing row updated from it (ON CONFLICT (key) DO UPDATE, on both)
    let verb = 'INSERT';
    let conflict = '';
    if (options.upsert) {
        const key = columnsOf(metadata, options.upsert.key).map(c => driver.escape(c.databaseName));
        const set = columnsOf(metadata, options.upsert.update).map(
            c => `${driver.escape(c.databaseName)} = excluded.${driver.escape(c.databaseName)}`,
        );
        for (const c of metadata.columns.filter(column => column.isUpdateDate)) {
            set.push(`${driver.escape(c.databaseName)} = ${postgres ? 'DEFAULT' : 'CURRENT_TIMESTAMP'}`);
        }
        conflict = ` ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set.join(', ')}`;
    } else if (options.orIgnore) {
        if (postgres) {
            conflict = ' ON CONFLICT DO NOTHING';
        } else {
            verb = 'INSERT OR IGNORE';
        }
    }
    const table = driver.escape(metadata.tableName);
    const perStatement = rowsPerStatement(columns.length);
    const prepare = columns.map(c => preparerOf(driver, c));
    for (let start = 0; start < rows.length; start += perStatement) {
        const count = Math.min(perStatement, rows.length - start);
        const parameters: unknown[] = new Array(count * columns.length);
        let p = 0;
        for (let r = start; r < start + count; r++) {
            const row = rows[r];
            for (let c = 0; c < columns.length; c++) {
                parameters[p++] = prepare[c](row[columns[c].propertyName]);
            }
        }
        await repository.query(
            insertStatement(postgres, verb, table, names, columns.length, count, conflict),
            parameters,
        );
    }
}

/**
 * Inserts one entity and returns it with its generated id, as `repository.save` does for a new entity, without
 * TypeORM's insert builder on a hot path (the stock ledger writes a row per stock change of every order it
 * allocates: the builder spent more CPU writing the INSERT than the database running it) and, on SQLite, without
 * reading the row back (TypeORM selects every new row again there for the columns the database fills).
 *
 * On better-sqlite3 and PostgreSQL the statement is written here (once per entity and set of columns, with
 * positional parameters prepared as {@link insertPlainRows} prepares them); the dates are set here, and the id is
 * the driver's last insert row id (SQLite) or `RETURNING` (PostgreSQL), so the entity returned is the row as
 * stored. An entity with a column the database would fill by its default that the entity leaves unset, with a
 * relation or version column, or with a primary key other than one generated integer, and any other driver
 * (sql.js), go TypeORM's way.
 */
export async function insertOne<T extends ObjectLiteral>(repository: Repository<T>, entity: T): Promise<T> {
    const driver = repository.manager.connection.driver;
    const metadata = repository.metadata;
    const [primary, ...more] = metadata.primaryColumns;
    const dates = metadata.columns.filter(c => c.isCreateDate || c.isUpdateDate);
    const type = driver.options.type;
    const plain =
        (type === 'better-sqlite3' || type === 'postgres') &&
        primary?.isGenerated &&
        primary.generationStrategy === 'increment' &&
        !more.length &&
        !metadata.columns.some(
            c =>
                c.relationMetadata ||
                c.isVersion ||
                c.isTreeLevel ||
                c.isDiscriminator ||
                // a column the database would fill by its default, which the returned entity would then lack
                (c.default !== undefined && !dates.includes(c) && c.getEntityValue(entity) === undefined),
        );
    if (!plain) {
        await repository.createQueryBuilder().insert().values(entity).execute();
        return entity;
    }
    const now = new Date();
    for (const column of dates) {
        if (column.getEntityValue(entity) == null) {
            column.setEntityValue(entity, now);
        }
    }
    const columns = metadata.columns.filter(
        c => c !== primary && !c.isVirtual && c.getEntityValue(entity) !== undefined,
    );
    const postgres = type === 'postgres';
    const table = driver.escape(metadata.tableName);
    const names = columns.map(c => driver.escape(c.databaseName)).join(', ');
    const sql = insertStatement(
        postgres,
        'INSERT',
        table,
        names,
        columns.length,
        1,
        postgres ? ` RETURNING ${driver.escape(primary.databaseName)}` : '',
    );
    const parameters = columns.map(c => preparerOf(driver, c)(c.getEntityValue(entity)));
    const answer = (await repository.query(sql, parameters)) as unknown;
    const id = postgres
        ? (answer as Array<Record<string, unknown>>)[0]?.[primary.databaseName]
        : (answer as number | bigint);
    primary.setEntityValue(
        entity,
        driver.prepareHydratedValue(typeof id === 'bigint' ? Number(id) : id, primary),
    );
    return entity;
}
