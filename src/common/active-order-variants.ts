import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    OrderLine,
    PluginCommonModule,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import { EntityIdCodec, entityIdCodec } from './entity-id-codec';
import { OperationCall, OperationHook, OperationHooks, OperationHooksModule } from './operation-hooks';
import { peekTransactionScopedCache, transactionScopedCache } from './transaction-scoped-cache';

/** At most this many variants of one `addItemsToOrder` are announced to the price lookups. */
const MAX_REQUESTED_VARIANTS = 500;

/** Per HTTP request (a RequestContext is copied when a transaction starts; its `req` is the same object). */
const requestedVariants = new WeakMap<object, string[]>();

/**
 * Announces, for the request, the variants a shop `addItemsToOrder` is about to add. Vendure adds and prices the
 * lines one after the other, so price lookups that batch by request saw one new variant at a time there: a 50-line
 * quick order cost a price-list query and an offer query per line. With the announcement, the first lookup fetches
 * them all (see {@link activeOrderVariantIds} and {@link requestedVariantIds}). Registered once for the
 * application by {@link RequestedVariantsModule}, which each plugin whose price lookups read it imports (B2B,
 * marketplace).
 */
@Injectable()
export class RequestedVariantsHook implements OperationHook, OnModuleInit {
    readonly operation = 'Mutation';
    readonly fields = ['addItemsToOrder'];
    private codec: EntityIdCodec;

    constructor(
        configService: ConfigService,
        private hooks: OperationHooks,
    ) {
        this.codec = entityIdCodec(configService);
    }

    onModuleInit(): void {
        this.hooks.register(this);
    }

    before({ ctx, args }: OperationCall): undefined {
        const inputs = (args as { inputs?: Array<{ productVariantId?: string | number }> }).inputs;
        if (ctx.req && Array.isArray(inputs) && inputs.length > 1) {
            const ids = inputs
                .map(input => input.productVariantId)
                .filter((id): id is string | number => id != null)
                .map(id => String(this.codec.decode(id)));
            requestedVariants.set(ctx.req, [...new Set(ids)].slice(0, MAX_REQUESTED_VARIANTS));
        }
        return undefined;
    }
}

/**
 * Registers {@link RequestedVariantsHook} for the application once, however many plugins import it (Nest makes one
 * instance of a module).
 */
@Module({
    imports: [PluginCommonModule, OperationHooksModule],
    providers: [RequestedVariantsHook],
})
export class RequestedVariantsModule {}

/** The variants the request's shop `addItemsToOrder` is adding (empty otherwise). */
export function requestedVariantIds(ctx: RequestContext): string[] {
    const req = ctx.apiType === 'shop' ? ctx.req : undefined;
    return (req && requestedVariants.get(req)) || [];
}

/**
 * The variants of the active order of a storefront request's session, looked up once per request and transaction
 * (one small indexed query, shared by the transaction's savepoints: see {@link transactionScopedCache}), for price
 * lookups that batch by request to include them.
 *
 * Vendure prices an order's lines one after the other (`OrderService.findOne` and the order calculation await each
 * line's `applyChannelPriceAndTax`), so a lookup that gathers the variants asked for "in the same burst" sees one
 * variant at a time there: 50 queries for a 50-line cart, in every mutation that loads the order. A price lookup
 * that, at its first miss in a request, also fetches the active order's variants answers the rest of the cart
 * from its request cache. With the variants an `addItemsToOrder` of the request is adding (see
 * {@link RequestedVariantsHook}). Empty outside the shop API or without an active order.
 */
export function activeOrderVariantIds(
    connection: TransactionalConnection,
    ctx: RequestContext,
): Promise<string[]> {
    const orderId = activeOrderIdOf(ctx);
    const requested = requestedVariantIds(ctx);
    if (orderId == null) {
        return Promise.resolve(requested);
    }
    const inOrder = transactionScopedCache(ctx, activeOrderVariantsKey(orderId), async () => {
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

/** The active order of a storefront request's session (undefined outside the shop API or without one). */
export function activeOrderIdOf(ctx: RequestContext): ID | undefined {
    return ctx.apiType === 'shop' ? (ctx.session?.activeOrderId ?? undefined) : undefined;
}

/**
 * True when {@link activeOrderVariantIds} has read the active order's variants in this request and transaction
 * already. A lookup that would otherwise make that read a query of its own can fold it into its own query
 * instead, and hand the answer on with {@link rememberActiveOrderVariantIds}.
 */
export function knowsActiveOrderVariantIds(ctx: RequestContext): boolean {
    const orderId = activeOrderIdOf(ctx);
    return orderId != null && peekTransactionScopedCache(ctx, activeOrderVariantsKey(orderId)) !== undefined;
}

/**
 * Records the active order's variants read by another query (see {@link knowsActiveOrderVariantIds}), so that
 * {@link activeOrderVariantIds} answers from them for the rest of the request and transaction.
 */
export function rememberActiveOrderVariantIds(ctx: RequestContext, variantIds: string[]): void {
    const orderId = activeOrderIdOf(ctx);
    if (orderId != null) {
        void transactionScopedCache(ctx, activeOrderVariantsKey(orderId), () =>
            Promise.resolve([...new Set(variantIds)]),
        );
    }
}

function activeOrderVariantsKey(orderId: ID): string {
    return `triflow-active-order-variants-${String(orderId)}`;
}
