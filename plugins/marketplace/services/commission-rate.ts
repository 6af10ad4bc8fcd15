import { ID } from '@vendure/common/lib/shared-types';
import { idsAreEqual } from '@vendure/core';

/** A commission rule that may apply to a variant: the rule, and where its collection sits in the tree. */
export interface CommissionRuleMatch {
    ruleId: ID;
    collectionId: ID;
    /** The collection's name in the channel's default language, for the ledger (null when it has none). */
    collectionName: string | null;
    /** The rule's seller; null: every seller. */
    sellerId: ID | null;
    rateBps: number;
    /** A variant of the collection. */
    productVariantId: ID;
    /** Levels from the tree's root (a top-level collection is 2, its child 3): deeper is more specific. */
    depth: number;
}

/** Where a line's rate came from. */
export type CommissionRateSource = 'sellerRule' | 'collectionRule' | 'seller' | 'default';

export interface ResolvedCommissionRate {
    rateBps: number;
    source: CommissionRateSource;
    /** The rule, for `sellerRule` and `collectionRule`. */
    rule?: CommissionRuleMatch;
}

/**
 * The commission rate of a seller's order line of a variant, from the rules whose collection holds the variant:
 *
 * 1. a rule for this seller (`sellerRule`), before
 * 2. a rule for every seller (`collectionRule`); among rules of the same kind, the one on the deepest collection
 *    (the most specific: a child collection before its parent), then the lowest rate, then the oldest rule;
 * 3. without a rule, the seller's own rate (`seller`), else
 * 4. the marketplace's default (`default`).
 */
export function resolveCommissionRate(
    matches: CommissionRuleMatch[],
    productVariantId: ID,
    seller: { id: ID; commissionRateBps: number | null },
    defaultRateBps: number,
): ResolvedCommissionRate {
    const candidates = matches.filter(
        m =>
            idsAreEqual(m.productVariantId, productVariantId) &&
            (m.sellerId == null || idsAreEqual(m.sellerId, seller.id)),
    );
    const [best] = [...candidates].sort(
        (a, b) =>
            Number(b.sellerId != null) - Number(a.sellerId != null) ||
            b.depth - a.depth ||
            a.rateBps - b.rateBps ||
            compareIds(a.ruleId, b.ruleId),
    );
    if (best) {
        return {
            rateBps: best.rateBps,
            source: best.sellerId != null ? 'sellerRule' : 'collectionRule',
            rule: best,
        };
    }
    if (seller.commissionRateBps != null) {
        return { rateBps: seller.commissionRateBps, source: 'seller' };
    }
    return { rateBps: defaultRateBps, source: 'default' };
}

/**
 * The rate a seller order is settled at, over lines charged at their own rates: the lines' rates averaged by their
 * price without tax, rounded (so the lines' common rate when they share one); `fallbackBps` when the lines cost
 * nothing.
 */
export function averageCommissionRate(
    lines: Array<{ price: number; rateBps: number }>,
    fallbackBps: number,
): number {
    const total = lines.reduce((sum, l) => sum + l.price, 0);
    if (total <= 0) {
        return lines.length > 0 && lines.every(l => l.rateBps === lines[0].rateBps)
            ? lines[0].rateBps
            : fallbackBps;
    }
    return Math.round(lines.reduce((sum, l) => sum + l.price * l.rateBps, 0) / total);
}

function compareIds(a: ID, b: ID): number {
    const [x, y] = [Number(a), Number(b)];
    return Number.isFinite(x) && Number.isFinite(y) ? x - y : String(a).localeCompare(String(b));
}
