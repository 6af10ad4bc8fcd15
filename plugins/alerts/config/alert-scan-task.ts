import { ScheduledTask } from '@vendure/core';

import { ALERT_SCAN_TASK_ID } from '../constants';
import { AlertEvaluationService } from '../services/alert-evaluation.service';

/**
 * On the worker, once across instances: scans the scheduled conditions of every enabled rule in every channel,
 * resolves alerts whose condition no longer holds, reopens snoozed alerts whose time has come and re-notifies.
 */
export function alertScanTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: ALERT_SCAN_TASK_ID,
        description: 'Scans alert conditions, auto-resolves, wakes snoozed alerts and re-notifies',
        schedule,
        async execute({ injector, scheduledContext }) {
            return { ...(await injector.get(AlertEvaluationService).scan(scheduledContext)) };
        },
    });
}
