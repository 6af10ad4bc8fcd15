import { RequestContext, VendureEvent } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';
import { Quote } from '../entities/quote.entity';

/** A seller submitted or revised a quote (`quote.revision` says which) for a buyer's request. */
export class QuoteReceivedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public quote: Quote,
        public request: QuoteRequest,
    ) {
        super();
    }
}
