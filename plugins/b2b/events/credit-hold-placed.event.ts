import { RequestContext, VendureEvent } from '@vendure/core';

import { CreditAccount, CreditHoldReason } from '../entities/credit-account.entity';

/** A credit account was put on hold, by an administrator or by the overdue check. Checkout on account stops. */
export class CreditHoldPlacedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public account: CreditAccount,
        public reason: CreditHoldReason,
        /** For overdue holds: the overdue amount, in minor units. */
        public overdueAmount: number = 0,
    ) {
        super();
    }
}
