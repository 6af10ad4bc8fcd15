import { EventBus } from '@vendure/core';
import { E2E_DEFAULT_CHANNEL_TOKEN, SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
    eventually,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { GoodsReceivedWithNotesEvent } from '../events/goods-received-with-notes.event';

import {
    WhAdminVariantStockDocument,
    WhCancelPurchaseOrderDocument,
    WhCancelStockTransferDocument,
    WhCreateChannelDocument,
    WhCreateGoodsReceiptDocument,
    WhCreatePurchaseOrderDocument,
    WhCreateStockTransferDocument,
    WhCreateSupplierDocument,
    WhDeletePurchaseOrderDocument,
    WhDeleteSupplierDocument,
    WhDispatchStockTransferDocument,
    WhGoodsReceiptsDocument,
    WhPostGoodsReceiptDocument,
    WhPurchaseOrderDocument,
    WhPurchaseOrdersDocument,
    WhReceiveGoodsDocument,
    WhSendPurchaseOrderDocument,
    WhStockLedgerDocument,
    WhStockTransfersDocument,
    WhSuppliersDocument,
    WhUpdatePurchaseOrderDocument,
    WhUpdateStockTransferDocument,
    WhUpdateSupplierDocument,
} from './graphql/generated-admin';
import {
    createTrackedVariant,
    createWarehouse,
    expectLedgerMatchesStock,
    stockByWarehouse,
    zoneIds,
} from './warehouse-e2e-helpers';

describe('Warehouse documents: suppliers, purchase orders, receipts, transfers', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    const noted: GoodsReceivedWithNotesEvent[] = [];
    const w: Record<string, { id: string; code: string; stockLocationId: string }> = {};
    const suppliers: Record<string, string> = {};
    let p1: string;
    let p2: string;

    beforeAll(async () => {
        await startTestServer(env);
        env.server.app
            .get(EventBus)
            .ofType(GoodsReceivedWithNotesEvent)
            .subscribe(e => noted.push(e));
        w.CENTRAL = await createWarehouse(adminClient, { code: 'CENTRAL', name: 'Central', type: 'central' });
        w.BRANCH = await createWarehouse(adminClient, { code: 'BRANCH', name: 'Branch' });
        ({ variantId: p1 } = await createTrackedVariant(adminClient, 'DOC-P1', []));
        ({ variantId: p2 } = await createTrackedVariant(adminClient, 'DOC-P2', []));
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    const adminUrl = () => {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.adminApiPath}`;
    };

    describe('suppliers', () => {
        it('creates suppliers and refuses a duplicate code or a bad email address', async () => {
            const { createSupplier } = await run(adminClient, WhCreateSupplierDocument, {
                input: {
                    code: 'ACME',
                    name: 'Acme Components',
                    contactName: 'Ada',
                    emailAddress: 'orders@acme.test',
                    leadTimeDays: 10,
                },
            });
            expect(createSupplier).toMatchObject({
                __typename: 'Supplier',
                code: 'ACME',
                leadTimeDays: 10,
                currencyCode: 'USD',
                allowOverReceipt: false,
            });
            if (createSupplier.__typename === 'Supplier') suppliers.ACME = createSupplier.id;
            const { createSupplier: loose } = await run(adminClient, WhCreateSupplierDocument, {
                input: { code: 'LOOSE', name: 'Loose Ltd', allowOverReceipt: true },
            });
            if (loose.__typename === 'Supplier') suppliers.LOOSE = loose.id;
            const { createSupplier: duplicate } = await run(adminClient, WhCreateSupplierDocument, {
                input: { code: 'ACME', name: 'Again' },
            });
            expect(duplicate.__typename).toBe('DuplicateCodeError');
            expect(
                await expectGraphQLError(adminClient, WhCreateSupplierDocument, {
                    input: { code: 'BAD', name: 'Bad', emailAddress: 'not-an-address' },
                }),
            ).toContain('not an email address');
            const { updateSupplier } = await run(adminClient, WhUpdateSupplierDocument, {
                input: { id: suppliers.ACME, phoneNumber: '+44 113 000', leadTimeDays: 12 },
            });
            expect(updateSupplier).toMatchObject({ leadTimeDays: 12 });
            const { suppliers: list } = await run(adminClient, WhSuppliersDocument, {
                options: { filter: { name: { contains: 'acme' } } },
            });
            expect(list.items.map(s => s.code)).toEqual(['ACME']);
        });
    });

    describe('purchase orders and receipts', () => {
        let poId: string;
        let poCode: string;

        it('drafts a purchase order, changes its lines, and refuses to receive against a draft', async () => {
            const { createPurchaseOrder } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: {
                    supplierId: suppliers.ACME,
                    warehouseId: w.CENTRAL.id,
                    lines: [{ productVariantId: p1, quantity: 8, unitPrice: 500 }],
                },
            });
            poId = createPurchaseOrder.id;
            poCode = createPurchaseOrder.code;
            expect(createPurchaseOrder).toMatchObject({
                state: 'draft',
                code: expect.stringMatching(/^PO-\d{6}$/),
                supplier: { code: 'ACME' },
                warehouse: { code: 'CENTRAL' },
            });
            // Expected date defaults to the supplier's lead time (12 days).
            const days = (new Date(createPurchaseOrder.expectedDate!).getTime() - Date.now()) / 86_400_000;
            expect(Math.round(days)).toBe(12);
            const { updatePurchaseOrder } = await run(adminClient, WhUpdatePurchaseOrderDocument, {
                input: {
                    id: poId,
                    lines: [
                        { productVariantId: p1, quantity: 10, unitPrice: 500 },
                        { productVariantId: p2, quantity: 4, unitPrice: 1200 },
                    ],
                },
            });
            expect(updatePurchaseOrder).toMatchObject({ totalQuantity: 14, total: 10 * 500 + 4 * 1200 });
            const { createGoodsReceipt } = await run(adminClient, WhCreateGoodsReceiptDocument, {
                input: { purchaseOrderId: poId, lines: [{ productVariantId: p1, quantityReceived: 1 }] },
            });
            expect(createGoodsReceipt).toMatchObject({
                __typename: 'DocumentStateError',
                errorCode: 'DOCUMENT_STATE_ERROR',
            });
            expect(
                await expectGraphQLError(adminClient, WhCreatePurchaseOrderDocument, {
                    input: {
                        supplierId: suppliers.ACME,
                        warehouseId: w.CENTRAL.id,
                        lines: [{ productVariantId: p1, quantity: 0, unitPrice: 500 }],
                    },
                }),
            ).toContain('quantity');
        });

        it('sends it, after which only its note and expected date change', async () => {
            const { sendPurchaseOrder } = await run(adminClient, WhSendPurchaseOrderDocument, { id: poId });
            expect(sendPurchaseOrder).toMatchObject({ __typename: 'PurchaseOrder', state: 'sent' });
            const again = await run(adminClient, WhSendPurchaseOrderDocument, { id: poId });
            expect(again.sendPurchaseOrder.__typename).toBe('DocumentStateError');
            const { updatePurchaseOrder } = await run(adminClient, WhUpdatePurchaseOrderDocument, {
                input: { id: poId, lines: [{ productVariantId: p1, quantity: 1, unitPrice: 1 }] },
            });
            expect(updatePurchaseOrder.__typename).toBe('DocumentStateError');
            const { updatePurchaseOrder: dated } = await run(adminClient, WhUpdatePurchaseOrderDocument, {
                input: { id: poId, expectedDate: new Date(Date.now() + 3 * 86_400_000).toISOString() },
            });
            expect(dated.__typename).toBe('PurchaseOrder');
        });

        it('moves through partially received to received over two receipts; stock and ledger agree at every step', async () => {
            // Receipt 1: 6 of P1 arrive, 1 damaged.
            const { createGoodsReceipt } = await run(adminClient, WhCreateGoodsReceiptDocument, {
                input: {
                    purchaseOrderId: poId,
                    reference: 'DN-1001',
                    lines: [
                        {
                            productVariantId: p1,
                            quantityReceived: 6,
                            quantityRejected: 1,
                            note: '1 carton crushed',
                        },
                    ],
                },
            });
            expect(createGoodsReceipt.__typename).toBe('GoodsReceipt');
            const receipt1 =
                createGoodsReceipt.__typename === 'GoodsReceipt' ? createGoodsReceipt : undefined;
            expect((await stockByWarehouse(adminClient, p1)).CENTRAL.onHand).toBe(0);
            const { postGoodsReceipt } = await run(adminClient, WhPostGoodsReceiptDocument, {
                id: receipt1!.id,
            });
            expect(postGoodsReceipt).toMatchObject({
                __typename: 'GoodsReceipt',
                state: 'posted',
                hasDiscrepancy: true,
                purchaseOrder: { state: 'partially_received' },
                lines: [{ quantityReceived: 6, quantityRejected: 1, quantityAccepted: 5 }],
            });
            let po = (await run(adminClient, WhPurchaseOrderDocument, { id: poId })).purchaseOrder!;
            expect(
                po.lines.map(l => [l.quantityReceived, l.quantityRejected, l.quantityOutstanding]),
            ).toEqual([
                [5, 1, 5],
                [0, 0, 4],
            ]);
            expect((await stockByWarehouse(adminClient, p1)).CENTRAL.onHand).toBe(5);
            await expectLedgerMatchesStock(adminClient, p1);
            expect(
                await eventually(
                    () => noted.length,
                    n => n >= 1,
                ),
            ).toBe(1);
            expect(noted[0].linesWithNotes.map(l => l.note)).toEqual(['1 carton crushed']);

            // Receipt 2 arrives complete: the purchase order is received.
            const { receiveGoods } = await run(adminClient, WhReceiveGoodsDocument, {
                input: {
                    purchaseOrderId: poId,
                    lines: [
                        { productVariantId: p1, quantityReceived: 5 },
                        { productVariantId: p2, quantityReceived: 4 },
                    ],
                },
            });
            expect(receiveGoods).toMatchObject({ __typename: 'GoodsReceipt', hasDiscrepancy: false });
            po = (await run(adminClient, WhPurchaseOrderDocument, { id: poId })).purchaseOrder!;
            expect(po).toMatchObject({
                state: 'received',
                receipts: [{ state: 'posted' }, { state: 'posted' }],
            });
            expect((await stockByWarehouse(adminClient, p1)).CENTRAL.onHand).toBe(10);
            expect((await stockByWarehouse(adminClient, p2)).CENTRAL.onHand).toBe(4);
            await expectLedgerMatchesStock(adminClient, p1);
            await expectLedgerMatchesStock(adminClient, p2);
            expect(noted).toHaveLength(1);

            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: p1,
                options: { sort: { id: 'ASC' } },
            });
            expect(
                stockLedger.items.map(e => [e.type, e.quantity, e.stockOnHandBefore, e.stockOnHandAfter]),
            ).toEqual([
                ['receipt', 5, 0, 5],
                ['receipt', 5, 5, 10],
            ]);
            expect(stockLedger.items[0]).toMatchObject({
                documentType: 'goods_receipt',
                documentCode: expect.stringMatching(/^GR-\d{6}$/),
                userIdentifier: 'superadmin',
            });
        });

        it('refuses an over-receipt, and a receipt against a received or cancelled order, writing nothing', async () => {
            const { createPurchaseOrder } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: {
                    supplierId: suppliers.ACME,
                    warehouseId: w.BRANCH.id,
                    lines: [{ productVariantId: p1, quantity: 3, unitPrice: 500 }],
                },
            });
            await run(adminClient, WhSendPurchaseOrderDocument, { id: createPurchaseOrder.id });
            const receiptsBefore = (await run(adminClient, WhGoodsReceiptsDocument)).goodsReceipts.totalItems;
            const { receiveGoods } = await run(adminClient, WhReceiveGoodsDocument, {
                input: {
                    purchaseOrderId: createPurchaseOrder.id,
                    lines: [{ productVariantId: p1, quantityReceived: 4 }],
                },
            });
            expect(receiveGoods).toMatchObject({
                __typename: 'OverReceiptError',
                sku: 'DOC-P1',
                quantityOutstanding: 3,
                quantityAccepted: 4,
            });
            expect((await run(adminClient, WhGoodsReceiptsDocument)).goodsReceipts.totalItems).toBe(
                receiptsBefore,
            );
            expect((await stockByWarehouse(adminClient, p1)).BRANCH.onHand).toBe(0);
            // Rejected units are not accepted: 4 received of which 1 rejected fits.
            const { receiveGoods: fits } = await run(adminClient, WhReceiveGoodsDocument, {
                input: {
                    purchaseOrderId: createPurchaseOrder.id,
                    lines: [{ productVariantId: p1, quantityReceived: 4, quantityRejected: 1 }],
                },
            });
            expect(fits).toMatchObject({ __typename: 'GoodsReceipt', purchaseOrder: { state: 'received' } });

            const { receiveGoods: late } = await run(adminClient, WhReceiveGoodsDocument, {
                input: { purchaseOrderId: poId, lines: [{ productVariantId: p1, quantityReceived: 1 }] },
            });
            expect(late).toMatchObject({
                __typename: 'DocumentStateError',
                message: expect.stringContaining(poCode),
            });
            const { cancelPurchaseOrder } = await run(adminClient, WhCancelPurchaseOrderDocument, {
                id: poId,
            });
            expect(cancelPurchaseOrder.__typename).toBe('DocumentStateError');

            expect(
                await expectGraphQLError(adminClient, WhReceiveGoodsDocument, {
                    input: {
                        warehouseId: w.BRANCH.id,
                        lines: [{ productVariantId: p1, quantityReceived: 1, quantityRejected: 2 }],
                    },
                }),
            ).toContain('rejected');
            await expectLedgerMatchesStock(adminClient, p1);
        });

        it('answers the refusal in the language of the request (a Chinese Dashboard sends languageCode=zh_Hans)', async () => {
            const { createPurchaseOrder } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: {
                    supplierId: suppliers.ACME,
                    warehouseId: w.BRANCH.id,
                    lines: [{ productVariantId: p1, quantity: 3, unitPrice: 500 }],
                },
            });
            await run(adminClient, WhSendPurchaseOrderDocument, { id: createPurchaseOrder.id });
            const receiptsBefore = (await run(adminClient, WhGoodsReceiptsDocument)).goodsReceipts.totalItems;
            const over = {
                input: {
                    purchaseOrderId: createPurchaseOrder.id,
                    lines: [{ productVariantId: p1, quantityReceived: 4 }],
                },
            };
            const chinese = await adminClient.query(WhReceiveGoodsDocument, over, {
                languageCode: 'zh_Hans',
            });
            expect(chinese.receiveGoods).toMatchObject({
                __typename: 'OverReceiptError',
                errorCode: 'OVER_RECEIPT_ERROR',
                message: 'DOC-P1：接收 4 件，但仅有 3 件未到货；不允许超量收货',
                quantityOutstanding: 3,
                quantityAccepted: 4,
            });
            // the document's state as the Dashboard names it
            const late = await adminClient.query(
                WhReceiveGoodsDocument,
                { input: { purchaseOrderId: poId, lines: [{ productVariantId: p1, quantityReceived: 1 }] } },
                { languageCode: 'zh_Hans' },
            );
            expect(late.receiveGoods).toMatchObject({
                __typename: 'DocumentStateError',
                errorCode: 'DOCUMENT_STATE_ERROR',
                message: `采购单 ${poCode} 的状态为“已收货”，不能据此收货`,
            });
            // English without a language, as before
            const { receiveGoods: english } = await run(adminClient, WhReceiveGoodsDocument, over);
            expect(english).toMatchObject({
                errorCode: 'OVER_RECEIPT_ERROR',
                message: 'DOC-P1: 4 accepted but only 3 outstanding; over-receipt is not allowed',
            });
            expect((await run(adminClient, WhGoodsReceiptsDocument)).goodsReceipts.totalItems).toBe(
                receiptsBefore,
            );
        });

        it('lets a supplier that allows it deliver more than ordered', async () => {
            const { createPurchaseOrder } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: {
                    supplierId: suppliers.LOOSE,
                    warehouseId: w.BRANCH.id,
                    lines: [{ productVariantId: p2, quantity: 2, unitPrice: 900 }],
                },
            });
            await run(adminClient, WhSendPurchaseOrderDocument, { id: createPurchaseOrder.id });
            const { receiveGoods } = await run(adminClient, WhReceiveGoodsDocument, {
                input: {
                    purchaseOrderId: createPurchaseOrder.id,
                    lines: [{ productVariantId: p2, quantityReceived: 3 }],
                },
            });
            expect(receiveGoods).toMatchObject({
                __typename: 'GoodsReceipt',
                purchaseOrder: { state: 'received' },
            });
            expect((await stockByWarehouse(adminClient, p2)).BRANCH.onHand).toBe(3);
        });

        it('cancels an open purchase order, deletes only drafts, and refuses to send an empty one', async () => {
            const { createPurchaseOrder } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: { supplierId: suppliers.ACME, warehouseId: w.CENTRAL.id, lines: [] },
            });
            const { sendPurchaseOrder } = await run(adminClient, WhSendPurchaseOrderDocument, {
                id: createPurchaseOrder.id,
            });
            expect(sendPurchaseOrder.__typename).toBe('EmptyDocumentError');
            const { deletePurchaseOrder } = await run(adminClient, WhDeletePurchaseOrderDocument, {
                id: createPurchaseOrder.id,
            });
            expect(deletePurchaseOrder.result).toBe('DELETED');

            const { createPurchaseOrder: open } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: {
                    supplierId: suppliers.ACME,
                    warehouseId: w.CENTRAL.id,
                    lines: [{ productVariantId: p2, quantity: 1, unitPrice: 100 }],
                },
            });
            await run(adminClient, WhSendPurchaseOrderDocument, { id: open.id });
            const { cancelPurchaseOrder } = await run(adminClient, WhCancelPurchaseOrderDocument, {
                id: open.id,
            });
            expect(cancelPurchaseOrder).toMatchObject({ state: 'cancelled' });
            const { deletePurchaseOrder: kept } = await run(adminClient, WhDeletePurchaseOrderDocument, {
                id: open.id,
            });
            expect(kept.result).toBe('NOT_DELETED');
            const { receiveGoods } = await run(adminClient, WhReceiveGoodsDocument, {
                input: { purchaseOrderId: open.id, lines: [{ productVariantId: p2, quantityReceived: 1 }] },
            });
            expect(receiveGoods.__typename).toBe('DocumentStateError');
            const { deleteSupplier } = await run(adminClient, WhDeleteSupplierDocument, {
                id: suppliers.ACME,
            });
            expect(deleteSupplier.result).toBe('NOT_DELETED');
            const { purchaseOrders } = await run(adminClient, WhPurchaseOrdersDocument, {
                options: { filter: { state: { eq: 'cancelled' } } },
            });
            expect(purchaseOrders.items.map(p => p.id)).toEqual([open.id]);
        });

        it('receives ad hoc into a warehouse', async () => {
            const { receiveGoods } = await run(adminClient, WhReceiveGoodsDocument, {
                input: { warehouseId: w.CENTRAL.id, lines: [{ productVariantId: p2, quantityReceived: 2 }] },
            });
            expect(receiveGoods).toMatchObject({
                __typename: 'GoodsReceipt',
                source: 'ad_hoc',
                state: 'posted',
            });
            expect((await stockByWarehouse(adminClient, p2)).CENTRAL.onHand).toBe(6);
            await expectLedgerMatchesStock(adminClient, p2);
        });
    });

    describe('transfers', () => {
        let transferId: string;

        it('refuses to dispatch more than the source has, writing nothing', async () => {
            const { createStockTransfer } = await run(adminClient, WhCreateStockTransferDocument, {
                input: {
                    sourceWarehouseId: w.CENTRAL.id,
                    destinationWarehouseId: w.BRANCH.id,
                    lines: [{ productVariantId: p1, quantity: 11 }],
                },
            });
            transferId = createStockTransfer.id;
            const { dispatchStockTransfer } = await run(adminClient, WhDispatchStockTransferDocument, {
                id: transferId,
            });
            expect(dispatchStockTransfer).toMatchObject({
                __typename: 'InsufficientWarehouseStockError',
                sku: 'DOC-P1',
                quantityAvailable: 10,
                quantityRequested: 11,
            });
            expect((await stockByWarehouse(adminClient, p1)).CENTRAL.onHand).toBe(10);
            expect(
                await expectGraphQLError(adminClient, WhCreateStockTransferDocument, {
                    input: {
                        sourceWarehouseId: w.CENTRAL.id,
                        destinationWarehouseId: w.CENTRAL.id,
                        lines: [{ productVariantId: p1, quantity: 1 }],
                    },
                }),
            ).toContain('two different warehouses');
        });

        it('puts dispatched stock in transit: in neither warehouse’s sellable stock', async () => {
            await run(adminClient, WhUpdateStockTransferDocument, {
                input: { id: transferId, lines: [{ productVariantId: p1, quantity: 4 }] },
            });
            const { dispatchStockTransfer } = await run(adminClient, WhDispatchStockTransferDocument, {
                id: transferId,
            });
            expect(dispatchStockTransfer).toMatchObject({ __typename: 'StockTransfer', state: 'in_transit' });
            const levels = await stockByWarehouse(adminClient, p1);
            expect(levels.CENTRAL).toMatchObject({ onHand: 6, available: 6 });
            expect(levels.BRANCH).toMatchObject({ onHand: 3, available: 3, inTransit: 4 });
            const { productVariant } = await run(adminClient, WhAdminVariantStockDocument, { id: p1 });
            // Channel stock on hand: 6 + 3; the 4 in transit are nowhere.
            expect(productVariant?.stockOnHand).toBe(9);
            const again = await run(adminClient, WhDispatchStockTransferDocument, { id: transferId });
            expect(again.dispatchStockTransfer.__typename).toBe('DocumentStateError');
            const { updateStockTransfer } = await run(adminClient, WhUpdateStockTransferDocument, {
                input: { id: transferId, lines: [{ productVariantId: p1, quantity: 1 }] },
            });
            expect(updateStockTransfer.__typename).toBe('DocumentStateError');
            const { cancelStockTransfer } = await run(adminClient, WhCancelStockTransferDocument, {
                id: transferId,
            });
            expect(cancelStockTransfer.__typename).toBe('DocumentStateError');
        });

        it('arrives with its discrepancy recorded', async () => {
            expect(
                await expectGraphQLError(adminClient, WhReceiveGoodsDocument, {
                    input: {
                        stockTransferId: transferId,
                        warehouseId: w.CENTRAL.id,
                        lines: [{ productVariantId: p1, quantityReceived: 3 }],
                    },
                }),
            ).toContain('another warehouse');
            const { receiveGoods: over } = await run(adminClient, WhReceiveGoodsDocument, {
                input: {
                    stockTransferId: transferId,
                    lines: [{ productVariantId: p1, quantityReceived: 5 }],
                },
            });
            expect(over.__typename).toBe('OverReceiptError');
            const before = noted.length;
            const { receiveGoods } = await run(adminClient, WhReceiveGoodsDocument, {
                input: {
                    stockTransferId: transferId,
                    lines: [
                        {
                            productVariantId: p1,
                            quantityReceived: 3,
                            quantityRejected: 1,
                            note: 'one unit wet',
                        },
                    ],
                },
            });
            expect(receiveGoods).toMatchObject({
                __typename: 'GoodsReceipt',
                source: 'stock_transfer',
                hasDiscrepancy: true,
                stockTransfer: { state: 'received' },
            });
            const { stockTransfers } = await run(adminClient, WhStockTransfersDocument, {
                options: { filter: { state: { eq: 'received' } } },
            });
            expect(stockTransfers.items[0]).toMatchObject({
                receipt: { state: 'posted' },
                lines: [
                    {
                        quantity: 4,
                        quantityReceived: 3,
                        quantityRejected: 1,
                        discrepancy: 2,
                        note: 'one unit wet',
                    },
                ],
            });
            const levels = await stockByWarehouse(adminClient, p1);
            expect(levels.BRANCH).toMatchObject({ onHand: 5, inTransit: 0 });
            expect(levels.CENTRAL.onHand).toBe(6);
            expect(
                await eventually(
                    () => noted.length,
                    n => n >= before + 1,
                ),
            ).toBe(before + 1);
            await expectLedgerMatchesStock(adminClient, p1);
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: p1,
                options: { filter: { type: { in: ['transfer_out', 'transfer_in'] } }, sort: { id: 'ASC' } },
            });
            expect(stockLedger.items.map(e => [e.type, e.warehouse?.code, e.quantity])).toEqual([
                ['transfer_out', 'CENTRAL', -4],
                ['transfer_in', 'BRANCH', 2],
            ]);
        });
    });

    describe('permissions and channels', () => {
        it('refuses an administrator without the warehouse permissions', async () => {
            const client = new SimpleGraphQLClient(triflowTestConfig(), adminUrl());
            await loginAsAdministratorWithPermissions(adminClient, client, ['ReadCatalog', 'ReadOrder']);
            for (const message of [
                await expectGraphQLError(client, WhSuppliersDocument),
                await expectGraphQLError(client, WhPurchaseOrdersDocument),
                await expectGraphQLError(client, WhGoodsReceiptsDocument),
                await expectGraphQLError(client, WhStockTransfersDocument),
                await expectGraphQLError(client, WhReceiveGoodsDocument, {
                    input: {
                        warehouseId: w.CENTRAL.id,
                        lines: [{ productVariantId: p1, quantityReceived: 1 }],
                    },
                }),
            ]) {
                expect(message).toMatch(/not currently authorized/i);
            }
            expect((await stockByWarehouse(adminClient, p1)).CENTRAL.onHand).toBe(6);
        });

        it('lets a purchase order reader read but not send or receive', async () => {
            const client = new SimpleGraphQLClient(triflowTestConfig(), adminUrl());
            await loginAsAdministratorWithPermissions(adminClient, client, [
                'ReadPurchaseOrder',
                'ReadSupplier',
            ]);
            const { purchaseOrders } = await run(client, WhPurchaseOrdersDocument);
            expect(purchaseOrders.totalItems).toBeGreaterThan(0);
            expect(
                await expectGraphQLError(client, WhSendPurchaseOrderDocument, {
                    id: purchaseOrders.items[0].id,
                }),
            ).toMatch(/not currently authorized/i);
        });

        it("keeps one channel's documents out of another's sight", async () => {
            const zones = await zoneIds(adminClient);
            await run(adminClient, WhCreateChannelDocument, {
                input: {
                    code: 'docs-other',
                    token: 'docs-other-token',
                    defaultLanguageCode: 'en',
                    defaultCurrencyCode: 'EUR',
                    pricesIncludeTax: true,
                    defaultShippingZoneId: zones.Europe,
                    defaultTaxZoneId: zones.Europe,
                },
            });
            const { purchaseOrders } = await run(adminClient, WhPurchaseOrdersDocument);
            adminClient.setChannelToken('docs-other-token');
            try {
                expect((await run(adminClient, WhPurchaseOrdersDocument)).purchaseOrders.totalItems).toBe(0);
                expect((await run(adminClient, WhSuppliersDocument)).suppliers.totalItems).toBe(0);
                const { purchaseOrder } = await run(adminClient, WhPurchaseOrderDocument, {
                    id: purchaseOrders.items[0].id,
                });
                expect(purchaseOrder).toBeNull();
                expect(
                    await expectGraphQLError(adminClient, WhSendPurchaseOrderDocument, {
                        id: purchaseOrders.items[0].id,
                    }),
                ).toMatch(/No PurchaseOrder with the id/);
            } finally {
                adminClient.setChannelToken(E2E_DEFAULT_CHANNEL_TOKEN);
            }
        });
    });
});
