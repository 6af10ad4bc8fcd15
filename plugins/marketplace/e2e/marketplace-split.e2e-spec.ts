import { RequestContextService, StockLocationService } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';

import { MarketplaceSellerService } from '../index';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { testDb } from '../../../src/testing/test-config';

import {
    MktAddFulfillmentDocument,
    MktCancelOrderDocument,
    MktOrderDocument,
    MktOrdersDocument,
    MktSellerRoleDocument,
    MktSetTrackedVariantStockDocument,
    MktSettlePaymentDocument,
    MktTransitionFulfillmentDocument,
    MktUpdateRoleDocument,
    MktVariantStockDocument,
    OfferDetailDocument,
} from './graphql/generated-admin';
import { MarketplaceAddToCartDocument, MktEligibleShippingMethodsDocument } from './graphql/generated-shop';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

const PARALLEL_BUYERS = 30;

/** Runs the tasks at once on PostgreSQL, one after another on sql.js (see the rush test below). */
async function inTurnOrAtOnce<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
    if (testDb === 'postgres') {
        return Promise.all(tasks.map(task => task()));
    }
    const results: T[] = [];
    for (const task of tasks) {
        results.push(await task());
    }
    return results;
}
const RUSH_UNITS = 10;

describe('Marketplace seller orders', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let a: RegisteredSeller & { client: SimpleGraphQLClient };
    let b: RegisteredSeller & { client: SimpleGraphQLClient };
    let offerA: string;
    let offerB: string;
    let shipA: string;
    let shipB: string;
    let splitCode: string;

    async function quantityOf(offerId: string): Promise<number> {
        const { offer } = await run(adminClient, OfferDetailDocument, { id: offerId });
        return offer!.quantityAvailable;
    }

    beforeAll(async () => {
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'split-a');
        b = await approvedSellerClient(shopClient, adminClient, 'split-b');
        // T_1 tracks its inventory: its offer's unit is held at the seller's stock location until fulfilled
        await run(adminClient, MktSetTrackedVariantStockDocument, { id: 'T_1', stockOnHand: 100 });
        // T_1 and T_2 (the laptop's variants) and T_3 (the tablet) carry offers; T_4 onwards none.
        offerA = await createOffer(adminClient, a.id, 'T_1', 120000, 5);
        offerB = await createOffer(adminClient, b.id, 'T_2', 90000, 5);
        shipA = await createSellerShippingMethod(adminClient, a.id, 700);
        shipB = await createSellerShippingMethod(adminClient, b.id, 900);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('splits a cart with lines from two sellers into two seller orders, each with its own shipping line', async () => {
        const { code, result } = await checkout(
            newShopClient(),
            [
                { variantId: 'T_1', quantity: 1, offerId: offerA },
                { variantId: 'T_2', quantity: 2, offerId: offerB },
            ],
            [shipA, shipB],
        );
        expect(result.__typename).toBe('Order');
        splitCode = code!;
        const order = await orderByCode(adminClient, splitCode);
        expect(order.type).toBe('Aggregate');
        expect(order.state).toBe('PaymentAuthorized');
        expect(order.total).toBe(120000 + 2 * 90000 + 700 + 900);
        expect(order.sellerOrders).toHaveLength(2);

        const parts = order.sellerOrders!.map(s => ({
            channel: s.channels.map(c => c.code).find(c => c.startsWith('seller-')),
            type: s.type,
            state: s.state,
            lines: s.lines.map(l => ({
                variant: l.productVariant.id,
                quantity: l.quantity,
                offer: l.customFields?.offerId,
            })),
            shipping: s.shippingLines.map(l => ({ method: l.shippingMethod.id, price: l.priceWithTax })),
            total: s.total,
        }));
        expect(parts).toEqual(
            expect.arrayContaining([
                {
                    channel: 'seller-seller-split-a',
                    type: 'Seller',
                    state: 'PaymentAuthorized',
                    lines: [{ variant: 'T_1', quantity: 1, offer: offerA }],
                    shipping: [{ method: shipA, price: 700 }],
                    total: 120000 + 700,
                },
                {
                    channel: 'seller-seller-split-b',
                    type: 'Seller',
                    state: 'PaymentAuthorized',
                    lines: [{ variant: 'T_2', quantity: 2, offer: offerB }],
                    shipping: [{ method: shipB, price: 900 }],
                    total: 2 * 90000 + 900,
                },
            ]),
        );
        // The seller orders add up to the buyer's one order.
        expect(parts.reduce((sum, p) => sum + p.total, 0)).toBe(order.total);
        // Each offer gave up what it sold.
        expect(await quantityOf(offerA)).toBe(4);
        expect(await quantityOf(offerB)).toBe(3);
    });

    it("shows a seller's administrator only its own seller orders; another seller's is not found", async () => {
        const order = await orderByCode(adminClient, splitCode);
        const sellerOrderOf = (token: string) =>
            order.sellerOrders!.find(s => s.lines.some(l => l.customFields?.offerId === token))!;
        const ofA = sellerOrderOf(offerA);
        const ofB = sellerOrderOf(offerB);

        const { orders: seenByA } = await run(a.client, MktOrdersDocument);
        expect(seenByA.items.map(o => o.code)).toEqual([ofA.code]);
        expect(seenByA.items[0].type).toBe('Seller');

        expect((await run(a.client, MktOrderDocument, { id: ofA.id })).order?.code).toBe(ofA.code);
        expect((await run(a.client, MktOrderDocument, { id: ofB.id })).order).toBeNull();
        expect((await run(a.client, MktOrderDocument, { id: order.id })).order).toBeNull();
        expect((await run(b.client, MktOrderDocument, { id: ofA.id })).order).toBeNull();
    });

    it("pays each seller order when the buyer's payment settles, in the same step", async () => {
        const before = await orderByCode(adminClient, splitCode);
        expect(before.sellerOrders!.every(s => s.payments!.length === 0)).toBe(true);
        const { settlePayment } = await run(adminClient, MktSettlePaymentDocument, {
            id: before.payments![0].id,
        });
        expect(settlePayment).toMatchObject({ state: 'Settled' });

        const after = await orderByCode(adminClient, splitCode);
        expect(after.state).toBe('PaymentSettled');
        expect(after.sellerOrders!.map(s => ({ state: s.state, payments: s.payments }))).toEqual(
            after.sellerOrders!.map(s => ({
                state: 'PaymentSettled',
                payments: [
                    {
                        id: expect.any(String),
                        state: 'Settled',
                        amount: s.totalWithTax,
                        method: 'marketplace-buyer-order',
                        transactionId: splitCode,
                    },
                ],
            })),
        );
    });

    it("lets a seller's administrator fulfil its own seller order, never another's; the buyer's order follows", async () => {
        const order = await orderByCode(adminClient, splitCode);
        const ofA = order.sellerOrders!.find(s => s.lines.some(l => l.customFields?.offerId === offerA))!;
        const ofB = order.sellerOrders!.find(s => s.lines.some(l => l.customFields?.offerId === offerB))!;
        const fulfil = (client: SimpleGraphQLClient, lines: Array<{ id: string; quantity: number }>) =>
            run(client, MktAddFulfillmentDocument, {
                input: {
                    lines: lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'manual-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Seller courier' },
                            { name: 'trackingCode', value: 'SC-42' },
                        ],
                    },
                },
            });

        // seller B may not touch seller A's lines: not found, nothing written
        await expect(fulfil(b.client, ofA.lines)).rejects.toThrow(/No OrderLine with the id/);

        const stockOfT1 = async () =>
            (await run(adminClient, MktVariantStockDocument, { id: 'T_1' })).productVariant!;
        const held = await stockOfT1();
        expect(held.stockAllocated).toBe(1);
        const { addFulfillmentToOrder: byA } = await fulfil(a.client, ofA.lines);
        expect(byA).toMatchObject({ __typename: 'Fulfillment', state: 'Pending', lines: [{ quantity: 1 }] });
        const fulfilmentA = byA.__typename === 'Fulfillment' ? byA.id : '';
        // the unit held for the order at the seller's stock location left with the fulfilment
        expect(await stockOfT1()).toMatchObject({
            stockOnHand: held.stockOnHand - 1,
            stockAllocated: held.stockAllocated - 1,
        });

        // the part is fulfilled once: not again on the buyer's order, whoever asks
        const aggregateLineOfA = order.lines.find(l => l.customFields?.offerId === offerA)!;
        const { addFulfillmentToOrder: again } = await fulfil(adminClient, [aggregateLineOfA]);
        expect(again).toMatchObject({
            __typename: 'CreateFulfillmentError',
            errorCode: 'CREATE_FULFILLMENT_ERROR',
            fulfillmentHandlerError: expect.stringContaining(`fulfilled on order ${ofA.code}`),
        });

        const shipped = await run(a.client, MktTransitionFulfillmentDocument, {
            id: fulfilmentA,
            state: 'Shipped',
        });
        expect(shipped.transitionFulfillmentToState).toMatchObject({ state: 'Shipped' });
        expect((await run(a.client, MktOrderDocument, { id: ofA.id })).order?.state).toBe('Shipped');
        expect((await orderByCode(adminClient, splitCode)).state).toBe('PartiallyShipped');

        const { addFulfillmentToOrder: byB } = await fulfil(b.client, ofB.lines);
        const fulfilmentB = byB.__typename === 'Fulfillment' ? byB.id : '';
        await run(b.client, MktTransitionFulfillmentDocument, { id: fulfilmentB, state: 'Shipped' });
        expect((await orderByCode(adminClient, splitCode)).state).toBe('Shipped');

        await run(a.client, MktTransitionFulfillmentDocument, { id: fulfilmentA, state: 'Delivered' });
        expect((await orderByCode(adminClient, splitCode)).state).toBe('PartiallyDelivered');
        await run(b.client, MktTransitionFulfillmentDocument, { id: fulfilmentB, state: 'Delivered' });
        const delivered = await orderByCode(adminClient, splitCode);
        expect({ buyer: delivered.state, parts: delivered.sellerOrders!.map(s => s.state) }).toEqual({
            buyer: 'Delivered',
            parts: ['Delivered', 'Delivered'],
        });
    });

    it("does not cancel a seller order on its own: the buyer's order is cancelled", async () => {
        const order = await orderByCode(adminClient, splitCode);
        // sellerOrders come in no set order: pick seller A's own part, which its administrator can see
        const ofA = order.sellerOrders!.find(s => s.lines.some(l => l.customFields?.offerId === offerA))!;
        for (const client of [a.client, adminClient]) {
            const { cancelOrder } = await run(client, MktCancelOrderDocument, {
                input: { orderId: ofA.id, cancelShipping: true },
            });
            expect(cancelOrder).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringContaining('buyer’s order'),
            });
        }
        expect((await orderByCode(adminClient, splitCode)).sellerOrders!.map(s => s.state)).toEqual([
            'Delivered',
            'Delivered',
        ]);
    });

    it("does not let a seller ship what the buyer's order no longer holds (cancelled there)", async () => {
        const { code } = await checkout(
            newShopClient(),
            [{ variantId: 'T_1', quantity: 1, offerId: offerA }],
            [shipA],
        );
        const placed = await orderByCode(adminClient, code!);
        await run(adminClient, MktSettlePaymentDocument, { id: placed.payments![0].id });
        const { cancelOrder } = await run(adminClient, MktCancelOrderDocument, {
            input: { orderId: placed.id, cancelShipping: true },
        });
        expect(cancelOrder).toMatchObject({ __typename: 'Order', state: 'Cancelled' });

        // the seller's part followed the buyer's order (marketplace-cancel.e2e-spec.ts): no units left to ship
        const part = (await orderByCode(adminClient, code!)).sellerOrders![0];
        expect(part).toMatchObject({ state: 'Cancelled', lines: [{ quantity: 0 }] });
        const { addFulfillmentToOrder } = await run(a.client, MktAddFulfillmentDocument, {
            input: {
                lines: part.lines.map(l => ({ orderLineId: l.id, quantity: 1 })),
                handler: {
                    code: 'manual-fulfillment',
                    arguments: [{ name: 'method', value: 'Seller courier' }],
                },
            },
        });
        expect(addFulfillmentToOrder).toMatchObject({
            __typename: 'CreateFulfillmentError',
            fulfillmentHandlerError: expect.stringContaining(
                `the buyer’s order ${code} no longer holds these units`,
            ),
        });
        expect((await run(a.client, MktOrderDocument, { id: part.id })).order?.state).toBe('Cancelled');
    });

    it('gives the roles of sellers made before what sellerRolePermissions adds (the step run on start), taking nothing away', async () => {
        const roleOf = async () =>
            (await run(adminClient, MktSellerRoleDocument, { id: b.id })).marketplaceSeller!.role!;
        const before = await roleOf();
        expect(before.permissions).toContain('UpdateOrder');
        // a role as an earlier version made it (no UpdateOrder), with a permission the operator added since
        const earlier = [...before.permissions.filter(p => p !== 'UpdateOrder'), 'ReadCustomer'];
        await run(adminClient, MktUpdateRoleDocument, {
            input: { id: before.id, permissions: earlier as never },
        });
        expect((await roleOf()).permissions).not.toContain('UpdateOrder');

        const app = env.server.app;
        const ctx = await app.get(RequestContextService).create({ apiType: 'admin' });
        expect(await app.get(MarketplaceSellerService).grantSellerRolePermissions(ctx)).toBe(1);
        const after = await roleOf();
        expect([...after.permissions].sort()).toEqual([...earlier, 'UpdateOrder'].sort());
        // once more: nothing left to give
        expect(await app.get(MarketplaceSellerService).grantSellerRolePermissions(ctx)).toBe(0);
    });

    it("still sells an offer after Vendure's start-up step put every stock location into the default channel (the step run on start takes sellers' back out)", async () => {
        const app = env.server.app;
        const ctx = await app.get(RequestContextService).create({ apiType: 'admin' });
        // what Vendure does on every start: each stock location joins the default channel
        await app.get(StockLocationService).initStockLocations();
        expect(
            await app.get(MarketplaceSellerService).keepSellerStockLocationsOwn(ctx),
        ).toBeGreaterThanOrEqual(2);
        expect(await app.get(MarketplaceSellerService).keepSellerStockLocationsOwn(ctx)).toBe(0);
        const before = await quantityOf(offerB);
        const { result } = await checkout(
            newShopClient(),
            [{ variantId: 'T_2', quantity: 1, offerId: offerB }],
            [shipB],
        );
        expect(result).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
        expect(await quantityOf(offerB)).toBe(before - 1);
    });

    it('keeps a cart of catalogue products plain Vendure: one order, no split, the chosen shipping', async () => {
        const shop = newShopClient();
        const { code, result } = await checkout(
            shop,
            [
                { variantId: 'T_4', quantity: 1 },
                { variantId: 'T_5', quantity: 2 },
            ],
            ['T_1'],
        );
        expect(result.__typename).toBe('Order');
        const order = await orderByCode(adminClient, code!);
        expect(order.type).toBe('Regular');
        expect(order.sellerOrders).toEqual([]);
        expect(order.lines.every(l => !l.customFields?.offerId)).toBe(true);
        expect(
            order.shippingLines.map(l => ({ method: l.shippingMethod.id, price: l.priceWithTax })),
        ).toEqual([{ method: 'T_1', price: 500 }]);
        expect(order.channels.map(c => c.code)).toEqual(['__default_channel__']);
    });

    it('gives a platform shipping method chosen for a two-seller cart to one seller order only (no double charge)', async () => {
        const { code, result } = await checkout(
            newShopClient(),
            [
                { variantId: 'T_1', quantity: 1, offerId: offerA },
                { variantId: 'T_2', quantity: 1, offerId: offerB },
                { variantId: 'T_4', quantity: 1 },
            ],
            ['T_1'],
        );
        expect(result.__typename).toBe('Order');
        const order = await orderByCode(adminClient, code!);
        expect(order.sellerOrders).toHaveLength(3);
        const shipping = order.sellerOrders!.flatMap(s => s.shippingLines.map(l => l.priceWithTax));
        expect(shipping).toEqual([500]);
        // The platform's part (catalogue lines, in the default channel only) carries it. Seller orders are read
        // without an order (PostgreSQL answers them in any order), so the part is found by its channel.
        const platformPart = order.sellerOrders!.find(
            s => s.channels.map(c => c.code).join() === '__default_channel__',
        );
        expect(platformPart?.shippingLines).toHaveLength(1);
        expect(order.sellerOrders!.reduce((s, p) => s + p.totalWithTax, 0)).toBe(order.totalWithTax);
    });

    it("offers a seller's method with the seller-lines checker only to carts holding that seller's lines", async () => {
        const onlyA = await createSellerShippingMethod(adminClient, a.id, 300, 'marketplace-seller-lines');
        const shop = newShopClient();
        const eligible = async () =>
            (await run(shop, MktEligibleShippingMethodsDocument)).eligibleShippingMethods.map(m => m.id);
        await run(shop, MarketplaceAddToCartDocument, {
            productVariantId: 'T_2',
            quantity: 1,
            customFields: { offerId: offerB },
        });
        // Seller B's line only: seller A's method is not offered (a default-checker method of A's still is).
        expect(await eligible()).not.toContain(onlyA);
        expect(await eligible()).toContain(shipB);
        await run(shop, MarketplaceAddToCartDocument, {
            productVariantId: 'T_1',
            quantity: 1,
            customFields: { offerId: offerA },
        });
        expect(await eligible()).toContain(onlyA);
    });

    // On PostgreSQL the buyers check out at once. sql.js has one connection, on which concurrent requests' transactions
    // nest as savepoints: a placement rolled back (the guarded allocation failing) undoes the others' work too, so
    // there the same buyers check out one after another and the test proves the sell-out rule, not the race.
    it(`sells exactly ${RUSH_UNITS} units of an offer to ${PARALLEL_BUYERS} buyers checking out ${
        testDb === 'postgres' ? 'at once' : 'one after another'
    }`, async () => {
        const rush = await createOffer(adminClient, a.id, 'T_3', 30000, RUSH_UNITS);
        const outcomes = await inTurnOrAtOnce(
            Array.from({ length: PARALLEL_BUYERS }, () => async () => {
                try {
                    const { code, result } = await checkout(
                        newShopClient(),
                        [{ variantId: 'T_3', quantity: 1, offerId: rush }],
                        [shipA],
                    );
                    // placed means paid and placed: an order answered in another state (say, left in ArrangingPayment
                    // with a payment recorded) is a failure, not a sale
                    const state = 'state' in result ? result.state : undefined;
                    const paid = state === 'PaymentAuthorized' || state === 'PaymentSettled';
                    return {
                        code,
                        outcome:
                            result.__typename === 'Order'
                                ? paid
                                    ? 'placed'
                                    : `Order in ${state}`
                                : result.__typename,
                    };
                } catch (e) {
                    const message =
                        (e as { errors?: Array<{ message: string }> }).errors?.[0]?.message ?? String(e);
                    return { code: undefined, outcome: `error: ${message}` };
                }
            }),
        );
        const placed = outcomes.filter(o => o.outcome === 'placed');
        expect(placed).toHaveLength(RUSH_UNITS);
        for (const refusal of outcomes.filter(o => o.outcome !== 'placed')) {
            // Refused when adding (sold out), at the move to payment, or at payment when two buyers raced for
            // the last unit (the guarded allocation fails the placement as a whole); or busy on a loaded pool.
            expect(refusal.outcome).toMatch(
                /^(OrderInterceptorError|OrderStateTransitionError|error: (Error: )?(Not enough units left in offer|The server is busy))/,
            );
        }
        expect(await quantityOf(rush)).toBe(0);
        let sold = 0;
        for (const { code } of placed) {
            const order = await orderByCode(adminClient, code!);
            expect(order.sellerOrders).toHaveLength(1);
            sold += order.lines.reduce((s, l) => s + l.quantity, 0);
        }
        expect(sold).toBe(RUSH_UNITS);
    });
});
