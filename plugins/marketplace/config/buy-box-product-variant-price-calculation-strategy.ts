import {
    Injector,
    PriceCalculationResult,
    ProductVariant,
    ProductVariantPriceCalculationArgs,
    ProductVariantPriceCalculationStrategy,
    RequestContext,
} from '@vendure/core';
// Not re-exported by @vendure/core's index: Vendure's own tax arithmetic for a price entered like channel prices.
import { DefaultProductVariantPriceCalculationStrategy } from '@vendure/core/dist/config/catalog/default-product-variant-price-calculation-strategy';
// The context DefaultSearchPlugin's indexer prices variants with (it keeps the HTTP request of whoever caused it).
import { MutableRequestContext } from '@vendure/core/dist/plugin/default-search-plugin/indexer/mutable-request-context';

import { OfferService } from '../services/offer.service';

/**
 * The storefront's `ProductVariant.price`/`priceWithTax` of a variant that sellers offer is its **buy-box price**:
 * what `addItemToOrder` without an offer charges (the buy-box offer's price). Vendure's search index computes its
 * prices with this same strategy, so search listings, product pages and the cart agree. Variants nobody offers
 * keep the strategy configured before this plugin (the B2B dealer price, else the channel price).
 *
 * Applies to shop API requests and to DefaultSearchPlugin's indexer; the admin API keeps the catalogue price,
 * which is what the Dashboard edits. The offer price is entered like the
 * channel's prices and goes through Vendure's default tax arithmetic (not the dealer strategy: a dealer price
 * list never applies to an offer).
 */
export class BuyBoxProductVariantPriceCalculationStrategy implements ProductVariantPriceCalculationStrategy {
    /** What the strategy before would have answered, for variants whose price this one replaced. */
    private static readonly replaced = new WeakMap<ProductVariant, PriceCalculationResult>();

    /**
     * The price the strategy before this one gives the variant (the catalogue or dealer price) when this one
     * replaced it with the buy-box price; undefined when it did not. An order line bought from no offer (added
     * before any seller offered the variant) keeps that price: the platform sells it, not a seller.
     */
    static replacedPriceOf(variant: ProductVariant): PriceCalculationResult | undefined {
        return BuyBoxProductVariantPriceCalculationStrategy.replaced.get(variant);
    }

    private offers: OfferService;
    private readonly offerPriceTax = new DefaultProductVariantPriceCalculationStrategy();

    /** @param previous the strategy configured before this plugin: prices variants nobody offers. */
    constructor(private readonly previous: ProductVariantPriceCalculationStrategy) {}

    async init(injector: Injector): Promise<void> {
        this.offers = injector.get(OfferService);
        this.offerPriceTax.init(injector);
        await this.previous.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.previous.destroy?.();
    }

    async calculate(args: ProductVariantPriceCalculationArgs): Promise<PriceCalculationResult> {
        const { ctx, productVariant } = args;
        if (BuyBoxProductVariantPriceCalculationStrategy.showsBuyBoxPrice(ctx)) {
            const price = await this.offers.buyBoxPrice(ctx, productVariant.id);
            if (price !== null) {
                BuyBoxProductVariantPriceCalculationStrategy.replaced.set(
                    productVariant,
                    await this.previous.calculate(args),
                );
                return this.offerPriceTax.calculate({ ...args, inputPrice: price });
            }
        }
        BuyBoxProductVariantPriceCalculationStrategy.replaced.delete(productVariant);
        return this.previous.calculate(args);
    }

    /**
     * The storefront (shop API) and DefaultSearchPlugin's indexer, which runs with the context of the change that
     * caused it (an admin's too); not the admin API. A search plugin with an indexer context of its own
     * (Elasticsearch) needs its context added here.
     */
    static showsBuyBoxPrice(ctx: RequestContext): boolean {
        return ctx.apiType === 'shop' || ctx instanceof MutableRequestContext;
    }
}
