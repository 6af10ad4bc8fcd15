import { SimpleGraphQLClient } from '@vendure/testing';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    MktRefundOrderDocument,
    MktSellerLedgerDocument,
    MktSetSellerFinanceDocument,
    MktSettlePaymentDocument,
    MktSettleRefundDocument,
} from './graphql/generated-admin';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

// The test channel taxes the laptops at 20% and prices exclude tax.
const TAX = 1.2;

describe("Marketplace refunds through Vendure's refundOrder", () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let p: RegisteredSeller & { client: SimpleGraphQLClient };
    let q: RegisteredSeller & { client: SimpleGraphQLClient };
    let order: Awaited<ReturnType<typeof orderByCode>>;

    const ledgerOf = async (sellerId: string) =>
        (await run(adminClient, MktSellerLedgerDocument, { sellerId, options: { take: 100 } }))
            .sellerLedgerEntries.items;

    beforeAll(async () => {
        await startTestServer(env);
        p = await approvedSellerClient(shopClient, adminClient, 'refund-p');
        q = await approvedSellerClient(shopClient, adminClient, 'refund-q');
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: p.id, commissionRateBps: 1000 } });
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: q.id, commissionRateBps: 500 } });
        const offerP = await createOffer(adminClient, p.id, 'T_1', 100000, 10);
        const offerQ = await createOffer(adminClient, q.id, 'T_2', 80000, 10);
        const shipP = await createSellerShippingMethod(adminClient, p.id, 700);
        const shipQ = await createSellerShippingMethod(adminClient, q.id, 900);
        const { code, result } = await checkout(
            newShopClient(),
            [
                { variantId: 'T_1', quantity: 3, offerId: offerP },
                { variantId: 'T_2', quantity: 1, offerId: offerQ },
            ],
            [shipP, shipQ],
        );
        expect(result).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
        order = await orderByCode(adminClient, code!);
        const { settlePayment } = await run(adminClient, MktSettlePaymentDocument, {
            id: order.payments![0].id,
        });
        expect(settlePayment).toMatchObject({ state: 'Settled' });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it("puts a refund of a seller's lines into that seller's ledger, with its commission reversed in proportion", async () => {
        const lineP = order.lines.find(l => l.productVariant.id === 'T_1')!;
        const { refundOrder } = await run(adminClient, MktRefundOrderDocument, {
            input: {
                lines: [{ orderLineId: lineP.id, quantity: 1 }],
                shipping: 0,
                adjustment: 0,
                paymentId: order.payments![0].id,
                reason: 'one laptop returned',
            },
        });
        expect(refundOrder).toMatchObject({ __typename: 'Refund', state: 'Pending', total: 100000 * TAX });
        const refundId = refundOrder.__typename === 'Refund' ? refundOrder.id : '';
        // Nothing reaches the seller while the money has not gone back to the buyer.
        expect((await ledgerOf(p.id)).some(e => e.type === 'refund')).toBe(false);
        const { settleRefund } = await run(adminClient, MktSettleRefundDocument, {
            id: refundId,
            transactionId: 'bank-transfer-1',
        });
        expect(settleRefund).toMatchObject({ __typename: 'Refund', state: 'Settled' });
        const ledgerP = await ledgerOf(p.id);
        // sale 3 × 120000 + 700 shipping, commission 10% of the goods = 30000; a third of the goods refunded:
        // round(30000 × 120000 / 360700) = 9981 of commission comes back to the seller.
        expect(ledgerP.filter(e => e.description === `Vendure refund ${refundId}`)).toEqual([
            expect.objectContaining({ type: 'refund', amount: -120000 }),
        ]);
        expect(ledgerP.filter(e => e.description === 'commission reversed on refund')).toEqual([
            expect.objectContaining({ type: 'commission', amount: Math.round((30000 * 120000) / 360700) }),
        ]);
        // Seller Q's lines were not refunded: its ledger holds only the sale.
        expect((await ledgerOf(q.id)).map(e => e.type).sort()).toEqual(['commission', 'sale', 'sale']);
    });

    it('records nothing for a seller when the refund names only shipping (the operator splits that by hand)', async () => {
        const before = (await ledgerOf(p.id)).length + (await ledgerOf(q.id)).length;
        const { refundOrder } = await run(adminClient, MktRefundOrderDocument, {
            input: {
                lines: [],
                shipping: 500,
                adjustment: 0,
                paymentId: order.payments![0].id,
                reason: 'late delivery',
            },
        });
        expect(refundOrder).toMatchObject({ __typename: 'Refund', state: 'Pending' });
        const { settleRefund } = await run(adminClient, MktSettleRefundDocument, {
            id: refundOrder.__typename === 'Refund' ? refundOrder.id : '',
            transactionId: 'bank-transfer-2',
        });
        expect(settleRefund).toMatchObject({ state: 'Settled' });
        expect((await ledgerOf(p.id)).length + (await ledgerOf(q.id)).length).toBe(before);
    });
});
