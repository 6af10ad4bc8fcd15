import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Channel, Customer, Injector, RequestContext, TransactionalConnection } from '@vendure/core';

import { MarketplaceSellerService } from '../../marketplace';
import type { QuoteRequest } from '../entities/quote-request.entity';
import type { Quote } from '../entities/quote.entity';
import { QuoteReceivedEvent } from '../events/quote-received.event';
import { QuoteRequestReachedSellerEvent } from '../events/quote-request-reached-seller.event';

import { quoteReceivedEmailHandler, quoteRequestReachedSellerEmailHandler } from './rfq-email-handlers';

function ctx(): RequestContext {
    return new RequestContext({
        apiType: 'admin',
        channel: new Channel({ code: '__default_channel__', defaultLanguageCode: LanguageCode.en }),
        languageCode: LanguageCode.en,
        isAuthorized: true,
        authorizedAsOwnerOnly: false,
    });
}

// Plain objects: the entity classes' circular relations do not load outside the app.
const request = {
    code: 'RFQ-TEST',
    customerId: 7,
    channelId: 1,
    responseDeadline: new Date('2026-12-07T12:00:00Z'),
    neededBy: null,
    note: null,
} as unknown as QuoteRequest;

function reached(recipients: string[], languageCode: LanguageCode, lineCount = 1) {
    return new QuoteRequestReachedSellerEvent(
        ctx(),
        request,
        3,
        'Rhine',
        Array.from({ length: lineCount }, (_, i) => ({ position: i + 1, label: `P${i}`, quantity: 2 })),
        recipients,
        languageCode,
    );
}

/** An injector whose repositories find `customer` and `channel`, and whose seller service finds "Rhine". */
function injector(customer: Partial<Customer> | null, channel: Partial<Channel> | null): Injector {
    const connection = {
        getRepository: (_ctx: RequestContext, entity: unknown) => ({
            findOne: () =>
                Promise.resolve(entity === Customer ? customer : entity === Channel ? channel : null),
        }),
    };
    const sellers = { findOne: () => Promise.resolve({ name: 'Rhine' }) };
    return {
        get: (token: unknown) =>
            token === TransactionalConnection
                ? connection
                : token === MarketplaceSellerService
                  ? sellers
                  : undefined,
    } as unknown as Injector;
}

describe('RFQ email handlers', () => {
    it('mails every administrator of a reached seller, in English by default', async () => {
        const email = await quoteRequestReachedSellerEmailHandler.handle(
            reached(['a@rhine.test', 'b@rhine.test'], LanguageCode.en),
            { fromAddress: 'noreply@triflow.test' },
            injector(null, null),
        );
        expect(email?.recipient).toBe('a@rhine.test, b@rhine.test');
        expect(email?.templateFile).toBe('body.hbs');
        expect(email?.subject).toContain('{{ code }}');
        expect(email?.templateVars).toMatchObject({ code: 'RFQ-TEST', sellerName: 'Rhine', lineCount: 1 });
    });

    it('writes in Simplified Chinese to a seller whose channel speaks it', async () => {
        const email = await quoteRequestReachedSellerEmailHandler.handle(
            reached(['a@shenzhen.test'], LanguageCode.zh_Hans),
            {},
            injector(null, null),
        );
        expect(email?.templateFile).toBe('body.zh_Hans.hbs');
        expect(email?.subject).toContain('询价单');
    });

    it('sends nothing to a seller without administrators or lines', async () => {
        expect(
            await quoteRequestReachedSellerEmailHandler.handle(
                reached([], LanguageCode.en),
                {},
                injector(null, null),
            ),
        ).toBeUndefined();
        expect(
            await quoteRequestReachedSellerEmailHandler.handle(
                reached(['a@rhine.test'], LanguageCode.en, 0),
                {},
                injector(null, null),
            ),
        ).toBeUndefined();
    });

    it('mails the buyer when a quote arrives, in the language of the request channel', async () => {
        const event = new QuoteReceivedEvent(ctx(), { sellerId: 3, revision: 2 } as Quote, request);
        const email = await quoteReceivedEmailHandler.handle(
            event as QuoteReceivedEvent & { data: never },
            {},
            injector({ emailAddress: 'buyer@x.test' }, { defaultLanguageCode: LanguageCode.zh_Hans }),
        );
        expect(email?.recipient).toBe('buyer@x.test');
        expect(email?.templateFile).toBe('body.zh_Hans.hbs');
        expect(email?.templateVars).toMatchObject({ code: 'RFQ-TEST', sellerName: 'Rhine', revised: true });
    });

    it('writes to the buyer in the notification language the customer chose, over the channel’s', async () => {
        const event = new QuoteReceivedEvent(ctx(), { sellerId: 3, revision: 1 } as Quote, request);
        const send = (notificationLanguage: unknown, channelLanguage: LanguageCode) =>
            quoteReceivedEmailHandler.handle(
                event as QuoteReceivedEvent & { data: never },
                {},
                injector({ emailAddress: 'buyer@x.test', customFields: { notificationLanguage } } as never, {
                    defaultLanguageCode: channelLanguage,
                }),
            );
        expect((await send('zh_Hans', LanguageCode.en))?.templateFile).toBe('body.zh_Hans.hbs');
        expect((await send('en', LanguageCode.zh_Hans))?.templateFile).toBe('body.hbs');
        // Not set, or not a language code: the channel's language.
        expect((await send(null, LanguageCode.zh_Hans))?.templateFile).toBe('body.zh_Hans.hbs');
        expect((await send('klingon', LanguageCode.zh_Hans))?.templateFile).toBe('body.zh_Hans.hbs');
    });

    it('sends the buyer nothing when the customer is gone', async () => {
        const event = new QuoteReceivedEvent(ctx(), { sellerId: 3, revision: 1 } as Quote, request);
        expect(
            await quoteReceivedEmailHandler.handle(
                event as QuoteReceivedEvent & { data: never },
                {},
                injector(null, { defaultLanguageCode: LanguageCode.en }),
            ),
        ).toBeUndefined();
    });
});
