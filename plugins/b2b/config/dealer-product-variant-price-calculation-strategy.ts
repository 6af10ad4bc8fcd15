import {
    Injector,
    PriceCalculationResult,
    ProductVariantPriceCalculationArgs,
    ProductVariantPriceCalculationStrategy,
} from '@vendure/core';

import { CompanyService } from '../services/company.service';
import { PriceResolutionService } from '../services/price-resolution.service';

/**
 * Shows a logged-in dealer their quantity-1 dealer price as `ProductVariant.price`/`priceWithTax` in the shop
 * API. Everyone else (anonymous shoppers, customers no list applies to, the admin API) sees the channel price
 * through Vendure's default strategy, which also does the tax arithmetic for the dealer price.
 */
export class DealerProductVariantPriceCalculationStrategy implements ProductVariantPriceCalculationStrategy {
    private priceResolution: PriceResolutionService;
    private companyService: CompanyService;
    private readonly fallback: ProductVariantPriceCalculationStrategy;

    /** @param fallback the strategy configured before this plugin (Vendure's default): does the tax arithmetic. */
    constructor(fallback: ProductVariantPriceCalculationStrategy) {
        this.fallback = fallback;
    }

    async init(injector: Injector): Promise<void> {
        this.priceResolution = injector.get(PriceResolutionService);
        this.companyService = injector.get(CompanyService);
        await this.fallback.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.fallback.destroy?.();
    }

    async calculate(args: ProductVariantPriceCalculationArgs): Promise<PriceCalculationResult> {
        const { ctx, productVariant, inputPrice } = args;
        if (ctx.apiType === 'shop' && ctx.activeUserId != null) {
            const customerId = await this.companyService.getActiveCustomerId(ctx);
            if (customerId != null) {
                const price = await this.priceResolution.resolveSingleUnitPrice(
                    ctx,
                    customerId,
                    ctx.currencyCode,
                    {
                        id: productVariant.id,
                        listPrice: inputPrice,
                    },
                );
                if (price !== undefined) {
                    return this.fallback.calculate({ ...args, inputPrice: price });
                }
            }
        }
        return this.fallback.calculate(args);
    }
}
