import { ScheduledTask } from '@vendure/core';

import { AGREEMENT_EXPIRY_TASK_ID } from '../constants';
import { DealerAgreementService } from '../services/dealer-agreement.service';

/**
 * Daily (by default) on the worker: publishes `AgreementExpiringEvent` once for each dealer agreement, in any
 * channel, that ends within `agreementExpiryWarningDays`.
 */
export function agreementExpiryTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: AGREEMENT_EXPIRY_TASK_ID,
        description: 'Warns (AgreementExpiringEvent) about dealer agreements close to their end date',
        schedule,
        async execute({ injector, scheduledContext }) {
            const warned = await injector
                .get(DealerAgreementService)
                .runExpiryCheck(scheduledContext, { allChannels: true });
            return { warned: warned.map(a => ({ id: a.id, number: a.number, companyId: a.companyId })) };
        },
    });
}
