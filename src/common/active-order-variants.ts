import { ID } from '@vendure/common/lib/shared-types';
import {
    OrderLine,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
} from '@vendure/core';

/**
 * The variants of the active order of a storefront request's session, looked up once per request (one small
 * indexed query), for price lookups that batch by request to include them.
 *
 * Vendure prices an order's lines one after the other (`OrderService.findOne` and the order calculation await each
 * line's `applyChannelPriceAndTax`), so a lookup that gathers the variants asked for "in the same burst" sees one
 * variant at a time there: 50 queries for a 50-line cart, in every mutation that loads the order. A price lookup
 * that, at its first miss in a request, also fetches the active order's variants answers the rest of the cart
 * from its request cache. Empty outside the shop API or without an active order.
 */
export function activeOrderVariantIds(
    connection: TransactionalConnection,
    requestCache: RequestContextCacheService,
    ctx: RequestContext,
): Promise<string[]> {
    const orderId: ID | undefined = ctx.apiType === 'shop' ? ctx.session?.activeOrderId : undefined;
    if (orderId == null) {
        return Promise.resolve([]);
    }
    return requestCache.get(ctx, `triflow-active-order-variants-${String(orderId)}`, async () => {
        const rows = await connection
            .getRepository(ctx, OrderLine)
            .createQueryBuilder('line')
            .select('DISTINCT line.productVariantId', 'variantId')
            .where('line.orderId = :orderId', { orderId })
            .getRawMany<{ variantId: ID }>();
        return rows.map(r => String(r.variantId));
    });
}
