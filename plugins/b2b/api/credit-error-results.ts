import { B2B_INPUT_LIMITS } from '../services/input-limits';
import { formatMoney, isChinese } from '../services/money-format';

import { B2bErrorResult } from './error-results';

/**
 * The language a message is written in: Simplified Chinese for `zh*` request languages, English otherwise.
 * Amounts are formatted as money in the request's language (see `formatMoney`).
 */
type Lang = string | null | undefined;

/** The order total is more than the company's available credit. */
export class CreditLimitExceededError extends B2bErrorResult {
    readonly __typename = 'CreditLimitExceededError';
    readonly errorCode = 'CREDIT_LIMIT_EXCEEDED_ERROR';
    readonly message: string;
    constructor(
        readonly availableCredit: number,
        readonly orderTotal: number,
        readonly currencyCode: string,
        languageCode?: Lang,
    ) {
        super();
        const total = formatMoney(orderTotal, currencyCode, languageCode);
        const available = formatMoney(availableCredit, currencyCode, languageCode);
        this.message = isChinese(languageCode)
            ? `订单金额 ${total} 超出可用信用额度 ${available}`
            : `The order total of ${total} exceeds the available credit of ${available}`;
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
        languageCode?: Lang,
    ) {
        super();
        const zh = isChinese(languageCode);
        this.message =
            holdReason === 'overdue'
                ? zh
                    ? '由于账款逾期，信用账户已被冻结'
                    : 'The credit account is on hold because invoices are overdue'
                : holdReason === 'company_on_hold' || holdReason === 'company_closed'
                  ? zh
                      ? '公司账户已被冻结'
                      : 'The company account is on hold'
                  : zh
                    ? '信用账户已被冻结'
                    : 'The credit account is on hold';
    }
}

/** The buyer's company role may not place orders (viewers). */
export class CompanyRoleNotPermittedError extends B2bErrorResult {
    readonly __typename = 'CompanyRoleNotPermittedError';
    readonly errorCode = 'COMPANY_ROLE_NOT_PERMITTED_ERROR';
    readonly message: string;
    constructor(
        readonly role: string,
        languageCode?: Lang,
    ) {
        super();
        this.message = isChinese(languageCode)
            ? `角色为“${role}”的公司成员不能下单`
            : `A company member with the role "${role}" may not place orders`;
    }
}

/** The customer belongs to no company, or neither the company nor a parent sharing its credit has an account. */
export class NoCreditAccountError extends B2bErrorResult {
    readonly __typename = 'NoCreditAccountError';
    readonly errorCode = 'NO_CREDIT_ACCOUNT_ERROR';
    readonly message: string;
    constructor(languageCode?: Lang) {
        super();
        this.message = isChinese(languageCode)
            ? '该客户没有可用的信用账户'
            : 'No credit account is available to this customer';
    }
}

/** The order is in another currency than the credit account. */
export class CreditCurrencyMismatchError extends B2bErrorResult {
    readonly __typename = 'CreditCurrencyMismatchError';
    readonly errorCode = 'CREDIT_CURRENCY_MISMATCH_ERROR';
    readonly message: string;
    constructor(
        readonly orderCurrencyCode: string,
        readonly accountCurrencyCode: string,
        languageCode?: Lang,
    ) {
        super();
        this.message = isChinese(languageCode)
            ? `订单币种为 ${orderCurrencyCode}，但信用账户币种为 ${accountCurrencyCode}`
            : `The order is in ${orderCurrencyCode} but the credit account is in ${accountCurrencyCode}`;
    }
}

/** The company's credit account requires a purchase order number on every order paid on account. */
export class PurchaseOrderNumberRequiredError extends B2bErrorResult {
    readonly __typename = 'PurchaseOrderNumberRequiredError';
    readonly errorCode = 'PURCHASE_ORDER_NUMBER_REQUIRED_ERROR';
    readonly message: string;
    constructor(languageCode?: Lang) {
        super();
        this.message = isChinese(languageCode)
            ? '贵公司要求账期订单填写采购订单号'
            : 'Your company requires a purchase order number for orders paid on account';
    }
}

/** The purchase order number is longer than allowed. */
export class PurchaseOrderNumberTooLongError extends B2bErrorResult {
    readonly __typename = 'PurchaseOrderNumberTooLongError';
    readonly errorCode = 'PURCHASE_ORDER_NUMBER_TOO_LONG_ERROR';
    readonly message: string;
    readonly maxLength = B2B_INPUT_LIMITS.purchaseOrderNumber;
    constructor(languageCode?: Lang) {
        super();
        this.message = isChinese(languageCode)
            ? `采购订单号最多 ${this.maxLength} 个字符`
            : `A purchase order number may have at most ${this.maxLength} characters`;
    }
}

/** Everything that can refuse a purchase on account, before any write. */
export type CreditRefusal =
    | CreditLimitExceededError
    | CreditHoldError
    | CompanyRoleNotPermittedError
    | NoCreditAccountError
    | CreditCurrencyMismatchError
    | PurchaseOrderNumberRequiredError
    | PurchaseOrderNumberTooLongError;
