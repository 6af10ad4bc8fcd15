/**
 * ErrorResults of the B2B plugin: expected failures returned (not thrown) as members of GraphQL unions,
 * like Vendure's own `addItemToOrder`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes.
 */
export abstract class B2bErrorResult {
    abstract readonly __typename: string;
    abstract readonly errorCode: string;
    abstract readonly message: string;
}

/** Moving a company under itself or one of its descendants would create a cycle. */
export class CompanyHierarchyCycleError extends B2bErrorResult {
    readonly __typename = 'CompanyHierarchyCycleError';
    readonly errorCode = 'COMPANY_HIERARCHY_CYCLE_ERROR';
    readonly message = 'A company cannot be placed under itself or one of its own sub-companies';
}

/** The customer already belongs to a company (a customer belongs to at most one). */
export class CustomerAlreadyInCompanyError extends B2bErrorResult {
    readonly __typename = 'CustomerAlreadyInCompanyError';
    readonly errorCode = 'CUSTOMER_ALREADY_IN_COMPANY_ERROR';
    readonly message = 'This customer already belongs to a company';
}

/** Another company in this channel already uses the code. */
export class DuplicateCompanyCodeError extends B2bErrorResult {
    readonly __typename = 'DuplicateCompanyCodeError';
    readonly errorCode = 'DUPLICATE_COMPANY_CODE_ERROR';
    readonly message: string;
    constructor(readonly code: string) {
        super();
        this.message = `A company with the code "${code}" already exists in this channel`;
    }
}

/** The CSV file as a whole cannot be read (wrong header, broken quoting, too many rows): nothing was imported. */
export class MalformedPriceListCsvError extends B2bErrorResult {
    readonly __typename = 'MalformedPriceListCsvError';
    readonly errorCode = 'MALFORMED_PRICE_LIST_CSV_ERROR';
    constructor(
        readonly message: string,
        readonly line: number | null,
    ) {
        super();
    }
}

/** True for any ErrorResult this plugin returns. */
export function isB2bErrorResult(value: unknown): value is B2bErrorResult {
    return value instanceof B2bErrorResult;
}
