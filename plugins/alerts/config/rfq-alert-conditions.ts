import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { Injector, RequestContext, TransactionalConnection } from '@vendure/core';

import { Quote, QuoteRequest, QuoteRequestState, QuoteRequestUnansweredEvent } from '../../rfq';

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

/**
 * A submitted quote request has had no quote for the RFQ plugin's `unansweredAfterHours`
 * (`QuoteRequestUnansweredEvent`). Resolves itself once a seller answers it (a quote or a decline), or the request
 * is closed or cancelled.
 */
export const quoteRequestUnansweredCondition = new AlertConditionDef({
    code: 'rfq-quote-request-unanswered',
    description: [
        { languageCode: LanguageCode.en, value: 'Quote request unanswered' },
        { languageCode: LanguageCode.zh_Hans, value: '询价请求无人报价' },
    ],
    args: {},
    events: [onEvent(QuoteRequestUnansweredEvent, e => ({ id: e.request.id }))],
    async check(c, id) {
        const request = await unansweredRequest(c, id);
        if (!request) {
            return undefined;
        }
        const hours = request.submittedAt
            ? Math.floor((c.now.getTime() - request.submittedAt.getTime()) / 3_600_000)
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
        return !!(await unansweredRequest(c, id));
    },
});

/** The conditions on the RFQ plugin's events; registered only when `RfqPlugin` is installed. */
export const rfqAlertConditions: AlertConditionDef[] = [quoteRequestUnansweredCondition];
