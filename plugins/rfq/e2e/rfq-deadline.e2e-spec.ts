import { EventBus, RequestContextService } from '@vendure/core';

import {
    createTriflowTestEnvironment,
    getTestCustomers,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { QuoteReceivedEvent, QuoteRequestUnansweredEvent, QuoteService, RfqPlugin } from '../index';

import { RfqAdminRequestDocument, RfqSubmitQuoteDocument } from './graphql/generated-admin';
import {
    RfqAcceptQuoteDocument,
    RfqCreateRequestDocument,
    RfqSubmitRequestDocument,
} from './graphql/generated-shop';
import { approvedSeller, createOffer, eventually, inAWeek, RfqSeller } from './rfq-e2e-helpers';

/** Deadlines: the scheduled task closes requests and expires quotes; quiet requests and new quotes publish events. */
describe('RFQ deadlines and events', () => {
    const env = createTriflowTestEnvironment();
    // After the config above registered the plugin: "unanswered" after a fraction of a second, for this spec.
    RfqPlugin.init({ unansweredAfterHours: 0.0001 });
    const { adminClient, shopClient } = env;
    let a: RfqSeller;
    const received: QuoteReceivedEvent[] = [];
    const unanswered: QuoteRequestUnansweredEvent[] = [];

    async function submitted(deadline: string) {
        const { createQuoteRequest } = await run(shopClient, RfqCreateRequestDocument, {
            input: { lines: [{ productVariantId: 'T_3', quantity: 2 }], responseDeadline: deadline },
        });
        await run(shopClient, RfqSubmitRequestDocument, { id: createQuoteRequest.id });
        await eventually(async () => {
            const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, {
                id: createQuoteRequest.id,
            });
            return quoteRequest?.routedAt ? true : undefined;
        });
        return createQuoteRequest;
    }

    async function runDeadlines() {
        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        return env.server.app.get(QuoteService).runDeadlines(ctx);
    }

    beforeAll(async () => {
        await startTestServer(env);
        const eventBus = env.server.app.get(EventBus);
        eventBus.ofType(QuoteReceivedEvent).subscribe(e => received.push(e));
        eventBus.ofType(QuoteRequestUnansweredEvent).subscribe(e => unanswered.push(e));
        a = await approvedSeller(shopClient, adminClient, 'deadline-a');
        await createOffer(adminClient, { sellerId: a.id, productVariantId: 'T_3', price: 30000 });
        const [customer] = await getTestCustomers(adminClient);
        await loginAsCustomer(shopClient, customer.emailAddress);
    }, 300_000);

    afterAll(async () => {
        await env.server.destroy();
    });

    it('closes a request past its deadline and expires its quotes; late quotes are refused', async () => {
        const soon = await submitted(new Date(Date.now() + 2500).toISOString());
        const { submitQuote } = await run(a.client, RfqSubmitQuoteDocument, {
            input: {
                requestId: soon.id,
                lines: [
                    {
                        requestLineId: soon.lines[0].id,
                        unitPrice: 100,
                        quantity: 2,
                        quantityAvailable: 2,
                        leadTimeDays: 1,
                    },
                ],
            },
        });
        expect(submitQuote.__typename).toBe('Quote');
        const quoteId = (submitQuote as { id: string }).id;
        await eventually(() =>
            Promise.resolve(received.some(e => `T_${String(e.quote.requestId)}` === soon.id) || undefined),
        );
        // Wait out the deadline (no assertion on time: the request is simply past it now).
        await new Promise(resolve => setTimeout(resolve, 3000));
        const { submitQuote: late } = await run(a.client, RfqSubmitQuoteDocument, {
            input: {
                requestId: soon.id,
                lines: [
                    {
                        requestLineId: soon.lines[0].id,
                        unitPrice: 90,
                        quantity: 2,
                        quantityAvailable: 2,
                        leadTimeDays: 1,
                    },
                ],
            },
        });
        expect(late).toMatchObject({ errorCode: 'QUOTE_DEADLINE_PASSED_ERROR' });
        const outcome = await runDeadlines();
        expect(outcome.closed).toBeGreaterThanOrEqual(1);
        const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, { id: soon.id });
        expect(quoteRequest).toMatchObject({ state: 'closed', quotes: [{ state: 'expired' }] });
        const { acceptQuote } = await run(shopClient, RfqAcceptQuoteDocument, { quoteId });
        expect(acceptQuote).toMatchObject({ errorCode: 'QUOTE_UNAVAILABLE_ERROR', reason: 'expired' });
    });

    it('publishes QuoteRequestUnansweredEvent once for a request without quotes', async () => {
        const quiet = await submitted(inAWeek());
        await new Promise(resolve => setTimeout(resolve, 1000));
        await runDeadlines();
        await runDeadlines();
        const forQuiet = await eventually(() => {
            const hits = unanswered.filter(e => `T_${String(e.request.id)}` === quiet.id);
            return Promise.resolve(hits.length ? hits : undefined);
        });
        expect(forQuiet).toHaveLength(1);
        const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, { id: quiet.id });
        expect(quoteRequest?.state).toBe('submitted');
    });
});
