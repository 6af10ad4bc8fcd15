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
 * variants again. Delivered after the transaction commits, so the indexer reads the new offers. The event's
 * variants carry their id, product, SKU and enabled flag only (Vendure's search plugins and collection filters read
 * the ids): an offer import touches up to hundreds of thousands of variants, and whole entities cost the server
 * 20–30 MB per 10,000 of them (measured in the benchmark's scenario 9). A subscriber that needs more loads them.
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
    // limit. Small ones, so that a slice's raw rows die young.
    for (let i = 0; i < ids.length; i += VARIANT_SLICE) {
        const slice = await connection.getRepository(ctx, ProductVariant).find({
            where: { id: In(ids.slice(i, i + VARIANT_SLICE)) },
            select: { id: true, productId: true, sku: true, enabled: true },
            loadEagerRelations: false,
        });
        for (const variant of slice) {
            variants.push(variant);
        }
    }
    if (variants.length > 0) {
        await eventBus.publish(new ProductVariantEvent(ctx, variants, 'updated'));
    }
}
