import { LocalizedErrorResult, LocalizedText } from '../../../src/common/localized-error-result';

/**
 * ErrorResults of the marketplace plugin: expected failures returned (not thrown) as members of GraphQL unions,
 * like Vendure's own `addItemToOrder`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes. Messages are in English and Simplified Chinese, answered in the request's
 * language (`LocalizedErrorResult`).
 */
export abstract class MarketplaceErrorResult extends LocalizedErrorResult {
    protected constructor(text: LocalizedText) {
        super(text);
    }
}

/** Seller statuses as a merchant reads them. */
const statusText: Record<string, LocalizedText> = {
    pending: { en: 'pending', zh_Hans: '待审核' },
    approved: { en: 'approved', zh_Hans: '已批准' },
    rejected: { en: 'rejected', zh_Hans: '已拒绝' },
    suspended: { en: 'suspended', zh_Hans: '已暂停' },
};
const status = (s: string): LocalizedText => statusText[s] ?? { en: s, zh_Hans: s };

/** Another seller already uses this name or tax id. */
export class DuplicateSellerError extends MarketplaceErrorResult {
    readonly __typename = 'DuplicateSellerError';
    readonly errorCode = 'DUPLICATE_SELLER_ERROR';
    constructor(readonly field: 'name' | 'taxId') {
        super(
            field === 'name'
                ? { en: 'A seller with this name is already registered', zh_Hans: '已有同名卖家注册' }
                : {
                      en: 'A seller with this tax id is already registered',
                      zh_Hans: '已有使用该税号的卖家注册',
                  },
        );
    }
}

/** The administrator email address is already in use by another administrator. */
export class SellerEmailAddressConflictError extends MarketplaceErrorResult {
    readonly __typename = 'SellerEmailAddressConflictError';
    readonly errorCode = 'SELLER_EMAIL_ADDRESS_CONFLICT_ERROR';
    constructor() {
        super({
            en: 'This email address is already used by an administrator',
            zh_Hans: '该电子邮件地址已被其他管理员使用',
        });
    }
}

/** The seller's status does not allow this change (e.g. approving a suspended seller: reinstate it instead). */
export class SellerStatusTransitionError extends MarketplaceErrorResult {
    readonly __typename = 'SellerStatusTransitionError';
    readonly errorCode = 'SELLER_STATUS_TRANSITION_ERROR';
    constructor(
        readonly fromStatus: string,
        readonly toStatus: string,
    ) {
        super({
            en: `${/^[aeiou]/.test(status(fromStatus).en) ? 'An' : 'A'} ${status(fromStatus).en} seller cannot become ${
                status(toStatus).en
            }`,
            zh_Hans: `卖家状态为“${status(fromStatus).zh_Hans}”，不能变为“${status(toStatus).zh_Hans}”`,
        });
    }
}

/** The seller already has an offer for this variant with this condition and currency: update that one. */
export class DuplicateOfferError extends MarketplaceErrorResult {
    readonly __typename = 'DuplicateOfferError';
    readonly errorCode = 'DUPLICATE_OFFER_ERROR';
    constructor(readonly existingOfferId: string | number) {
        super({
            en: 'This seller already has an offer for this variant, condition and currency',
            zh_Hans: '该卖家已有此商品规格、成色和币种的报价',
        });
    }
}

/** There is already a rule for this collection and seller (or for this collection and every seller): edit that one. */
export class DuplicateCommissionRuleError extends MarketplaceErrorResult {
    readonly __typename = 'DuplicateCommissionRuleError';
    readonly errorCode = 'DUPLICATE_COMMISSION_RULE_ERROR';
    constructor(
        readonly existingRuleId: string | number,
        forEverySeller: boolean,
    ) {
        super(
            forEverySeller
                ? {
                      en: 'There is already a commission rule for this collection and every seller',
                      zh_Hans: '该集合已有适用于所有卖家的佣金规则',
                  }
                : {
                      en: 'There is already a commission rule for this collection and this seller',
                      zh_Hans: '该集合已有适用于此卖家的佣金规则',
                  },
        );
    }
}

/** The refund is more than what is left of the seller order's sale after earlier refunds. */
export class SellerRefundExceedsSaleError extends MarketplaceErrorResult {
    readonly __typename = 'SellerRefundExceedsSaleError';
    readonly errorCode = 'SELLER_REFUND_EXCEEDS_SALE_ERROR';
    constructor(readonly refundableAmount: number) {
        super({
            en: 'The refund is more than what is left of the seller order after earlier refunds',
            zh_Hans: '退款金额超过该卖家订单扣除此前退款后的剩余金额',
        });
    }
}

/** Only a pending payout batch can be marked paid. */
export class PayoutBatchStateError extends MarketplaceErrorResult {
    readonly __typename = 'PayoutBatchStateError';
    readonly errorCode = 'PAYOUT_BATCH_STATE_ERROR';
    constructor(readonly state: string) {
        super({ en: 'This payout batch is already paid', zh_Hans: '该结算批次已付款' });
    }
}

/** The offer CSV file cannot be read as a whole (syntax, header, size): nothing was imported. */
export class MalformedOfferCsvError extends MarketplaceErrorResult {
    readonly __typename = 'MalformedOfferCsvError';
    readonly errorCode = 'MALFORMED_OFFER_CSV_ERROR';
    constructor(
        text: LocalizedText,
        readonly line: number | null,
    ) {
        super(text);
    }
}
