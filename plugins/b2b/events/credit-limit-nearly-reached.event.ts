import { RequestContext, VendureEvent } from '@vendure/core';

import { CreditAccount } from '../entities/credit-account.entity';

/**
 * A debit took a credit account's utilisation (balance / limit) across the plugin's `creditWarningUtilisation`
 * threshold. Published once per crossing: it fires again only after the balance dropped below and rose again.
 */
export class CreditLimitNearlyReachedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public account: CreditAccount,
        /** balance / creditLimit right after the debit, e.g. 0.93. */
        public utilisation: number,
        public threshold: number,
    ) {
        super();
    }
}
