import { SimpleGraphQLClient } from '@vendure/testing';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    MktAddFulfillmentDocument,
    MktCancelOrderDocument,
    MktRefundOrderDocument,
    MktSellerLedgerDocument,
    MktSetSellerFinanceDocument,
    MktSetTrackedVariantStockDocument,
    MktSettlementsDocument,
    MktSettlePaymentDocument,
    MktSettleRefundDocument,
    MktVariantStockDocument,
    OfferDetailDocument,
} from './graphql/generated-admin';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

// The test channel taxes the laptops at 20% and prices exclude tax: a unit of 100000 is 120000 with tax.
describe("Marketplace: cancelling the buyer's order cancels the sellers' parts", () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let p: RegisteredSeller & { client: SimpleGraphQLClient };
    let q: RegisteredSeller & { client: SimpleGraphQLClient };
    let offerP: string;
    let offerQ: string;
    let shipP: string;
    let shipQ: string;

    const ledgerOf = async (sellerId: string, orderCode: string) =>
        (
            await run(adminClient, MktSellerLedgerDocument, { sellerId, options: { take: 200 } })
        ).sellerLedgerEntries.items.filter(e => e.orderCode === orderCode);
    const quantityOf = async (offerId: string) =>
        (await run(adminClient, OfferDetailDocument, { id: offerId })).offer!.quantityAvailable;
    const allocatedOfT1 = async () =>
        (await run(adminClient, MktVariantStockDocument, { id: 'T_1' })).productVariant!.stockAllocated;
    const settlementOf = async (orderCode: string) =>
        (
            await run(adminClient, MktSettlementsDocument, { options: { take: 100 } })
        ).sellerOrderSettlements.items.find(s => s.orderCode === orderCode)!;
    const cancel = (input: {
        orderId: string;
        lines?: Array<{ orderLineId: string; quantity: number }>;
        cancelShipping?: boolean;
    }) => run(adminClient, MktCancelOrderDocument, { input });

    /** A paid order of `lines` ([variant, quantity, offer]), each seller shipping with its own method. */
    async function paidOrder(lines: Array<[string, number, string]>) {
        const { code, result } = await checkout(
            newShopClient(),
            lines.map(([variantId, quantity, offerId]) => ({ variantId, quantity, offerId })),
            [shipP, shipQ],
        );
        expect(result).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
        const placed = await orderByCode(adminClient, code!);
        const { settlePayment } = await run(adminClient, MktSettlePaymentDocument, {
            id: placed.payments![0].id,
        });
        expect(settlePayment).toMatchObject({ state: 'Settled' });
        return orderByCode(adminClient, code!);
    }

    beforeAll(async () => {
        await startTestServer(env);
        p = await approvedSellerClient(shopClient, adminClient, 'cancel-p');
        q = await approvedSellerClient(shopClient, adminClient, 'cancel-q');
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: p.id, commissionRateBps: 1000 } });
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: q.id, commissionRateBps: 500 } });
        // T_1 tracks its inventory: units sold from P's offer are held at P's stock location until shipped
        await run(adminClient, MktSetTrackedVariantStockDocument, { id: 'T_1', stockOnHand: 100 });
        offerP = await createOffer(adminClient, p.id, 'T_1', 100000, 10);
        offerQ = await createOffer(adminClient, q.id, 'T_2', 80000, 10);
        shipP = await createSellerShippingMethod(adminClient, p.id, 700);
        shipQ = await createSellerShippingMethod(adminClient, q.id, 900);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    describe('a split order cancelled in two steps', () => {
        let order: Awaited<ReturnType<typeof orderByCode>>;

        beforeAll(async () => {
            order = await paidOrder([
                ['T_1', 3, offerP],
                ['T_2', 2, offerQ],
            ]);
            expect(order.sellerOrders!.map(s => s.state)).toEqual(['PaymentSettled', 'PaymentSettled']);
        });

        it("gives one cancelled unit back to its offer and takes it off the seller's part and ledger", async () => {
            const allocatedBefore = await allocatedOfT1();
            expect(await quantityOf(offerP)).toBe(7);
            const lineP = order.lines.find(l => l.productVariant.id === 'T_1')!;
            const { cancelOrder } = await cancel({
                orderId: order.id,
                lines: [{ orderLineId: lineP.id, quantity: 1 }],
            });
            expect(cancelOrder).toMatchObject({ __typename: 'Order', state: 'PaymentSettled' });

            expect(await quantityOf(offerP)).toBe(8);
            expect(await quantityOf(offerQ)).toBe(8);
            // Vendure released the unit held at P's stock location
            expect(await allocatedOfT1()).toBe(allocatedBefore - 1);
            const after = await orderByCode(adminClient, order.code);
            const partP = after.sellerOrders!.find(s => s.lines.some(l => l.productVariant.id === 'T_1'))!;
            expect(partP).toMatchObject({ state: 'PaymentSettled', lines: [{ quantity: 2 }] });
            expect(partP.totalWithTax).toBe(240000 + 700);
            // sale 3 × 120000 and commission 10 % of 300000 = 30000: a third of each comes back
            const ledgerP = await ledgerOf(p.id, partP.code);
            expect(ledgerP.filter(e => e.description === `1 cancelled on order ${order.code}`)).toEqual([
                expect.objectContaining({ type: 'sale', amount: -120000 }),
            ]);
            expect(ledgerP.filter(e => e.description === 'commission reversed on cancellation')).toEqual([
                expect.objectContaining({ type: 'commission', amount: 10000, commissionRateBps: 1000 }),
            ]);
            expect(await settlementOf(partP.code)).toMatchObject({
                saleAmount: 2 * 120000 + 700,
                commissionAmount: 20000,
            });
            const partQ = after.sellerOrders!.find(s => s.lines.some(l => l.productVariant.id === 'T_2'))!;
            expect((await ledgerOf(q.id, partQ.code)).map(e => e.amount).sort()).toEqual(
                [-8000, 900, 2 * 96000].sort(),
            );
        });

        it('cancels both seller orders with the rest of the order; their ledgers come back to zero to the cent', async () => {
            const { cancelOrder } = await cancel({ orderId: order.id, cancelShipping: true });
            expect(cancelOrder).toMatchObject({ __typename: 'Order', state: 'Cancelled' });

            const after = await orderByCode(adminClient, order.code);
            expect(after.sellerOrders!.map(s => s.state)).toEqual(['Cancelled', 'Cancelled']);
            expect(after.sellerOrders!.flatMap(s => s.lines.map(l => l.quantity))).toEqual([0, 0]);
            expect(await quantityOf(offerP)).toBe(10);
            expect(await quantityOf(offerQ)).toBe(10);
            // sellerOrders come in no set order: each seller's part is the one holding its variant
            const partOf = (variantId: string) =>
                after.sellerOrders!.find(s => s.lines.some(l => l.productVariant.id === variantId))!;
            for (const [seller, part] of [
                [p, partOf('T_1')],
                [q, partOf('T_2')],
            ] as const) {
                const ledger = await ledgerOf(seller.id, part.code);
                expect(ledger.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
                expect(ledger.some(e => e.description === `shipping cancelled on order ${order.code}`)).toBe(
                    true,
                );
                expect(await settlementOf(part.code)).toMatchObject({ saleAmount: 0, commissionAmount: 0 });
            }
        });
    });

    it('refuses to cancel units a seller already shipped, in the language of the request, and writes nothing', async () => {
        const order = await paidOrder([['T_1', 2, offerP]]);
        const part = order.sellerOrders![0];
        const { addFulfillmentToOrder } = await run(p.client, MktAddFulfillmentDocument, {
            input: {
                lines: [{ orderLineId: part.lines[0].id, quantity: 1 }],
                handler: {
                    code: 'manual-fulfillment',
                    arguments: [{ name: 'method', value: 'Seller courier' }],
                },
            },
        });
        expect(addFulfillmentToOrder).toMatchObject({ __typename: 'Fulfillment' });
        const offerBefore = await quantityOf(offerP);

        const { cancelOrder } = await cancel({ orderId: order.id, cancelShipping: true });
        expect(cancelOrder).toMatchObject({
            __typename: 'OrderStateTransitionError',
            transitionError: expect.stringContaining(
                `1 of its units were shipped by the seller on seller order ${part.code}`,
            ),
        });
        const inChinese = await adminClient.query(
            MktCancelOrderDocument,
            { input: { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 2 }] } },
            { languageCode: 'zh_Hans' },
        );
        expect(inChinese.cancelOrder).toMatchObject({
            __typename: 'OrderStateTransitionError',
            transitionError: expect.stringContaining(`已由卖家在卖家订单 ${part.code} 上发货`),
        });
        const unchanged = await orderByCode(adminClient, order.code);
        expect(unchanged.lines[0].quantity).toBe(2);
        expect(unchanged.sellerOrders![0].lines[0].quantity).toBe(2);
        expect(await quantityOf(offerP)).toBe(offerBefore);

        // the unit not shipped may go: the seller's part keeps the shipped one
        const { cancelOrder: oneUnit } = await cancel({
            orderId: order.id,
            lines: [{ orderLineId: order.lines[0].id, quantity: 1 }],
        });
        expect(oneUnit).toMatchObject({ __typename: 'Order' });
        const after = await orderByCode(adminClient, order.code);
        expect(after.sellerOrders![0].lines[0].quantity).toBe(1);
        expect(after.sellerOrders![0].state).not.toBe('Cancelled');
        expect(await quantityOf(offerP)).toBe(offerBefore + 1);
    });

    it('does not reverse a unit twice: refunded with refundOrder, then cancelled', async () => {
        const order = await paidOrder([['T_1', 2, offerP]]);
        const part = order.sellerOrders![0];
        const { refundOrder } = await run(adminClient, MktRefundOrderDocument, {
            input: {
                lines: [{ orderLineId: order.lines[0].id, quantity: 1 }],
                shipping: 0,
                adjustment: 0,
                paymentId: order.payments![0].id,
                reason: 'one laptop damaged',
            },
        });
        expect(refundOrder).toMatchObject({ __typename: 'Refund' });
        await run(adminClient, MktSettleRefundDocument, {
            id: refundOrder.__typename === 'Refund' ? refundOrder.id : '',
            transactionId: 'refund-before-cancel',
        });
        expect((await ledgerOf(p.id, part.code)).filter(e => e.type === 'refund')).toEqual([
            expect.objectContaining({ amount: -120000 }),
        ]);

        const { cancelOrder } = await cancel({ orderId: order.id, cancelShipping: true });
        expect(cancelOrder).toMatchObject({ __typename: 'Order', state: 'Cancelled' });
        const ledger = await ledgerOf(p.id, part.code);
        // two units cancelled, one of them refunded already: one unit's sale is reversed by the cancellation
        expect(ledger.filter(e => e.type === 'sale' && e.amount < 0 && e.orderLineId != null)).toEqual([
            expect.objectContaining({ amount: -60000 * 2 }),
        ]);
        expect((await orderByCode(adminClient, order.code)).sellerOrders![0].state).toBe('Cancelled');
    });
});
