export { RfqPlugin } from './rfq.plugin';
export {
    RFQ_PLUGIN_OPTIONS,
    QuoteRequestPermission,
    RFQ_DEADLINE_TASK_ID,
    RFQ_ROUTING_QUEUE,
} from './constants';
export type { RfqPluginOptions } from './types';

export { QuoteRequest, QuoteRequestState } from './entities/quote-request.entity';
export type { QuoteRequestAddress } from './entities/quote-request.entity';
export { QuoteRequestLine } from './entities/quote-request-line.entity';
export { QuoteRequestAttachment } from './entities/quote-request-attachment.entity';
export { QuoteRequestRouting, RoutingMatch } from './entities/quote-request-routing.entity';
export { Quote, QuoteState } from './entities/quote.entity';
export { QuoteLine } from './entities/quote-line.entity';

export { QuoteRequestService } from './services/quote-request.service';
export { QuoteRequestAttachmentService } from './services/quote-request-attachment.service';
export { QuoteService } from './services/quote.service';
export { RfqRoutingService } from './services/rfq-routing.service';
export { normalizePartNumber } from './services/part-number';

export { QuoteReceivedEvent } from './events/quote-received.event';
export { QuoteRequestUnansweredEvent } from './events/quote-request-unanswered.event';
export { QuoteRequestRoutedEvent } from './events/quote-request-routed.event';
export { QuoteRequestSubmittedEvent } from './events/quote-request-submitted.event';
export { QuoteRequestReachedSellerEvent } from './events/quote-request-reached-seller.event';
export type { ReachedSellerLine } from './events/quote-request-reached-seller.event';
export {
    rfqEmailHandlers,
    quoteReceivedEmailHandler,
    quoteRequestReachedSellerEmailHandler,
} from './email/rfq-email-handlers';
export type { QuoteReceivedEmailData } from './email/rfq-email-handlers';
export { quoteDeadlineTask } from './config/quote-deadline-task';
export { QuoteOrderItemPriceCalculationStrategy } from './config/quote-order-item-price-calculation-strategy';

export {
    QuoteAlreadyAcceptedError,
    QuoteDeadlinePassedError,
    QuoteNotFoundError,
    QuoteNotRevisableError,
    QuoteQuantityExceededError,
    QuoteRequestAttachmentLimitError,
    QuoteRequestAttachmentTooLargeError,
    QuoteRequestAttachmentTypeError,
    QuoteRequestStateError,
    QuoteUnavailableError,
} from './api/error-results';
