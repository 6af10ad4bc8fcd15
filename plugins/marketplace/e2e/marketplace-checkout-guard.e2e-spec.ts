import { SimpleGraphQLClient } from '@vendure/testing';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    MktAddFulfillmentDocument,
    MktSetTrackedVariantStockDocument,
    MktSettlePaymentDocument,
    MktStockLedgerDocument,
    MktVariantStockDocument,
    OfferDetailDocument,
    ReinstateSellerDocument,
    SuspendSellerDocument,
    UpdateOfferDocument,
} from './graphql/generated-admin';
import {
    MarketplaceAddManyToCartDocument,
    MarketplaceAddToCartDocument,
    MktActiveOrderDocument,
    MktAddPaymentDocument,
    MktRemoveLineDocument,
    MktSetAddressAndCustomerDocument,
    MktSetShippingMethodDocument,
    MktStorefrontStockDocument,
    MktTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';
import {
    address,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

describe('Marketplace checkout of offers that stopped selling', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let seller: RegisteredSeller & { client: SimpleGraphQLClient };
    let offerId: string;
    let shipping: string;
    let buyers = 0;

    /** A guest cart holding the seller's offer (as the buy box), with address, customer and shipping set. */
    async function cartWithOffer(quantity = 1): Promise<SimpleGraphQLClient> {
        buyers += 1;
        const shop = newShopClient();
        const { addItemToOrder } = await run(shop, MarketplaceAddToCartDocument, {
            productVariantId: 'T_1',
            quantity,
        });
        expect(addItemToOrder).toMatchObject({ lines: [{ customFields: { offerId } }] });
        await run(shop, MktSetAddressAndCustomerDocument, {
            address,
            customer: { emailAddress: `guard-${buyers}@triflow.test`, firstName: 'Guard', lastName: 'Buyer' },
        });
        const { setOrderShippingMethod } = await run(shop, MktSetShippingMethodDocument, { ids: [shipping] });
        expect(setOrderShippingMethod.__typename).toBe('Order');
        return shop;
    }

    async function quantityLeft(id = offerId): Promise<number> {
        const { offer } = await run(adminClient, OfferDetailDocument, { id });
        return offer!.quantityAvailable;
    }

    beforeAll(async () => {
        await startTestServer(env);
        seller = await approvedSellerClient(shopClient, adminClient, 'guard');
        offerId = await createOffer(adminClient, seller.id, 'T_1', 111100, 5);
        shipping = await createSellerShippingMethod(adminClient, seller.id, 500);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it("refuses to move a cart holding a suspended seller's offer to payment, saying which line and why", async () => {
        const shop = await cartWithOffer();
        await run(adminClient, SuspendSellerDocument, { id: seller.id, reason: 'Counterfeit report' });
        try {
            const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
            expect(transitionOrderToState).toMatchObject({
                __typename: 'OrderStateTransitionError',
                errorCode: 'ORDER_STATE_TRANSITION_ERROR',
            });
            const transitionError =
                transitionOrderToState?.__typename === 'OrderStateTransitionError'
                    ? transitionOrderToState.transitionError
                    : '';
            expect(transitionError).toContain('Seller guard');
            expect(transitionError).toContain('suspended');
            expect(transitionError).toMatch(/remove the line/);
            const { activeOrder } = await run(shop, MktActiveOrderDocument);
            expect(activeOrder!.state).toBe('AddingItems');
        } finally {
            await run(adminClient, ReinstateSellerDocument, { id: seller.id });
        }
        // reinstated: the same cart checks out
        const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
        expect(transitionOrderToState).toMatchObject({ state: 'ArrangingPayment' });
        const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
        expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
        expect(await quantityLeft()).toBe(4);
    });

    it('refuses payment when the seller is suspended after the cart reached ArrangingPayment, and takes no stock', async () => {
        const shop = await cartWithOffer();
        const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
        expect(transitionOrderToState).toMatchObject({ state: 'ArrangingPayment' });
        await run(adminClient, SuspendSellerDocument, { id: seller.id, reason: 'Audit' });
        try {
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({
                __typename: 'OrderStateTransitionError',
                errorCode: 'ORDER_STATE_TRANSITION_ERROR',
                transitionError: expect.stringMatching(/Seller guard is suspended; remove the line/),
            });
            // in the language of the request: a Chinese storefront sends languageCode=zh_Hans
            const chinese = await shop.query(MktAddPaymentDocument, {}, { languageCode: 'zh_Hans' });
            expect(chinese.addPaymentToOrder).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringMatching(/的报价已停止销售：卖家 .* 已暂停；请删除该行/),
            });
            const { activeOrder } = await run(shop, MktActiveOrderDocument);
            expect(activeOrder).toMatchObject({ state: 'ArrangingPayment', payments: [] });
            expect(await quantityLeft()).toBe(4);
        } finally {
            await run(adminClient, ReinstateSellerDocument, { id: seller.id });
        }
    });

    it('refuses a cart whose offer was deactivated, and checks out once the line is removed and bought again', async () => {
        const shop = await cartWithOffer();
        await run(adminClient, UpdateOfferDocument, { input: { id: offerId, active: false } });
        const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
        expect(transitionOrderToState).toMatchObject({
            __typename: 'OrderStateTransitionError',
            transitionError: expect.stringContaining('no longer active'),
        });
        await run(adminClient, UpdateOfferDocument, { input: { id: offerId, active: true } });
        const { activeOrder } = await run(shop, MktActiveOrderDocument);
        await run(shop, MktRemoveLineDocument, { orderLineId: activeOrder!.lines[0].id });
        await run(shop, MarketplaceAddToCartDocument, { productVariantId: 'T_1', quantity: 1 });
        await run(shop, MktSetShippingMethodDocument, { ids: [shipping] });
        const again = await run(shop, MktTransitionToArrangingPaymentDocument);
        expect(again.transitionOrderToState).toMatchObject({ state: 'ArrangingPayment' });
    });

    it('refuses a cart holding more units than the offer has left', async () => {
        const shop = await cartWithOffer(3);
        await run(adminClient, UpdateOfferDocument, { input: { id: offerId, quantityAvailable: 2 } });
        const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
        expect(transitionOrderToState).toMatchObject({
            __typename: 'OrderStateTransitionError',
            transitionError: expect.stringContaining('only 2 units left'),
        });
        const chinese = await shop.query(
            MktTransitionToArrangingPaymentDocument,
            {},
            { languageCode: 'zh_Hans' },
        );
        expect(chinese.transitionOrderToState).toMatchObject({
            __typename: 'OrderStateTransitionError',
            transitionError: expect.stringContaining('仅剩 2 件：请减少数量'),
        });
    });

    describe('with the warehouse stock guard, a variant that tracks inventory', () => {
        // T_4 (WH1000) is sold by the seller's offer; the seller's stock location holds none of it, and the
        // platform's own stock of it is taken away before payment. T_5 (USBC01) is sold by the platform only.
        let trackedOfferId: string;

        async function setPlatformStock(id: string, stockOnHand: number) {
            const { updateProductVariants } = await run(adminClient, MktSetTrackedVariantStockDocument, {
                id,
                stockOnHand,
            });
            expect(updateProductVariants[0]).toMatchObject({ trackInventory: 'TRUE' });
            expect((await platformStock(id)).stockOnHand).toBe(stockOnHand);
        }

        /**
         * The platform's own stock of a variant: its level at the default stock location (T_1). The variant's
         * `stockOnHand` also counts what sellers' offers hold.
         */
        async function platformStock(id: string) {
            const { productVariant } = await run(adminClient, MktVariantStockDocument, { id });
            const level = productVariant!.stockLevels.find(l => l.stockLocationId === 'T_1');
            return { stockOnHand: level?.stockOnHand ?? 0, stockAllocated: level?.stockAllocated ?? 0 };
        }

        async function toArrangingPayment(
            variantId: string,
            quantity: number,
            shippingMethodId: string,
        ): Promise<SimpleGraphQLClient> {
            buyers += 1;
            const shop = newShopClient();
            const { addItemToOrder } = await run(shop, MarketplaceAddToCartDocument, {
                productVariantId: variantId,
                quantity,
            });
            expect(addItemToOrder.__typename).toBe('Order');
            await run(shop, MktSetAddressAndCustomerDocument, {
                address,
                customer: {
                    emailAddress: `tracked-${buyers}@triflow.test`,
                    firstName: 'T',
                    lastName: 'Buyer',
                },
            });
            const { setOrderShippingMethod } = await run(shop, MktSetShippingMethodDocument, {
                ids: [shippingMethodId],
            });
            expect(setOrderShippingMethod.__typename).toBe('Order');
            const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
            expect(transitionOrderToState).toMatchObject({ state: 'ArrangingPayment' });
            return shop;
        }

        beforeAll(async () => {
            await setPlatformStock('T_4', 2);
            await setPlatformStock('T_5', 1);
            trackedOfferId = await createOffer(adminClient, seller.id, 'T_4', 20000, 3);
        });

        it("places an offer line the platform and the seller's stock location hold none of, taking it off the offer", async () => {
            const shop = await toArrangingPayment('T_4', 2, shipping);
            const { activeOrder } = await run(shop, MktActiveOrderDocument);
            expect(activeOrder!.lines).toMatchObject([
                { quantity: 2, customFields: { offerId: trackedOfferId } },
            ]);
            // the platform sells none of it by now: the offer line is the seller's, not the platform's stock
            await setPlatformStock('T_4', 0);
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
            const { offer } = await run(adminClient, OfferDetailDocument, { id: trackedOfferId });
            expect(offer!.quantityAvailable).toBe(1);
            // nothing was allocated from the platform's stock
            expect(await platformStock('T_4')).toEqual({ stockOnHand: 0, stockAllocated: 0 });
        });

        it('still refuses more units than the offer holds', async () => {
            await setPlatformStock('T_4', 5);
            const shop = newShopClient();
            const { addItemToOrder } = await run(shop, MarketplaceAddToCartDocument, {
                productVariantId: 'T_4',
                quantity: 2,
                customFields: { offerId: trackedOfferId },
            });
            expect(addItemToOrder).toMatchObject({
                errorCode: 'ORDER_INTERCEPTOR_ERROR',
                interceptorError: 'This offer has only 1 units available',
            });
            const { offer } = await run(adminClient, OfferDetailDocument, { id: trackedOfferId });
            expect(offer!.quantityAvailable).toBe(1);
        });

        it('sells a part only the sellers hold: in stock on the storefront and in listings, bought through to payment', async () => {
            await setPlatformStock('T_4', 0);
            await run(adminClient, UpdateOfferDocument, {
                input: { id: trackedOfferId, quantityAvailable: 3 },
            });
            const { productVariant } = await run(adminClient, MktVariantStockDocument, { id: 'T_4' });
            // the variant's saleable stock on the shared catalogue: the platform's none plus the offer's 3 (on
            // hand and allocated both count the 2 units an earlier buyer took from the offer, not yet fulfilled)
            expect(productVariant).toMatchObject({ stockOnHand: 3 + 2, stockAllocated: 2 });
            const storefront = async () => {
                const { product, search } = await run(newShopClient(), MktStorefrontStockDocument, {
                    productId: productVariant!.product.id,
                    term: productVariant!.product.name,
                });
                return {
                    stockLevel: product!.variants.find(v => v.id === 'T_4')?.stockLevel,
                    inStock: search.items.find(i => i.productVariantId === 'T_4')?.inStock,
                };
            };
            let shown = await storefront();
            for (let tries = 0; tries < 100 && shown.inStock !== true; tries++) {
                await new Promise(resolve => setTimeout(resolve, 50));
                shown = await storefront();
            }
            expect(shown).toEqual({ stockLevel: 'IN_STOCK', inStock: true });
            // the same for a shopper with a cart (the page's prices are read with the cart's lines)
            const withCart = newShopClient();
            const added = await run(withCart, MarketplaceAddToCartDocument, {
                productVariantId: 'T_1',
                quantity: 1,
            });
            expect(added.addItemToOrder).toMatchObject({ __typename: 'Order' });
            const { product: seen } = await run(withCart, MktStorefrontStockDocument, {
                productId: productVariant!.product.id,
                term: productVariant!.product.name,
            });
            expect(seen!.variants.find(v => v.id === 'T_4')?.stockLevel).toBe('IN_STOCK');

            const shop = await toArrangingPayment('T_4', 2, shipping);
            const { activeOrder } = await run(shop, MktActiveOrderDocument);
            expect(activeOrder!.lines).toMatchObject([
                { quantity: 2, customFields: { offerId: trackedOfferId } },
            ]);
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
            const { offer } = await run(adminClient, OfferDetailDocument, { id: trackedOfferId });
            expect(offer!.quantityAvailable).toBe(1);
            expect(await platformStock('T_4')).toEqual({ stockOnHand: 0, stockAllocated: 0 });

            // more than the sellers hold is still refused when added
            const more = await run(newShopClient(), MarketplaceAddToCartDocument, {
                productVariantId: 'T_4',
                quantity: 2,
            });
            expect(more.addItemToOrder).toMatchObject({ errorCode: 'INSUFFICIENT_STOCK_ERROR' });
        });

        it('fulfils a paid offer line of a variant the platform holds none of, the offer sold out', async () => {
            await setPlatformStock('T_4', 0);
            await run(adminClient, UpdateOfferDocument, {
                input: { id: trackedOfferId, quantityAvailable: 2 },
            });
            const shop = await toArrangingPayment('T_4', 2, shipping);
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
            const code = addPaymentToOrder.__typename === 'Order' ? addPaymentToOrder.code : '';
            const placed = await orderByCode(adminClient, code);
            const { settlePayment } = await run(adminClient, MktSettlePaymentDocument, {
                id: placed.payments![0].id,
            });
            expect(settlePayment).toMatchObject({ state: 'Settled' });
            // the offer is sold out: nobody has a sellable unit of the variant left; these two are held for the
            // order, besides what earlier buyers took from the offer and nobody fulfilled yet
            expect(await quantityLeft(trackedOfferId)).toBe(0);
            const { productVariant } = await run(adminClient, MktVariantStockDocument, { id: 'T_4' });
            const held = productVariant!.stockAllocated - 2;
            expect(held).toBeGreaterThanOrEqual(0);
            expect(productVariant).toMatchObject({ stockOnHand: held + 2 });
            // and the storefront shows it (a product page reads the sellers' stock with its prices)
            const { product } = await run(newShopClient(), MktStorefrontStockDocument, {
                productId: productVariant!.product.id,
                term: productVariant!.product.name,
            });
            expect(product!.variants.find(v => v.id === 'T_4')?.stockLevel).toBe('OUT_OF_STOCK');

            const { addFulfillmentToOrder } = await run(adminClient, MktAddFulfillmentDocument, {
                input: {
                    lines: placed.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'manual-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Seller courier' },
                            { name: 'trackingCode', value: 'SC-1' },
                        ],
                    },
                },
            });
            expect(addFulfillmentToOrder).toMatchObject({
                __typename: 'Fulfillment',
                state: 'Pending',
                lines: [{ quantity: 2 }],
            });
            // the platform's own stock is untouched; the offer's units are neither sellable nor held any more
            expect(await platformStock('T_4')).toEqual({ stockOnHand: 0, stockAllocated: 0 });
            expect(await quantityLeft(trackedOfferId)).toBe(0);
            const after = await run(adminClient, MktVariantStockDocument, { id: 'T_4' });
            expect(after.productVariant).toMatchObject({ stockOnHand: held, stockAllocated: held });
            // the next test buys from the offer again
            await run(adminClient, UpdateOfferDocument, {
                input: { id: trackedOfferId, quantityAvailable: 1 },
            });
        });

        it('credits each stock movement to its own line when an order holds a variant from the platform and from an offer', async () => {
            await setPlatformStock('T_4', 5);
            buyers += 1;
            const shop = newShopClient();
            // the offer's line first, then the platform's own (the offer paused meanwhile, so the buy box is empty)
            const first = await run(shop, MarketplaceAddToCartDocument, {
                productVariantId: 'T_4',
                quantity: 1,
                customFields: { offerId: trackedOfferId },
            });
            expect(first.addItemToOrder.__typename).toBe('Order');
            await run(adminClient, UpdateOfferDocument, { input: { id: trackedOfferId, active: false } });
            const second = await run(shop, MarketplaceAddToCartDocument, {
                productVariantId: 'T_4',
                quantity: 2,
            });
            await run(adminClient, UpdateOfferDocument, { input: { id: trackedOfferId, active: true } });
            expect(second.addItemToOrder).toMatchObject({
                lines: [
                    { quantity: 1, customFields: { offerId: trackedOfferId } },
                    { quantity: 2, customFields: { offerId: null } },
                ],
            });
            const [offerLine, platformLine] =
                second.addItemToOrder.__typename === 'Order' ? second.addItemToOrder.lines : [];
            await run(shop, MktSetAddressAndCustomerDocument, {
                address,
                customer: { emailAddress: `both-${buyers}@triflow.test`, firstName: 'B', lastName: 'Buyer' },
            });
            const { setOrderShippingMethod } = await run(shop, MktSetShippingMethodDocument, {
                ids: [shipping, 'T_1'],
            });
            expect(setOrderShippingMethod.__typename).toBe('Order');
            expect(
                (await run(shop, MktTransitionToArrangingPaymentDocument)).transitionOrderToState,
            ).toMatchObject({
                state: 'ArrangingPayment',
            });
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
            const code = addPaymentToOrder.__typename === 'Order' ? addPaymentToOrder.code : '';

            // the platform's stock location: two units allocated, for the platform's line, none for the offer's
            const { stockLedger } = await run(adminClient, MktStockLedgerDocument, {
                productVariantId: 'T_4',
            });
            const ofOrder = stockLedger.items.filter(e => e.documentCode === code);
            expect(ofOrder).toEqual([
                expect.objectContaining({
                    stockLocationId: 'T_1',
                    type: 'allocation',
                    allocatedChange: 2,
                    orderLineId: platformLine.id,
                }),
            ]);
            expect(ofOrder.some(e => e.orderLineId === offerLine.id)).toBe(false);
            expect(await platformStock('T_4')).toEqual({ stockOnHand: 5, stockAllocated: 2 });
        });

        it("still refuses a platform line when the platform's stock is gone by payment", async () => {
            const shop = await toArrangingPayment('T_5', 1, 'T_1');
            const { activeOrder } = await run(shop, MktActiveOrderDocument);
            expect(activeOrder!.lines).toMatchObject([{ quantity: 1, customFields: { offerId: null } }]);
            await setPlatformStock('T_5', 0);
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringContaining('Not enough stock of USBC01'),
            });
            const chinese = await shop.query(MktAddPaymentDocument, {}, { languageCode: 'zh_Hans' });
            expect(chinese.addPaymentToOrder).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringContaining(
                    'USBC01 的库存不足以完成此订单（可用 0 件，需要 1 件）',
                ),
            });
            const { activeOrder: after } = await run(shop, MktActiveOrderDocument);
            expect(after).toMatchObject({ state: 'ArrangingPayment', payments: [] });
            expect(await platformStock('T_5')).toEqual({ stockOnHand: 0, stockAllocated: 0 });
        });

        it("checks every line of a many-line cart against the sellers' stock: each input of one addItemsToOrder, each line on the way to payment", async () => {
            // parts only the seller holds: TBL200 (2 units), CHAIR01 (3), PAPER01 (4)
            const offers: Record<string, string> = {};
            for (const [variantId, units] of [
                ['T_3', 2],
                ['T_6', 3],
                ['T_7', 4],
            ] as const) {
                await setPlatformStock(variantId, 0);
                offers[variantId] = await createOffer(adminClient, seller.id, variantId, 3000, units);
            }
            const setUp = async (shop: SimpleGraphQLClient, email: string) => {
                await run(shop, MktSetAddressAndCustomerDocument, {
                    address,
                    customer: { emailAddress: email, firstName: 'Many', lastName: 'Lines' },
                });
                const { setOrderShippingMethod } = await run(shop, MktSetShippingMethodDocument, {
                    ids: [shipping],
                });
                expect(setOrderShippingMethod.__typename).toBe('Order');
            };
            const linesOf = (order: { lines: Array<{ quantity: number; productVariant: { id: string } }> }) =>
                Object.fromEntries(order.lines.map(l => [l.productVariant.id, l.quantity]));

            // a second cart holds PAPER01 as its third line, and must be refused there once the first has bought
            // the last of it
            const late = newShopClient();
            const lateAdded = await run(late, MarketplaceAddManyToCartDocument, {
                inputs: [
                    { productVariantId: 'T_6', quantity: 1 },
                    { productVariantId: 'T_4', quantity: 1 },
                    { productVariantId: 'T_7', quantity: 1 },
                ],
            });
            expect(lateAdded.addItemsToOrder.errorResults).toEqual([]);
            await setUp(late, 'many-late@triflow.test');

            const shop = newShopClient();
            const { addItemsToOrder } = await run(shop, MarketplaceAddManyToCartDocument, {
                inputs: [
                    { productVariantId: 'T_3', quantity: 3 },
                    { productVariantId: 'T_6', quantity: 2 },
                    { productVariantId: 'T_7', quantity: 1 },
                    { productVariantId: 'T_7', quantity: 4 },
                ],
            });
            // each input held to its own variant's stock: TBL200 cut to 2, PAPER01's second input to the 3 left
            expect(addItemsToOrder.errorResults).toEqual([
                expect.objectContaining({ errorCode: 'INSUFFICIENT_STOCK_ERROR' }),
                expect.objectContaining({ errorCode: 'INSUFFICIENT_STOCK_ERROR' }),
            ]);
            expect(linesOf(addItemsToOrder.order)).toEqual({ T_3: 2, T_6: 2, T_7: 4 });
            await setUp(shop, 'many-lines@triflow.test');
            const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
            expect(transitionOrderToState).toMatchObject({ state: 'ArrangingPayment' });
            const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
            expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
            expect(await Promise.all(['T_3', 'T_6', 'T_7'].map(id => quantityLeft(offers[id])))).toEqual([
                0, 1, 0,
            ]);
            for (const id of ['T_3', 'T_6', 'T_7']) {
                expect(await platformStock(id)).toEqual({ stockOnHand: 0, stockAllocated: 0 });
            }

            // the second cart's first two lines are still in stock, its third is not: refused, nothing taken
            const refused = await run(late, MktTransitionToArrangingPaymentDocument);
            expect(refused.transitionOrderToState).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringContaining('insufficient stock of Printer Paper'),
            });
            expect(await quantityLeft(offers.T_6)).toBe(1);
        });
    });
});
