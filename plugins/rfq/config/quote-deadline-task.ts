import { ScheduledTask } from '@vendure/core';

import { RFQ_DEADLINE_TASK_ID } from '../constants';
import { QuoteService } from '../services/quote.service';

/**
 * On the worker: closes requests past their response deadline, expires quotes past their validity and publishes
 * `QuoteRequestUnansweredEvent` for requests without any quote after `unansweredAfterHours`.
 */
export function quoteDeadlineTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: RFQ_DEADLINE_TASK_ID,
        description: 'Closes requests for quotation and expires quotes past their deadline',
        schedule,
        async execute({ injector, scheduledContext }) {
            return injector.get(QuoteService).runDeadlines(scheduledContext);
        },
    });
}
