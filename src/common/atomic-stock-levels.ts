import {
    Logger,
    RequestContext,
    StockLevel,
    StockLevelService,
    TransactionalConnection,
} from '@vendure/core';
import { ID } from '@vendure/common/lib/shared-types';

let installed = false;

type StockColumn = 'stockOnHand' | 'stockAllocated';

/**
 * Vendure 3.7's `StockLevelService` changes `stockOnHand` and `stockAllocated` by reading the row and writing back
 * `read value + change`. Two checkouts of the same variant at the same moment both read 100 and both write 99: on
 * PostgreSQL (READ COMMITTED) 40 parallel guest checkouts allocated 4 units instead of 40. This makes both updates
 * a single `UPDATE … SET col = col + :change` in the request's transaction, which the database applies atomically
 * on SQLite and PostgreSQL alike. The method signatures and behaviour are otherwise Vendure's own (a missing stock
 * level is created for on-hand changes and ignored for allocations), so every caller — Vendure's order process and
 * any plugin — gets the fix.
 */
export function useAtomicStockLevelUpdates(): void {
    if (installed) {
        return;
    }
    installed = true;
    const proto = StockLevelService.prototype as unknown as {
        connection: TransactionalConnection;
        updateStockOnHandForLocation(ctx: RequestContext, v: ID, l: ID, change: number): Promise<void>;
        updateStockAllocatedForLocation(ctx: RequestContext, v: ID, l: ID, change: number): Promise<void>;
    };

    proto.updateStockOnHandForLocation = async function (ctx, productVariantId, stockLocationId, change) {
        const updated = await increment(
            this.connection,
            ctx,
            'stockOnHand',
            productVariantId,
            stockLocationId,
            change,
        );
        if (!updated) {
            await this.connection.getRepository(ctx, StockLevel).save(
                new StockLevel({
                    productVariantId,
                    stockLocationId,
                    stockOnHand: change,
                    stockAllocated: 0,
                }),
            );
        }
    };

    proto.updateStockAllocatedForLocation = async function (ctx, productVariantId, stockLocationId, change) {
        await increment(this.connection, ctx, 'stockAllocated', productVariantId, stockLocationId, change);
    };
    Logger.debug('Stock level updates are atomic increments', 'Triflow');
}

/** `UPDATE stock_level SET <column> = <column> + :change WHERE …`; true when the stock level exists. */
async function increment(
    connection: TransactionalConnection,
    ctx: RequestContext,
    column: StockColumn,
    productVariantId: ID,
    stockLocationId: ID,
    change: number,
): Promise<boolean> {
    const repo = connection.getRepository(ctx, StockLevel);
    const escape = (name: string) => repo.manager.connection.driver.escape(name);
    const columnName = repo.metadata.findColumnWithPropertyName(column)!.databaseName;
    const result = await repo
        .createQueryBuilder()
        .update(StockLevel)
        .set({ [column]: () => `${escape(columnName)} + :change` })
        .where({ productVariantId, stockLocationId })
        .setParameter('change', change)
        .execute();
    if (result.affected !== undefined) {
        return result.affected > 0;
    }
    // better-sqlite3 and sql.js report no count for UPDATE through TypeORM's query builder: look.
    return (await repo.count({ where: { productVariantId, stockLocationId } })) > 0;
}
