import { ID } from '@vendure/common/lib/shared-types';

/**
 * ErrorResults of the warehouse plugin: expected refusals returned (not thrown) as members of GraphQL unions,
 * like Vendure's own `addItemToOrder`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes.
 */
export abstract class WarehouseErrorResult {
    abstract readonly __typename: string;
    abstract readonly errorCode: string;
    abstract readonly message: string;
}

/** Another warehouse or supplier already uses the code. */
export class DuplicateCodeError extends WarehouseErrorResult {
    readonly __typename = 'DuplicateCodeError';
    readonly errorCode = 'DUPLICATE_CODE_ERROR';
    readonly message: string;
    constructor(
        readonly entityName: string,
        readonly code: string,
    ) {
        super();
        this.message = `A ${entityName} with the code "${code}" already exists`;
    }
}

/** The document is in a state that does not allow the operation (sending a received order, posting twice…). */
export class DocumentStateError extends WarehouseErrorResult {
    readonly __typename = 'DocumentStateError';
    readonly errorCode = 'DOCUMENT_STATE_ERROR';
    readonly message: string;
    constructor(
        readonly documentCode: string,
        readonly state: string,
        readonly operation: string,
    ) {
        super();
        this.message = `${documentCode} is ${state.replace(/_/g, ' ')}: it cannot be ${operation}`;
    }
}

/** The document has no lines (or no line with a quantity): there is nothing to send, dispatch or post. */
export class EmptyDocumentError extends WarehouseErrorResult {
    readonly __typename = 'EmptyDocumentError';
    readonly errorCode = 'EMPTY_DOCUMENT_ERROR';
    readonly message: string;
    constructor(readonly documentCode: string) {
        super();
        this.message = `${documentCode} has no quantities to process`;
    }
}

/** A receipt would accept more than is still outstanding on its purchase order or transfer line. */
export class OverReceiptError extends WarehouseErrorResult {
    readonly __typename = 'OverReceiptError';
    readonly errorCode = 'OVER_RECEIPT_ERROR';
    readonly message: string;
    constructor(
        readonly productVariantId: ID,
        readonly sku: string,
        readonly quantityOutstanding: number,
        readonly quantityAccepted: number,
    ) {
        super();
        this.message = `${sku}: ${quantityAccepted} accepted but only ${quantityOutstanding} outstanding; over-receipt is not allowed`;
    }
}

/** A warehouse does not have the sellable stock (on hand − allocated) a dispatch needs. */
export class InsufficientWarehouseStockError extends WarehouseErrorResult {
    readonly __typename = 'InsufficientWarehouseStockError';
    readonly errorCode = 'INSUFFICIENT_WAREHOUSE_STOCK_ERROR';
    readonly message: string;
    constructor(
        readonly productVariantId: ID,
        readonly sku: string,
        readonly warehouseCode: string,
        readonly quantityAvailable: number,
        readonly quantityRequested: number,
    ) {
        super();
        this.message = `${sku}: ${quantityRequested} requested but only ${quantityAvailable} available in ${warehouseCode}`;
    }
}

/** The scanned code is neither the barcode nor the SKU of a variant of this channel. */
export class UnknownBarcodeError extends WarehouseErrorResult {
    readonly __typename = 'UnknownBarcodeError';
    readonly errorCode = 'UNKNOWN_BARCODE_ERROR';
    readonly message: string;
    constructor(readonly code: string) {
        super();
        this.message = `No product variant has the barcode or SKU "${code}"`;
    }
}

/** The warehouse chosen for click-and-collect is not an active pick-up point of the channel. */
export class PickupPointUnavailableError extends WarehouseErrorResult {
    readonly __typename = 'PickupPointUnavailableError';
    readonly errorCode = 'PICKUP_POINT_UNAVAILABLE_ERROR';
    readonly message: string;
    constructor(readonly warehouseId: ID) {
        super();
        this.message = `Warehouse ${String(warehouseId)} is not an active pick-up point of this shop`;
    }
}

/** Vendure's shop API error: the session has no active order. */
export class PickupNoActiveOrderError extends WarehouseErrorResult {
    readonly __typename = 'NoActiveOrderError';
    readonly errorCode = 'NO_ACTIVE_ORDER_ERROR';
    readonly message = 'There is no active order in this session';
}

/** Vendure's shop API error: the active order can no longer be changed (it is past AddingItems). */
export class PickupOrderModificationError extends WarehouseErrorResult {
    readonly __typename = 'OrderModificationError';
    readonly errorCode = 'ORDER_MODIFICATION_ERROR';
    readonly message = 'The pick-up point can only be changed while items are being added to the order';
}

/** True for any ErrorResult this plugin returns. */
export function isWarehouseErrorResult(value: unknown): value is WarehouseErrorResult {
    return value instanceof WarehouseErrorResult;
}
