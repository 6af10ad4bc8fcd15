import { buyBoxOrder, RankableOffer } from './buy-box';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));
const offer = (
    id: number,
    sellerId: number,
    price: number,
    leadTimeDays: number,
    created = id,
): RankableOffer => ({
    id,
    sellerId,
    price,
    leadTimeDays,
    createdAt: at(created),
});

describe('buy-box order', () => {
    it('puts the lowest price first', () => {
        const ranked = buyBoxOrder(
            [offer(1, 1, 300, 0), offer(2, 2, 100, 9), offer(3, 3, 200, 0)],
            new Map(),
        );
        expect(ranked.map(o => o.id)).toEqual([2, 3, 1]);
    });

    it('breaks a price tie by the higher seller rating, before lead time', () => {
        const ranked = buyBoxOrder(
            [offer(1, 1, 100, 1), offer(2, 2, 100, 9)],
            new Map([
                ['1', 3.5],
                ['2', 4.8],
            ]),
        );
        expect(ranked.map(o => o.id)).toEqual([2, 1]);
    });

    it('breaks a price and rating tie by the shorter lead time, then by the older offer', () => {
        const ranked = buyBoxOrder(
            [offer(1, 1, 100, 5, 1), offer(2, 2, 100, 2, 3), offer(3, 3, 100, 2, 2)],
            new Map(),
        );
        expect(ranked.map(o => o.id)).toEqual([3, 2, 1]);
    });

    it('counts a seller without a rating as 0', () => {
        const ranked = buyBoxOrder([offer(1, 1, 100, 0), offer(2, 2, 100, 5)], new Map([['2', 0.1]]));
        expect(ranked.map(o => o.id)).toEqual([2, 1]);
    });

    it('does not change the list it is given', () => {
        const offers = [offer(1, 1, 200, 0), offer(2, 2, 100, 0)];
        buyBoxOrder(offers, new Map());
        expect(offers.map(o => o.id)).toEqual([1, 2]);
    });
});
