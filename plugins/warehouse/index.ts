export { WarehousePlugin } from './warehouse.plugin';
export {
    WAREHOUSE_PLUGIN_OPTIONS,
    WarehousePermission,
    SupplierPermission,
    PurchaseOrderPermission,
    GoodsReceiptPermission,
    StockTransferPermission,
    StockCountPermission,
    ReorderPointPermission,
    RunPurchaseOrderOverdueCheckPermission,
    PURCHASE_ORDER_OVERDUE_TASK_ID,
} from './constants';
export type { WarehousePluginOptions } from './types';
export { WarehouseAllocationRule } from './types';

// Warehouses and allocation
export { Warehouse, WarehouseType } from './entities/warehouse.entity';
export type { WarehouseAddress } from './entities/warehouse.entity';
export { WarehouseService } from './services/warehouse.service';
export { WarehouseStockService } from './services/warehouse-stock.service';
export type { PickupAvailability, WarehouseStockLevel } from './services/warehouse-stock.service';
export { WarehouseStockLocationStrategy } from './config/warehouse-stock-location-strategy';
export { OrderPickupChoice } from './entities/order-pickup-choice.entity';
export { OrderPickupService } from './services/order-pickup.service';
export type { OrderPickupPoint } from './services/order-pickup.service';
export { warehousePickupEligibilityChecker } from './config/warehouse-pickup-shipping';
export { warehouseFulfillmentHandler } from './config/warehouse-fulfillment-handler';
export { WAREHOUSE_FULFILLMENT_HANDLER_CODE, WAREHOUSE_PICKUP_CHECKER_CODE } from './constants';
export { InsufficientStockForOrderError } from './services/vendure-stock-hooks.service';

// The stock ledger
export {
    StockLedgerEntry,
    StockLedgerEntryType,
    StockDocumentType,
} from './entities/stock-ledger-entry.entity';
export { StockLedgerService } from './services/stock-ledger.service';
export type { StockChangeInput, StockChangeResult } from './services/stock-ledger.service';

// Documents
export { Supplier } from './entities/supplier.entity';
export { PurchaseOrder, PurchaseOrderState } from './entities/purchase-order.entity';
export { PurchaseOrderLine } from './entities/purchase-order-line.entity';
export { GoodsReceipt, GoodsReceiptState, GoodsReceiptSource } from './entities/goods-receipt.entity';
export { GoodsReceiptLine } from './entities/goods-receipt-line.entity';
export { StockTransfer, StockTransferState } from './entities/stock-transfer.entity';
export { StockTransferLine } from './entities/stock-transfer-line.entity';
export { StockCount, StockCountState } from './entities/stock-count.entity';
export { StockCountLine } from './entities/stock-count-line.entity';
export { ReorderPoint } from './entities/reorder-point.entity';
export {
    DocumentStateError,
    DuplicateCodeError,
    EmptyDocumentError,
    InsufficientWarehouseStockError,
    OverReceiptError,
    PickupPointUnavailableError,
    UnknownBarcodeError,
} from './api/error-results';

// Events
export { WarehouseEvent } from './events/warehouse-event';
export { PurchaseOrderOverdueEvent } from './events/purchase-order-overdue.event';
export { GoodsReceivedWithNotesEvent } from './events/goods-received-with-notes.event';
export { StockBelowReorderPointEvent } from './events/stock-below-reorder-point.event';
