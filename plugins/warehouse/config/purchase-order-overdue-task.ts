import { ScheduledTask } from '@vendure/core';

import { PURCHASE_ORDER_OVERDUE_TASK_ID } from '../constants';
import { PurchaseOrderService } from '../services/purchase-order.service';

/**
 * Daily (by default) on the worker: purchase orders sent or partially received whose expected date has passed
 * publish `PurchaseOrderOverdueEvent`, once per order (a new expected date re-arms it).
 */
export function purchaseOrderOverdueTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: PURCHASE_ORDER_OVERDUE_TASK_ID,
        description: 'Publishes PurchaseOrderOverdueEvent for purchase orders past their expected date',
        schedule,
        async execute({ injector, scheduledContext }) {
            return injector.get(PurchaseOrderService).runOverdueCheck(scheduledContext, true);
        },
    });
}
