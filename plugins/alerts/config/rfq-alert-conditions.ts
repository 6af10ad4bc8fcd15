import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { Injector, RequestContext, TransactionalConnection } from '@vendure/core';

import {
    Quote,
    QuoteRequest,
    QuoteRequestState,
    QuoteRequestUnansweredEvent,
    QuoteService,
    RFQ_PLUGIN_OPTIONS,
    RfqPluginOptions,
} from '../../rfq';

import { AlertConditionDef, onEvent } from './alert-condition';

/**
 * The channel's request if it is still submitted and no seller answered it (no quote, nor a decline: the RFQ
 * plugin counts either as an answer). Read from the repository, not through `QuoteRequestService.findOneForAdmin`,
 * which shows requests only to an administrator with `ReadQuoteRequest` and alert checks run without a user.
 */
async function unansweredRequest(
    c: { ctx: RequestContext; injector: Injector },
    id: ID,
): Promise<QuoteRequest | undefined> {
    const connection = c.injector.get(TransactionalConnection);
    const request = await connection
        .getRepository(c.ctx, QuoteRequest)
        .findOne({ where: { id, channelId: c.ctx.channelId } });
    if (!request || request.state !== QuoteRequestState.Submitted) {
        return undefined;
    }
    const quotes = await connection.getRepository(c.ctx, Quote).count({ where: { requestId: request.id } });
    return quotes ? undefined : request;
}

const HOUR = 3_600_000;

/** The rule's hours, or (a rule without its own) the RFQ plugin's `unansweredAfterHours`. */
function unansweredHours(c: { injector: Injector; args: { hours?: number } }): number {
    const own = c.args.hours;
    if (typeof own === 'number' && Number.isFinite(own) && own > 0) {
        return own;
    }
    return c.injector.get<RfqPluginOptions>(RFQ_PLUGIN_OPTIONS).unansweredAfterHours ?? 24;
}

/** Whether the request was submitted more than the rule's hours before `now`. */
function waitedLongEnough(
    request: QuoteRequest,
    c: { injector: Injector; args: { hours?: number }; now: Date },
): boolean {
    return (
        !!request.submittedAt && request.submittedAt.getTime() < c.now.getTime() - unansweredHours(c) * HOUR
    );
}

/**
 * A submitted quote request has had no quote for N hours (the rule's `hours`, else the RFQ plugin's
 * `unansweredAfterHours`): at once on the RFQ plugin's `QuoteRequestUnansweredEvent` (checked in the request's
 * channel, whichever channel the deadline task published it in), and by the scan for any N in each rule's channel.
 * Resolves itself once a seller answers it (a quote or a decline), or the request is closed or cancelled.
 */
export const quoteRequestUnansweredCondition = new AlertConditionDef({
    code: 'rfq-quote-request-unanswered',
    description: [
        { languageCode: LanguageCode.en, value: 'Quote request unanswered' },
        { languageCode: LanguageCode.zh_Hans, value: '询价请求无人报价' },
    ],
    args: {
        hours: {
            type: 'int',
            required: false,
            ui: { component: 'number-form-input', min: 1 },
            label: [
                { languageCode: LanguageCode.en, value: 'Hours without a quote' },
                { languageCode: LanguageCode.zh_Hans, value: '无人报价的小时数' },
            ],
            description: [
                {
                    languageCode: LanguageCode.en,
                    value: "Empty: the RFQ plugin's unansweredAfterHours (24 by default)",
                },
                {
                    languageCode: LanguageCode.zh_Hans,
                    value: '留空：使用询价插件的 unansweredAfterHours（默认 24 小时）',
                },
            ],
        },
    },
    events: [
        onEvent(QuoteRequestUnansweredEvent, e => ({ id: e.request.id, channelIds: [e.request.channelId] })),
    ],
    async scan(c) {
        return c.injector
            .get(QuoteService)
            .findUnansweredIds(c.ctx, new Date(c.now.getTime() - unansweredHours(c) * HOUR));
    },
    async check(c, id) {
        const request = await unansweredRequest(c, id);
        if (!request || !waitedLongEnough(request, c)) {
            return undefined;
        }
        const hours = request.submittedAt
            ? Math.floor((c.now.getTime() - request.submittedAt.getTime()) / HOUR)
            : 0;
        return {
            type: 'QuoteRequest',
            id: request.id,
            label: request.code,
            link: `/quote-requests/${String(request.id)}`,
            message: {
                en: `Quote request ${request.code} has had no quote for ${hours} hours.`,
                zh_Hans: `询价请求 ${request.code} 已 ${hours} 小时无人报价。`,
            },
        };
    },
    async stillHolds(c, id) {
        const request = await unansweredRequest(c, id);
        return !!request && waitedLongEnough(request, c);
    },
});

/** The conditions on the RFQ plugin's events; registered only when `RfqPlugin` is installed. */
export const rfqAlertConditions: AlertConditionDef[] = [quoteRequestUnansweredCondition];
