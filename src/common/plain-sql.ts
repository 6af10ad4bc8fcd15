import { ID } from '@vendure/common/lib/shared-types';
import { Customer, RequestContext, TransactionalConnection } from '@vendure/core';
import { createHash } from 'crypto';
import {
    EntityManager,
    EntityTarget,
    ObjectLiteral,
    QueryFailedError,
    QueryRunner,
    QueryRunnerAlreadyReleasedError,
} from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Whether plain reads run as named prepared statements on PostgreSQL ({@link usePreparedPlainSql}). */
let preparedOnPostgres = false;

/**
 * On PostgreSQL, run {@link PlainSql.rows} as named prepared statements (`DB_PREPARED_STATEMENTS`, on by
 * default; set by `buildConfig`). PostgreSQL then parses and plans each of these reads once per connection instead
 * of at every execution: the plain reads are the hot paths of storefront requests, small queries whose planning
 * cost as much as running them. Turn it off behind a connection pooler that does not keep prepared statements
 * (PgBouncer in transaction mode before 1.21, or without `max_prepared_statements`). SQLite is not affected: its
 * driver keeps prepared statements already (`statementCacheSize` in `vendure-config.ts`).
 */
export function usePreparedPlainSql(enabled: boolean): void {
    preparedOnPostgres = enabled;
}

/** The part of node-postgres' client a prepared read needs (`PostgresQueryRunner.connect()` resolves to it). */
interface PgClient {
    query(config: { name: string; text: string; values: unknown[] }): Promise<{
        command: string;
        rows: unknown[];
        rowCount: number | null;
    }>;
}

/**
 * Hand-written reads for the hot paths of storefront requests (a dealer's buyer and price lists, the buy box and
 * the sellers' stock of a product page). TypeORM's query builder spends more CPU building and hydrating a small
 * query than the database spends answering it; these run as plain SQL with the driver's own parameter escaping
 * (`:name`, `:...list`; dates and booleans as the query builder would bind them), in the request's transaction,
 * with table names taken from the entity metadata (so an `entityPrefix` is honoured). Column names are written
 * as the entities name them (TypeORM's default naming, which Vendure uses).
 */
export class PlainSql {
    private tables = new Map<EntityTarget<ObjectLiteral>, Map<string, string>>();
    private stored = new Map<EntityTarget<ObjectLiteral>, ColumnMetadata[]>();
    private storedWithDates = new Map<EntityTarget<ObjectLiteral>, ColumnMetadata[]>();
    private columnNames = new Map<EntityTarget<ObjectLiteral>, Map<string, string>>();

    constructor(private connection: TransactionalConnection) {}

    /** The escaped table of an entity, or of one of its many-to-many join tables. */
    table(target: EntityTarget<ObjectLiteral>, manyToMany?: string): string {
        let ofTarget = this.tables.get(target);
        if (!ofTarget) {
            ofTarget = new Map();
            this.tables.set(target, ofTarget);
        }
        const key = manyToMany ?? '';
        let name = ofTarget.get(key);
        if (!name) {
            const meta = this.connection.rawConnection.getMetadata(target);
            const path = manyToMany
                ? meta.manyToManyRelations.find(r => r.propertyName === manyToMany)?.junctionEntityMetadata
                      ?.tablePath
                : meta.tablePath;
            if (!path) {
                throw new Error(`No table for ${meta.name}${manyToMany ? `.${manyToMany}` : ''}`);
            }
            const driver = this.connection.rawConnection.driver;
            name = path
                .split('.')
                .map(part => driver.escape(part))
                .join('.');
            ofTarget.set(key, name);
        }
        return name;
    }

    /**
     * The escaped column of an entity's property, by its path (`customFields.offerId` for a custom field): the
     * name the naming strategy gave it, however the property is spelled.
     */
    column(target: EntityTarget<ObjectLiteral>, propertyPath: string): string {
        let ofTarget = this.columnNames.get(target);
        if (!ofTarget) {
            ofTarget = new Map();
            this.columnNames.set(target, ofTarget);
        }
        let name = ofTarget.get(propertyPath);
        if (!name) {
            const meta = this.connection.rawConnection.getMetadata(target);
            const column = meta.findColumnWithPropertyPath(propertyPath);
            if (!column) {
                throw new Error(`No column ${meta.name}.${propertyPath}`);
            }
            name = this.connection.rawConnection.driver.escape(column.databaseName);
            ofTarget.set(propertyPath, name);
        }
        return name;
    }

    /**
     * The select list of an entity's stored columns under a table alias (custom fields included; creation and
     * update dates left out unless `withDates`: an entity that reaches GraphQL needs them), each as
     * `<alias>_<n>`, for {@link hydrate} (with the same `withDates`): a joined entity read in plain SQL that still
     * carries every field a strategy of another plugin may read.
     */
    columns(target: EntityTarget<ObjectLiteral>, alias: string, withDates = false): string {
        const driver = this.connection.rawConnection.driver;
        return this.storedColumns(target, withDates)
            .map(
                (column, n) =>
                    `${driver.escape(alias)}.${driver.escape(column.databaseName)} AS ${driver.escape(`${alias}_${n}`)}`,
            )
            .join(', ');
    }

    /**
     * The entity of a row read with {@link columns}, its values converted as TypeORM converts them (dates, booleans,
     * JSON, column transformers such as Vendure's money columns); undefined when the row has none (a LEFT JOIN
     * that found nothing: its first column, the primary key, is NULL).
     */
    hydrate<T extends ObjectLiteral>(
        target: EntityTarget<T>,
        row: Record<string, unknown>,
        alias: string,
        withDates = false,
    ): T | undefined {
        const columns = this.storedColumns(target, withDates);
        if (row[`${alias}_0`] == null) {
            return undefined;
        }
        const driver = this.connection.rawConnection.driver;
        const entity = this.connection.rawConnection.getMetadata(target).create() as T;
        columns.forEach((column, n) =>
            column.setEntityValue(entity, driver.prepareHydratedValue(row[`${alias}_${n}`], column)),
        );
        return entity;
    }

    /** The primary key of an entity in a row read with {@link columns} (null where a LEFT JOIN found none). */
    idOf(row: Record<string, unknown>, alias: string): ID | null {
        return (row[`${alias}_0`] as ID | undefined) ?? null;
    }

    private storedColumns(target: EntityTarget<ObjectLiteral>, withDates: boolean): ColumnMetadata[] {
        const stored = withDates ? this.storedWithDates : this.stored;
        let columns = stored.get(target);
        if (!columns) {
            const meta = this.connection.rawConnection.getMetadata(target);
            const rest = meta.columns.filter(
                c => !c.isVirtual && !c.isPrimary && (withDates || (!c.isCreateDate && !c.isUpdateDate)),
            );
            columns = [...meta.primaryColumns, ...rest];
            stored.set(target, columns);
        }
        return columns;
    }

    /**
     * Runs a read with `:name` parameters in the request's transaction. On PostgreSQL (unless turned off,
     * {@link usePreparedPlainSql}) it runs as a named prepared statement, and a list parameter written
     * `IN (:...ids)` is bound as one array (`= ANY(:ids)`), so that a read has one text, and one prepared statement
     * per connection, whatever the length of its lists.
     */
    async rows<T>(ctx: RequestContext, sql: string, params: Record<string, unknown>): Promise<T[]> {
        const manager = this.connection.getRepository(ctx, Customer).manager;
        const driver = manager.connection.driver;
        if (preparedOnPostgres && driver.options.type === 'postgres') {
            const [query, parameters] = driver.escapeQueryWithParameters(arrayBound(sql, params), params, {});
            return preparedRows<T>(manager, query, parameters);
        }
        const [query, parameters] = driver.escapeQueryWithParameters(sql, params, {});
        return manager.query<T[]>(query, parameters);
    }

    /**
     * Runs an UPDATE or DELETE with `:name` parameters in the request's transaction, as {@link rows} runs a read,
     * and answers how many rows it changed (a conditional UPDATE that found nothing to change answers 0). For the
     * writes of hot paths that TypeORM's update builder would build anew each time.
     */
    async write(ctx: RequestContext, sql: string, params: Record<string, unknown>): Promise<number> {
        return (await this.change(ctx, sql, params)).affected;
    }

    /**
     * Runs an UPDATE or DELETE ending in `RETURNING …` (SQLite 3.35 and later, as better-sqlite3 and sql.js bundle,
     * and PostgreSQL) and answers the rows it returned: one per row changed, none when it changed nothing. The stock
     * ledger changes a level and reads it back, with its last entry, in one statement.
     */
    async writeReturning<T>(ctx: RequestContext, sql: string, params: Record<string, unknown>): Promise<T[]> {
        return (await this.change(ctx, sql, params)).rows as T[];
    }

    private async change(
        ctx: RequestContext,
        sql: string,
        params: Record<string, unknown>,
    ): Promise<{ affected: number; rows: unknown[] }> {
        const manager = this.connection.getRepository(ctx, Customer).manager;
        const driver = manager.connection.driver;
        if (preparedOnPostgres && driver.options.type === 'postgres') {
            const [query, parameters] = driver.escapeQueryWithParameters(arrayBound(sql, params), params, {});
            const [rows, count] = (await preparedRows<unknown>(manager, query, parameters)) as [
                unknown[],
                number | null,
            ];
            return { affected: Number(count ?? 0), rows: rows ?? [] };
        }
        const [query, parameters] = driver.escapeQueryWithParameters(sql, params, {});
        // the request's transaction, or a runner of its own (as EntityManager.query); structured, for the count
        const own = manager.queryRunner ? undefined : manager.connection.createQueryRunner();
        const runner: QueryRunner = manager.queryRunner ?? (own as QueryRunner);
        try {
            const result = (await runner.query(query, parameters, true)) as {
                affected?: number | null;
                records?: unknown[];
            };
            const rows = result.records ?? [];
            // better-sqlite3 counts the changes of a statement that returns no rows; one that does, by its rows
            return { affected: Number(result.affected ?? rows.length), rows };
        } finally {
            if (own) {
                await own.release();
            }
        }
    }
}

/** `IN (:...name)` → `= ANY(:name)` and `NOT IN (:...name)` → `<> ALL(:name)` for the array parameters. */
export function arrayBound(sql: string, params: Record<string, unknown>): string {
    return sql.replace(
        /\b(NOT\s+)?IN\s*\(\s*:\.\.\.(\w+)\s*\)/gi,
        (whole, not: string | undefined, name: string) =>
            Array.isArray(params[name]) ? `${not ? '<> ALL' : '= ANY'}(:${name})` : whole,
    );
}

/** The statement's name: the same text gets the same name on every connection and in every process. */
function statementName(query: string): string {
    return `triflow_${createHash('sha1').update(query).digest('hex').slice(0, 32)}`;
}

/**
 * Runs a query on PostgreSQL as a named prepared statement, as `EntityManager.query` runs it otherwise: on the
 * manager's query runner (the request's transaction) or one of its own from the pool, logged through the
 * connection's logger, failures as TypeORM's `QueryFailedError`, and UPDATE / DELETE answered as
 * `[rows, rowCount]` as TypeORM answers them.
 */
async function preparedRows<T>(manager: EntityManager, query: string, parameters: unknown[]): Promise<T[]> {
    const dataSource = manager.connection;
    // the request's transaction, or a runner of its own from the pool (as EntityManager.query)
    const own = manager.queryRunner ? undefined : dataSource.createQueryRunner();
    const runner: QueryRunner = manager.queryRunner ?? (own as QueryRunner);
    try {
        if (runner.isReleased) {
            throw new QueryRunnerAlreadyReleasedError();
        }
        const client = (await runner.connect()) as PgClient;
        dataSource.logger.logQuery(query, parameters, runner);
        const started = Date.now();
        try {
            const result = await client.query({
                name: statementName(query),
                text: query,
                values: parameters,
            });
            const slowAfter = dataSource.options.maxQueryExecutionTime;
            const took = Date.now() - started;
            if (slowAfter && took > slowAfter) {
                dataSource.logger.logQuerySlow(took, query, parameters, runner);
            }
            return (
                result.command === 'UPDATE' || result.command === 'DELETE'
                    ? [result.rows, result.rowCount]
                    : result.rows
            ) as T[];
        } catch (error) {
            dataSource.logger.logQueryError(error as Error, query, parameters, runner);
            throw new QueryFailedError(query, parameters, error as Error);
        }
    } finally {
        if (own) {
            await own.release();
        }
    }
}
