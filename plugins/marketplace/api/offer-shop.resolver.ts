import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Product, ProductVariant, RequestContext } from '@vendure/core';

import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { Offer } from '../entities/offer.entity';
import { MarketplaceSellerService } from '../services/marketplace-seller.service';
import { OfferService } from '../services/offer.service';

@Resolver('ProductVariant')
export class ProductVariantOffersShopResolver {
    constructor(private offerService: OfferService) {}

    @ResolveField()
    offers(@Ctx() ctx: RequestContext, @Parent() variant: ProductVariant): Promise<Offer[]> {
        return this.offerService.findStorefrontOffers(ctx, [variant.id]);
    }

    @ResolveField()
    buyBox(@Ctx() ctx: RequestContext, @Parent() variant: ProductVariant): Promise<Offer | undefined> {
        return this.offerService.findBuyBox(ctx, variant.id);
    }
}

@Resolver('Product')
export class ProductOffersShopResolver {
    constructor(private offerService: OfferService) {}

    @ResolveField()
    async offers(@Ctx() ctx: RequestContext, @Parent() product: Product): Promise<Offer[]> {
        return this.offerService.findStorefrontOffers(
            ctx,
            await this.offerService.variantIdsOfProduct(ctx, product.id),
        );
    }
}

@Resolver('Offer')
export class OfferShopEntityResolver {
    constructor(private sellerService: MarketplaceSellerService) {}

    @ResolveField()
    seller(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<MarketplaceSeller | undefined> {
        return offer.seller ? Promise.resolve(offer.seller) : this.sellerService.findOne(ctx, offer.sellerId);
    }
}
