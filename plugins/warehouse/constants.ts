import { CrudPermissionDefinition, PermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link WarehousePluginOptions}. */
export const WAREHOUSE_PLUGIN_OPTIONS = Symbol('WAREHOUSE_PLUGIN_OPTIONS');

/** Logger context for everything the warehouse plugin logs. */
export const loggerCtx = 'WarehousePlugin';

/** Warehouses (the details on stock locations), stock on hand per warehouse and the stock ledger. */
export const WarehousePermission = new CrudPermissionDefinition('Warehouse');

/** Suppliers the group buys from. */
export const SupplierPermission = new CrudPermissionDefinition('Supplier');

/** Purchase orders: draft, send, cancel. */
export const PurchaseOrderPermission = new CrudPermissionDefinition('PurchaseOrder');

/** Goods receipts: record what arrived (against a purchase order, a transfer or ad hoc) and post it. */
export const GoodsReceiptPermission = new CrudPermissionDefinition('GoodsReceipt');

/** Transfers between warehouses: draft, dispatch, cancel. */
export const StockTransferPermission = new CrudPermissionDefinition('StockTransfer');

/** Stock counts: open, scan or enter counted quantities, post. */
export const StockCountPermission = new CrudPermissionDefinition('StockCount');

/** Reorder points (minimum and reorder quantity per variant per warehouse). */
export const ReorderPointPermission = new CrudPermissionDefinition('ReorderPoint');

/** Run the overdue purchase order check on demand (it also runs daily as a scheduled task). */
export const RunPurchaseOrderOverdueCheckPermission = new PermissionDefinition({
    name: 'RunPurchaseOrderOverdueCheck',
    description: 'Allows running the overdue purchase order check on demand',
});

/** Id of the scheduled task that flags purchase orders past their expected date. */
export const PURCHASE_ORDER_OVERDUE_TASK_ID = 'warehouse-purchase-order-overdue-check';

/** Code of the shipping eligibility checker that makes a shipping method click-and-collect. */
export const WAREHOUSE_PICKUP_CHECKER_CODE = 'warehouse-pickup';

/** Code of the fulfilment handler that ships from a chosen warehouse. */
export const WAREHOUSE_FULFILLMENT_HANDLER_CODE = 'warehouse-fulfillment';
