import { ID } from '@vendure/common/lib/shared-types';
import { InjectableStrategy, RequestContext } from '@vendure/core';

/**
 * Gives each seller a rating for the buy box's second criterion (after price, before lead time): higher wins.
 * The marketplace has no reviews yet; {@link NoSellerRatingStrategy} rates every seller 0, so the buy box falls
 * through to lead time. A rating source (reviews, fulfilment scores) plugs in here.
 */
export interface SellerRatingStrategy extends InjectableStrategy {
    /** Ratings by marketplace seller id; a seller missing from the map counts as 0. */
    getRatings(ctx: RequestContext, sellerIds: ID[]): Promise<Map<string, number>>;
}

/** Every seller rated 0. */
export class NoSellerRatingStrategy implements SellerRatingStrategy {
    getRatings(): Promise<Map<string, number>> {
        return Promise.resolve(new Map<string, number>());
    }
}
