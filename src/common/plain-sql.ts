import { Customer, RequestContext, TransactionalConnection } from '@vendure/core';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

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
     * The select list of an entity's stored columns under a table alias (custom fields included; creation and
     * update dates left out), each as `<alias>_<n>`, for {@link hydrate}: a joined entity read in plain SQL that
     * still carries every field a strategy of another plugin may read.
     */
    columns(target: EntityTarget<ObjectLiteral>, alias: string): string {
        const driver = this.connection.rawConnection.driver;
        return this.storedColumns(target)
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
    ): T | undefined {
        const columns = this.storedColumns(target);
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

    private storedColumns(target: EntityTarget<ObjectLiteral>): ColumnMetadata[] {
        let columns = this.stored.get(target);
        if (!columns) {
            const meta = this.connection.rawConnection.getMetadata(target);
            const rest = meta.columns.filter(
                c => !c.isVirtual && !c.isPrimary && !c.isCreateDate && !c.isUpdateDate,
            );
            columns = [...meta.primaryColumns, ...rest];
            this.stored.set(target, columns);
        }
        return columns;
    }

    /** Runs a read with `:name` parameters in the request's transaction. */
    async rows<T>(ctx: RequestContext, sql: string, params: Record<string, unknown>): Promise<T[]> {
        const manager = this.connection.getRepository(ctx, Customer).manager;
        const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
        return manager.query<T[]>(query, parameters);
    }
}
