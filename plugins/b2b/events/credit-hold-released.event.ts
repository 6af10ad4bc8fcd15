import { RequestContext, VendureEvent } from '@vendure/core';

import { CreditAccount, CreditHoldReason } from '../entities/credit-account.entity';

/** A credit account's hold was lifted, by an administrator or by the overdue check once paid. */
export class CreditHoldReleasedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public account: CreditAccount,
        /** The reason the account had been held for. */
        public previousReason: CreditHoldReason | null,
    ) {
        super();
    }
}
