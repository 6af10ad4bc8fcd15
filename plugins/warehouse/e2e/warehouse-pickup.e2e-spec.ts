import { SimpleGraphQLClient } from '@vendure/testing';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';

import {
    WhAddFulfillmentDocument,
    WhCreateShippingMethodDocument,
    WhOrderPickupWarehouseDocument,
    WhSettlePaymentDocument,
    WhStockLedgerDocument,
    WhUpdateVariantsDocument,
} from './graphql/generated-admin';
import {
    WhActiveOrderDocument,
    WhActiveOrderPickupPointsDocument,
    WhAddItemDocument,
    WhAddPaymentDocument,
    WhEligibleShippingMethodsDocument,
    WhSetAddressAndCustomerDocument,
    WhSetOrderPickupWarehouseDocument,
    WhSetShippingMethodDocument,
    WhTransitionToArrangingPaymentDocument,
    WhUnsetOrderPickupWarehouseDocument,
} from './graphql/generated-shop';
import {
    addresses,
    createTrackedVariant,
    createWarehouse,
    expectLedgerMatchesStock,
    orderByCode,
    stockByWarehouse,
    zoneIds,
} from './warehouse-e2e-helpers';

describe('Warehouse click-and-collect', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    const w: Record<string, { id: string; code: string; stockLocationId: string }> = {};
    let pickupMethodId: string;
    let buyerCounter = 0;

    const shopUrl = () => {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.shopApiPath}`;
    };
    const newShopper = () => new SimpleGraphQLClient(triflowTestConfig(), shopUrl());
    const stock = (...entries: Array<[string, number]>) =>
        entries.map(([code, stockOnHand]) => ({ stockLocationId: w[code].stockLocationId, stockOnHand }));

    beforeAll(async () => {
        await startTestServer(env);
        const zones = await zoneIds(adminClient);
        // CENTRAL ships first by priority and serves every zone, but is no pick-up point.
        w.CENTRAL = await createWarehouse(adminClient, { code: 'CENTRAL', name: 'Central', priority: 1 });
        w.LEEDS = await createWarehouse(adminClient, {
            code: 'LEEDS',
            name: 'Leeds store',
            priority: 10,
            zoneIds: [zones.Europe],
            pickupPoint: true,
            pickupInstructions: 'Counter 3, Mon-Sat 9-18',
            address: { streetLine1: '2 Dock Road', city: 'Leeds', countryCode: 'GB' },
        });
        w.YORK = await createWarehouse(adminClient, {
            code: 'YORK',
            name: 'York store',
            priority: 20,
            pickupPoint: true,
            address: { streetLine1: '5 Minster Yard', city: 'York', countryCode: 'GB' },
        });
        w.CLOSED = await createWarehouse(adminClient, {
            code: 'CLOSED',
            name: 'Closed store',
            active: false,
            pickupPoint: true,
        });
        const { createShippingMethod } = await run(adminClient, WhCreateShippingMethodDocument, {
            input: {
                code: 'click-and-collect',
                fulfillmentHandler: 'manual-fulfillment',
                checker: { code: 'warehouse-pickup', arguments: [] },
                calculator: {
                    code: 'default-shipping-calculator',
                    arguments: [
                        { name: 'rate', value: '0' },
                        { name: 'includesTax', value: 'include' },
                        { name: 'taxRate', value: '0' },
                    ],
                },
                translations: [{ languageCode: 'en', name: 'Click and collect', description: '' }],
            },
        });
        pickupMethodId = createShippingMethod.id;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    /** Adds the items and sets address and customer; returns the order code. */
    async function startOrder(
        shopper: SimpleGraphQLClient,
        items: Array<{ variantId: string; quantity: number }>,
    ): Promise<string> {
        let code = '';
        for (const item of items) {
            const { addItemToOrder } = await run(shopper, WhAddItemDocument, item);
            if (addItemToOrder.__typename !== 'Order') {
                throw new Error(`addItemToOrder: ${JSON.stringify(addItemToOrder)}`);
            }
            code = addItemToOrder.code;
        }
        buyerCounter += 1;
        await run(shopper, WhSetAddressAndCustomerDocument, {
            address: addresses.europe,
            customer: {
                emailAddress: `pickup-${process.pid}-${buyerCounter}@triflow.test`,
                firstName: 'Pickup',
                lastName: String(buyerCounter),
            },
        });
        return code;
    }

    async function pay(shopper: SimpleGraphQLClient, shippingMethodId: string) {
        const { setOrderShippingMethod } = await run(shopper, WhSetShippingMethodDocument, {
            ids: [shippingMethodId],
        });
        expect(setOrderShippingMethod.__typename).toBe('Order');
        const { transitionOrderToState } = await run(shopper, WhTransitionToArrangingPaymentDocument);
        expect(transitionOrderToState?.__typename).toBe('Order');
        return (await run(shopper, WhAddPaymentDocument)).addPaymentToOrder;
    }

    describe('choosing the pick-up point', () => {
        let variantId: string;
        const buyer = newShopper();
        let code: string;

        beforeAll(async () => {
            ({ variantId } = await createTrackedVariant(
                adminClient,
                'CC-1',
                stock(['CENTRAL', 10], ['LEEDS', 3], ['YORK', 1]),
            ));
            code = await startOrder(buyer, [{ variantId, quantity: 2 }]);
        });

        it('lists the active pick-up points with whether the order can be collected there', async () => {
            const { activeOrderPickupPoints } = await run(buyer, WhActiveOrderPickupPointsDocument);
            expect(activeOrderPickupPoints).toEqual([
                {
                    warehouseId: w.LEEDS.id,
                    code: 'LEEDS',
                    name: 'Leeds store',
                    address: { city: 'Leeds', countryCode: 'GB' },
                    pickupInstructions: 'Counter 3, Mon-Sat 9-18',
                    available: true,
                    selected: false,
                },
                expect.objectContaining({ code: 'YORK', available: false, selected: false }),
            ]);
            // Click-and-collect is not offered before a pick-up point is chosen.
            const { eligibleShippingMethods } = await run(buyer, WhEligibleShippingMethodsDocument);
            expect(eligibleShippingMethods.map(m => m.id)).not.toContain(pickupMethodId);
        });

        it('refuses a warehouse that is not an active pick-up point, or lacks the stock', async () => {
            for (const warehouseId of [w.CENTRAL.id, w.CLOSED.id, 'T_999']) {
                const { setOrderPickupWarehouse } = await run(buyer, WhSetOrderPickupWarehouseDocument, {
                    warehouseId,
                });
                expect(setOrderPickupWarehouse).toMatchObject({
                    __typename: 'PickupPointUnavailableError',
                    errorCode: 'PICKUP_POINT_UNAVAILABLE_ERROR',
                    warehouseId,
                });
            }
            const { setOrderPickupWarehouse } = await run(buyer, WhSetOrderPickupWarehouseDocument, {
                warehouseId: w.YORK.id,
            });
            expect(setOrderPickupWarehouse).toMatchObject({
                __typename: 'InsufficientWarehouseStockError',
                sku: 'CC-1',
                warehouseCode: 'YORK',
                quantityAvailable: 1,
                quantityRequested: 2,
            });
            const { activeOrderPickupPoints } = await run(buyer, WhActiveOrderPickupPointsDocument);
            expect(activeOrderPickupPoints.some(p => p.selected)).toBe(false);
        });

        it('allocates and sells the order at the chosen pick-up warehouse, not by priority', async () => {
            const { setOrderPickupWarehouse } = await run(buyer, WhSetOrderPickupWarehouseDocument, {
                warehouseId: w.LEEDS.id,
            });
            expect(setOrderPickupWarehouse).toMatchObject({ __typename: 'Order', code });
            const { activeOrderPickupPoints } = await run(buyer, WhActiveOrderPickupPointsDocument);
            expect(activeOrderPickupPoints.filter(p => p.selected).map(p => p.code)).toEqual(['LEEDS']);
            const { eligibleShippingMethods } = await run(buyer, WhEligibleShippingMethodsDocument);
            expect(eligibleShippingMethods.map(m => m.id)).toContain(pickupMethodId);

            const result = await pay(buyer, pickupMethodId);
            expect(result.__typename).toBe('Order');
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 10, allocated: 0 },
                LEEDS: { onHand: 3, allocated: 2 },
                YORK: { onHand: 1, allocated: 0 },
            });
            const { orderPickupWarehouse } = await run(adminClient, WhOrderPickupWarehouseDocument, {
                orderId: (await orderByCode(adminClient, code)).id,
            });
            expect(orderPickupWarehouse).toEqual({ id: w.LEEDS.id, code: 'LEEDS' });
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantId,
                options: { filter: { type: { eq: 'allocation' } } },
            });
            expect(stockLedger.items).toEqual([
                expect.objectContaining({
                    stockLocationId: w.LEEDS.stockLocationId,
                    allocatedChange: 2,
                    documentCode: code,
                }),
            ]);
            await expectLedgerMatchesStock(adminClient, variantId);

            // Collected: the sale takes the stock at LEEDS.
            const order = await orderByCode(adminClient, code);
            await run(adminClient, WhSettlePaymentDocument, { id: order.payments![0].id });
            const { addFulfillmentToOrder } = await run(adminClient, WhAddFulfillmentDocument, {
                input: {
                    lines: [{ orderLineId: order.lines[0].id, quantity: 2 }],
                    handler: {
                        code: 'manual-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Collected' },
                            { name: 'trackingCode', value: '' },
                        ],
                    },
                },
            });
            expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 10, allocated: 0 },
                LEEDS: { onHand: 1, allocated: 0 },
            });
            await expectLedgerMatchesStock(adminClient, variantId);
        });

        it('acts on the active order only: nobody reaches a placed or foreign order', async () => {
            // The buyer's order is placed: it is no longer the session's active order.
            const { setOrderPickupWarehouse: afterPlaced } = await run(
                buyer,
                WhSetOrderPickupWarehouseDocument,
                { warehouseId: w.YORK.id },
            );
            expect(afterPlaced.__typename).toBe('NoActiveOrderError');
            const stranger = newShopper();
            const { setOrderPickupWarehouse: noOrder } = await run(
                stranger,
                WhSetOrderPickupWarehouseDocument,
                { warehouseId: w.YORK.id },
            );
            expect(noOrder.__typename).toBe('NoActiveOrderError');
            expect((await run(stranger, WhActiveOrderPickupPointsDocument)).activeOrderPickupPoints).toEqual([
                expect.objectContaining({ code: 'LEEDS', available: true, selected: false }),
                expect.objectContaining({ code: 'YORK', available: true, selected: false }),
            ]);
            // The stranger's own order gets the stranger's choice; the placed order keeps LEEDS.
            const strangerCode = await startOrder(stranger, [{ variantId, quantity: 1 }]);
            const { setOrderPickupWarehouse: own } = await run(stranger, WhSetOrderPickupWarehouseDocument, {
                warehouseId: w.YORK.id,
            });
            expect(own).toMatchObject({ __typename: 'Order', code: strangerCode });
            const pickupOf = async (orderCode: string) =>
                (
                    await run(adminClient, WhOrderPickupWarehouseDocument, {
                        orderId: (await orderByCode(adminClient, orderCode)).id,
                    })
                ).orderPickupWarehouse?.code;
            expect(await pickupOf(code)).toBe('LEEDS');
            expect(await pickupOf(strangerCode)).toBe('YORK');
        });
    });

    describe('refusals and delivery', () => {
        it('refuses the payment when the pick-up warehouse ran out, and ships from nowhere else', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'CC-GONE',
                stock(['CENTRAL', 10], ['LEEDS', 2]),
            );
            const buyer = newShopper();
            await startOrder(buyer, [{ variantId, quantity: 2 }]);
            const { setOrderPickupWarehouse } = await run(buyer, WhSetOrderPickupWarehouseDocument, {
                warehouseId: w.LEEDS.id,
            });
            expect(setOrderPickupWarehouse.__typename).toBe('Order');
            // Meanwhile the store sells one over the counter.
            await run(adminClient, WhUpdateVariantsDocument, {
                input: [{ id: variantId, stockLevels: stock(['LEEDS', 1]) }],
            });
            const result = await pay(buyer, pickupMethodId);
            expect(result).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringContaining('pick-up point LEEDS (1 available, 2 requested)'),
            });
            // A Chinese storefront (languageCode=zh_Hans) reads the refusal in Chinese.
            const chinese = await buyer.query(WhAddPaymentDocument, {}, { languageCode: 'zh_Hans' });
            expect(chinese.addPaymentToOrder).toMatchObject({
                __typename: 'OrderStateTransitionError',
                transitionError: expect.stringContaining(
                    '自提点 LEEDS 的 CC-GONE 库存不足（可用 1 件，需要 2 件）',
                ),
            });
            const { activeOrder } = await run(buyer, WhActiveOrderDocument);
            expect(activeOrder).toMatchObject({ state: 'ArrangingPayment', payments: [] });
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 10, allocated: 0 },
                LEEDS: { onHand: 1, allocated: 0 },
            });
            // Past AddingItems the pick-up point cannot be changed.
            const { unsetOrderPickupWarehouse } = await run(buyer, WhUnsetOrderPickupWarehouseDocument);
            expect(unsetOrderPickupWarehouse).toMatchObject({
                __typename: 'OrderModificationError',
                errorCode: 'ORDER_MODIFICATION_ERROR',
            });
        });

        it('ignores the pick-up point when the buyer chooses delivery instead', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'CC-DELIVER',
                stock(['CENTRAL', 10], ['LEEDS', 5]),
            );
            const buyer = newShopper();
            await startOrder(buyer, [{ variantId, quantity: 1 }]);
            await run(buyer, WhSetOrderPickupWarehouseDocument, { warehouseId: w.LEEDS.id });
            const { eligibleShippingMethods } = await run(buyer, WhEligibleShippingMethodsDocument);
            const delivery = eligibleShippingMethods.find(m => m.id !== pickupMethodId)!;
            const result = await pay(buyer, delivery.id);
            expect(result.__typename).toBe('Order');
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { allocated: 1 },
                LEEDS: { allocated: 0 },
            });
        });

        it('withdraws click-and-collect when the choice is removed', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'CC-UNSET', stock(['LEEDS', 5]));
            const buyer = newShopper();
            await startOrder(buyer, [{ variantId, quantity: 1 }]);
            await run(buyer, WhSetOrderPickupWarehouseDocument, { warehouseId: w.LEEDS.id });
            const { unsetOrderPickupWarehouse } = await run(buyer, WhUnsetOrderPickupWarehouseDocument);
            expect(unsetOrderPickupWarehouse.__typename).toBe('Order');
            const { eligibleShippingMethods } = await run(buyer, WhEligibleShippingMethodsDocument);
            expect(eligibleShippingMethods.map(m => m.id)).not.toContain(pickupMethodId);
        });
    });
    describe('choosing the shipping warehouse per fulfilment', () => {
        let variantId: string;
        let order: Awaited<ReturnType<typeof orderByCode>>;

        const fulfil = (quantity: number, warehouseId?: string) =>
            run(adminClient, WhAddFulfillmentDocument, {
                input: {
                    lines: [{ orderLineId: order.lines[0].id, quantity }],
                    handler: {
                        code: 'warehouse-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Courier' },
                            { name: 'trackingCode', value: `T-${quantity}` },
                            { name: 'warehouseId', value: warehouseId ?? '' },
                        ],
                    },
                },
            });

        beforeAll(async () => {
            ({ variantId } = await createTrackedVariant(
                adminClient,
                'SHIP-FROM',
                stock(['CENTRAL', 5], ['LEEDS', 5], ['YORK', 1]),
            ));
            const buyer = newShopper();
            await startOrder(buyer, [{ variantId, quantity: 4 }]);
            const { eligibleShippingMethods } = await run(buyer, WhEligibleShippingMethodsDocument);
            const result = await pay(buyer, eligibleShippingMethods[0].id);
            expect(result.__typename).toBe('Order');
            order = await orderByCode(adminClient, (result as { code: string }).code);
            await run(adminClient, WhSettlePaymentDocument, { id: order.payments![0].id });
            // By priority the whole line is allocated at CENTRAL.
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 5, allocated: 4 },
                LEEDS: { onHand: 5, allocated: 0 },
            });
        });

        it('ships a fulfilment from the chosen warehouse: the allocation moves there, then the sale', async () => {
            const { addFulfillmentToOrder } = await fulfil(2, w.LEEDS.id);
            expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 5, allocated: 2 },
                LEEDS: { onHand: 3, allocated: 0 },
                YORK: { onHand: 1, allocated: 0 },
            });
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantId,
                options: { sort: { id: 'ASC' }, filter: { type: { in: ['release', 'sale'] } } },
            });
            expect(
                stockLedger.items.map(e => [e.type, e.stockLocationId, e.quantity, e.allocatedChange]),
            ).toEqual([
                ['release', w.CENTRAL.stockLocationId, 0, -2],
                // Vendure's sale: allocated, then on hand, each its own entry.
                ['sale', w.LEEDS.stockLocationId, 0, -2],
                ['sale', w.LEEDS.stockLocationId, -2, 0],
            ]);
            await expectLedgerMatchesStock(adminClient, variantId);
        });

        it('refuses a warehouse without the stock or inactive, and writes nothing', async () => {
            const short = (await fulfil(2, w.YORK.id)).addFulfillmentToOrder;
            expect(short).toMatchObject({
                __typename: 'CreateFulfillmentError',
                errorCode: 'CREATE_FULFILLMENT_ERROR',
            });
            expect(short).toMatchObject({
                fulfillmentHandlerError: 'Warehouse YORK does not have 2 of SHIP-FROM to ship (1 available)',
            });
            const closed = (await fulfil(1, w.CLOSED.id)).addFulfillmentToOrder;
            expect(closed.__typename).toBe('CreateFulfillmentError');
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 5, allocated: 2 },
                YORK: { onHand: 1, allocated: 0 },
            });
            expect((await orderByCode(adminClient, order.code)).fulfillments).toHaveLength(1);
        });

        it('without a warehouse ships from where the stock is allocated', async () => {
            const { addFulfillmentToOrder } = await fulfil(2);
            expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
            expect(await stockByWarehouse(adminClient, variantId)).toMatchObject({
                CENTRAL: { onHand: 3, allocated: 0 },
                LEEDS: { onHand: 3, allocated: 0 },
            });
            await expectLedgerMatchesStock(adminClient, variantId);
        });
    });
});
