import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    MktBuildPayoutBatchesDocument,
    MktCreateAdjustmentDocument,
    MktMarkPaidDocument,
    MktPayoutBatchDocument,
    MktPayoutBatchesDocument,
    MktRecordRefundDocument,
    MktSellerLedgerDocument,
    MktSetSellerFinanceDocument,
    MktSettlementsDocument,
    MktStatementCsvDocument,
} from './graphql/generated-admin';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

// The test channel taxes the laptops at 20% and prices exclude tax; the seller shipping methods are 0% tax.
const TAX = 1.2;

describe('Marketplace commission and payouts', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let p: RegisteredSeller & { client: SimpleGraphQLClient };
    let q: RegisteredSeller & { client: SimpleGraphQLClient };
    let offerP: string;
    let offerQ: string;
    let shipP: string;
    let shipQ: string;
    let sellerOrderP: { id: string; code: string };
    let firstBatchId: string;

    async function ledgerSum(sellerId: string): Promise<number> {
        const { sellerLedgerEntries } = await run(adminClient, MktSellerLedgerDocument, {
            sellerId,
            options: { take: 1000 },
        });
        return sellerLedgerEntries.items.reduce((s, e) => s + e.amount, 0);
    }

    beforeAll(async () => {
        await startTestServer(env);
        p = await approvedSellerClient(shopClient, adminClient, 'pay-p');
        q = await approvedSellerClient(shopClient, adminClient, 'pay-q');
        // P: 10% commission, paid out as soon as the order is placed; Q: 2.5%, held 30 days.
        await run(adminClient, MktSetSellerFinanceDocument, {
            input: { id: p.id, commissionRateBps: 1000, payoutHoldingDays: 0 },
        });
        const { setSellerFinance } = await run(adminClient, MktSetSellerFinanceDocument, {
            input: { id: q.id, commissionRateBps: 250, payoutHoldingDays: 30 },
        });
        expect(setSellerFinance).toMatchObject({
            effectiveCommissionRateBps: 250,
            effectivePayoutHoldingDays: 30,
        });
        offerP = await createOffer(adminClient, p.id, 'T_1', 100000, 10);
        offerQ = await createOffer(adminClient, q.id, 'T_2', 80000, 10);
        shipP = await createSellerShippingMethod(adminClient, p.id, 700);
        shipQ = await createSellerShippingMethod(adminClient, q.id, 900);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('refuses malformed finance settings', async () => {
        expect(
            await expectGraphQLError(adminClient, MktSetSellerFinanceDocument, {
                input: { id: p.id, commissionRateBps: 10001 },
            }),
        ).toMatch(/commissionRateBps must be a whole number from 0 to 10000/);
        expect(
            await expectGraphQLError(adminClient, MktSetSellerFinanceDocument, {
                input: { id: p.id, payoutHoldingDays: -1 },
            }),
        ).toMatch(/payoutHoldingDays/);
        // A seller administrator cannot change its own rate.
        expect(
            await expectGraphQLError(p.client, MktSetSellerFinanceDocument, {
                input: { id: p.id, commissionRateBps: 0 },
            }),
        ).toMatch(/not currently authorized/);
    });

    it('freezes commission per seller order line at placement, in integer minor units', async () => {
        const { code, result } = await checkout(
            newShopClient(),
            [
                { variantId: 'T_1', quantity: 2, offerId: offerP },
                { variantId: 'T_2', quantity: 1, offerId: offerQ },
            ],
            [shipP, shipQ],
        );
        expect(result.__typename).toBe('Order');
        const order = await orderByCode(adminClient, code!);
        const { sellerOrderSettlements } = await run(adminClient, MktSettlementsDocument, {});
        const mine = sellerOrderSettlements.items.filter(s => s.aggregateOrderId === order.id);
        const ofP = mine.find(s => s.sellerId === p.id)!;
        const ofQ = mine.find(s => s.sellerId === q.id)!;
        expect(ofP).toMatchObject({
            commissionRateBps: 1000,
            saleAmount: 2 * 100000 * TAX + 700,
            commissionAmount: 20000,
            refundedAmount: 0,
        });
        expect(ofQ).toMatchObject({
            commissionRateBps: 250,
            saleAmount: 80000 * TAX + 900,
            commissionAmount: 2000,
        });
        sellerOrderP = { id: ofP.orderId, code: ofP.orderCode };
        expect(order.sellerOrders!.map(s => s.code)).toContain(ofP.orderCode);

        const { sellerLedgerEntries } = await run(adminClient, MktSellerLedgerDocument, { sellerId: p.id });
        expect(
            sellerLedgerEntries.items.map(e => ({
                type: e.type,
                amount: e.amount,
                rate: e.commissionRateBps,
            })),
        ).toEqual([
            { type: 'sale', amount: 240000, rate: null },
            { type: 'commission', amount: -20000, rate: 1000 },
            { type: 'sale', amount: 700, rate: null },
        ]);
        // A later rate change does not touch a placed order.
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: p.id, commissionRateBps: 1500 } });
        expect(await ledgerSum(p.id)).toBe(240000 - 20000 + 700);
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: p.id, commissionRateBps: 1000 } });
    });

    it('records a refund with the commission reversed in proportion, and refuses more than the sale', async () => {
        const { recordSellerRefund } = await run(adminClient, MktRecordRefundDocument, {
            input: { orderId: sellerOrderP.id, amount: 30001, reason: 'damaged in transit' },
        });
        expect(recordSellerRefund).toMatchObject({
            __typename: 'SellerLedgerEntry',
            type: 'refund',
            amount: -30001,
        });
        // round(20000 × 30001 / 240700) = 2493
        expect(await ledgerSum(p.id)).toBe(240700 - 20000 - 30001 + 2493);

        const { recordSellerRefund: tooMuch } = await run(adminClient, MktRecordRefundDocument, {
            input: { orderId: sellerOrderP.id, amount: 240700 },
        });
        expect(tooMuch).toMatchObject({
            __typename: 'SellerRefundExceedsSaleError',
            errorCode: 'SELLER_REFUND_EXCEEDS_SALE_ERROR',
            refundableAmount: 240700 - 30001,
        });
        expect(
            await expectGraphQLError(adminClient, MktRecordRefundDocument, {
                input: { orderId: sellerOrderP.id, amount: 0 },
            }),
        ).toMatch(/amount must be a whole number/);
        expect(
            await expectGraphQLError(p.client, MktRecordRefundDocument, {
                input: { orderId: sellerOrderP.id, amount: 1 },
            }),
        ).toMatch(/not currently authorized/);
    });

    it('pays sale − commission − refunds to the cent in a batch after the holding period; a held seller waits', async () => {
        const { buildPayoutBatches } = await run(adminClient, MktBuildPayoutBatchesDocument);
        expect(buildPayoutBatches).toHaveLength(1);
        const [batch] = buildPayoutBatches;
        expect(batch).toMatchObject({
            sellerId: p.id,
            state: 'pending',
            amount: 240000 - 20000 + 700 - 30001 + 2493,
            entryCount: 5,
        });
        firstBatchId = batch.id;
        // Q's order is within its 30 days: nothing for Q yet; building again finds nothing new.
        expect((await run(adminClient, MktBuildPayoutBatchesDocument)).buildPayoutBatches).toEqual([]);

        const { markPayoutBatchPaid } = await run(adminClient, MktMarkPaidDocument, {
            id: batch.id,
            reference: 'SEPA-0001',
        });
        expect(markPayoutBatchPaid).toMatchObject({
            __typename: 'SellerPayoutBatch',
            state: 'paid',
            reference: 'SEPA-0001',
        });
        const { markPayoutBatchPaid: again } = await run(adminClient, MktMarkPaidDocument, {
            id: batch.id,
            reference: 'SEPA-0002',
        });
        expect(again).toMatchObject({ __typename: 'PayoutBatchStateError', state: 'paid' });
        expect(await ledgerSum(p.id)).toBe(0);
        expect(
            await expectGraphQLError(adminClient, MktMarkPaidDocument, { id: batch.id, reference: ' ' }),
        ).toMatch(/reference is required/);
    });

    it('carries a refund after payout forward as a negative entry into the next batch', async () => {
        await run(adminClient, MktRecordRefundDocument, {
            input: { orderId: sellerOrderP.id, amount: 10000 },
        });
        // round(20000 × 40001 / 240700) − 2493 = 3324 − 2493 = 831 commission given back.
        expect(await ledgerSum(p.id)).toBe(-10000 + 831);
        // Negative: no batch, the balance waits for the next sales.
        expect((await run(adminClient, MktBuildPayoutBatchesDocument)).buildPayoutBatches).toEqual([]);

        const { result } = await checkout(
            newShopClient(),
            [{ variantId: 'T_1', quantity: 1, offerId: offerP }],
            [shipP],
        );
        expect(result.__typename).toBe('Order');
        const { buildPayoutBatches } = await run(adminClient, MktBuildPayoutBatchesDocument);
        expect(buildPayoutBatches).toHaveLength(1);
        expect(buildPayoutBatches[0]).toMatchObject({
            sellerId: p.id,
            amount: 100000 * TAX + 700 - 10000 - 10000 + 831,
        });
        const { sellerPayoutBatch } = await run(adminClient, MktPayoutBatchDocument, {
            id: buildPayoutBatches[0].id,
        });
        expect(sellerPayoutBatch!.entries.items.map(e => e.type).sort()).toEqual(
            ['commission', 'commission', 'refund', 'sale', 'sale'].sort(),
        );
    });

    it('writes adjustments and refuses malformed ones', async () => {
        const { createSellerLedgerAdjustment } = await run(adminClient, MktCreateAdjustmentDocument, {
            input: { sellerId: q.id, amount: -150, description: 'label reprint' },
        });
        expect(createSellerLedgerAdjustment).toMatchObject({ type: 'adjustment', amount: -150 });
        expect(
            await expectGraphQLError(adminClient, MktCreateAdjustmentDocument, {
                input: { sellerId: q.id, amount: 0, description: 'nothing' },
            }),
        ).toMatch(/amount must not be 0/);
        expect(
            await expectGraphQLError(adminClient, MktCreateAdjustmentDocument, {
                input: { sellerId: q.id, amount: 10, description: '' },
            }),
        ).toMatch(/description is required/);
    });

    it("shows a seller only its own ledger, batches and statement; another seller's are not found", async () => {
        const { sellerPayoutBatches: ofP } = await run(p.client, MktPayoutBatchesDocument, {});
        expect(ofP.items.every(b => b.sellerId === p.id)).toBe(true);
        expect(ofP.totalItems).toBe(2);
        const { sellerPayoutBatches: ofQ } = await run(q.client, MktPayoutBatchesDocument, {});
        expect(ofQ.totalItems).toBe(0);
        expect(
            (await run(q.client, MktPayoutBatchDocument, { id: firstBatchId })).sellerPayoutBatch,
        ).toBeNull();
        expect(
            (await run(p.client, MktPayoutBatchDocument, { id: firstBatchId })).sellerPayoutBatch?.amount,
        ).toBe(193192);

        const { sellerLedgerEntries: qReadsP } = await run(q.client, MktSellerLedgerDocument, {
            sellerId: p.id,
        });
        expect(qReadsP.totalItems).toBe(0);
        const { sellerLedgerEntries: qOwn } = await run(q.client, MktSellerLedgerDocument, {});
        expect(qOwn.items.every(e => e.sellerId === q.id)).toBe(true);
        expect(qOwn.totalItems).toBeGreaterThan(0);

        expect(await expectGraphQLError(q.client, MktStatementCsvDocument, { sellerId: p.id })).toMatch(
            /No MarketplaceSeller with the id/,
        );
        const { sellerStatementCsv } = await run(p.client, MktStatementCsvDocument, {});
        const rows = sellerStatementCsv.trim().split('\n');
        expect(rows[0]).toBe('date,type,order,description,currency,amount,balance,payoutBatch');
        expect(rows[1]).toMatch(/^[^,]+,sale,[^,]+,2 x L2201308,USD,2400\.00,2400\.00,\d*$/);
        expect(rows.some(r => /,payout,,SEPA-0001,USD,-1931\.92,0\.00,/.test(r))).toBe(true);
        // The operator must name the seller.
        expect(await expectGraphQLError(adminClient, MktStatementCsvDocument, {})).toMatch(
            /sellerId is required/,
        );
        // Seller admins may not build or pay batches.
        expect(await expectGraphQLError(p.client, MktBuildPayoutBatchesDocument)).toMatch(
            /not currently authorized/,
        );
    });
});
