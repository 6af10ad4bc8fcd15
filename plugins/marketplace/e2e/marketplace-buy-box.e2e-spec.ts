import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    CreateOfferDocument,
    ReinstateSellerDocument,
    SuspendSellerDocument,
    UpdateOfferDocument,
} from './graphql/generated-admin';
import { VariantOffersDocument } from './graphql/generated-shop';
import { approvedSellerClient, registerSeller, RegisteredSeller } from './marketplace-e2e-helpers';

describe('Marketplace buy box', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    const sellers: Record<'a' | 'b' | 'c', RegisteredSeller> = {} as Record<
        'a' | 'b' | 'c',
        RegisteredSeller
    >;
    const offers: Record<string, string> = {};

    async function offer(
        key: string,
        sellerId: string,
        productVariantId: string,
        price: number,
        extra: { leadTimeDays?: number; quantityAvailable?: number; active?: boolean } = {},
    ) {
        const { createOffer } = await run(adminClient, CreateOfferDocument, {
            input: {
                sellerId,
                productVariantId,
                price,
                quantityAvailable: extra.quantityAvailable ?? 10,
                leadTimeDays: extra.leadTimeDays ?? 0,
                active: extra.active,
                sellerSku: key,
            },
        });
        if (createOffer.__typename !== 'Offer') {
            throw new Error(createOffer.message);
        }
        offers[key] = createOffer.id;
    }

    async function laptop() {
        const { product } = await run(shopClient, VariantOffersDocument, { productId: 'T_1' });
        const [v13, v15] = product!.variants;
        return {
            productOffers: product!.offers.map(o => o.sellerSku),
            v13: { offers: v13.offers.map(o => o.sellerSku), buyBox: v13.buyBox?.sellerSku ?? null },
            v15: { offers: v15.offers.map(o => o.sellerSku), buyBox: v15.buyBox?.sellerSku ?? null },
        };
    }

    beforeAll(async () => {
        await startTestServer(env);
        for (const key of ['a', 'b', 'c'] as const) {
            sellers[key] = await approvedSellerClient(shopClient, adminClient, `box-${key}`);
        }
        // 13 inch: B and C tie on price, C ships sooner; A is dearer.
        await offer('a13', sellers.a.id, 'T_1', 120000, { leadTimeDays: 1 });
        await offer('b13', sellers.b.id, 'T_1', 110000, { leadTimeDays: 10 });
        await offer('c13', sellers.c.id, 'T_1', 110000, { leadTimeDays: 3 });
        // 15 inch: A and B tie on price and lead time: the older offer (A) wins.
        await offer('a15', sellers.a.id, 'T_2', 130000, { leadTimeDays: 2 });
        await offer('b15', sellers.b.id, 'T_2', 130000, { leadTimeDays: 2 });
        // never shown: out of stock, inactive
        await offer('c15-empty', sellers.c.id, 'T_2', 100, { quantityAvailable: 0 });
        await offer('a-tablet-off', sellers.a.id, 'T_3', 100, { active: false });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('shows the offers in buy-box order: lowest price, then (rating 0) shortest lead time, then the oldest offer', async () => {
        expect(await laptop()).toEqual({
            // across the product's variants, still in buy-box order
            productOffers: ['c13', 'b13', 'a13', 'a15', 'b15'],
            v13: { offers: ['c13', 'b13', 'a13'], buyBox: 'c13' },
            v15: { offers: ['a15', 'b15'], buyBox: 'a15' },
        });
    });

    it('shows offer details and the seller to the storefront', async () => {
        const { product } = await run(shopClient, VariantOffersDocument, { productId: 'T_1' });
        expect(product!.variants[0].buyBox).toMatchObject({
            id: offers.c13,
            price: 110000,
            currencyCode: 'USD',
            quantityAvailable: 10,
            leadTimeDays: 3,
            condition: 'new',
            productVariantId: 'T_1',
            seller: { id: sellers.c.id, name: 'Seller box-c' },
        });
    });

    it('moves the buy box when the winner sells out or is deactivated', async () => {
        await run(adminClient, UpdateOfferDocument, { input: { id: offers.c13, quantityAvailable: 0 } });
        expect((await laptop()).v13).toEqual({ offers: ['b13', 'a13'], buyBox: 'b13' });
        await run(adminClient, UpdateOfferDocument, { input: { id: offers.b13, active: false } });
        expect((await laptop()).v13).toEqual({ offers: ['a13'], buyBox: 'a13' });
        await run(adminClient, UpdateOfferDocument, { input: { id: offers.c13, quantityAvailable: 4 } });
        await run(adminClient, UpdateOfferDocument, { input: { id: offers.b13, active: true } });
        expect((await laptop()).v13.buyBox).toBe('c13');
    });

    it("removes a suspended seller's offers at once and brings them back on reinstatement", async () => {
        await run(adminClient, SuspendSellerDocument, { id: sellers.c.id, reason: 'Quality review' });
        expect((await laptop()).v13).toEqual({ offers: ['b13', 'a13'], buyBox: 'b13' });
        await run(adminClient, ReinstateSellerDocument, { id: sellers.c.id });
        expect((await laptop()).v13.buyBox).toBe('c13');
    });

    it('never shows offers of a seller that is not approved', async () => {
        const pending = await registerSeller(shopClient, adminClient, 'box-pending');
        await offer('pending13', pending.id, 'T_1', 1, {});
        expect((await laptop()).v13.offers).not.toContain('pending13');
    });

    it('shows no offers and no buy box for a variant nobody offers', async () => {
        const { product } = await run(shopClient, VariantOffersDocument, { productId: 'T_2' });
        expect(product!.offers).toEqual([]);
        expect(product!.variants[0]).toMatchObject({ offers: [], buyBox: null });
    });
});
