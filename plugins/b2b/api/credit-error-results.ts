import { B2B_INPUT_LIMITS } from '../services/input-limits';
import { formatMoney } from '../services/money-format';

import { B2bErrorResult } from './error-results';

/**
 * The request's language: messages are made in it (Simplified Chinese for `zh*`, English otherwise), and amounts
 * are formatted as money in its conventions (see `formatMoney`), so these refusals read right even where they
 * travel inside another answer (a declined payment).
 */
type Lang = string | null | undefined;

/** The order total is more than the company's available credit. */
export class CreditLimitExceededError extends B2bErrorResult {
    readonly __typename = 'CreditLimitExceededError';
    readonly errorCode = 'CREDIT_LIMIT_EXCEEDED_ERROR';
    constructor(
        readonly availableCredit: number,
        readonly orderTotal: number,
        readonly currencyCode: string,
        languageCode?: Lang,
    ) {
        const total = formatMoney(orderTotal, currencyCode, languageCode);
        const available = formatMoney(availableCredit, currencyCode, languageCode);
        super(
            {
                en: `The order total of ${total} exceeds the available credit of ${available}`,
                zh_Hans: `订单金额 ${total} 超出可用信用额度 ${available}`,
            },
            languageCode,
        );
    }
}

/** The credit account or the company is on hold (or closed): nothing may be bought on account. */
export class CreditHoldError extends B2bErrorResult {
    readonly __typename = 'CreditHoldError';
    readonly errorCode = 'CREDIT_HOLD_ERROR';
    constructor(
        /** `manual`, `overdue`, `company_on_hold` or `company_closed`. */
        readonly holdReason: string,
        languageCode?: Lang,
    ) {
        super(
            holdReason === 'overdue'
                ? {
                      en: 'The credit account is on hold because invoices are overdue',
                      zh_Hans: '由于账款逾期，信用账户已被冻结',
                  }
                : holdReason === 'company_on_hold' || holdReason === 'company_closed'
                  ? { en: 'The company account is on hold', zh_Hans: '公司账户已被冻结' }
                  : { en: 'The credit account is on hold', zh_Hans: '信用账户已被冻结' },
            languageCode,
        );
    }
}

/** The buyer's company role may not place orders (viewers). */
export class CompanyRoleNotPermittedError extends B2bErrorResult {
    readonly __typename = 'CompanyRoleNotPermittedError';
    readonly errorCode = 'COMPANY_ROLE_NOT_PERMITTED_ERROR';
    constructor(
        readonly role: string,
        languageCode?: Lang,
    ) {
        super(
            {
                en: `A company member with the role "${role}" may not place orders`,
                zh_Hans: `角色为“${role}”的公司成员不能下单`,
            },
            languageCode,
        );
    }
}

/** The customer belongs to no company, or neither the company nor a parent sharing its credit has an account. */
export class NoCreditAccountError extends B2bErrorResult {
    readonly __typename = 'NoCreditAccountError';
    readonly errorCode = 'NO_CREDIT_ACCOUNT_ERROR';
    constructor(languageCode?: Lang) {
        super(
            { en: 'No credit account is available to this customer', zh_Hans: '该客户没有可用的信用账户' },
            languageCode,
        );
    }
}

/** The order is in another currency than the credit account. */
export class CreditCurrencyMismatchError extends B2bErrorResult {
    readonly __typename = 'CreditCurrencyMismatchError';
    readonly errorCode = 'CREDIT_CURRENCY_MISMATCH_ERROR';
    constructor(
        readonly orderCurrencyCode: string,
        readonly accountCurrencyCode: string,
        languageCode?: Lang,
    ) {
        super(
            {
                en: `The order is in ${orderCurrencyCode} but the credit account is in ${accountCurrencyCode}`,
                zh_Hans: `订单币种为 ${orderCurrencyCode}，但信用账户币种为 ${accountCurrencyCode}`,
            },
            languageCode,
        );
    }
}

/** The company's credit account requires a purchase order number on every order paid on account. */
export class PurchaseOrderNumberRequiredError extends B2bErrorResult {
    readonly __typename = 'PurchaseOrderNumberRequiredError';
    readonly errorCode = 'PURCHASE_ORDER_NUMBER_REQUIRED_ERROR';
    constructor(languageCode?: Lang) {
        super(
            {
                en: 'Your company requires a purchase order number for orders paid on account',
                zh_Hans: '贵公司要求账期订单填写采购订单号',
            },
            languageCode,
        );
    }
}

/** The purchase order number is longer than allowed. */
export class PurchaseOrderNumberTooLongError extends B2bErrorResult {
    readonly __typename = 'PurchaseOrderNumberTooLongError';
    readonly errorCode = 'PURCHASE_ORDER_NUMBER_TOO_LONG_ERROR';
    readonly maxLength = B2B_INPUT_LIMITS.purchaseOrderNumber;
    constructor(languageCode?: Lang) {
        const maxLength = B2B_INPUT_LIMITS.purchaseOrderNumber;
        super(
            {
                en: `A purchase order number may have at most ${maxLength} characters`,
                zh_Hans: `采购订单号最多 ${maxLength} 个字符`,
            },
            languageCode,
        );
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
