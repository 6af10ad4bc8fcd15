import {
    ConfigService,
    Injector,
    Order,
    OrderItemPriceCalculationStrategy,
    PriceCalculationResult,
    ProductVariant,
    RequestContext,
} from '@vendure/core';

import { PriceResolutionService } from '../services/price-resolution.service';

/**
 * Prices cart lines from the buyer's dealer price lists, quantity breaks included, so that a line's unit price
 * changes as its quantity crosses a break. Orders without a customer, and customers no list applies to, get
 * Vendure's default calculation (the channel price). All lines of the order are resolved with one query.
 */
export class DealerOrderItemPriceCalculationStrategy implements OrderItemPriceCalculationStrategy {
    private priceResolution: PriceResolutionService;
    private configService: ConfigService;
    private readonly fallback: OrderItemPriceCalculationStrategy;

    /** @param fallback the strategy for everyone else: the one configured before this plugin (Vendure's default). */
    constructor(fallback: OrderItemPriceCalculationStrategy) {
        this.fallback = fallback;
    }

    async init(injector: Injector): Promise<void> {
        this.priceResolution = injector.get(PriceResolutionService);
        this.configService = injector.get(ConfigService);
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
        const customerId = order.customerId ?? order.customer?.id;
        if (customerId != null) {
            const otherVariantIds = (order.lines ?? []).map(l => l.productVariantId);
            // Percentages apply to the channel price itself: `listPrice` may already hold a dealer price,
            // set by DealerProductVariantPriceCalculationStrategy.
            const channelPrice =
                await this.configService.catalogOptions.productVariantPriceSelectionStrategy.selectPrice(
                    ctx,
                    productVariant.productVariantPrices ?? [],
                );
            const price = await this.priceResolution.resolveUnitPrice(
                ctx,
                customerId,
                order.currencyCode,
                { id: productVariant.id, listPrice: channelPrice?.price ?? productVariant.listPrice },
                quantity,
                otherVariantIds,
            );
            if (price !== undefined) {
                return { price, priceIncludesTax: ctx.channel.pricesIncludeTax };
            }
        }
        return this.fallback.calculateUnitPrice(ctx, productVariant, orderLineCustomFields, order, quantity);
    }
}
