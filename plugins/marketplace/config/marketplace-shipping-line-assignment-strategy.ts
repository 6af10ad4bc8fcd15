import {
    Injector,
    Order,
    OrderLine,
    RequestContext,
    ShippingLine,
    ShippingLineAssignmentStrategy,
} from '@vendure/core';

import { SellerOrderService } from '../services/seller-order.service';

/**
 * Gives each seller's lines their own shipping line, and wraps the strategy configured before it (Vendure's
 * default: every line to every shipping line), which still decides for orders without seller lines.
 *
 * With seller lines: a shipping method assigned to a seller's channel covers that seller's lines; a platform
 * method (in no seller channel) covers the lines no seller method of the order covers (catalogue lines, and
 * sellers for which the buyer chose no method of their own).
 */
export class MarketplaceShippingLineAssignmentStrategy implements ShippingLineAssignmentStrategy {
    private sellerOrders: SellerOrderService;

    /** @param previous the strategy configured before the marketplace plugin. */
    constructor(private readonly previous: ShippingLineAssignmentStrategy) {}

    async init(injector: Injector): Promise<void> {
        this.sellerOrders = injector.get(SellerOrderService);
        await this.previous.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.previous.destroy?.();
    }

    async assignShippingLineToOrderLines(
        ctx: RequestContext,
        shippingLine: ShippingLine,
        order: Order,
    ): Promise<OrderLine[]> {
        if (!this.sellerOrders.hasSellerLines(order)) {
            return this.previous.assignShippingLineToOrderLines(ctx, shippingLine, order);
        }
        return this.sellerOrders.linesForShippingLine(ctx, shippingLine, order);
    }
}
