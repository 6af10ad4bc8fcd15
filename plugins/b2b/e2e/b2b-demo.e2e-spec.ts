import { RequestContextService } from '@vendure/core';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { demoSeeder } from '../demo';
import { DEMO_DEALER_PASSWORD } from '../demo/company-demo';

import { CompanyCountDocument, PriceListCountDocument } from './graphql/generated-admin';
import { ActiveCompanyDocument, DealerAddToCartDocument } from './graphql/generated-shop';

describe('B2B demo data', () => {
    const env = createTriflowTestEnvironment();

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('seeds the dealer network idempotently, with a working dealer login', async () => {
        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        await demoSeeder.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);
        expect((await run(env.adminClient, CompanyCountDocument)).companies.totalItems).toBe(3);
        expect((await run(env.adminClient, PriceListCountDocument)).priceLists.totalItems).toBe(3);
        expect(demoSeeder.logins?.[0].login).toBe(`dealer.buyer@triflow.demo / ${DEMO_DEALER_PASSWORD}`);

        await env.shopClient.asUserWithCredentials('dealer.buyer@triflow.demo', DEMO_DEALER_PASSWORD);
        const { activeCompany } = await run(env.shopClient, ActiveCompanyDocument);
        expect(activeCompany).toMatchObject({ code: 'east-china-dist', tier: 'gold', myRole: 'buyer' });
        // Gold: 8 % off 1299.00 from 1, 12 % from 10
        const { addItemToOrder } = await run(env.shopClient, DealerAddToCartDocument, {
            variantId: 'T_1',
            quantity: 10,
        });
        if (!('lines' in addItemToOrder)) {
            throw new Error(addItemToOrder.message);
        }
        expect(addItemToOrder.lines[0].unitPrice).toBe(114312);
    });
});
