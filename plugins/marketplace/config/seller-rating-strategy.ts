import { ID } from '@vendure/common/lib/shared-types';
import { InjectableStrategy, RequestContext } from '@vendure/core';

/** What a storefront shows of a seller's rating: the average (null while unrated) and how many ratings. */
export interface SellerRatingSummary {
    average: number | null;
    count: number;
}

/**
 * Gives each seller a rating for the buy box's second criterion (after price, before lead time): higher wins,
 * and the rating summary the shop API shows on the seller profile. The marketplace has no reviews yet;
 * {@link NoSellerRatingStrategy} rates every seller 0 (unrated), so the buy box falls through to lead time. A
 * rating source (reviews, fulfilment scores) plugs in here.
 */
export interface SellerRatingStrategy extends InjectableStrategy {
    /** Ratings by marketplace seller id; a seller missing from the map counts as 0. */
    getRatings(ctx: RequestContext, sellerIds: ID[]): Promise<Map<string, number>>;
    /**
     * Rating summaries by marketplace seller id, for the seller profile; a seller missing from the map is
     * unrated (`{ average: null, count: 0 }`). When not implemented, every seller is unrated.
     */
    getRatingSummaries?(ctx: RequestContext, sellerIds: ID[]): Promise<Map<string, SellerRatingSummary>>;
}

/** Every seller rated 0, unrated on its profile. */
export class NoSellerRatingStrategy implements SellerRatingStrategy {
    getRatings(): Promise<Map<string, number>> {
        return Promise.resolve(new Map<string, number>());
    }

    getRatingSummaries(): Promise<Map<string, SellerRatingSummary>> {
        return Promise.resolve(new Map<string, SellerRatingSummary>());
    }
}
