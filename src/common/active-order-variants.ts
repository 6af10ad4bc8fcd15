import { ID } from '@vendure/common/lib/shared-types';
import {
    OrderLine,
    OrderService,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
} from '@vendure/core';

/** At most this many variants of one `addItemsToOrder` are announced to the price lookups. */
const MAX_REQUESTED_VARIANTS = 500;

const requestedVariants = new WeakMap<RequestContext, string[]>();
let announcing = false;

/**
 * Makes `OrderService.addItemsToOrder` (and `addItemToOrder`, which calls it) announce, for the request, the
 * variants it is about to add. Vendure adds and prices the lines one after the other, so price lookups that batch
 * by request saw one new variant at a time there: a 50-line quick order cost a price-list query and an offer query
 * per line. With the announcement, the first lookup fetches them all (see {@link activeOrderVariantIds} and
 * {@link requestedVariantIds}). Installed once per process, from the configuration.
 */
export function announceRequestedVariants(): void {
    if (announcing) {
        return;
    }
    announcing = true;
    const proto = OrderService.prototype as unknown as {
        addItemsToOrder: (
            this: OrderService,
            ctx: RequestContext,
            orderId: ID,
            items: Array<{ productVariantId: ID }>,
            ...rest: unknown[]
        ) => Promise<unknown>;
    };
    const addItems = proto.addItemsToOrder;
    proto.addItemsToOrder = function (ctx, orderId, items, ...rest) {
        if (ctx?.apiType === 'shop' && Array.isArray(items) && items.length > 1) {
            const ids = [...new Set(items.map(item => String(item.productVariantId)))];
            requestedVariants.set(ctx, ids.slice(0, MAX_REQUESTED_VARIANTS));
        }
        return addItems.call(this, ctx, orderId, items, ...rest);
    };
}

/** The variants the request's `addItemsToOrder` is adding (empty otherwise). */
export function requestedVariantIds(ctx: RequestContext): string[] {
    return requestedVariants.get(ctx) ?? [];
}

/**
 * The variants of the active order of a storefront request's session, looked up once per request (one small
 * indexed query), for price lookups that batch by request to include them.
 *
 * Vendure prices an order's lines one after the other (`OrderService.findOne` and the order calculation await each
 * line's `applyChannelPriceAndTax`), so a lookup that gathers the variants asked for "in the same burst" sees one
 * variant at a time there: 50 queries for a 50-line cart, in every mutation that loads the order. A price lookup
 * that, at its first miss in a request, also fetches the active order's variants answers the rest of the cart
 * from its request cache. With the variants an `addItemsToOrder` of the request is adding (see
 * {@link announceRequestedVariants}). Empty outside the shop API or without an active order.
 */
export function activeOrderVariantIds(
    connection: TransactionalConnection,
    requestCache: RequestContextCacheService,
    ctx: RequestContext,
): Promise<string[]> {
    const orderId: ID | undefined = ctx.apiType === 'shop' ? ctx.session?.activeOrderId : undefined;
    const requested = requestedVariantIds(ctx);
    if (orderId == null) {
        return Promise.resolve(requested);
    }
    const inOrder = requestCache.get(ctx, `triflow-active-order-variants-${String(orderId)}`, async () => {
        const rows = await connection
            .getRepository(ctx, OrderLine)
            .createQueryBuilder('line')
            .select('DISTINCT line.productVariantId', 'variantId')
            .where('line.orderId = :orderId', { orderId })
            .getRawMany<{ variantId: ID }>();
        return rows.map(r => String(r.variantId));
    });
    return requested.length ? inOrder.then(ids => [...new Set([...ids, ...requested])]) : inOrder;
}
