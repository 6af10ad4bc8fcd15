import { ID } from '@vendure/common/lib/shared-types';
import {
    EventBus,
    ProductVariant,
    ProductVariantEvent,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

/** Variants read per query (see below). */
const VARIANT_SLICE = 500;

/**
 * The storefront price of a variant that sellers offer is its buy-box price
 * (`BuyBoxProductVariantPriceCalculationStrategy`), and search plugins hold prices in their index. When the buy
 * box of variants may have changed (an offer was created, changed, deleted or sold out, a seller was approved,
 * suspended or reinstated), a `ProductVariantEvent` ('updated') tells Vendure's search plugins to index those
 * variants again. Delivered after the transaction commits, so the indexer reads the new offers.
 */
export async function announceBuyBoxChange(
    ctx: RequestContext,
    connection: TransactionalConnection,
    eventBus: EventBus,
    variantIds: ID[],
): Promise<void> {
    const ids = [...new Set(variantIds.map(String))];
    if (ids.length === 0) {
        return;
    }
    const variants: ProductVariant[] = [];
    // In slices: an import touches up to hundreds of thousands of variants, past a database's bound-parameter
    // limit. Small ones, so that a slice's raw rows die young; measured after a 100,000-row offer import on
    // PostgreSQL it changed little (the announcement costs about 30 MB there, mostly the entities the event carries).
    for (let i = 0; i < ids.length; i += VARIANT_SLICE) {
        const slice = await connection
            .getRepository(ctx, ProductVariant)
            .find({ where: { id: In(ids.slice(i, i + VARIANT_SLICE)) }, loadEagerRelations: false });
        for (const variant of slice) {
            variants.push(variant);
        }
    }
    if (variants.length > 0) {
        await eventBus.publish(new ProductVariantEvent(ctx, variants, 'updated'));
    }
}
