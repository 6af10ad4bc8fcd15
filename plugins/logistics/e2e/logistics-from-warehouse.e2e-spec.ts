import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    LgCreateCarrierDocument,
    LgCreateWarehouseDocument,
    LgReceiveGoodsDocument,
    LgSetShipmentWarehouseDocument,
    LgShipmentWarehouseDocument,
    LgStockLocationsDocument,
    LgTrackInventoryDocument,
    LgVariantStockLevelsDocument,
} from './graphql/generated-admin';
import { adminOrder, placeOrder, shipWithCarrier } from './logistics-e2e-helpers';

describe('Logistics: the warehouse a shipment leaves from', () => {
    const { server, adminClient, shopClient } = createTriflowTestEnvironment();
    const otherAdmin = createTriflowTestEnvironment().adminClient;
    let shipmentId: string;
    let north: { stockLocationId: string; code: string };
    let other: { id: string; name: string };

    beforeAll(async () => {
        await startTestServer({ server, adminClient, shopClient });
        const { createCarrier } = await run(adminClient, LgCreateCarrierDocument, {
            input: { code: 'van', name: 'Van', adapterCode: 'manual' },
        });
        expect(createCarrier.__typename).toBe('Carrier');
        const { createWarehouse } = await run(adminClient, LgCreateWarehouseDocument, {
            input: { code: 'WH-NORTH', name: 'North hub' },
        });
        if (createWarehouse.__typename !== 'Warehouse') {
            throw new Error(JSON.stringify(createWarehouse));
        }
        north = { stockLocationId: createWarehouse.stockLocationId, code: createWarehouse.code };
        // Vendure records Allocation stock movements only for variants that track inventory; the only stock of
        // T_2 is in the north hub.
        await run(adminClient, LgTrackInventoryDocument, { id: 'T_2' });
        const { receiveGoods } = await run(adminClient, LgReceiveGoodsDocument, {
            warehouseId: createWarehouse.id,
            productVariantId: 'T_2',
            quantity: 5,
        });
        expect(receiveGoods.__typename).toBe('GoodsReceipt');
        const { stockLocations } = await run(adminClient, LgStockLocationsDocument);
        other = stockLocations.items.find(l => l.id !== north.stockLocationId)!;
    });

    afterAll(async () => {
        await server.destroy();
    });

    it('a created shipment leaves from the stock location its order line was allocated from', async () => {
        const code = await placeOrder(shopClient, 'T_2', 'from-warehouse@triflow.test');
        const { productVariant } = await run(adminClient, LgVariantStockLevelsDocument, { id: 'T_2' });
        const allocatedAt = productVariant!.stockLevels.filter(l => l.stockAllocated > 0);
        expect(allocatedAt.map(l => l.stockLocationId)).toEqual([north.stockLocationId]);

        const fulfillment = await shipWithCarrier(adminClient, code, 'van', 'VAN-1');
        expect(fulfillment.__typename).toBe('Fulfillment');
        shipmentId = (await adminOrder(adminClient, code)).shipments[0].id;
        const { shipment } = await run(adminClient, LgShipmentWarehouseDocument, { id: shipmentId });
        expect(shipment!.fromStockLocationId).toBe(north.stockLocationId);
        expect(shipment!.fromWarehouse).toEqual({
            stockLocationId: north.stockLocationId,
            name: 'North hub',
            code: 'WH-NORTH',
        });
    });

    it('staff change it to another stock location (no warehouse: no code)', async () => {
        const { setShipmentWarehouse } = await run(adminClient, LgSetShipmentWarehouseDocument, {
            shipmentId,
            stockLocationId: other.id,
        });
        expect(setShipmentWarehouse.fromWarehouse).toEqual({
            stockLocationId: other.id,
            name: other.name,
            code: null,
        });
        const { shipment } = await run(adminClient, LgShipmentWarehouseDocument, { id: shipmentId });
        expect(shipment!.fromStockLocationId).toBe(other.id);
    });

    it('refuses an unknown stock location and leaves the shipment as it was', async () => {
        expect(
            await expectGraphQLError(adminClient, LgSetShipmentWarehouseDocument, {
                shipmentId,
                stockLocationId: 'T_9999',
            }),
        ).toContain('No stock location with id');
        const { shipment } = await run(adminClient, LgShipmentWarehouseDocument, { id: shipmentId });
        expect(shipment!.fromStockLocationId).toBe(other.id);
    });

    it('refuses an unknown shipment', async () => {
        expect(
            await expectGraphQLError(adminClient, LgSetShipmentWarehouseDocument, {
                shipmentId: 'T_9999',
                stockLocationId: north.stockLocationId,
            }),
        ).toContain('No Shipment with the id');
    });

    it('needs UpdateShipment: a reader sees the warehouse but cannot change it', async () => {
        await loginAsAdministratorWithPermissions(adminClient, otherAdmin, ['ReadShipment']);
        const { shipment } = await run(otherAdmin, LgShipmentWarehouseDocument, { id: shipmentId });
        expect(shipment!.fromWarehouse?.name).toBe(other.name);
        expect(
            await expectGraphQLError(otherAdmin, LgSetShipmentWarehouseDocument, {
                shipmentId,
                stockLocationId: null,
            }),
        ).toContain('not currently authorized');

        await loginAsAdministratorWithPermissions(adminClient, otherAdmin, [
            'ReadShipment',
            'UpdateShipment',
        ]);
        const { setShipmentWarehouse } = await run(otherAdmin, LgSetShipmentWarehouseDocument, {
            shipmentId,
            stockLocationId: null,
        });
        expect(setShipmentWarehouse).toEqual({
            id: shipmentId,
            fromStockLocationId: null,
            fromWarehouse: null,
        });
    });
});
