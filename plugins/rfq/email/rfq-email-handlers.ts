import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Channel, Customer, Injector, TransactionalConnection } from '@vendure/core';
// From its own module: the package's index loads the whole email plugin (mjml and its HTML tools, some 1,150
// modules), which only a running platform needs (see src/platform-config.ts).
import { EmailEventListener } from '@vendure/email-plugin/lib/src/event-listener';

import { MarketplaceSellerService } from '../../marketplace';
import { QuoteReceivedEvent } from '../events/quote-received.event';
import { QuoteRequestReachedSellerEvent } from '../events/quote-request-reached-seller.event';

/**
 * To the administrators of each seller a request reached: its lines, the deadline, where to answer. In the
 * language of the seller's channel (English or Simplified Chinese). Templates:
 * `static/email/templates/rfq-request-reached-seller/body.hbs` and `body.zh_Hans.hbs`.
 */
export const quoteRequestReachedSellerEmailHandler = new EmailEventListener('rfq-request-reached-seller')
    .on(QuoteRequestReachedSellerEvent)
    .filter(event => event.recipients.length > 0 && event.lines.length > 0)
    .setRecipient(event => event.recipients.join(', '))
    .setLanguageCode(event => event.languageCode)
    .setFrom('{{ fromAddress }}')
    .setSubject('Request for quotation {{ code }}: {{ lineCount }} part(s) you carry')
    .addTemplate({
        channelCode: 'default',
        languageCode: LanguageCode.zh_Hans,
        templateFile: 'body.zh_Hans.hbs',
        subject: '询价单 {{ code }}：您经营的 {{ lineCount }} 个零件',
    })
    .setTemplateVars(event => ({
        code: event.request.code,
        sellerName: event.sellerName,
        lines: event.lines,
        lineCount: event.lines.length,
        responseDeadline: event.request.responseDeadline.toISOString().slice(0, 16).replace('T', ' '),
        neededBy: event.request.neededBy?.toISOString().slice(0, 10) ?? null,
        note: event.request.note,
    }))
    .setMockEvent({
        request: {
            code: 'RFQ-0A1B2C3D4E',
            responseDeadline: new Date('2026-12-07T12:00:00Z'),
            neededBy: new Date('2026-12-21T00:00:00Z'),
            note: 'Maintenance of line 3 in week 50 · 第 50 周 3 号线检修',
        },
        sellerName: 'Rhine Industrial Supply 莱茵工业供应',
        lines: [{ position: 1, label: 'L2201508 Laptop 15 inch 8GB', quantity: 5 }],
        recipients: ['seller-rhine@triflow.local'],
        languageCode: LanguageCode.en,
    } as unknown as QuoteRequestReachedSellerEvent);

/** What the buyer's "quote received" email needs, read when the event is handled. */
export interface QuoteReceivedEmailData {
    emailAddress: string;
    sellerName: string;
    languageCode: LanguageCode;
}

/**
 * The language the customer chose for notifications: the Customer custom field `notificationLanguage` (added by
 * the logistics plugin, a field of the public Customer type), if that plugin is installed and the value is a
 * language code; else undefined.
 */
function chosenLanguage(customer: Customer): LanguageCode | undefined {
    const chosen = (customer.customFields as { notificationLanguage?: unknown } | undefined)
        ?.notificationLanguage;
    return typeof chosen === 'string' && (Object.values(LanguageCode) as string[]).includes(chosen)
        ? (chosen as LanguageCode)
        : undefined;
}

/**
 * The buyer's address, the seller's name and the buyer's language: the customer's `notificationLanguage` when
 * set, else the default language of the request's channel. Throws when the buyer is
 * gone (the EmailPlugin then logs it and sends nothing: its filters run before the data is loaded).
 */
export async function loadQuoteReceivedEmailData(
    event: QuoteReceivedEvent,
    injector: Injector,
): Promise<QuoteReceivedEmailData> {
    const connection = injector.get(TransactionalConnection);
    const customer = await connection
        .getRepository(event.ctx, Customer)
        .findOne({ where: { id: event.request.customerId } });
    const channel = await connection
        .getRepository(event.ctx, Channel)
        .findOne({ where: { id: event.request.channelId } });
    if (!customer) {
        throw new Error(`RFQ: the buyer of request ${event.request.code} is gone; no quote email sent`);
    }
    const seller = await injector.get(MarketplaceSellerService).findOne(event.ctx, event.quote.sellerId);
    return {
        emailAddress: customer.emailAddress,
        sellerName: seller?.name ?? '',
        languageCode: chosenLanguage(customer) ?? channel?.defaultLanguageCode ?? LanguageCode.en,
    };
}

/**
 * To the buyer when a seller quotes or revises a quote on the buyer's request (in the customer's
 * `notificationLanguage`, else the language of the request's channel). Templates: `static/email/templates/rfq-quote-received/body.hbs` and `body.zh_Hans.hbs`.
 */
export const quoteReceivedEmailHandler = new EmailEventListener('rfq-quote-received')
    .on(QuoteReceivedEvent)
    .loadData(({ event, injector }) => loadQuoteReceivedEmailData(event, injector))
    .setRecipient(event => event.data.emailAddress)
    .setLanguageCode(event => event.data.languageCode)
    .setFrom('{{ fromAddress }}')
    .setSubject('A quote arrived for your request {{ code }}')
    .addTemplate({
        channelCode: 'default',
        languageCode: LanguageCode.zh_Hans,
        templateFile: 'body.zh_Hans.hbs',
        subject: '您的询价单 {{ code }} 收到了新报价',
    })
    .setTemplateVars(event => ({
        code: event.request.code,
        sellerName: event.data.sellerName,
        revision: event.quote.revision,
        revised: event.quote.revision > 1,
    }))
    .setMockEvent({
        request: { code: 'RFQ-0A1B2C3D4E' },
        quote: { revision: 2 },
        data: {
            emailAddress: 'parts.buyer@triflow.demo',
            sellerName: 'Rhine Industrial Supply 莱茵工业供应',
            languageCode: LanguageCode.en,
        },
    } as unknown as QuoteReceivedEvent & { data: QuoteReceivedEmailData });

/** The RFQ emails, for `EmailPlugin.init({ handlers: [...defaultEmailHandlers, ...rfqEmailHandlers] })`. */
export const rfqEmailHandlers = [quoteRequestReachedSellerEmailHandler, quoteReceivedEmailHandler];
