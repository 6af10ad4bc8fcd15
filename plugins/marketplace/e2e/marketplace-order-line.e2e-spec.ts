import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import { CreateOfferDocument, SuspendSellerDocument } from './graphql/generated-admin';
import {
    MarketplaceAddManyToCartDocument,
    MarketplaceAddToCartDocument,
    MarketplaceAdjustLineDocument,
} from './graphql/generated-shop';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

describe('Marketplace offers in the cart', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let a: RegisteredSeller;
    let b: RegisteredSeller;
    const offers: Record<string, string> = {};

    async function offer(
        key: string,
        sellerId: string,
        productVariantId: string,
        price: number,
        extra: { quantityAvailable?: number; minimumOrderQuantity?: number } = {},
    ) {
        const { createOffer } = await run(adminClient, CreateOfferDocument, {
            input: {
                sellerId,
                productVariantId,
                price,
                quantityAvailable: extra.quantityAvailable ?? 5,
                minimumOrderQuantity: extra.minimumOrderQuantity,
            },
        });
        if (createOffer.__typename !== 'Offer') {
            throw new Error(createOffer.message);
        }
        offers[key] = createOffer.id;
    }

    async function add(productVariantId: string, quantity: number, offerId?: string) {
        const { addItemToOrder } = await run(shopClient, MarketplaceAddToCartDocument, {
            productVariantId,
            quantity,
            customFields: offerId ? { offerId } : undefined,
        });
        return addItemToOrder;
    }

    function lines(order: Awaited<ReturnType<typeof add>>) {
        if (order.__typename !== 'Order') {
            throw new Error(`not an order: ${'message' in order ? order.message : ''}`);
        }
        return order.lines.map(l => ({
            variant: l.productVariant.id,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            offerId: l.customFields?.offerId ?? null,
        }));
    }

    beforeAll(async () => {
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'cart-a');
        b = await approvedSellerClient(shopClient, adminClient, 'cart-b');
        await offer('a13', a.id, 'T_1', 120000);
        await offer('b13', b.id, 'T_1', 110000, { quantityAvailable: 3 });
        await offer('a15', a.id, 'T_2', 140000, { minimumOrderQuantity: 2 });
        await shopClient.asAnonymousUser();
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('gives a line added without an offer the buy-box offer and its price', async () => {
        const order = await add('T_1', 1);
        expect(lines(order)).toEqual([
            { variant: 'T_1', quantity: 1, unitPrice: 110000, offerId: offers.b13 },
        ]);
    });

    it('adds to the same line when the same variant is added again without an offer', async () => {
        const order = await add('T_1', 1);
        expect(lines(order)).toEqual([
            { variant: 'T_1', quantity: 2, unitPrice: 110000, offerId: offers.b13 },
        ]);
    });

    it('buys the offer a storefront names, at its price, on its own line', async () => {
        const order = await add('T_1', 1, offers.a13);
        expect(lines(order)).toEqual([
            { variant: 'T_1', quantity: 2, unitPrice: 110000, offerId: offers.b13 },
            { variant: 'T_1', quantity: 1, unitPrice: 120000, offerId: offers.a13 },
        ]);
    });

    it('keeps the catalogue price for a variant nobody offers', async () => {
        const order = await add('T_3', 1);
        expect(lines(order).find(l => l.variant === 'T_3')).toEqual({
            variant: 'T_3',
            quantity: 1,
            unitPrice: 32900,
            offerId: null,
        });
    });

    it('refuses an offer of another variant, an unknown offer, too many units and fewer than the minimum', async () => {
        expect(await add('T_2', 2, offers.b13)).toMatchObject({
            errorCode: 'ORDER_INTERCEPTOR_ERROR',
            interceptorError: `Offer ${offers.b13} is not available for this product variant`,
        });
        expect(await add('T_1', 1, 'T_999')).toMatchObject({ errorCode: 'ORDER_INTERCEPTOR_ERROR' });
        expect(await add('T_1', 2)).toMatchObject({
            errorCode: 'ORDER_INTERCEPTOR_ERROR',
            interceptorError: 'This offer has only 3 units available',
        });
        expect(await add('T_2', 1, offers.a15)).toMatchObject({
            interceptorError: 'This offer sells at least 2 units',
        });
        // in the language of the request: a Chinese storefront sends languageCode=zh_Hans
        const chinese = await shopClient.query(
            MarketplaceAddToCartDocument,
            { productVariantId: 'T_2', quantity: 1, customFields: { offerId: offers.a15 } },
            { languageCode: 'zh_Hans' },
        );
        expect(chinese.addItemToOrder).toMatchObject({
            errorCode: 'ORDER_INTERCEPTOR_ERROR',
            interceptorError: '该报价最少起订 2 件',
        });
        const ok = await add('T_2', 2, offers.a15);
        expect(lines(ok).find(l => l.offerId === offers.a15)).toEqual({
            variant: 'T_2',
            quantity: 2,
            unitPrice: 140000,
            offerId: offers.a15,
        });
    });

    it('checks the offer when a line quantity changes', async () => {
        const order = await add('T_2', 1, offers.a15);
        const line = (
            order as { lines: Array<{ id: string; customFields?: { offerId?: string | null } | null }> }
        ).lines.find(l => l.customFields?.offerId === offers.a15)!;
        const { adjustOrderLine } = await run(shopClient, MarketplaceAdjustLineDocument, {
            orderLineId: line.id,
            quantity: 1,
        });
        expect(adjustOrderLine).toMatchObject({ interceptorError: 'This offer sells at least 2 units' });
        const { adjustOrderLine: fine } = await run(shopClient, MarketplaceAdjustLineDocument, {
            orderLineId: line.id,
            quantity: 4,
        });
        expect(fine.__typename).toBe('Order');
    });

    it('fills in the buy-box offer for addItemsToOrder too', async () => {
        await shopClient.asAnonymousUser();
        const { addItemsToOrder } = await run(shopClient, MarketplaceAddManyToCartDocument, {
            inputs: [
                { productVariantId: 'T_1', quantity: 1 },
                { productVariantId: 'T_3', quantity: 1 },
            ],
        });
        expect(addItemsToOrder.errorResults).toEqual([]);
        expect(
            addItemsToOrder.order.lines.map(l => [l.productVariant.id, l.customFields?.offerId ?? null]),
        ).toEqual([
            ['T_1', offers.b13],
            ['T_3', null],
        ]);
    });

    it("refuses a suspended seller's offer and moves new lines to the next buy-box offer", async () => {
        await shopClient.asAnonymousUser();
        await run(adminClient, SuspendSellerDocument, { id: b.id, reason: 'Audit' });
        expect(await add('T_1', 1, offers.b13)).toMatchObject({ errorCode: 'ORDER_INTERCEPTOR_ERROR' });
        const order = await add('T_1', 1);
        expect(lines(order)).toEqual([
            { variant: 'T_1', quantity: 1, unitPrice: 120000, offerId: offers.a13 },
        ]);
    });
});
