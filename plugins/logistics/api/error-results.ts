/**
 * ErrorResults of the logistics plugin: expected refusals returned (not thrown) as members of GraphQL unions. A
 * returned ErrorResult does not roll back the transaction, so every service validates before it writes.
 */
export abstract class LogisticsErrorResult {
    abstract readonly __typename: string;
    abstract readonly errorCode: string;
    abstract readonly message: string;
}

/** Another carrier already uses the code. */
export class CarrierCodeInUseError extends LogisticsErrorResult {
    readonly __typename = 'CarrierCodeInUseError';
    readonly errorCode = 'CARRIER_CODE_IN_USE_ERROR';
    readonly message: string;
    constructor(readonly code: string) {
        super();
        this.message = `A carrier with the code "${code}" already exists`;
    }
}

/** No order matches the code with that email address or postal code (any mismatch looks the same). */
export class OrderTrackingNotFoundError extends LogisticsErrorResult {
    readonly __typename = 'OrderTrackingNotFoundError';
    readonly errorCode = 'ORDER_TRACKING_NOT_FOUND_ERROR';
    readonly message = 'No order matches this code with that email address or postal code';
}

/** Too many guest tracking look-ups from one client address. */
export class TrackingRateLimitError extends LogisticsErrorResult {
    readonly __typename = 'TrackingRateLimitError';
    readonly errorCode = 'TRACKING_RATE_LIMIT_ERROR';
    readonly message = 'Too many tracking look-ups; try again later';
    constructor(readonly retryAfterSeconds: number) {
        super();
    }
}

/** The rate table CSV as a whole cannot be read (syntax, header, too many rows): nothing was imported. */
export class MalformedShippingRateTableCsvError extends LogisticsErrorResult {
    readonly __typename = 'MalformedShippingRateTableCsvError';
    readonly errorCode = 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR';
    constructor(
        readonly message: string,
        readonly line: number | null,
    ) {
        super();
    }
}
