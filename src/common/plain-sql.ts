import { Customer, RequestContext, TransactionalConnection } from '@vendure/core';
import { EntityTarget, ObjectLiteral } from 'typeorm';

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

    /** Runs a read with `:name` parameters in the request's transaction. */
    async rows<T>(ctx: RequestContext, sql: string, params: Record<string, unknown>): Promise<T[]> {
        const manager = this.connection.getRepository(ctx, Customer).manager;
        const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
        return manager.query<T[]>(query, parameters);
    }
}
