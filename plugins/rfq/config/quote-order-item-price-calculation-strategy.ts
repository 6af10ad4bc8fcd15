import {
    Injector,
    Order,
    OrderItemPriceCalculationStrategy,
    PriceCalculationResult,
    ProductVariant,
    RequestContext,
} from '@vendure/core';

import { QuotedPriceService } from '../services/quoted-price.service';

import { quoteLineIdOf } from './order-line-quote-custom-field';

/**
 * Prices an order line bought on an accepted quote line (`customFields.quoteLineId`) at the quoted unit price,
 * entered like the channel's prices. Every other line, and a line whose quote line is not accepted for the
 * order's customer and currency, gets the strategy configured before this plugin (marketplace offer, dealer
 * price, catalogue price).
 */
export class QuoteOrderItemPriceCalculationStrategy implements OrderItemPriceCalculationStrategy {
    private quotedPrices: QuotedPriceService;
    private readonly fallback: OrderItemPriceCalculationStrategy;

    /** @param fallback the strategy for lines without a quote: the one configured before this plugin. */
    constructor(fallback: OrderItemPriceCalculationStrategy) {
        this.fallback = fallback;
    }

    async init(injector: Injector): Promise<void> {
        this.quotedPrices = injector.get(QuotedPriceService);
        await this.fallback.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.fallback.destroy?.();
    }

    async calculateUnitPrice(
        ctx: RequestContext,
        productVariant: ProductVariant,
        orderLineCustomFields: { [key: string]: unknown },
        order: Order,
        quantity: number,
    ): Promise<PriceCalculationResult> {
        const quoteLineId = quoteLineIdOf(orderLineCustomFields);
        if (quoteLineId) {
            const accepted = await this.quotedPrices.findAccepted(ctx, quoteLineId, order);
            if (accepted) {
                return { price: accepted.unitPrice, priceIncludesTax: ctx.channel.pricesIncludeTax };
            }
        }
        return this.fallback.calculateUnitPrice(ctx, productVariant, orderLineCustomFields, order, quantity);
    }
}
