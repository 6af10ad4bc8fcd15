import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@vendure/core';

import { DealerListingPriceService, SearchResultPrices } from '../services/dealer-listing-price.service';

/** `search` results (and collection listings built on it) show a logged-in dealer their dealer prices. */
@Resolver('SearchResponse')
export class DealerSearchPriceShopResolver {
    constructor(private listingPrices: DealerListingPriceService) {}

    @ResolveField()
    items(
        @Ctx() ctx: RequestContext,
        @Parent() response: { items: SearchResultPrices[] },
    ): Promise<SearchResultPrices[]> {
        return this.listingPrices.applyDealerPrices(ctx, response.items ?? []);
    }
}
