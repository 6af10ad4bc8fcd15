import { ScheduledTask } from '@vendure/core';

import { CreditControlService } from '../services/credit-control.service';

/** Id of the scheduled task that places and lifts overdue credit holds. */
export const CREDIT_OVERDUE_CHECK_TASK_ID = 'b2b-credit-overdue-check';

/**
 * Daily (by default) on the worker: accounts with receivables past due + grace go on hold (`overdue`), and
 * overdue holds whose receivables were paid are lifted. Publishes `CreditHoldPlacedEvent` and
 * `CreditHoldReleasedEvent`.
 */
export function creditOverdueCheckTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: CREDIT_OVERDUE_CHECK_TASK_ID,
        description: 'Places credit accounts with overdue receivables on hold and lifts the hold once paid',
        schedule,
        async execute({ injector, scheduledContext }) {
            return injector.get(CreditControlService).runOverdueCheck(scheduledContext);
        },
    });
}
