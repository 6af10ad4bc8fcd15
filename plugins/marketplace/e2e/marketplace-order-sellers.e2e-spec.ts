import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import { MktOrderSellersDocument, MktOrderSellerSettlementsDocument } from './graphql/generated-admin';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, newAdminClient, RegisteredSeller } from './marketplace-e2e-helpers';

/**
 * What the Dashboard's seller block on the order pages reads (dashboard/orders/order-sellers-block.tsx), with
 * the same documents: Vendure's `Order.sellerOrders` / `aggregateOrder` / `channels`, and the settlements of the
 * split filtered by aggregate order or seller order. The operator sees every part; a seller's administrator sees
 * its own seller order and its own settlement only.
 */
describe('Marketplace seller block on the order pages', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let a: RegisteredSeller & { client: SimpleGraphQLClient };
    let b: RegisteredSeller & { client: SimpleGraphQLClient };
    let offerA: string;
    let offerB: string;
    let aggregateId: string;
    let partA: { id: string; code: string; totalWithTax: number };
    let partB: { id: string; code: string; totalWithTax: number };
    let platformPart: { id: string; code: string };

    beforeAll(async () => {
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'block-a');
        b = await approvedSellerClient(shopClient, adminClient, 'block-b');
        offerA = await createOffer(adminClient, a.id, 'T_1', 120000, 5);
        offerB = await createOffer(adminClient, b.id, 'T_2', 90000, 5);
        const shipA = await createSellerShippingMethod(adminClient, a.id, 700);
        const shipB = await createSellerShippingMethod(adminClient, b.id, 900);
        const { code, result } = await checkout(
            newShopClient(),
            [
                { variantId: 'T_1', quantity: 1, offerId: offerA },
                { variantId: 'T_2', quantity: 2, offerId: offerB },
                { variantId: 'T_4', quantity: 1 },
            ],
            [shipA, shipB, 'T_1'],
        );
        expect(result.__typename).toBe('Order');
        const order = await orderByCode(adminClient, code!);
        aggregateId = order.id;
        const partWith = (offerId: string) =>
            order.sellerOrders!.find(s => s.lines.some(l => l.customFields?.offerId === offerId))!;
        partA = partWith(offerA);
        partB = partWith(offerB);
        platformPart = order.sellerOrders!.find(s => s.lines.every(l => !l.customFields?.offerId))!;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it("shows the operator every part of the buyer's order: the platform's and each seller's, with its seller", async () => {
        const { order } = await run(adminClient, MktOrderSellersDocument, { id: aggregateId });
        expect(order?.type).toBe('Aggregate');
        const parts = order!.sellerOrders!.map(p => ({
            code: p.code,
            seller: p.channels.find(c => c.code !== '__default_channel__')?.seller?.name ?? null,
            lines: p.lines.length,
            state: p.state,
        }));
        expect(parts).toHaveLength(3);
        expect(parts).toEqual(
            expect.arrayContaining([
                { code: platformPart.code, seller: null, lines: 1, state: 'PaymentAuthorized' },
                { code: partA.code, seller: 'Seller block-a', lines: 1, state: 'PaymentAuthorized' },
                { code: partB.code, seller: 'Seller block-b', lines: 1, state: 'PaymentAuthorized' },
            ]),
        );
    });

    it("gives the operator each seller's frozen sale and commission, by the buyer's order or by a seller order", async () => {
        const { sellerOrderSettlements } = await run(adminClient, MktOrderSellerSettlementsDocument, {
            orderId: aggregateId,
        });
        const byOrder = new Map(sellerOrderSettlements.items.map(s => [s.orderId, s]));
        // The platform's part has no settlement.
        expect([...byOrder.keys()].sort()).toEqual([partA.id, partB.id].sort());
        for (const [part, seller] of [
            [partA, a],
            [partB, b],
        ] as const) {
            const s = byOrder.get(part.id)!;
            expect(s.seller.id).toBe(seller.id);
            // Sale: the seller order's lines and shipping with tax; commission at the default 10%.
            expect(s.saleAmount).toBe(part.totalWithTax);
            expect(s.commissionRateBps).toBe(1000);
            expect(s.commissionAmount).toBeGreaterThan(0);
            expect(s.refundedAmount).toBe(0);
        }
        const one = await run(adminClient, MktOrderSellerSettlementsDocument, { orderId: partB.id });
        expect(one.sellerOrderSettlements.items.map(s => s.orderId)).toEqual([partB.id]);
    });

    it('shows a seller order its seller and its aggregate order', async () => {
        const { order } = await run(adminClient, MktOrderSellersDocument, { id: partA.id });
        expect(order?.type).toBe('Seller');
        expect(order?.aggregateOrder?.id).toBe(aggregateId);
        expect(order?.channels.find(c => c.code !== '__default_channel__')?.seller?.name).toBe(
            'Seller block-a',
        );
        expect(order?.sellerOrders).toEqual([]);
    });

    it("shows seller A's administrator its own part only: not the buyer's order, not seller B's part or settlement", async () => {
        expect((await run(a.client, MktOrderSellersDocument, { id: aggregateId })).order).toBeNull();
        expect((await run(a.client, MktOrderSellersDocument, { id: partB.id })).order).toBeNull();
        expect((await run(a.client, MktOrderSellersDocument, { id: platformPart.id })).order).toBeNull();

        const { order } = await run(a.client, MktOrderSellersDocument, { id: partA.id });
        expect(order?.code).toBe(partA.code);
        // The buyer's order is not on seller A's channel: no link to it.
        expect(order?.aggregateOrder).toBeNull();

        const own = await run(a.client, MktOrderSellerSettlementsDocument, { orderId: partA.id });
        expect(own.sellerOrderSettlements.items.map(s => [s.orderId, s.seller.id])).toEqual([
            [partA.id, a.id],
        ]);
        // By the buyer's order: still its own settlement only.
        const byAggregate = await run(a.client, MktOrderSellerSettlementsDocument, { orderId: aggregateId });
        expect(byAggregate.sellerOrderSettlements.items.map(s => s.orderId)).toEqual([partA.id]);
        const other = await run(a.client, MktOrderSellerSettlementsDocument, { orderId: partB.id });
        expect(other.sellerOrderSettlements.items).toEqual([]);
    });

    it('keeps the settlements from an administrator who may read orders but not payouts (the block does not ask)', async () => {
        const orderReader = newAdminClient();
        await loginAsAdministratorWithPermissions(adminClient, orderReader, ['ReadOrder']);
        const { order } = await run(orderReader, MktOrderSellersDocument, { id: aggregateId });
        expect(order?.sellerOrders).toHaveLength(3);
        expect(
            await expectGraphQLError(orderReader, MktOrderSellerSettlementsDocument, {
                orderId: aggregateId,
            }),
        ).toMatch(/not currently authorized/);
    });

    it('answers a plain order (catalogue lines only) without seller parts or settlements', async () => {
        const { code } = await checkout(newShopClient(), [{ variantId: 'T_4', quantity: 1 }], ['T_1']);
        const plain = await orderByCode(adminClient, code!);
        const { order } = await run(adminClient, MktOrderSellersDocument, { id: plain.id });
        expect(order?.type).toBe('Regular');
        expect(order?.sellerOrders).toEqual([]);
        expect(order?.lines.every(l => !l.customFields?.offerId)).toBe(true);
        const { sellerOrderSettlements } = await run(adminClient, MktOrderSellerSettlementsDocument, {
            orderId: plain.id,
        });
        expect(sellerOrderSettlements.items).toEqual([]);
    });
});
