import { ConfigService, EventBus } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    eventually,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { PurchaseOrderOverdueEvent } from '../events/purchase-order-overdue.event';
import { StockBelowReorderPointEvent } from '../events/stock-below-reorder-point.event';

import {
    WhAddFulfillmentDocument,
    WhCancelStockCountDocument,
    WhCreatePurchaseOrderDocument,
    WhCreateReorderPointDocument,
    WhCreateSupplierDocument,
    WhOpenStockCountDocument,
    WhPostStockCountDocument,
    WhPurchaseOrderDocument,
    WhPurchaseOrdersDocument,
    WhReceiveGoodsDocument,
    WhReorderPointsDocument,
    WhRunPurchaseOrderOverdueCheckDocument,
    WhScanStockCountDocument,
    WhSendPurchaseOrderDocument,
    WhSetBarcodeDocument,
    WhSetStockCountQuantityDocument,
    WhSettlePaymentDocument,
    WhStockCountLinesDocument,
    WhStockLedgerDocument,
    WhUpdatePurchaseOrderDocument,
    WhUpdateReorderPointDocument,
} from './graphql/generated-admin';
import {
    addresses,
    checkout,
    createTrackedVariant,
    createWarehouse,
    expectLedgerMatchesStock,
    orderByCode,
    stockByWarehouse,
} from './warehouse-e2e-helpers';

const DAY = 86_400_000;

describe('Warehouse stock counts, reorder points and overdue purchase orders', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    const belowEvents: StockBelowReorderPointEvent[] = [];
    const overdueEvents: PurchaseOrderOverdueEvent[] = [];
    let store: { id: string; code: string; stockLocationId: string };
    let supplierId: string;

    const shopUrl = () => {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.shopApiPath}`;
    };
    const adminUrl = () => {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.adminApiPath}`;
    };

    beforeAll(async () => {
        await startTestServer(env);
        const bus = env.server.app.get(EventBus);
        bus.ofType(StockBelowReorderPointEvent).subscribe(e => belowEvents.push(e));
        bus.ofType(PurchaseOrderOverdueEvent).subscribe(e => overdueEvents.push(e));
        store = await createWarehouse(adminClient, { code: 'STORE', name: 'Store', type: 'branch' });
        const { createSupplier } = await run(adminClient, WhCreateSupplierDocument, {
            input: { code: 'PAPERCO', name: 'Paper Co', leadTimeDays: 5 },
        });
        supplierId = createSupplier.__typename === 'Supplier' ? createSupplier.id : '';
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    async function buy(variantId: string, quantity: number, fulfil: boolean): Promise<void> {
        const shopper = new SimpleGraphQLClient(triflowTestConfig(), shopUrl());
        const { code, result } = await checkout(shopper, [{ variantId, quantity }], addresses.europe);
        expect(result.__typename).toBe('Order');
        if (fulfil) {
            const order = await orderByCode(adminClient, code!);
            await run(adminClient, WhSettlePaymentDocument, { id: order.payments![0].id });
            const { addFulfillmentToOrder } = await run(adminClient, WhAddFulfillmentDocument, {
                input: {
                    lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'manual-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Counter' },
                            { name: 'trackingCode', value: code! },
                        ],
                    },
                },
            });
            expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
        }
    }

    describe('stock counts', () => {
        let countId: string;
        let c1: string;
        let c2: string;

        beforeAll(async () => {
            ({ variantId: c1 } = await createTrackedVariant(adminClient, 'COUNT-1', [
                { stockLocationId: store.stockLocationId, stockOnHand: 10 },
            ]));
            ({ variantId: c2 } = await createTrackedVariant(adminClient, 'COUNT-2', [
                { stockLocationId: store.stockLocationId, stockOnHand: 5 },
            ]));
            await run(adminClient, WhSetBarcodeDocument, { id: c1, barcode: '4006381333931' });
        });

        it('opens a count of every variant stocked in the warehouse', async () => {
            const { openStockCount } = await run(adminClient, WhOpenStockCountDocument, {
                input: { warehouseId: store.id, note: 'Quarterly count' },
            });
            countId = openStockCount.id;
            expect(openStockCount).toMatchObject({
                state: 'open',
                fullCount: true,
                countedLines: 0,
                totalLines: 2,
                code: expect.stringMatching(/^SC-\d{6}$/),
            });
        });

        it('takes a barcode or a SKU per scan and refuses an unknown code', async () => {
            for (let i = 0; i < 8; i++) {
                const { scanStockCount } = await run(adminClient, WhScanStockCountDocument, {
                    input: { stockCountId: countId, code: i % 2 ? '4006381333931' : 'COUNT-1' },
                });
                expect(scanStockCount.__typename).toBe('StockCountLine');
            }
            const { scanStockCount: unknown } = await run(adminClient, WhScanStockCountDocument, {
                input: { stockCountId: countId, code: 'NO-SUCH-CODE' },
            });
            expect(unknown).toMatchObject({ __typename: 'UnknownBarcodeError', code: 'NO-SUCH-CODE' });
            const { setStockCountQuantity } = await run(adminClient, WhSetStockCountQuantityDocument, {
                input: { stockCountId: countId, productVariantId: c2, countedQuantity: 5 },
            });
            expect(setStockCountQuantity).toMatchObject({
                countedQuantity: 5,
                stockOnHandAtCount: 5,
                difference: 0,
            });
            expect(
                await expectGraphQLError(adminClient, WhSetStockCountQuantityDocument, {
                    input: { stockCountId: countId, productVariantId: c2, countedQuantity: -1 },
                }),
            ).toContain('counted quantity');
        });

        it('adjusts only the counted difference when orders moved stock while the count was open', async () => {
            // 8 counted where the system had 10: 2 are missing. Meanwhile 3 are sold and shipped, and 2 of
            // COUNT-2 are sold but not yet shipped.
            await buy(c1, 3, true);
            await buy(c2, 2, false);
            expect((await stockByWarehouse(adminClient, c1)).STORE.onHand).toBe(7);
            const { stockCountLines } = await run(adminClient, WhStockCountLinesDocument, {
                stockCountId: countId,
            });
            expect(stockCountLines.items.find(l => l.productVariantId === c1)).toMatchObject({
                countedQuantity: 8,
                stockOnHandAtCount: 10,
                currentStockOnHand: 7,
                difference: -2,
            });
            const { postStockCount } = await run(adminClient, WhPostStockCountDocument, { id: countId });
            expect(postStockCount).toMatchObject({
                __typename: 'StockCount',
                state: 'posted',
                countedLines: 2,
            });
            // 10 − 3 sold − 2 missing = 5, not the 8 counted before the sale.
            expect((await stockByWarehouse(adminClient, c1)).STORE).toMatchObject({
                onHand: 5,
                allocated: 0,
            });
            expect((await stockByWarehouse(adminClient, c2)).STORE).toMatchObject({
                onHand: 5,
                allocated: 2,
            });
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: c1,
                options: { filter: { type: { eq: 'count_adjustment' } } },
            });
            expect(stockLedger.items).toEqual([
                expect.objectContaining({
                    quantity: -2,
                    stockOnHandBefore: 7,
                    stockOnHandAfter: 5,
                    documentType: 'stock_count',
                }),
            ]);
            await expectLedgerMatchesStock(adminClient, c1);
            await expectLedgerMatchesStock(adminClient, c2);
        });

        it('refuses to count into or post a posted count', async () => {
            const { postStockCount } = await run(adminClient, WhPostStockCountDocument, { id: countId });
            expect(postStockCount.__typename).toBe('DocumentStateError');
            const { scanStockCount } = await run(adminClient, WhScanStockCountDocument, {
                input: { stockCountId: countId, code: 'COUNT-1' },
            });
            expect(scanStockCount.__typename).toBe('DocumentStateError');
        });

        it('counts a selection, adds what is found on the shelf, and a cancelled count adjusts nothing', async () => {
            const { openStockCount } = await run(adminClient, WhOpenStockCountDocument, {
                input: { warehouseId: store.id, productVariantIds: [c2] },
            });
            expect(openStockCount).toMatchObject({ fullCount: false, totalLines: 1 });
            await run(adminClient, WhScanStockCountDocument, {
                input: { stockCountId: openStockCount.id, code: 'COUNT-1', quantity: 12 },
            });
            const { stockCountLines } = await run(adminClient, WhStockCountLinesDocument, {
                stockCountId: openStockCount.id,
            });
            expect(stockCountLines.totalItems).toBe(2);
            const { cancelStockCount } = await run(adminClient, WhCancelStockCountDocument, {
                id: openStockCount.id,
            });
            expect(cancelStockCount).toMatchObject({ state: 'cancelled' });
            expect((await stockByWarehouse(adminClient, c1)).STORE.onHand).toBe(5);
        });
    });

    describe('reorder points', () => {
        let r1: string;

        beforeAll(async () => {
            ({ variantId: r1 } = await createTrackedVariant(adminClient, 'REORDER-1', [
                { stockLocationId: store.stockLocationId, stockOnHand: 8 },
            ]));
        });

        it('refuses bad quantities', async () => {
            expect(
                await expectGraphQLError(adminClient, WhCreateReorderPointDocument, {
                    input: {
                        productVariantId: r1,
                        warehouseId: store.id,
                        minQuantity: 5,
                        reorderQuantity: 0,
                    },
                }),
            ).toContain('reorderQuantity');
        });

        it('publishes StockBelowReorderPointEvent once per crossing, not per sale, and drafts a purchase order', async () => {
            const { createReorderPoint } = await run(adminClient, WhCreateReorderPointDocument, {
                input: {
                    productVariantId: r1,
                    warehouseId: store.id,
                    minQuantity: 5,
                    reorderQuantity: 20,
                    preferredSupplierId: supplierId,
                    autoDraftPurchaseOrder: true,
                },
            });
            expect(createReorderPoint).toMatchObject({ belowMinimum: false, available: 8 });
            const start = belowEvents.length;
            await buy(r1, 2, false); // 6 available
            expect(belowEvents.length).toBe(start);
            await buy(r1, 2, true); // 4: crossing
            await buy(r1, 1, false); // 3: still below, no new event
            expect(
                await eventually(
                    () => belowEvents.length,
                    n => n >= start + 1,
                ),
            ).toBe(start + 1);
            const event = belowEvents[start];
            expect(event.available).toBe(4);
            expect(event.draftedPurchaseOrderId).toBeTruthy();
            const { purchaseOrder } = await run(adminClient, WhPurchaseOrderDocument, {
                id: String(event.draftedPurchaseOrderId).startsWith('T_')
                    ? String(event.draftedPurchaseOrderId)
                    : `T_${String(event.draftedPurchaseOrderId)}`,
            });
            expect(purchaseOrder).toMatchObject({
                state: 'draft',
                autoDrafted: true,
                supplier: { code: 'PAPERCO' },
                warehouse: { code: 'STORE' },
                lines: [{ productVariantId: r1, quantity: 20 }],
            });
            const { reorderPoints } = await run(adminClient, WhReorderPointsDocument, {
                belowMinimumOnly: true,
            });
            expect(reorderPoints.items.map(p => p.productVariantId)).toEqual([r1]);

            // Back above the minimum re-arms it; the next crossing publishes again and reuses the draft.
            await run(adminClient, WhReceiveGoodsDocument, {
                input: { warehouseId: store.id, lines: [{ productVariantId: r1, quantityReceived: 10 }] },
            });
            expect(
                (await run(adminClient, WhReorderPointsDocument, { belowMinimumOnly: true })).reorderPoints
                    .totalItems,
            ).toBe(0);
            await buy(r1, 9, false);
            expect(
                await eventually(
                    () => belowEvents.length,
                    n => n >= start + 2,
                ),
            ).toBe(start + 2);
            const { purchaseOrders } = await run(adminClient, WhPurchaseOrdersDocument, {
                options: { filter: { autoDrafted: { eq: true } } },
            });
            expect(purchaseOrders.items).toHaveLength(1);
            expect(purchaseOrders.items[0].lines).toHaveLength(1);
            await expectLedgerMatchesStock(adminClient, r1);
        });

        it('publishes without drafting when the reorder point does not auto-draft', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'REORDER-2', [
                { stockLocationId: store.stockLocationId, stockOnHand: 3 },
            ]);
            const start = belowEvents.length;
            const { createReorderPoint } = await run(adminClient, WhCreateReorderPointDocument, {
                input: {
                    productVariantId: variantId,
                    warehouseId: store.id,
                    minQuantity: 2,
                    reorderQuantity: 6,
                },
            });
            await buy(variantId, 2, false);
            expect(
                await eventually(
                    () => belowEvents.length,
                    n => n >= start + 1,
                ),
            ).toBe(start + 1);
            expect(belowEvents[start].draftedPurchaseOrderId).toBeNull();
            const { updateReorderPoint } = await run(adminClient, WhUpdateReorderPointDocument, {
                input: { id: createReorderPoint.id, minQuantity: 1 },
            });
            expect(updateReorderPoint).toMatchObject({ belowMinimum: false, available: 1 });
        });
    });

    describe('overdue purchase orders', () => {
        it('publishes PurchaseOrderOverdueEvent once per overdue order, and again after a new expected date', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'LATE-1', []);
            const { createPurchaseOrder } = await run(adminClient, WhCreatePurchaseOrderDocument, {
                input: {
                    supplierId,
                    warehouseId: store.id,
                    expectedDate: new Date(Date.now() - 2 * DAY).toISOString(),
                    lines: [{ productVariantId: variantId, quantity: 5, unitPrice: 250 }],
                },
            });
            // A draft is not overdue: it was never sent.
            expect(
                (await run(adminClient, WhRunPurchaseOrderOverdueCheckDocument)).runPurchaseOrderOverdueCheck
                    .newlyOverdue,
            ).toBe(0);
            await run(adminClient, WhSendPurchaseOrderDocument, { id: createPurchaseOrder.id });
            const first = await run(adminClient, WhRunPurchaseOrderOverdueCheckDocument);
            expect(first.runPurchaseOrderOverdueCheck.newlyOverdue).toBe(1);
            const second = await run(adminClient, WhRunPurchaseOrderOverdueCheckDocument);
            expect(second.runPurchaseOrderOverdueCheck.newlyOverdue).toBe(0);
            expect(
                await eventually(
                    () => overdueEvents.length,
                    n => n >= 1,
                ),
            ).toBe(1);
            expect(overdueEvents[0]).toMatchObject({ quantityOutstanding: 5 });
            expect(
                (await run(adminClient, WhPurchaseOrderDocument, { id: createPurchaseOrder.id }))
                    .purchaseOrder,
            ).toMatchObject({
                overdue: true,
            });

            await run(adminClient, WhUpdatePurchaseOrderDocument, {
                input: { id: createPurchaseOrder.id, expectedDate: new Date(Date.now() - DAY).toISOString() },
            });
            await run(adminClient, WhRunPurchaseOrderOverdueCheckDocument);
            expect(
                await eventually(
                    () => overdueEvents.length,
                    n => n >= 2,
                ),
            ).toBe(2);
            // The same check runs daily on the worker (the test server has no scheduler plugin to list it).
            const tasks = env.server.app.get(ConfigService).schedulerOptions.tasks;
            expect(tasks.map(t => t.id)).toContain('warehouse-purchase-order-overdue-check');
        });

        it('lets only administrators with the permission run the check', async () => {
            const client = new SimpleGraphQLClient(triflowTestConfig(), adminUrl());
            await loginAsAdministratorWithPermissions(adminClient, client, ['ReadPurchaseOrder']);
            expect(await expectGraphQLError(client, WhRunPurchaseOrderOverdueCheckDocument)).toMatch(
                /not currently authorized/i,
            );
            expect(await expectGraphQLError(client, WhReorderPointsDocument, {})).toMatch(
                /not currently authorized/i,
            );
        });
    });
});
