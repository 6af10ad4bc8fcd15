import { LocalizedErrorResult, LocalizedText } from '../../../src/common/localized-error-result';

/**
 * ErrorResults of the logistics plugin: expected refusals returned (not thrown) as members of GraphQL unions. A
 * returned ErrorResult does not roll back the transaction, so every service validates before it writes. Messages
 * are in English and Simplified Chinese, answered in the request's language (`LocalizedErrorResult`).
 */
export abstract class LogisticsErrorResult extends LocalizedErrorResult {
    protected constructor(text: LocalizedText) {
        super(text);
    }
}

/** Another carrier already uses the code. */
export class CarrierCodeInUseError extends LogisticsErrorResult {
    readonly __typename = 'CarrierCodeInUseError';
    readonly errorCode = 'CARRIER_CODE_IN_USE_ERROR';
    constructor(readonly code: string) {
        super({
            en: `A carrier with the code "${code}" already exists`,
            zh_Hans: `代码为“${code}”的承运商已存在`,
        });
    }
}

/** No order matches the code with that email address or postal code (any mismatch looks the same). */
export class OrderTrackingNotFoundError extends LogisticsErrorResult {
    readonly __typename = 'OrderTrackingNotFoundError';
    readonly errorCode = 'ORDER_TRACKING_NOT_FOUND_ERROR';
    constructor() {
        super({
            en: 'No order matches this code with that email address or postal code',
            zh_Hans: '没有与该订单号及所填电子邮件地址或邮政编码相符的订单',
        });
    }
}

/** Too many guest tracking look-ups from one client address. */
export class TrackingRateLimitError extends LogisticsErrorResult {
    readonly __typename = 'TrackingRateLimitError';
    readonly errorCode = 'TRACKING_RATE_LIMIT_ERROR';
    constructor(readonly retryAfterSeconds: number) {
        super({
            en: 'Too many tracking look-ups; try again later',
            zh_Hans: '物流查询次数过多，请稍后再试',
        });
    }
}

/** The rate table CSV as a whole cannot be read (syntax, header, too many rows): nothing was imported. */
export class MalformedShippingRateTableCsvError extends LogisticsErrorResult {
    readonly __typename = 'MalformedShippingRateTableCsvError';
    readonly errorCode = 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR';
    constructor(
        text: LocalizedText,
        readonly line: number | null,
    ) {
        super(text);
    }
}
