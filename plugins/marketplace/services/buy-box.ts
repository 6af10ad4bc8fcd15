import { ID } from '@vendure/common/lib/shared-types';

/** What the buy box compares of an offer. */
export interface RankableOffer {
    id: ID;
    sellerId: ID;
    price: number;
    leadTimeDays: number;
    createdAt: Date;
}

/**
 * The buy-box order (best first): the lowest price; then the higher seller rating; then the shorter lead time;
 * then the older offer (and the lower id when created in the same millisecond). Offers are compared as given:
 * filtering (active, in stock, approved seller, currency) happens before. Price comes first: the storefront's
 * variant prices are read as the lowest offer price (`OfferService.buyBoxPrice`), without ranking the offers.
 */
export function buyBoxOrder<T extends RankableOffer>(offers: T[], ratings: Map<string, number>): T[] {
    const rating = (o: T) => ratings.get(String(o.sellerId)) ?? 0;
    return [...offers].sort(
        (a, b) =>
            a.price - b.price ||
            rating(b) - rating(a) ||
            a.leadTimeDays - b.leadTimeDays ||
            a.createdAt.getTime() - b.createdAt.getTime() ||
            compareIds(a.id, b.id),
    );
}

function compareIds(a: ID, b: ID): number {
    const na = Number(a);
    const nb = Number(b);
    return Number.isNaN(na) || Number.isNaN(nb) ? String(a).localeCompare(String(b)) : na - nb;
}
