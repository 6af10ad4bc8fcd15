import { RequestContext, VendureEvent } from '@vendure/core';

import { AlertRule } from '../entities/alert-rule.entity';
import { Alert } from '../entities/alert.entity';

/**
 * An alert is being notified: when it is raised, and again after the rule's re-notify interval while it stays
 * open and unacknowledged (never during the rule's quiet hours, unless critical). The email handler listens to it;
 * webhook deliveries go out through the job queue at the same time.
 */
export class AlertNotificationEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public alert: Alert,
        public rule: AlertRule,
        /** Email addresses: the rule's own and those of the administrators holding its recipient roles. */
        public recipients: string[],
        /** False for the first notification, true for a re-notification. */
        public renotification: boolean,
    ) {
        super();
    }
}
