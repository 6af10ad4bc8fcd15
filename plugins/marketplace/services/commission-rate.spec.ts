import { averageCommissionRate, CommissionRuleMatch, resolveCommissionRate } from './commission-rate';

const match = (
    ruleId: number,
    depth: number,
    rateBps: number,
    sellerId: number | null = null,
    productVariantId = 1,
): CommissionRuleMatch => ({
    ruleId,
    collectionId: ruleId * 10,
    collectionName: `c${ruleId}`,
    sellerId,
    rateBps,
    productVariantId,
    depth,
});

const seller = { id: 7, commissionRateBps: 800 };

describe('commission rate of a line', () => {
    it("takes a rule for the line's seller before every seller's rules, whatever their depth", () => {
        const rate = resolveCommissionRate([match(1, 5, 100), match(2, 2, 900, 7)], 1, seller, 1000);
        expect(rate).toMatchObject({ rateBps: 900, source: 'sellerRule', rule: { ruleId: 2 } });
    });

    it('takes the deepest collection among rules of the same kind, then the lowest rate, then the oldest rule', () => {
        expect(resolveCommissionRate([match(1, 2, 100), match(2, 3, 900)], 1, seller, 1000)).toMatchObject({
            rateBps: 900,
            source: 'collectionRule',
        });
        expect(resolveCommissionRate([match(1, 3, 700), match(2, 3, 600)], 1, seller, 1000).rateBps).toBe(
            600,
        );
        expect(
            resolveCommissionRate([match(9, 3, 600), match(4, 3, 600)], 1, seller, 1000).rule?.ruleId,
        ).toBe(4);
        expect(
            resolveCommissionRate([match(1, 2, 300, 7), match(2, 4, 500, 7)], 1, seller, 1000).rateBps,
        ).toBe(500);
    });

    it("ignores other sellers' rules and other variants' rules", () => {
        const rate = resolveCommissionRate([match(1, 9, 1, 8), match(2, 9, 2, null, 2)], 1, seller, 1000);
        expect(rate).toEqual({ rateBps: 800, source: 'seller' });
    });

    it("falls back to the seller's rate, then to the default", () => {
        expect(resolveCommissionRate([], 1, seller, 1000)).toEqual({ rateBps: 800, source: 'seller' });
        expect(resolveCommissionRate([], 1, { id: 7, commissionRateBps: null }, 1000)).toEqual({
            rateBps: 1000,
            source: 'default',
        });
        // a rule of 0% is a rate, not an absence of one
        expect(resolveCommissionRate([match(1, 2, 0)], 1, seller, 1000).rateBps).toBe(0);
    });
});

describe('settlement rate of a seller order', () => {
    it("is the lines' common rate when they share one", () => {
        expect(
            averageCommissionRate(
                [
                    { price: 999, rateBps: 1000 },
                    { price: 12345, rateBps: 1000 },
                ],
                250,
            ),
        ).toBe(1000);
    });

    it('averages different rates by line price, rounded', () => {
        expect(
            averageCommissionRate(
                [
                    { price: 30000, rateBps: 500 },
                    { price: 10000, rateBps: 1000 },
                ],
                250,
            ),
        ).toBe(625);
    });

    it('falls back when the lines cost nothing and their rates differ', () => {
        expect(
            averageCommissionRate(
                [
                    { price: 0, rateBps: 500 },
                    { price: 0, rateBps: 1000 },
                ],
                250,
            ),
        ).toBe(250);
        expect(averageCommissionRate([{ price: 0, rateBps: 500 }], 250)).toBe(500);
    });
});
