import { RequestContext, VendureEvent } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';

/** A submitted request has had no quote for `unansweredAfterHours` (published once per request). */
export class QuoteRequestUnansweredEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public request: QuoteRequest,
    ) {
        super();
    }
}
