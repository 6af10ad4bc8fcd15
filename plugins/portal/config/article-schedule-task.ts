import { ScheduledTask, TransactionalConnection } from '@vendure/core';

import { ARTICLE_SCHEDULE_TASK_ID } from '../constants';
import { ArticleWorkflowService } from '../services/article-workflow.service';

/**
 * Every minute (by default) on the worker, for every channel: completes scheduled publications whose time has
 * come and takes articles past their unpublish time offline (see `ArticleWorkflowService.runSchedule`). Readers
 * already see (or no longer see) those articles from the exact instant; the task does the bookkeeping: status,
 * history, events, removing superseded publications.
 */
export function articleScheduleTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: ARTICLE_SCHEDULE_TASK_ID,
        description: 'Publishes scheduled articles and takes expired ones offline',
        schedule,
        preventOverlap: true,
        async execute({ injector, scheduledContext }) {
            const result = await injector
                .get(TransactionalConnection)
                .withTransaction(scheduledContext, ctx =>
                    injector.get(ArticleWorkflowService).runSchedule(ctx, { allChannels: true }),
                );
            return { published: result.published.map(String), expired: result.expired.map(String) };
        },
    });
}
