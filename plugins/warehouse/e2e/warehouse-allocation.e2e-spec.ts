import { StockLevel, TransactionalConnection } from '@vendure/core';
import { E2E_DEFAULT_CHANNEL_TOKEN, SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';

import { OfferRoutingStockLocationStrategy } from './fixtures/offer-routing-strategy';
import {
    WhCreateChannelDocument,
    WhCreateStockLocationDocument,
    WhCreateWarehouseDocument,
    WhDeleteStockLocationDocument,
    WhStockLedgerDocument,
    WhStockLocationsDocument,
    WhUpdateChannelDocument,
    WhUpdateGlobalSettingsDocument,
    WhUpdateVariantsDocument,
    WhUpdateWarehouseDocument,
    WhVariantWarehouseStockDocument,
    WhWarehouseDocument,
    WhWarehousesDocument,
    WhWarehouseStockLevelsDocument,
} from './graphql/generated-admin';
import {
    WhActiveOrderDocument,
    WhPickupAvailabilityDocument,
    WhShopProductDocument,
} from './graphql/generated-shop';
import {
    addresses,
    checkout,
    createTrackedVariant,
    createWarehouse,
    expectLedgerMatchesStock,
    orderByCode,
    stockByWarehouse,
    zoneIds,
} from './warehouse-e2e-helpers';
import {
    WhAddFulfillmentDocument,
    WhCancelOrderDocument,
    WhSettlePaymentDocument,
} from './graphql/generated-admin';
import {
    WhAddItemDocument,
    WhAddPaymentDocument,
    WhEligibleShippingMethodsDocument,
    WhSetAddressAndCustomerDocument,
    WhSetShippingMethodDocument,
    WhTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';

describe('Warehouse allocation', () => {
    const env = createTriflowTestEnvironment({
        catalogOptions: { stockLocationStrategy: new OfferRoutingStockLocationStrategy() },
    });
    const { adminClient } = env;
    const w: Record<string, { id: string; code: string; stockLocationId: string }> = {};
    let sellerLocationId: string;
    let defaultLocationId: string;

    const shopUrl = () => {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.shopApiPath}`;
    };
    const newShopper = () => new SimpleGraphQLClient(triflowTestConfig(), shopUrl());

    beforeAll(async () => {
        await startTestServer(env);
        const zones = await zoneIds(adminClient);
        w.EU = await createWarehouse(adminClient, {
            code: 'EU',
            name: 'Europe branch',
            type: 'branch',
            priority: 10,
            zoneIds: [zones.Europe],
            pickupPoint: true,
            pickupInstructions: 'Mon-Fri 9-17, gate 2',
            address: { streetLine1: '2 Dock Road', city: 'Leeds', countryCode: 'GB' },
        });
        w.ASIA = await createWarehouse(adminClient, {
            code: 'ASIA',
            name: 'Asia branch',
            type: 'branch',
            priority: 10,
            zoneIds: [zones.Asia],
        });
        w.CENTRAL = await createWarehouse(adminClient, {
            code: 'CENTRAL',
            name: 'Central warehouse',
            type: 'central',
            priority: 50,
        });
        const seller = await run(adminClient, WhCreateStockLocationDocument, {
            input: { name: 'Seller location', description: 'A marketplace seller' },
        });
        sellerLocationId = seller.createStockLocation.id;
        const { stockLocations } = await run(adminClient, WhStockLocationsDocument);
        defaultLocationId = stockLocations.items.find(l => l.name === 'Default Stock Location')!.id;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    const stock = (...entries: Array<[string, number]>) =>
        entries.map(([code, stockOnHand]) => ({ stockLocationId: w[code].stockLocationId, stockOnHand }));

    async function placedOrder(
        items: Array<{ variantId: string; quantity: number }>,
        address = addresses.europe,
    ) {
        const { code, result } = await checkout(newShopper(), items, address);
        expect(result.__typename).toBe('Order');
        return code!;
    }

    describe('warehouses', () => {
        it('puts warehouse details on stock locations, with zones, priority and pick-up point', async () => {
            const { warehouse } = await run(adminClient, WhWarehouseDocument, { id: w.EU.id });
            expect(warehouse).toMatchObject({
                code: 'EU',
                name: 'Europe branch',
                type: 'branch',
                active: true,
                priority: 10,
                pickupPoint: true,
                zones: [{ name: 'Europe' }],
                address: { city: 'Leeds', countryCode: 'GB' },
                channels: [{ code: '__default_channel__' }],
            });
            const { warehouses } = await run(adminClient, WhWarehousesDocument, {
                options: { sort: { priority: 'ASC' }, filter: { name: { contains: 'branch' } } },
            });
            expect(warehouses.items.map(x => x.code).sort()).toEqual(['ASIA', 'EU']);
        });

        it('turns an existing stock location into a warehouse and refuses a second warehouse on it', async () => {
            const { createStockLocation } = await run(adminClient, WhCreateStockLocationDocument, {
                input: { name: 'Overflow' },
            });
            const overflow = await createWarehouse(adminClient, {
                code: 'OVERFLOW',
                stockLocationId: createStockLocation.id,
                active: false,
                priority: 90,
            });
            expect(overflow.stockLocationId).toBe(createStockLocation.id);
            const message = await expectGraphQLError(adminClient, WhCreateWarehouseDocument, {
                input: { code: 'OVERFLOW-2', stockLocationId: createStockLocation.id },
            });
            expect(message).toContain('already a warehouse');
        });

        it('refuses a duplicate code with DuplicateCodeError and bad input with a message', async () => {
            const { createWarehouse: duplicate } = await run(adminClient, WhCreateWarehouseDocument, {
                input: { code: 'EU', name: 'Another' },
            });
            expect(duplicate).toMatchObject({ __typename: 'DuplicateCodeError', code: 'EU' });
            const { updateWarehouse } = await run(adminClient, WhUpdateWarehouseDocument, {
                input: { id: w.ASIA.id, code: 'EU' },
            });
            expect(updateWarehouse.__typename).toBe('DuplicateCodeError');
            expect(
                await expectGraphQLError(adminClient, WhCreateWarehouseDocument, {
                    input: { code: 'NEG', name: 'Negative', priority: -1 },
                }),
            ).toContain('priority');
            expect(
                await expectGraphQLError(adminClient, WhCreateWarehouseDocument, {
                    input: { code: 'has space', name: 'Bad code' },
                }),
            ).toContain('code');
        });
    });

    describe('which warehouse ships', () => {
        let variantA: string;

        beforeAll(async () => {
            ({ variantId: variantA } = await createTrackedVariant(
                adminClient,
                'ZONE-A',
                stock(['EU', 5], ['ASIA', 5], ['CENTRAL', 20]),
            ));
        });

        it('ships an order to a zone from the warehouse serving that zone', async () => {
            await placedOrder([{ variantId: variantA, quantity: 2 }], addresses.europe);
            await placedOrder([{ variantId: variantA, quantity: 1 }], addresses.asia);
            // No warehouse serves the Americas zone but CENTRAL, which serves every zone.
            await placedOrder([{ variantId: variantA, quantity: 1 }], addresses.americas);
            const levels = await stockByWarehouse(adminClient, variantA);
            expect(levels.EU.allocated).toBe(2);
            expect(levels.ASIA.allocated).toBe(1);
            expect(levels.CENTRAL.allocated).toBe(1);
        });

        it("answers a variant's stock per warehouse with each warehouse whole, as its own query answers it", async () => {
            // the channel's warehouses are read in plain SQL (the checkout's hot path): dates, stock location and
            // zones must come out as TypeORM hydrates them for the warehouse query
            const { variantWarehouseStock } = await run(adminClient, WhVariantWarehouseStockDocument, {
                productVariantId: variantA,
            });
            // by priority, then by id (OVERFLOW, inactive, came from the test above)
            expect(variantWarehouseStock.map(s => s.warehouse.code)).toEqual([
                'EU',
                'ASIA',
                'CENTRAL',
                'OVERFLOW',
            ]);
            for (const { warehouse } of variantWarehouseStock) {
                const detail = await run(adminClient, WhWarehouseDocument, { id: warehouse.id });
                expect(warehouse).toEqual(detail.warehouse);
            }
            const eu = variantWarehouseStock[0].warehouse;
            expect(eu.zones.map(z => z.name)).toEqual(['Europe']);
            expect(eu.stockLocation).toEqual({
                id: w.EU.stockLocationId,
                name: 'Europe branch',
                createdAt: expect.any(String),
            });
            expect(new Date(eu.createdAt).getTime()).toBeLessThanOrEqual(new Date(eu.updatedAt).getTime());
        });

        it("ships from the next warehouse by priority when the zone's warehouse lacks stock", async () => {
            // EU has 3 left: CENTRAL (priority 50, every zone) ships the 4, not ASIA (another zone).
            await placedOrder([{ variantId: variantA, quantity: 4 }], addresses.europe);
            const levels = await stockByWarehouse(adminClient, variantA);
            expect(levels.EU.allocated).toBe(2);
            expect(levels.CENTRAL.allocated).toBe(5);
            expect(levels.ASIA.allocated).toBe(1);
            await expectLedgerMatchesStock(adminClient, variantA);
        });

        it('follows the channel rule "most stock" when the channel chooses it', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'ROUTE-MOST',
                stock(['EU', 2], ['CENTRAL', 8]),
            );
            await run(adminClient, WhUpdateChannelDocument, {
                input: { id: 'T_1', customFields: { warehouseAllocationRule: 'most_stock' } },
            });
            try {
                await placedOrder([{ variantId, quantity: 1 }], addresses.europe);
            } finally {
                await run(adminClient, WhUpdateChannelDocument, {
                    input: { id: 'T_1', customFields: { warehouseAllocationRule: 'priority' } },
                });
            }
            const levels = await stockByWarehouse(adminClient, variantId);
            expect(levels.CENTRAL.allocated).toBe(1);
            expect(levels.EU.allocated).toBe(0);
        });

        it('splits a line larger than any one warehouse and fulfils each part where it was allocated (#3588)', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'ROUTE-SPLIT',
                stock(['EU', 4], ['CENTRAL', 6], ['ASIA', 5]),
            );
            const code = await placedOrder([{ variantId, quantity: 12 }], addresses.europe);
            let levels = await stockByWarehouse(adminClient, variantId);
            expect([levels.EU.allocated, levels.CENTRAL.allocated, levels.ASIA.allocated]).toEqual([4, 6, 2]);

            const order = await orderByCode(adminClient, code);
            await run(adminClient, WhSettlePaymentDocument, { id: order.payments![0].id });
            const line = order.lines[0];
            for (const quantity of [5, 7]) {
                const { addFulfillmentToOrder } = await run(adminClient, WhAddFulfillmentDocument, {
                    input: {
                        lines: [{ orderLineId: line.id, quantity }],
                        handler: {
                            code: 'manual-fulfillment',
                            arguments: [
                                { name: 'method', value: 'Courier' },
                                { name: 'trackingCode', value: `T-${quantity}` },
                            ],
                        },
                    },
                });
                expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
            }
            levels = await stockByWarehouse(adminClient, variantId);
            expect(levels).toMatchObject({
                EU: { onHand: 0, allocated: 0 },
                CENTRAL: { onHand: 0, allocated: 0 },
                ASIA: { onHand: 3, allocated: 0 },
            });
            await expectLedgerMatchesStock(adminClient, variantId);
        });

        it('releases a cancelled split line where each part was allocated', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'ROUTE-CANCEL',
                stock(['EU', 2], ['CENTRAL', 3]),
            );
            const code = await placedOrder([{ variantId, quantity: 4 }], addresses.europe);
            let levels = await stockByWarehouse(adminClient, variantId);
            expect([levels.EU.allocated, levels.CENTRAL.allocated]).toEqual([2, 2]);
            const order = await orderByCode(adminClient, code);
            const { cancelOrder } = await run(adminClient, WhCancelOrderDocument, {
                input: { orderId: order.id, reason: 'Customer changed their mind' },
            });
            expect(cancelOrder).toMatchObject({ __typename: 'Order', state: 'Cancelled' });
            levels = await stockByWarehouse(adminClient, variantId);
            expect(levels).toMatchObject({
                EU: { onHand: 2, allocated: 0 },
                CENTRAL: { onHand: 3, allocated: 0 },
            });
            await expectLedgerMatchesStock(adminClient, variantId);
        });

        it('allocates exactly the quantity ordered when the stock is spread over locations (#4030)', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'ROUTE-4030',
                stock(['EU', 10], ['ASIA', 10]),
            );
            await placedOrder([{ variantId, quantity: 13 }], addresses.europe);
            const levels = await stockByWarehouse(adminClient, variantId);
            expect(levels.EU.allocated + levels.ASIA.allocated + levels.CENTRAL.allocated).toBe(13);
            expect([levels.EU.allocated, levels.ASIA.allocated]).toEqual([10, 3]);
        });

        it('sells and allocates stock that sits only in a non-default location (#2356)', async () => {
            const { productId, variantId } = await createTrackedVariant(
                adminClient,
                'ROUTE-ASIA-ONLY',
                stock(['ASIA', 3]),
            );
            const shopper = newShopper();
            const { product } = await run(shopper, WhShopProductDocument, { id: productId });
            expect(product?.variants[0].stockLevel).toBe('IN_STOCK');
            await placedOrder([{ variantId, quantity: 2 }], addresses.europe);
            const levels = await stockByWarehouse(adminClient, variantId);
            expect(levels.ASIA).toMatchObject({ onHand: 3, allocated: 2 });
            const ledger = await run(adminClient, WhStockLedgerDocument, { productVariantId: variantId });
            expect(ledger.stockLedger.items.some(e => e.stockLocationId === defaultLocationId)).toBe(false);
        });

        it('does not sell the stock of an inactive warehouse, and the product page shows it at once', async () => {
            const { productId, variantId } = await createTrackedVariant(
                adminClient,
                'ROUTE-INACTIVE',
                stock(['ASIA', 5]),
            );
            const shopper = newShopper();
            const stockShown = async () =>
                (await run(shopper, WhShopProductDocument, { id: productId })).product?.variants[0]
                    .stockLevel;
            // the storefront's read of the inactive warehouses is cached; a change clears it
            expect(await stockShown()).toBe('IN_STOCK');
            await run(adminClient, WhUpdateWarehouseDocument, { input: { id: w.ASIA.id, active: false } });
            try {
                expect(await stockShown()).toBe('OUT_OF_STOCK');
                const { addItemToOrder } = await run(shopper, WhAddItemDocument, { variantId, quantity: 1 });
                expect(addItemToOrder.__typename).toBe('InsufficientStockError');
            } finally {
                await run(adminClient, WhUpdateWarehouseDocument, { input: { id: w.ASIA.id, active: true } });
            }
            expect(await stockShown()).toBe('IN_STOCK');
        });

        it('refuses the payment with a clear error and writes nothing when the stock is gone', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'ROUTE-GONE', stock(['EU', 2]));
            const shopper = newShopper();
            await run(shopper, WhAddItemDocument, { variantId, quantity: 2 });
            await run(shopper, WhSetAddressAndCustomerDocument, {
                address: addresses.europe,
                customer: { emailAddress: 'late-buyer@triflow.test', firstName: 'Late', lastName: 'Buyer' },
            });
            const { eligibleShippingMethods } = await run(shopper, WhEligibleShippingMethodsDocument);
            await run(shopper, WhSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
            await run(shopper, WhTransitionToArrangingPaymentDocument);
            // Meanwhile one unit is sold elsewhere (here: stock corrected on the variant page).
            await run(adminClient, WhUpdateVariantsDocument, {
                input: [
                    {
                        id: variantId,
                        stockLevels: [{ stockLocationId: w.EU.stockLocationId, stockOnHand: 1 }],
                    },
                ],
            });
            const { addPaymentToOrder } = await run(shopper, WhAddPaymentDocument);
            expect(addPaymentToOrder.__typename).toBe('OrderStateTransitionError');
            expect(addPaymentToOrder).toMatchObject({
                transitionError: expect.stringContaining('ROUTE-GONE'),
            });
            const { activeOrder } = await run(shopper, WhActiveOrderDocument);
            expect(activeOrder).toMatchObject({ state: 'ArrangingPayment', payments: [] });
            expect((await stockByWarehouse(adminClient, variantId)).EU).toMatchObject({
                onHand: 1,
                allocated: 0,
            });
            await expectLedgerMatchesStock(adminClient, variantId);
        });

        it('refuses the payment by the global out-of-stock threshold a variant inherits', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'ROUTE-GLOBAL', stock(['EU', 3]), {
                inherit: true,
            });
            const shopper = newShopper();
            await run(shopper, WhAddItemDocument, { variantId, quantity: 2 });
            await run(shopper, WhSetAddressAndCustomerDocument, {
                address: addresses.europe,
                customer: {
                    emailAddress: 'global-buyer@triflow.test',
                    firstName: 'Global',
                    lastName: 'Buyer',
                },
            });
            const { eligibleShippingMethods } = await run(shopper, WhEligibleShippingMethodsDocument);
            await run(shopper, WhSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
            await run(shopper, WhTransitionToArrangingPaymentDocument);
            // Meanwhile the merchant keeps two units of every product back (3 on hand − 2 = 1 saleable).
            await run(adminClient, WhUpdateGlobalSettingsDocument, { input: { outOfStockThreshold: 2 } });
            try {
                const { addPaymentToOrder } = await run(shopper, WhAddPaymentDocument);
                expect(addPaymentToOrder).toMatchObject({
                    __typename: 'OrderStateTransitionError',
                    transitionError: expect.stringContaining(
                        'ROUTE-GLOBAL is left to complete this order (1 available, 2 requested)',
                    ),
                });
                // with no stock held back the same order is paid
                await run(adminClient, WhUpdateGlobalSettingsDocument, { input: { outOfStockThreshold: 0 } });
                const paid = await run(shopper, WhAddPaymentDocument);
                expect(paid.addPaymentToOrder).toMatchObject({
                    __typename: 'Order',
                    state: 'PaymentAuthorized',
                });
                expect((await stockByWarehouse(adminClient, variantId)).EU).toMatchObject({
                    onHand: 3,
                    allocated: 2,
                });
            } finally {
                await run(adminClient, WhUpdateGlobalSettingsDocument, { input: { outOfStockThreshold: 0 } });
            }
        });

        it('reconciles the ledger first when the stock level was changed outside it', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'ROUTE-OUTSIDE', stock(['EU', 5]));
            // another program (an ERP sync writing the database) sets the stock on hand to 7; the API's ids are
            // the test server's encoded ids (`T_<id>`)
            const dbId = (id: string) => Number(id.replace(/^T_/, ''));
            const changed = await env.server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(StockLevel)
                .update(
                    { productVariantId: dbId(variantId), stockLocationId: dbId(w.EU.stockLocationId) },
                    { stockOnHand: 7 },
                );
            expect(changed.affected).toBe(1);
            await placedOrder([{ variantId, quantity: 1 }], addresses.europe);
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantId,
                warehouseId: w.EU.id,
                options: { sort: { id: 'ASC' } },
            });
            expect(stockLedger.items).toEqual([
                expect.objectContaining({ type: 'adjustment', quantity: 5, stockOnHandAfter: 5 }),
                expect.objectContaining({
                    type: 'reconciliation',
                    quantity: 2,
                    stockOnHandBefore: 5,
                    stockOnHandAfter: 7,
                    allocatedChange: 0,
                }),
                expect.objectContaining({
                    type: 'allocation',
                    quantity: 0,
                    stockOnHandBefore: 7,
                    stockOnHandAfter: 7,
                    allocatedChange: 1,
                    stockAllocatedBefore: 0,
                    stockAllocatedAfter: 1,
                    documentType: 'order',
                }),
            ]);
            await expectLedgerMatchesStock(adminClient, variantId);
        });

        it('leaves a line the strategy before it routed (a marketplace offer) to that strategy', async () => {
            const { variantId } = await createTrackedVariant(adminClient, 'OFFER-1', [
                ...stock(['EU', 5]),
                { stockLocationId: sellerLocationId, stockOnHand: 5 },
            ]);
            await placedOrder([{ variantId, quantity: 2 }], addresses.europe);
            expect((await stockByWarehouse(adminClient, variantId)).EU.allocated).toBe(0);
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantId,
                options: { filter: { type: { eq: 'allocation' } } },
            });
            expect(stockLedger.items).toEqual([
                expect.objectContaining({ stockLocationId: sellerLocationId, allocatedChange: 2 }),
            ]);
        });

        it('records every movement in the ledger: who, which order, quantities before and after', async () => {
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantA,
                warehouseId: w.CENTRAL.id,
                options: { sort: { id: 'ASC' } },
            });
            const [opening, ...moves] = stockLedger.items;
            expect(opening).toMatchObject({
                type: 'adjustment',
                quantity: 20,
                stockOnHandBefore: 0,
                stockOnHandAfter: 20,
                userIdentifier: 'superadmin',
            });
            expect(moves.map(m => [m.type, m.allocatedChange, m.documentType])).toEqual([
                ['allocation', 1, 'order'],
                ['allocation', 4, 'order'],
            ]);
            expect(moves[1]).toMatchObject({ stockAllocatedBefore: 1, stockAllocatedAfter: 5 });
            expect(moves[1].documentCode).toMatch(/^[A-Z0-9]+$/);
            expect(moves[1].orderLineId).toBeTruthy();
            const inRange = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantA,
                warehouseId: w.CENTRAL.id,
                dateRange: { start: '2000-01-01T00:00:00.000Z', end: '2000-12-31T00:00:00.000Z' },
            });
            expect(inRange.stockLedger.totalItems).toBe(0);
        });

        it('ledgers the stock Vendure moves when a stock location is deleted into a warehouse', async () => {
            const { createStockLocation } = await run(adminClient, WhCreateStockLocationDocument, {
                input: { name: 'Pop-up store' },
            });
            const { variantId } = await createTrackedVariant(adminClient, 'ROUTE-MERGE', [
                { stockLocationId: createStockLocation.id, stockOnHand: 7 },
                ...stock(['CENTRAL', 3]),
            ]);
            const { deleteStockLocation } = await run(adminClient, WhDeleteStockLocationDocument, {
                input: { id: createStockLocation.id, transferToLocationId: w.CENTRAL.stockLocationId },
            });
            expect(deleteStockLocation.result).toBe('DELETED');
            expect((await stockByWarehouse(adminClient, variantId)).CENTRAL.onHand).toBe(10);
            await expectLedgerMatchesStock(adminClient, variantId);
            const { stockLedger } = await run(adminClient, WhStockLedgerDocument, {
                productVariantId: variantId,
                warehouseId: w.CENTRAL.id,
                options: { filter: { type: { eq: 'location_merge' } } },
            });
            expect(stockLedger.items).toEqual([
                expect.objectContaining({ quantity: 7, stockOnHandBefore: 3, stockOnHandAfter: 10 }),
            ]);
        });

        it('lists the stock on hand of a warehouse, searchable by SKU', async () => {
            const { warehouseStockLevels } = await run(adminClient, WhWarehouseStockLevelsDocument, {
                warehouseId: w.CENTRAL.id,
                term: 'zone-a',
            });
            expect(warehouseStockLevels.items).toEqual([
                expect.objectContaining({
                    productVariant: expect.objectContaining({ sku: 'ZONE-A' }),
                    available: 15,
                }),
            ]);
        });
    });

    describe('pick-up availability in the shop API', () => {
        it('is empty until the channel enables it, then lists the pick-up warehouses', async () => {
            const { variantId } = await createTrackedVariant(
                adminClient,
                'PICKUP-1',
                stock(['EU', 4], ['ASIA', 4]),
            );
            const shopper = newShopper();
            expect(
                (await run(shopper, WhPickupAvailabilityDocument, { productVariantId: variantId }))
                    .pickupAvailability,
            ).toEqual([]);
            await run(adminClient, WhUpdateChannelDocument, {
                input: { id: 'T_1', customFields: { warehousePickupAvailability: true } },
            });
            const { pickupAvailability } = await run(shopper, WhPickupAvailabilityDocument, {
                productVariantId: variantId,
            });
            expect(pickupAvailability).toEqual([
                expect.objectContaining({
                    code: 'EU',
                    name: 'Europe branch',
                    stockLevel: 'IN_STOCK',
                    available: true,
                    pickupInstructions: 'Mon-Fri 9-17, gate 2',
                    address: { city: 'Leeds', countryCode: 'GB' },
                }),
            ]);
        });
    });

    describe('permissions and channels', () => {
        it("keeps another channel's warehouses out of sight", async () => {
            const zones = await zoneIds(adminClient);
            const { createChannel } = await run(adminClient, WhCreateChannelDocument, {
                input: {
                    code: 'other-channel',
                    token: 'other-channel-token',
                    defaultLanguageCode: 'en',
                    defaultCurrencyCode: 'USD',
                    pricesIncludeTax: false,
                    defaultShippingZoneId: zones.Americas,
                    defaultTaxZoneId: zones.Americas,
                },
            });
            expect(createChannel.__typename).toBe('Channel');
            adminClient.setChannelToken('other-channel-token');
            try {
                await createWarehouse(adminClient, { code: 'OTHER', name: 'Other channel branch' });
                // The default channel's warehouses are not in this channel: "not found", never "forbidden".
                const { warehouses } = await run(adminClient, WhWarehousesDocument);
                expect(warehouses.items.map(x => x.code)).toEqual(['OTHER']);
                const { warehouse } = await run(adminClient, WhWarehouseDocument, { id: w.EU.id });
                expect(warehouse).toBeNull();
                expect(
                    await expectGraphQLError(adminClient, WhUpdateWarehouseDocument, {
                        input: { id: w.EU.id, priority: 1 },
                    }),
                ).toMatch(/No Warehouse with the id/i);
                expect(
                    await expectGraphQLError(adminClient, WhStockLedgerDocument, {
                        productVariantId: 'T_1',
                        warehouseId: w.EU.id,
                    }),
                ).toMatch(/No Warehouse with the id/i);
            } finally {
                adminClient.setChannelToken(E2E_DEFAULT_CHANNEL_TOKEN);
            }
        });

        it('refuses an administrator without warehouse permissions', async () => {
            const client = new SimpleGraphQLClient(triflowTestConfig(), adminUrl());
            await loginAsAdministratorWithPermissions(adminClient, client, ['ReadCatalog', 'ReadOrder']);
            for (const message of [
                await expectGraphQLError(client, WhWarehousesDocument),
                await expectGraphQLError(client, WhStockLedgerDocument, { productVariantId: 'T_1' }),
                await expectGraphQLError(client, WhCreateWarehouseDocument, {
                    input: { code: 'X', name: 'X' },
                }),
            ]) {
                expect(message).toMatch(/not currently authorized/i);
            }
        });
    });

    function adminUrl(): string {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.adminApiPath}`;
    }
});
