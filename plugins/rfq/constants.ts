import { CrudPermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link RfqPluginOptions}. */
export const RFQ_PLUGIN_OPTIONS = Symbol('RFQ_PLUGIN_OPTIONS');

/** Logger context for everything the RFQ plugin logs. */
export const loggerCtx = 'RfqPlugin';

/**
 * The operator's view of requests for quotation: every request, whom it reached and every answer (Read). Sellers
 * do not need it: they see the requests routed to them with their offer permissions (`ReadOffer`, `UpdateOffer`).
 */
export const QuoteRequestPermission = new CrudPermissionDefinition('QuoteRequest');

/** Job queue that routes a submitted request to the sellers who carry its parts. */
export const RFQ_ROUTING_QUEUE = 'rfq-route-request';

/** Id of the scheduled task that closes requests and expires quotes past their deadline. */
export const RFQ_DEADLINE_TASK_ID = 'rfq-close-expired';
