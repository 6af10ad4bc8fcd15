import { RequestContextService } from '@vendure/core';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { demoSeeder } from '../demo';

import { WhDemoCountsDocument } from './graphql/generated-admin';
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
});
