import { ScheduledTask } from '@vendure/core';

import { ALERT_WEBHOOK_CLEANUP_TASK_ID } from '../constants';
import { WebhookService } from '../services/webhook.service';

/**
 * On the worker, once across instances: deletes webhook delivery records older than the plugin's
 * `webhookDeliveryRetentionDays`, in batches.
 */
export function webhookDeliveryCleanupTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: ALERT_WEBHOOK_CLEANUP_TASK_ID,
        description: 'Deletes alert webhook delivery records older than the retention period',
        schedule,
        async execute({ injector, scheduledContext }) {
            return { ...(await injector.get(WebhookService).deleteExpiredDeliveries(scheduledContext)) };
        },
    });
}
