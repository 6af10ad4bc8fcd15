import { ScheduledTask } from '@vendure/core';

import { PAYOUT_BATCH_TASK_ID } from '../constants';
import { SellerPayoutService } from '../services/seller-payout.service';

/**
 * On the worker (daily by default): builds payout batches from the sellers' open ledger entries past their
 * holding period, in one transaction.
 */
export function payoutBatchTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: PAYOUT_BATCH_TASK_ID,
        description: 'Builds marketplace seller payout batches for orders past their holding period',
        schedule,
        async execute({ injector, scheduledContext }) {
            const batches = await injector
                .get(SellerPayoutService)
                .buildPayoutBatchesInTransaction(scheduledContext);
            return { batches: batches.length };
        },
    });
}
