import { LocalizedErrorResult, LocalizedText } from '../../../src/common/localized-error-result';

/**
 * ErrorResults of the B2B plugin: expected failures returned (not thrown) as members of GraphQL unions,
 * like Vendure's own `addItemToOrder`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes. Messages are in English and Simplified Chinese, answered in the request's
 * language (`LocalizedErrorResult`).
 */
export abstract class B2bErrorResult extends LocalizedErrorResult {
    protected constructor(text: LocalizedText, languageCode?: string | null) {
        super(text, languageCode);
    }
}

/** Moving a company under itself or one of its descendants would create a cycle. */
export class CompanyHierarchyCycleError extends B2bErrorResult {
    readonly __typename = 'CompanyHierarchyCycleError';
    readonly errorCode = 'COMPANY_HIERARCHY_CYCLE_ERROR';
    constructor() {
        super({
            en: 'A company cannot be placed under itself or one of its own sub-companies',
            zh_Hans: '公司不能置于其自身或其下级公司之下',
        });
    }
}

/** The customer already belongs to a company (a customer belongs to at most one). */
export class CustomerAlreadyInCompanyError extends B2bErrorResult {
    readonly __typename = 'CustomerAlreadyInCompanyError';
    readonly errorCode = 'CUSTOMER_ALREADY_IN_COMPANY_ERROR';
    constructor() {
        super({
            en: 'This customer already belongs to a company',
            zh_Hans: '该客户已属于一家公司',
        });
    }
}

/** Another company in this channel already uses the code. */
export class DuplicateCompanyCodeError extends B2bErrorResult {
    readonly __typename = 'DuplicateCompanyCodeError';
    readonly errorCode = 'DUPLICATE_COMPANY_CODE_ERROR';
    constructor(readonly code: string) {
        super({
            en: `A company with the code "${code}" already exists in this channel`,
            zh_Hans: `此渠道中已存在代码为“${code}”的公司`,
        });
    }
}

/** The CSV file as a whole cannot be read (wrong header, broken quoting, too many rows): nothing was imported. */
export class MalformedPriceListCsvError extends B2bErrorResult {
    readonly __typename = 'MalformedPriceListCsvError';
    readonly errorCode = 'MALFORMED_PRICE_LIST_CSV_ERROR';
    constructor(
        text: LocalizedText,
        readonly line: number | null,
    ) {
        super(text);
    }
}

/** True for any ErrorResult this plugin returns. */
export function isB2bErrorResult(value: unknown): value is B2bErrorResult {
    return value instanceof B2bErrorResult;
}
