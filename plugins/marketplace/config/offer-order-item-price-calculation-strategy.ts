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

import { OfferService } from '../services/offer.service';

import { BuyBoxProductVariantPriceCalculationStrategy } from './buy-box-product-variant-price-calculation-strategy';
import { EntityIdCodec, entityIdCodec } from './entity-id-codec';
import { offerIdOf } from './order-line-offer-custom-field';

/**
 * Prices an order line bought from a marketplace offer (`customFields.offerId`) at the offer's price. Lines
 * without an offer, or whose offer no longer exists or does not match the line's variant and currency, get the
 * strategy configured before this plugin (the B2B dealer price, else Vendure's channel price): a dealer price
 * list never applies to an offer line.
 */
export class OfferOrderItemPriceCalculationStrategy implements OrderItemPriceCalculationStrategy {
    private offers: OfferService;
    private configService: ConfigService;
    private zoneService: ZoneService;
    private taxRateService: TaxRateService;
    private codec: EntityIdCodec;
    private readonly fallback: OrderItemPriceCalculationStrategy;

    /** @param fallback the strategy for lines without an offer: the one configured before this plugin. */
    constructor(fallback: OrderItemPriceCalculationStrategy) {
        this.fallback = fallback;
    }

    async init(injector: Injector): Promise<void> {
        this.offers = injector.get(OfferService);
        this.configService = injector.get(ConfigService);
        this.zoneService = injector.get(ZoneService);
        this.taxRateService = injector.get(TaxRateService);
        this.codec = entityIdCodec(injector);
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
        const offerId = offerIdOf(orderLineCustomFields);
        if (offerId) {
            const offer = await this.offers.findOfferForLine(
                ctx,
                this.codec.decode(offerId),
                productVariant.id,
                order.currencyCode,
            );
            if (offer) {
                return this.asChannelPrice(ctx, productVariant, order, offer.price);
            }
        }
        // A line bought from no offer is the platform's: the catalogue (or dealer) price, even when the variant's
        // storefront price has since become a seller's buy-box price.
        const catalogue = BuyBoxProductVariantPriceCalculationStrategy.replacedPriceOf(productVariant);
        if (catalogue) {
            productVariant.listPrice = catalogue.price;
            productVariant.listPriceIncludesTax = catalogue.priceIncludesTax;
        }
        return this.fallback.calculateUnitPrice(ctx, productVariant, orderLineCustomFields, order, quantity);
    }

    /**
     * An offer price is entered like the channel's prices. Where those include tax and the order is taxed in
     * another zone than the channel's default one, the default zone's tax comes out of it, as Vendure does for
     * the channel price, so a buyer abroad pays the net offer price plus their zone's tax.
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
        return { price: Math.round(defaultZoneRate.netPriceOf(price)), priceIncludesTax: false };
    }
}
