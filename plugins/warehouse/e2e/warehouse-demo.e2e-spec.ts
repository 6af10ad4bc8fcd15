import { RequestContextService } from '@vendure/core';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { demoSeeder } from '../demo';

import { DEMO_CLICK_AND_COLLECT_CODE, DEMO_PICKUP_BUYER } from '../demo/warehouse-demo';

import {
    WhDemoCountsDocument,
    WhDemoPickupOrderDocument,
    WhOrderPickupWarehouseDocument,
} from './graphql/generated-admin';
import { expectLedgerMatchesStock } from './warehouse-e2e-helpers';

describe('Warehouse demo data', () => {
    const env = createTriflowTestEnvironment();

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('seeds a central and two branch warehouses with documents, once', async () => {
        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        await demoSeeder.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);
        const counts = await run(env.adminClient, WhDemoCountsDocument);
        expect(counts.warehouses.items.map(w => [w.code, w.pickupPoint])).toEqual(
            expect.arrayContaining([
                ['SH-CENTRAL', false],
                ['LDN-BRANCH', true],
                ['BJ-BRANCH', true],
            ]),
        );
        expect(counts.warehouses.totalItems).toBe(3);
        expect(counts.suppliers.totalItems).toBe(2);
        expect(counts.purchaseOrders.items.map(p => p.state).sort()).toEqual([
            'partially_received',
            'received',
        ]);
        expect(counts.stockTransfers.items.map(t => t.state).sort()).toEqual(['in_transit', 'received']);
        expect(counts.reorderPoints.items.filter(p => p.belowMinimum)).toHaveLength(1);
        for (const variantId of ['T_1', 'T_2', 'T_3', 'T_4']) {
            await expectLedgerMatchesStock(env.adminClient, variantId);
        }
    });

    it('seeds a click-and-collect method, in English and Chinese, and a paid order to collect in London', async () => {
        const { orders, shippingMethods } = await run(env.adminClient, WhDemoPickupOrderDocument, {
            lastName: 'Bennett',
        });
        expect(shippingMethods.items).toHaveLength(1);
        expect(
            Object.fromEntries(shippingMethods.items[0].translations.map(t => [t.languageCode, t.name])),
        ).toEqual({ en: 'Click and collect', zh_Hans: '门店自提' });
        expect(orders.items).toEqual([
            expect.objectContaining({
                state: 'PaymentAuthorized',
                customer: { emailAddress: DEMO_PICKUP_BUYER },
                shippingLines: [{ shippingMethod: { code: DEMO_CLICK_AND_COLLECT_CODE } }],
            }),
        ]);
        const { orderPickupWarehouse } = await run(env.adminClient, WhOrderPickupWarehouseDocument, {
            orderId: orders.items[0].id,
        });
        expect(orderPickupWarehouse).toMatchObject({ code: 'LDN-BRANCH' });
    });
});
