import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, VendureEvent } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';

/** Routing finished: the request reached these sellers (each with the lines it serves); some lines maybe none. */
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
