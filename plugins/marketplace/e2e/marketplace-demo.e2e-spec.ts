import { RequestContextService } from '@vendure/core';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { demoSeeder } from '../demo';

import {
    MarketplaceDemoCountsDocument,
    MarketplaceLoginDocument,
    MktPayoutBatchesDocument,
} from './graphql/generated-admin';
import { VariantOffersDocument } from './graphql/generated-shop';
import { newAdminClient } from './marketplace-e2e-helpers';

describe('Marketplace demo data', () => {
    const env = createTriflowTestEnvironment();

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('seeds three approved sellers with overlapping offers and one pending application, once', async () => {
        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        await demoSeeder.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);
        const { marketplaceSellers, offers } = await run(env.adminClient, MarketplaceDemoCountsDocument);
        expect(marketplaceSellers.items.map(s => s.status)).toEqual([
            'approved',
            'approved',
            'approved',
            'pending',
        ]);
        // The test catalogue has only two laptop variants of the sample catalogue's SKUs: L2201308 (T_1), which the
        // demo leaves without offers (the storefront replay buys it at the catalogue price), and L2201508 (T_2).
        expect(offers.items.filter(o => o.productVariantId === 'T_1')).toHaveLength(0);
        expect(offers.items.filter(o => o.productVariantId === 'T_2')).toHaveLength(2);
        expect(offers.totalItems).toBe(2);

        const { product } = await run(env.shopClient, VariantOffersDocument, { productId: 'T_1' });
        expect(product!.variants[0].buyBox).toBeNull();
        // sold out at Thames: only Rhine's 15-inch offer shows, and holds the buy box
        expect(product!.variants[1].offers.map(o => o.seller.name)).toEqual([
            'Rhine Industrial Supply 莱茵工业供应',
        ]);
        expect(product!.variants[1].buyBox).toMatchObject({
            price: 135000,
            seller: { name: 'Rhine Industrial Supply 莱茵工业供应' },
        });

        // Opening balances: paid out to the first seller, pending for the operator for the second (once).
        const { sellerPayoutBatches } = await run(env.adminClient, MktPayoutBatchesDocument, {
            options: { sort: { id: 'ASC' } },
        });
        expect(sellerPayoutBatches.items.map(b => [b.sellerId, b.amount, b.state, b.reference])).toEqual([
            [marketplaceSellers.items[0].id, 128000, 'paid', 'DEMO-TRANSFER-0001'],
            [marketplaceSellers.items[1].id, 56050, 'pending', null],
        ]);

        const demoLogin = demoSeeder.logins![0].login.split(' / ');
        const client = newAdminClient();
        client.setChannelToken(marketplaceSellers.items[0].channel.token);
        const { login } = await run(client, MarketplaceLoginDocument, {
            username: demoLogin[0],
            password: demoLogin[1],
        });
        expect(login.__typename).toBe('CurrentUser');
    });
});
