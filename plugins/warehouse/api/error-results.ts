import { ID } from '@vendure/common/lib/shared-types';

import { LocalizedErrorResult, LocalizedText } from '../../../src/common/localized-error-result';
import { DocumentPrefix } from '../services/document-code';

/**
 * ErrorResults of the warehouse plugin: expected refusals returned (not thrown) as members of GraphQL unions,
 * like Vendure's own `addItemToOrder`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes. Messages are in English and Simplified Chinese, answered in the request's
 * language (`LocalizedErrorResult`).
 */
export abstract class WarehouseErrorResult extends LocalizedErrorResult {
    protected constructor(text: LocalizedText) {
        super(text);
    }
}

/** What a duplicate code belongs to, as a merchant reads it. */
const entityText: Record<string, string> = { warehouse: '仓库', supplier: '供应商' };

/** Document states (of purchase orders, receipts, transfers and counts) as the Dashboard shows them. */
const stateText: Record<string, string> = {
    draft: '草稿',
    sent: '已发送',
    partially_received: '部分收货',
    received: '已收货',
    in_transit: '在途',
    open: '进行中',
    posted: '已过账',
    cancelled: '已取消',
};

/** What the document cannot undergo in its state, by the operation named in `DocumentStateError.operation`. */
const refusedOperationText: Record<string, string> = {
    changed: '不能修改',
    'changed (only its note and expected date)': '只能修改备注和预计到货日期',
    sent: '不能发送',
    cancelled: '不能取消',
    dispatched: '不能发出',
    'received against': '不能据此收货',
    received: '不能收货',
    counted: '不能盘点',
    posted: '不能过账',
};

/** The kind of document a code names, from its prefix (`PO-000042` is a purchase order). */
const documentKindText: Record<string, string> = {
    [DocumentPrefix.PurchaseOrder]: '采购单',
    [DocumentPrefix.GoodsReceipt]: '收货单',
    [DocumentPrefix.StockTransfer]: '调拨单',
    [DocumentPrefix.StockCount]: '盘点单',
};

/** `采购单 PO-000042`: a document code in Chinese text, with its kind when the prefix tells it. */
function documentZh(documentCode: string): string {
    const kind = documentKindText[documentCode.split('-')[0]];
    return kind ? `${kind} ${documentCode}` : documentCode;
}

/** Another warehouse or supplier already uses the code. */
export class DuplicateCodeError extends WarehouseErrorResult {
    readonly __typename = 'DuplicateCodeError';
    readonly errorCode = 'DUPLICATE_CODE_ERROR';
    constructor(
        readonly entityName: string,
        readonly code: string,
    ) {
        super({
            en: `A ${entityName} with the code "${code}" already exists`,
            zh_Hans: `编码为“${code}”的${entityText[entityName] ?? entityName}已存在`,
        });
    }
}

/** The document is in a state that does not allow the operation (sending a received order, posting twice…). */
export class DocumentStateError extends WarehouseErrorResult {
    readonly __typename = 'DocumentStateError';
    readonly errorCode = 'DOCUMENT_STATE_ERROR';
    constructor(
        readonly documentCode: string,
        readonly state: string,
        readonly operation: string,
    ) {
        super({
            en: `${documentCode} is ${state.replace(/_/g, ' ')}: it cannot be ${operation}`,
            zh_Hans: `${documentZh(documentCode)} 的状态为“${stateText[state] ?? state}”，${
                refusedOperationText[operation] ?? `不能执行此操作（${operation}）`
            }`,
        });
    }
}

/** The document has no lines (or no line with a quantity): there is nothing to send, dispatch or post. */
export class EmptyDocumentError extends WarehouseErrorResult {
    readonly __typename = 'EmptyDocumentError';
    readonly errorCode = 'EMPTY_DOCUMENT_ERROR';
    constructor(readonly documentCode: string) {
        super({
            en: `${documentCode} has no quantities to process`,
            zh_Hans: `${documentZh(documentCode)} 没有可处理的数量`,
        });
    }
}

/** A receipt would accept more than is still outstanding on its purchase order or transfer line. */
export class OverReceiptError extends WarehouseErrorResult {
    readonly __typename = 'OverReceiptError';
    readonly errorCode = 'OVER_RECEIPT_ERROR';
    constructor(
        readonly productVariantId: ID,
        readonly sku: string,
        readonly quantityOutstanding: number,
        readonly quantityAccepted: number,
    ) {
        super({
            en: `${sku}: ${quantityAccepted} accepted but only ${quantityOutstanding} outstanding; over-receipt is not allowed`,
            zh_Hans: `${sku}：接收 ${quantityAccepted} 件，但仅有 ${quantityOutstanding} 件未到货；不允许超量收货`,
        });
    }
}

/** A warehouse does not have the sellable stock (on hand − allocated) a dispatch needs. */
export class InsufficientWarehouseStockError extends WarehouseErrorResult {
    readonly __typename = 'InsufficientWarehouseStockError';
    readonly errorCode = 'INSUFFICIENT_WAREHOUSE_STOCK_ERROR';
    constructor(
        readonly productVariantId: ID,
        readonly sku: string,
        readonly warehouseCode: string,
        readonly quantityAvailable: number,
        readonly quantityRequested: number,
    ) {
        super({
            en: `${sku}: ${quantityRequested} requested but only ${quantityAvailable} available in ${warehouseCode}`,
            zh_Hans: `${sku}：需要 ${quantityRequested} 件，但仓库 ${warehouseCode} 仅有 ${quantityAvailable} 件可用`,
        });
    }
}

/** The scanned code is neither the barcode nor the SKU of a variant of this channel. */
export class UnknownBarcodeError extends WarehouseErrorResult {
    readonly __typename = 'UnknownBarcodeError';
    readonly errorCode = 'UNKNOWN_BARCODE_ERROR';
    constructor(readonly code: string) {
        super({
            en: `No product variant has the barcode or SKU "${code}"`,
            zh_Hans: `没有条形码或 SKU 为“${code}”的商品规格`,
        });
    }
}

/** The warehouse chosen for click-and-collect is not an active pick-up point of the channel. */
export class PickupPointUnavailableError extends WarehouseErrorResult {
    readonly __typename = 'PickupPointUnavailableError';
    readonly errorCode = 'PICKUP_POINT_UNAVAILABLE_ERROR';
    constructor(readonly warehouseId: ID) {
        super({
            en: `Warehouse ${String(warehouseId)} is not an active pick-up point of this shop`,
            zh_Hans: `仓库 ${String(warehouseId)} 不是本店启用的自提点`,
        });
    }
}

/** Vendure's shop API error: the session has no active order. */
export class PickupNoActiveOrderError extends WarehouseErrorResult {
    readonly __typename = 'NoActiveOrderError';
    readonly errorCode = 'NO_ACTIVE_ORDER_ERROR';
    constructor() {
        super({ en: 'There is no active order in this session', zh_Hans: '当前会话中没有进行中的订单' });
    }
}

/** Vendure's shop API error: the active order can no longer be changed (it is past AddingItems). */
export class PickupOrderModificationError extends WarehouseErrorResult {
    readonly __typename = 'OrderModificationError';
    readonly errorCode = 'ORDER_MODIFICATION_ERROR';
    constructor() {
        super({
            en: 'The pick-up point can only be changed while items are being added to the order',
            zh_Hans: '只有在向订单添加商品期间才能更改自提点',
        });
    }
}

/** True for any ErrorResult this plugin returns. */
export function isWarehouseErrorResult(value: unknown): value is WarehouseErrorResult {
    return value instanceof WarehouseErrorResult;
}
