import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, VendureEvent } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';

/** A request line as a seller's notification shows it. */
export interface ReachedSellerLine {
    position: number;
    /** The variant's SKU and name, or the free-text part number with manufacturer and description. */
    label: string;
    quantity: number;
}

/**
 * Routing reached one seller (published once per seller after {@link QuoteRequestRoutedEvent}): the lines it
 * serves, the email addresses of its administrators and the language of its channel, for the seller email.
 */
export class QuoteRequestReachedSellerEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public request: QuoteRequest,
        public sellerId: ID,
        public sellerName: string,
        public lines: ReachedSellerLine[],
        public recipients: string[],
        public languageCode: LanguageCode,
    ) {
        super();
    }
}
