import { RequestContext, VendureEvent } from '@vendure/core';

import { Company } from '../entities/company.entity';
import { DealerAgreement } from '../entities/dealer-agreement.entity';

/**
 * A dealer agreement ends within `agreementExpiryWarningDays` (published once per agreement, by the daily
 * expiry check), so that sales can renegotiate. `company.salesRepId` says who should.
 */
export class AgreementExpiringEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public agreement: DealerAgreement,
        public company: Company,
        /** Whole days from the check until `agreement.endsAt` (0 = ends within a day). */
        public daysUntilEnd: number,
    ) {
        super();
    }
}
