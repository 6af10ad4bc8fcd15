import { RequestContext, VendureEvent } from '@vendure/core';

/** Alerts of one rule marked notified (their notification pending), to be sent (email event and webhooks) by a job. */
export interface AlertNotificationBatch {
    [key: string]: string | string[] | boolean;
    channelId: string;
    ruleId: string;
    alertIds: string[];
    /** False for the first notification, true for a re-notification. */
    renotification: boolean;
}

/**
 * Internal (not exported from the plugin): the alert scan or an event check decided which alerts to notify and
 * marked them in its transaction. Vendure hands the event to `ofType` subscribers only after that transaction
 * committed (and never after a rollback), so the alert evaluation service queues the sending jobs then. Should the
 * process stop in between, the marks stay pending and the next scan queues them again.
 */
export class AlertNotificationsDecidedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public batches: AlertNotificationBatch[],
    ) {
        super();
    }
}
