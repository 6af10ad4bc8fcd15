import { RequestContext, VendureEvent } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';

/** A buyer submitted a request; routing is queued once the submitting transaction has committed. */
export class QuoteRequestSubmittedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public request: QuoteRequest,
    ) {
        super();
    }
}
