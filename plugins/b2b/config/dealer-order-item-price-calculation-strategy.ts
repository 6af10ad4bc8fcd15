import {
    ConfigService,
    idsAreEqual,
    Injector,
    Order,
    OrderItemPriceCalculationStrategy,
    PriceCalculationResult,
    ProductVariant,
    RequestContext,
    TaxRateService,
    ZoneService,
} from '@vendure/core';

import { PriceResolutionService } from '../services/price-resolution.service';
import { requestedVariantIds } from '../../../src/common/active-order-variants';

/**
 * Prices cart lines from the buyer's dealer price lists, quantity breaks included, so that a line's unit price
 * changes as its quantity crosses a break. Orders without a customer, and customers no list applies to, get
 * Vendure's default calculation (the channel price). All lines of the order are resolved with one query.
 */
export class DealerOrderItemPriceCalculationStrategy implements OrderItemPriceCalculationStrategy {
    private priceResolution: PriceResolutionService;
    private configService: ConfigService;
    private zoneService: ZoneService;
    private taxRateService: TaxRateService;
    private readonly fallback: OrderItemPriceCalculationStrategy;

    /** @param fallback the strategy for everyone else: the one configured before this plugin (Vendure's default). */
    constructor(fallback: OrderItemPriceCalculationStrategy) {
        this.fallback = fallback;
    }

    async init(injector: Injector): Promise<void> {
        this.priceResolution = injector.get(PriceResolutionService);
        this.configService = injector.get(ConfigService);
        this.zoneService = injector.get(ZoneService);
        this.taxRateService = injector.get(TaxRateService);
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
            // The cart's variants and those the request is adding: priced with one query for all.
            const otherVariantIds = [
                ...(order.lines ?? []).map(l => l.productVariantId),
                ...requestedVariantIds(ctx),
            ];
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
                return this.asChannelPrice(ctx, productVariant, order, price);
            }
        }
        return this.fallback.calculateUnitPrice(ctx, productVariant, orderLineCustomFields, order, quantity);
    }

    /**
     * A dealer price is entered like the channel's prices. Where those include tax and the order is taxed in
     * another zone than the channel's default one, Vendure takes the default zone's tax out of the channel price
     * (DefaultProductVariantPriceCalculationStrategy); a dealer price gets the same conversion, so a buyer abroad
     * pays the net dealer price plus their zone's tax, as they would for the list price.
     */
    private async asChannelPrice(
        ctx: RequestContext,
        variant: ProductVariant,
        order: Order,
        price: number,
    ): Promise<PriceCalculationResult> {
        if (!ctx.channel.pricesIncludeTax) {
            return { price, priceIncludesTax: false };
        }
        const zones = await this.zoneService.getAllWithMembers(ctx);
        const activeZone = await this.configService.taxOptions.taxZoneStrategy.determineTaxZone(
            ctx,
            zones,
            ctx.channel,
            order,
        );
        if (!activeZone || idsAreEqual(activeZone.id, ctx.channel.defaultTaxZone.id)) {
            return { price, priceIncludesTax: true };
        }
        const defaultZoneRate = await this.taxRateService.getApplicableTaxRate(
            ctx,
            ctx.channel.defaultTaxZone,
            variant.taxCategory,
        );
        // rounded like the product page shows it (the order line's money columns hold whole minor units)
        return { price: Math.round(defaultZoneRate.netPriceOf(price)), priceIncludesTax: false };
    }
}
