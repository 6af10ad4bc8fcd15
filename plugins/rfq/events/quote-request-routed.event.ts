import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, VendureEvent } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';

/**
 * Routing finished. `linesBySeller`: the sellers this run reached, each with the lines newly routed to it (a
 * retried or repeated run lists only what it added, so sellers are notified once per line; the full reach is in
 * `QuoteRequestRouting`). `unroutedLineIds`: the lines nobody carries.
 */
export class QuoteRequestRoutedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public request: QuoteRequest,
        public linesBySeller: Map<string, ID[]>,
        public unroutedLineIds: ID[],
    ) {
        super();
    }
}
