import {
    Channel,
    Injector,
    Order,
    OrderLine,
    OrderSellerStrategy,
    RequestContext,
    SplitOrderContents,
} from '@vendure/core';

import { SellerOrderService } from '../services/seller-order.service';

/** Work done after seller orders were created, inside the placing transaction. */
export type SellerOrdersCreatedHandler = (
    ctx: RequestContext,
    aggregateOrder: Order,
    sellerOrders: Order[],
    injector: Injector,
) => Promise<void>;

/**
 * Splits a placed order with offer lines into seller orders, and wraps the strategy configured before it
 * (Vendure's single-vendor default), which keeps deciding for orders without offer lines:
 *
 * - an offer line belongs to its offer's seller channel (`OrderLine.sellerChannel`); other lines to whatever the
 *   previous strategy says (the default channel);
 * - on placement, each offer line's quantity is taken off its offer (the guarded allocation), then the order is
 *   split into one seller order per seller channel (catalogue lines form the platform's part), each with the
 *   shipping lines covering its lines (see `MarketplaceShippingLineAssignmentStrategy`);
 * - an order without offer lines is not split: plain Vendure behaviour.
 */
export class MarketplaceOrderSellerStrategy implements OrderSellerStrategy {
    private sellerOrders: SellerOrderService;
    private injector: Injector;
    private afterCreated: SellerOrdersCreatedHandler[] = [];

    /** @param previous the strategy configured before the marketplace plugin. */
    constructor(private readonly previous: OrderSellerStrategy) {}

    async init(injector: Injector): Promise<void> {
        this.injector = injector;
        this.sellerOrders = injector.get(SellerOrderService);
        await this.previous.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.previous.destroy?.();
    }

    /** Registers work to run after seller orders were created (commission, ledger), inside the transaction. */
    onSellerOrdersCreated(handler: SellerOrdersCreatedHandler): void {
        this.afterCreated.push(handler);
    }

    async setOrderLineSellerChannel(ctx: RequestContext, orderLine: OrderLine): Promise<Channel | undefined> {
        const channelId = await this.sellerOrders.sellerChannelIdOfLine(ctx, orderLine);
        if (channelId !== undefined) {
            return new Channel({ id: channelId });
        }
        return this.previous.setOrderLineSellerChannel?.(ctx, orderLine);
    }

    async splitOrder(ctx: RequestContext, order: Order): Promise<SplitOrderContents[]> {
        if (!this.sellerOrders.hasSellerLines(order)) {
            return (await this.previous.splitOrder?.(ctx, order)) ?? [];
        }
        await this.sellerOrders.allocateOffers(ctx, order);
        const parts = await this.sellerOrders.splitParts(ctx, order);
        return parts.map(part => ({
            channelId: part.channelId,
            state: order.state,
            lines: part.lines,
            shippingLines: part.shippingLines,
        }));
    }

    async afterSellerOrdersCreated(
        ctx: RequestContext,
        aggregateOrder: Order,
        sellerOrders: Order[],
    ): Promise<void> {
        if (!this.sellerOrders.hasSellerLines(aggregateOrder)) {
            await this.previous.afterSellerOrdersCreated?.(ctx, aggregateOrder, sellerOrders);
            return;
        }
        for (const handler of this.afterCreated) {
            await handler(ctx, aggregateOrder, sellerOrders, this.injector);
        }
    }
}
