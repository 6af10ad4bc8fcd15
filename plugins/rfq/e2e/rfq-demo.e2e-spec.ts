import { EventBus, RequestContextService } from '@vendure/core';

import { discoverDemoSeeders } from '../../../src/demo/seed-demo-data';
import { createTriflowTestEnvironment, eventually, run, startTestServer } from '../../../src/testing/helpers';
import { demoSeeder } from '../demo';
import { QuoteRequestReachedSellerEvent } from '../index';

import { RfqDemoRequestsDocument, RfqDemoSellersDocument, RfqLoginDocument } from './graphql/generated-admin';
import { newAdminClient } from './rfq-e2e-helpers';

describe('RFQ demo data', () => {
    const env = createTriflowTestEnvironment();

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('seeds an open request with a revised quote and a closed one, once, routed to the sellers who carry the parts', async () => {
        const reached: QuoteRequestReachedSellerEvent[] = [];
        env.server.app
            .get(EventBus)
            .ofType(QuoteRequestReachedSellerEvent)
            .subscribe(e => reached.push(e));
        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        // The marketplace demo's sellers and offers first (found as `npm start` finds it: plugins meet only
        // through their index.ts).
        const marketplaceDemo = discoverDemoSeeders().find(s => s.name === 'marketplace')!;
        await marketplaceDemo.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);

        const { quoteRequests } = await run(env.adminClient, RfqDemoRequestsDocument);
        expect(quoteRequests.totalItems).toBe(2);
        const [open, closed] = quoteRequests.items;
        expect(open.state).toBe('submitted');
        expect(open.buyer).toEqual({ name: 'Lin Wei 林伟', emailAddress: 'parts.buyer@triflow.demo' });
        // The test catalogue has the 15-inch laptop (L2201508, offered by Rhine and Thames) but no Corsair memory
        // offers: that line and the part nobody carries stay unrouted.
        expect(open.lines.map(l => [l.sku, l.partNumber, l.quantity, l.routed])).toEqual([
            ['L2201508', null, 5, true],
            [null, 'cmk32gx4m2ac08', 10, false],
            [null, 'XJ-9000-Q', 2, false],
        ]);
        expect(open.lines[0].productName).toBeTruthy();
        expect(open.unroutedLines.map(l => l.partNumber)).toEqual(['cmk32gx4m2ac08', 'XJ-9000-Q']);
        // The buyer's drawing of the part nobody carries: a PDF made in code, stored as a hidden asset.
        expect(open.attachments).toEqual([
            {
                fileName: 'XJ-9000-Q cooling fan spec.pdf',
                mimeType: 'application/pdf',
                fileSize: expect.any(Number),
            },
        ]);
        expect(open.attachments[0].fileSize).toBeGreaterThan(400);
        expect(closed.attachments).toEqual([]);
        expect(open.routings.map(r => r.sellerName).sort()).toEqual([
            'Rhine Industrial Supply 莱茵工业供应',
            'Thames Office Parts 泰晤士办公配件',
        ]);
        expect(open.routings.every(r => r.matchedBy === 'variant')).toBe(true);
        // Rhine quoted, then revised 4 % lower; Thames has not answered.
        expect(open.quotes).toHaveLength(1);
        const rhine = open.quotes[0];
        expect(rhine).toMatchObject({
            sellerName: 'Rhine Industrial Supply 莱茵工业供应',
            state: 'submitted',
        });
        expect(rhine.revision).toBe(2);
        expect(rhine.history.map(h => h.revision)).toEqual([1, 2]);
        expect(rhine.history[1].unitPrice).toBeLessThan(rhine.history[0].unitPrice);
        expect(rhine.lines).toEqual([{ unitPrice: rhine.history[1].unitPrice, quantity: 5 }]);
        expect(rhine.note).toContain('修订');

        expect(closed.state).toBe('closed');
        expect(closed.quotes.map(q => [q.sellerName, q.state]).sort()).toEqual([
            ['Rhine Industrial Supply 莱茵工业供应', 'declined'],
            ['Thames Office Parts 泰晤士办公配件', 'expired'],
        ]);
        expect(closed.quotes.find(q => q.state === 'declined')!.declineReason).toContain('五台');

        // The seller email's event: per request, one per reached seller, to its administrators, with its lines.
        await eventually(
            () => reached.length,
            n => n >= 4,
        );
        expect(
            reached
                .map(e => [
                    e.request.code,
                    e.sellerName,
                    e.recipients,
                    e.lines.map(l => [l.position, l.quantity]),
                ])
                .sort(
                    (a, b) =>
                        String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
                ),
        ).toEqual(
            [
                [open.code, 'Rhine Industrial Supply 莱茵工业供应', ['seller-rhine@triflow.local'], [[1, 5]]],
                [open.code, 'Thames Office Parts 泰晤士办公配件', ['seller-thames@triflow.local'], [[1, 5]]],
                [
                    closed.code,
                    'Rhine Industrial Supply 莱茵工业供应',
                    ['seller-rhine@triflow.local'],
                    [[1, 2]],
                ],
                [
                    closed.code,
                    'Thames Office Parts 泰晤士办公配件',
                    ['seller-thames@triflow.local'],
                    [[1, 2]],
                ],
            ].sort(
                (a, b) =>
                    String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
            ),
        );
        expect(reached[0].lines[0].label).toContain('L2201508');

        // Rhine's administrator sees both requests (routed to it), only its own quote, and not the buyer.
        const { marketplaceSellers } = await run(env.adminClient, RfqDemoSellersDocument);
        const rhineSeller = marketplaceSellers.items.find(s => s.name.startsWith('Rhine'))!;
        const client = newAdminClient();
        client.setChannelToken(rhineSeller.channel.token);
        await run(client, RfqLoginDocument, {
            username: 'seller-rhine@triflow.local',
            password: 'seller-demo-1',
        });
        const asRhine = (await run(client, RfqDemoRequestsDocument)).quoteRequests;
        expect(asRhine.totalItems).toBe(2);
        expect(asRhine.items[0].buyer).toBeNull();
        expect(asRhine.items[1].quotes.map(q => q.state)).toEqual(['declined']);
    });
});
