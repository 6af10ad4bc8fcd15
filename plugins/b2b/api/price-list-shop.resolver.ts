import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Ctx,
    ProductVariant,
    ProductVariantPrice,
    ProductVariantService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import { CompanyService } from '../services/company.service';
import { PriceResolutionService } from '../services/price-resolution.service';

/** A row of `ProductVariant.dealerPrices`. */
interface QuantityBreakResult {
    minQuantity: number;
    price: number;
    priceWithTax: number;
}

@Resolver('ProductVariant')
export class DealerPricesShopResolver {
    constructor(
        private companyService: CompanyService,
        private priceResolution: PriceResolutionService,
        private productVariantService: ProductVariantService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    async dealerPrices(
        @Ctx() ctx: RequestContext,
        @Parent() variant: ProductVariant,
    ): Promise<QuantityBreakResult[]> {
        const customerId = await this.companyService.getActiveCustomerId(ctx);
        if (customerId == null) {
            return [];
        }
        const channelPrice = await this.connection.getRepository(ctx, ProductVariantPrice).findOne({
            where: { variant: { id: variant.id }, channelId: ctx.channelId, currencyCode: ctx.currencyCode },
        });
        if (!channelPrice) {
            return [];
        }
        const breaks = await this.priceResolution.getQuantityBreaks(ctx, customerId, ctx.currencyCode, {
            id: variant.id,
            listPrice: channelPrice.price,
        });
        if (!breaks.length) {
            return [];
        }
        const taxRate = await this.productVariantService.hydratePriceFields(ctx, variant, 'taxRateApplied');
        const inclusive = ctx.channel.pricesIncludeTax;
        return breaks.map(b => ({
            minQuantity: b.minQuantity,
            price: inclusive ? Math.round(taxRate.netPriceOf(b.price)) : b.price,
            priceWithTax: inclusive ? b.price : Math.round(taxRate.grossPriceOf(b.price)),
        }));
    }
}
