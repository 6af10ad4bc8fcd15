import { B2bErrorResult } from './error-results';

/** The order total is more than the company's available credit. */
export class CreditLimitExceededError extends B2bErrorResult {
    readonly __typename = 'CreditLimitExceededError';
    readonly errorCode = 'CREDIT_LIMIT_EXCEEDED_ERROR';
    readonly message: string;
    constructor(
        readonly availableCredit: number,
        readonly orderTotal: number,
        readonly currencyCode: string,
    ) {
        super();
        this.message = `The order total (${orderTotal}) exceeds the available credit (${availableCredit}) ${currencyCode}, in minor units`;
    }
}

/** The credit account or the company is on hold (or closed): nothing may be bought on account. */
export class CreditHoldError extends B2bErrorResult {
    readonly __typename = 'CreditHoldError';
    readonly errorCode = 'CREDIT_HOLD_ERROR';
    readonly message: string;
    constructor(
        /** `manual`, `overdue`, `company_on_hold` or `company_closed`. */
        readonly holdReason: string,
    ) {
        super();
        this.message =
            holdReason === 'overdue'
                ? 'The credit account is on hold because invoices are overdue'
                : holdReason === 'company_on_hold' || holdReason === 'company_closed'
                  ? 'The company account is on hold'
                  : 'The credit account is on hold';
    }
}

/** The buyer's company role may not place orders (viewers). */
export class CompanyRoleNotPermittedError extends B2bErrorResult {
    readonly __typename = 'CompanyRoleNotPermittedError';
    readonly errorCode = 'COMPANY_ROLE_NOT_PERMITTED_ERROR';
    readonly message: string;
    constructor(readonly role: string) {
        super();
        this.message = `A company member with the role "${role}" may not place orders`;
    }
}

/** The customer belongs to no company, or neither the company nor a parent sharing its credit has an account. */
export class NoCreditAccountError extends B2bErrorResult {
    readonly __typename = 'NoCreditAccountError';
    readonly errorCode = 'NO_CREDIT_ACCOUNT_ERROR';
    readonly message = 'No credit account is available to this customer';
}

/** The order is in another currency than the credit account. */
export class CreditCurrencyMismatchError extends B2bErrorResult {
    readonly __typename = 'CreditCurrencyMismatchError';
    readonly errorCode = 'CREDIT_CURRENCY_MISMATCH_ERROR';
    readonly message: string;
    constructor(
        readonly orderCurrencyCode: string,
        readonly accountCurrencyCode: string,
    ) {
        super();
        this.message = `The order is in ${orderCurrencyCode} but the credit account is in ${accountCurrencyCode}`;
    }
}

/** Everything that can refuse a purchase on account, before any write. */
export type CreditRefusal =
    | CreditLimitExceededError
    | CreditHoldError
    | CompanyRoleNotPermittedError
    | NoCreditAccountError
    | CreditCurrencyMismatchError;
