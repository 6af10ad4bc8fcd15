/**
 * ErrorResults of the marketplace plugin: expected failures returned (not thrown) as members of GraphQL unions,
 * like Vendure's own `addItemToOrder`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes.
 */
export abstract class MarketplaceErrorResult {
    abstract readonly __typename: string;
    abstract readonly errorCode: string;
    abstract readonly message: string;
}

/** Another seller already uses this name or tax id. */
export class DuplicateSellerError extends MarketplaceErrorResult {
    readonly __typename = 'DuplicateSellerError';
    readonly errorCode = 'DUPLICATE_SELLER_ERROR';
    readonly message: string;
    constructor(readonly field: 'name' | 'taxId') {
        super();
        this.message =
            field === 'name'
                ? 'A seller with this name is already registered'
                : 'A seller with this tax id is already registered';
    }
}

/** The administrator email address is already in use by another administrator. */
export class SellerEmailAddressConflictError extends MarketplaceErrorResult {
    readonly __typename = 'SellerEmailAddressConflictError';
    readonly errorCode = 'SELLER_EMAIL_ADDRESS_CONFLICT_ERROR';
    readonly message = 'This email address is already used by an administrator';
}

/** The seller's status does not allow this change (e.g. approving a suspended seller: reinstate it instead). */
export class SellerStatusTransitionError extends MarketplaceErrorResult {
    readonly __typename = 'SellerStatusTransitionError';
    readonly errorCode = 'SELLER_STATUS_TRANSITION_ERROR';
    readonly message: string;
    constructor(
        readonly fromStatus: string,
        readonly toStatus: string,
    ) {
        super();
        this.message = `A ${fromStatus} seller cannot become ${toStatus}`;
    }
}

/** The seller already has an offer for this variant with this condition and currency: update that one. */
export class DuplicateOfferError extends MarketplaceErrorResult {
    readonly __typename = 'DuplicateOfferError';
    readonly errorCode = 'DUPLICATE_OFFER_ERROR';
    readonly message = 'This seller already has an offer for this variant, condition and currency';
    constructor(readonly existingOfferId: string | number) {
        super();
    }
}

/** The refund is more than what is left of the seller order's sale after earlier refunds. */
export class SellerRefundExceedsSaleError extends MarketplaceErrorResult {
    readonly __typename = 'SellerRefundExceedsSaleError';
    readonly errorCode = 'SELLER_REFUND_EXCEEDS_SALE_ERROR';
    readonly message = 'The refund is more than what is left of the seller order after earlier refunds';
    constructor(readonly refundableAmount: number) {
        super();
    }
}

/** Only a pending payout batch can be marked paid. */
export class PayoutBatchStateError extends MarketplaceErrorResult {
    readonly __typename = 'PayoutBatchStateError';
    readonly errorCode = 'PAYOUT_BATCH_STATE_ERROR';
    readonly message = 'This payout batch is already paid';
    constructor(readonly state: string) {
        super();
    }
}

/** The offer CSV file cannot be read as a whole (syntax, header, size): nothing was imported. */
export class MalformedOfferCsvError extends MarketplaceErrorResult {
    readonly __typename = 'MalformedOfferCsvError';
    readonly errorCode = 'MALFORMED_OFFER_CSV_ERROR';
    constructor(
        readonly message: string,
        readonly line: number | null,
    ) {
        super();
    }
}
