import { ScheduledTask } from '@vendure/core';

import { SHIPMENT_STALLED_TASK_ID } from '../constants';
import { ShipmentStallCheckService } from '../services/shipment-stall-check.service';

/** Hourly on the worker: flags undelivered shipments silent for `stalledAfterDays` (ShipmentStalledEvent). */
export function shipmentStalledTask(schedule = '17 * * * *'): ScheduledTask {
    return new ScheduledTask({
        id: SHIPMENT_STALLED_TASK_ID,
        description: 'Flags shipments with no tracking event for a while (ShipmentStalledEvent)',
        schedule,
        async execute({ injector, scheduledContext }) {
            const stalled = await injector.get(ShipmentStallCheckService).run(scheduledContext);
            return { stalled: stalled.map(s => ({ id: s.id, trackingNumber: s.trackingNumber })) };
        },
    });
}
