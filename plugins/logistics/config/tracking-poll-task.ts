import { ScheduledTask } from '@vendure/core';

import { TRACKING_POLL_TASK_ID } from '../constants';
import { TrackingPollService } from '../services/tracking-poll.service';

/**
 * Every 30 minutes on the worker (once across instances, as Vendure's scheduler runs each task): pulls the tracking
 * events of open shipments from carriers whose adapter implements `fetchTracking`.
 */
export function trackingPollTask(schedule = '*/30 * * * *'): ScheduledTask {
    return new ScheduledTask({
        id: TRACKING_POLL_TASK_ID,
        description: 'Pulls tracking events of open shipments from carriers that do not push',
        schedule,
        async execute({ injector, scheduledContext }) {
            return { ...(await injector.get(TrackingPollService).run(scheduledContext)) };
        },
    });
}
