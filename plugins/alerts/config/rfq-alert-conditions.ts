import { LanguageCode } from '@vendure/common/lib/generated-types';

import { QuoteRequestService, QuoteRequestState, QuoteRequestUnansweredEvent } from '../../rfq';

import { AlertConditionDef, onEvent } from './alert-condition';

/**
 * A submitted quote request has had no quote for the RFQ plugin's `unansweredAfterHours`
 * (`QuoteRequestUnansweredEvent`). Resolves itself once the request is closed or cancelled.
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
        const request = await c.injector.get(QuoteRequestService).findOneForAdmin(c.ctx, id);
        if (!request || request.state !== QuoteRequestState.Submitted) {
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
        const request = await c.injector.get(QuoteRequestService).findOneForAdmin(c.ctx, id);
        return !!request && request.state === QuoteRequestState.Submitted;
    },
});

/** The conditions on the RFQ plugin's events; registered only when `RfqPlugin` is installed. */
export const rfqAlertConditions: AlertConditionDef[] = [quoteRequestUnansweredCondition];
