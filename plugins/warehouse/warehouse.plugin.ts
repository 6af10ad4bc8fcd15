import { OnApplicationBootstrap } from '@nestjs/common';
import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { concatAST } from 'graphql';

import { OperationHooksModule } from '../../src/common/operation-hooks';

import { documentAdminResolvers } from './api/document-admin.resolver';
import { documentAdminApiExtensions } from './api/document-api-extensions';
import {
    OrderPickupAdminResolver,
    OrderPickupShopResolver,
    SetOrderPickupWarehouseResultResolver,
    UnsetOrderPickupWarehouseResultResolver,
} from './api/order-pickup.resolver';
import { resultTypeResolvers } from './api/result-type.resolvers';
import {
    ReorderPointEntityResolver,
    StockLedgerEntryEntityResolver,
    WarehouseAdminResolver,
    WarehouseEntityResolver,
    WarehouseStockLevelEntityResolver,
} from './api/warehouse-admin.resolver';
import {
    orderPickupAdminApiExtensions,
    warehouseAdminApiExtensions,
    warehouseShopApiExtensions,
} from './api/warehouse-api-extensions';
import {
    PickupAvailabilityShopResolver,
    ProductVariantPickupShopResolver,
} from './api/warehouse-shop.resolver';
import { purchaseOrderOverdueTask } from './config/purchase-order-overdue-task';
import { warehouseFulfillmentHandler } from './config/warehouse-fulfillment-handler';
import { warehousePickupEligibilityChecker } from './config/warehouse-pickup-shipping';
import { channelCustomFields, productVariantCustomFields } from './config/warehouse-custom-fields';
import { WarehouseStockLocationStrategy } from './config/warehouse-stock-location-strategy';
import {
    GoodsReceiptPermission,
    PurchaseOrderPermission,
    ReorderPointPermission,
    RunPurchaseOrderOverdueCheckPermission,
    StockCountPermission,
    StockTransferPermission,
    SupplierPermission,
    WAREHOUSE_PLUGIN_OPTIONS,
    WarehousePermission,
} from './constants';
import { OrderPickupChoice } from './entities/order-pickup-choice.entity';
import { GoodsReceiptLine } from './entities/goods-receipt-line.entity';
import { GoodsReceipt } from './entities/goods-receipt.entity';
import { PurchaseOrderLine } from './entities/purchase-order-line.entity';
import { PurchaseOrder } from './entities/purchase-order.entity';
import { ReorderPoint } from './entities/reorder-point.entity';
import { StockCountLine } from './entities/stock-count-line.entity';
import { StockCount } from './entities/stock-count.entity';
import { StockLedgerEntry } from './entities/stock-ledger-entry.entity';
import { StockTransferLine } from './entities/stock-transfer-line.entity';
import { StockTransfer } from './entities/stock-transfer.entity';
import { Supplier } from './entities/supplier.entity';
import { Warehouse } from './entities/warehouse.entity';
import { OrderPickupService } from './services/order-pickup.service';
import { GoodsReceiptService } from './services/goods-receipt.service';
import { PurchaseOrderService } from './services/purchase-order.service';
import { ReorderPointService } from './services/reorder-point.service';
import { StockCountService } from './services/stock-count.service';
import { StockLedgerService } from './services/stock-ledger.service';
import { StockTransferService } from './services/stock-transfer.service';
import { SupplierService } from './services/supplier.service';
import { VendureStockHooksService } from './services/vendure-stock-hooks.service';
import { WarehouseAllocationService } from './services/warehouse-allocation.service';
import { WarehouseStockService } from './services/warehouse-stock.service';
import { WarehouseService } from './services/warehouse.service';
import {
    defaultWarehousePluginOptions,
    ResolvedWarehousePluginOptions,
    WarehousePluginOptions,
} from './types';

/*
 * The plugin is assembled from these lists; each area (warehouses and allocation, the ledger, documents,
 * reorder points) adds its own lines.
 */
const entities: Array<Type<unknown>> = [
    Warehouse,
    StockLedgerEntry,
    Supplier,
    PurchaseOrder,
    PurchaseOrderLine,
    GoodsReceipt,
    GoodsReceiptLine,
    StockTransfer,
    StockTransferLine,
    StockCount,
    StockCountLine,
    ReorderPoint,
    OrderPickupChoice,
];

const providers: Array<Type<unknown>> = [
    WarehouseService,
    WarehouseAllocationService,
    WarehouseStockService,
    StockLedgerService,
    VendureStockHooksService,
    SupplierService,
    PurchaseOrderService,
    GoodsReceiptService,
    StockTransferService,
    StockCountService,
    ReorderPointService,
    OrderPickupService,
];

const adminResolvers: Array<Type<unknown>> = [
    WarehouseAdminResolver,
    WarehouseEntityResolver,
    WarehouseStockLevelEntityResolver,
    StockLedgerEntryEntityResolver,
    ReorderPointEntityResolver,
    OrderPickupAdminResolver,
    ...documentAdminResolvers,
    ...resultTypeResolvers,
];

const shopResolvers: Array<Type<unknown>> = [
    PickupAvailabilityShopResolver,
    ProductVariantPickupShopResolver,
    OrderPickupShopResolver,
    SetOrderPickupWarehouseResultResolver,
    UnsetOrderPickupWarehouseResultResolver,
];

const permissions = [
    WarehousePermission,
    SupplierPermission,
    PurchaseOrderPermission,
    GoodsReceiptPermission,
    StockTransferPermission,
    StockCountPermission,
    ReorderPointPermission,
    RunPurchaseOrderOverdueCheckPermission,
];

/**
 * Warehouses on Vendure's stock locations, allocation by zone with split shipments, and every stock change
 * through a document (purchase order receipts, transfers, stock counts) or an order movement, recorded in a
 * stock ledger. Reorder points publish `StockBelowReorderPointEvent`; overdue purchase orders publish
 * `PurchaseOrderOverdueEvent`; receipts with notes publish `GoodsReceivedWithNotesEvent`.
 *
 * Register it after any plugin whose stock location strategy it should wrap (a marketplace routing offer lines
 * to sellers' locations): see {@link WarehouseStockLocationStrategy}.
 *
 * @example
 * ```ts
 * plugins: [B2bPlugin.init({}), MarketplacePlugin.init({}), WarehousePlugin.init({})]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule, OperationHooksModule],
    entities: () => entities,
    providers: [
        { provide: WAREHOUSE_PLUGIN_OPTIONS, useFactory: () => WarehousePlugin.options },
        // Refusals (ErrorResults) in the request's language
        ...providers,
    ],
    exports: [StockLedgerService, WarehouseService, WarehouseStockService, OrderPickupService],
    adminApiExtensions: {
        schema: () =>
            concatAST([
                warehouseAdminApiExtensions,
                documentAdminApiExtensions,
                orderPickupAdminApiExtensions,
            ]),
        resolvers: () => adminResolvers,
    },
    shopApiExtensions: {
        schema: () => warehouseShopApiExtensions,
        resolvers: () => shopResolvers,
    },
    configuration: config => {
        config.authOptions.customPermissions.push(...permissions);
        // Which warehouse ships: wrap whatever decides today (Vendure's default, or a marketplace's strategy).
        config.catalogOptions.stockLocationStrategy = new WarehouseStockLocationStrategy(
            config.catalogOptions.stockLocationStrategy,
        );
        // Click-and-collect shipping methods.
        config.shippingOptions.shippingEligibilityCheckers = [
            ...config.shippingOptions.shippingEligibilityCheckers,
            warehousePickupEligibilityChecker,
        ];
        // Fulfilments that ship from a chosen warehouse.
        config.shippingOptions.fulfillmentHandlers = [
            ...config.shippingOptions.fulfillmentHandlers,
            warehouseFulfillmentHandler,
        ];
        config.customFields.Channel = [...(config.customFields.Channel ?? []), ...channelCustomFields];
        config.customFields.ProductVariant = [
            ...(config.customFields.ProductVariant ?? []),
            ...productVariantCustomFields,
        ];
        config.schedulerOptions.tasks.push(
            purchaseOrderOverdueTask(WarehousePlugin.options.purchaseOrderOverdueSchedule),
        );
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class WarehousePlugin implements OnApplicationBootstrap {
    static options: ResolvedWarehousePluginOptions = defaultWarehousePluginOptions;

    constructor(private hooks: VendureStockHooksService) {}

    /** Registers the plugin; see {@link WarehousePluginOptions} for the options and their defaults. */
    static init(options: WarehousePluginOptions = {}): Type<WarehousePlugin> {
        const resolved: ResolvedWarehousePluginOptions = {
            ...defaultWarehousePluginOptions,
            ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        };
        if (
            typeof resolved.purchaseOrderOverdueSchedule !== 'string' ||
            !resolved.purchaseOrderOverdueSchedule.trim()
        ) {
            throw new Error('WarehousePlugin: purchaseOrderOverdueSchedule must be a cron expression');
        }
        this.options = resolved;
        return WarehousePlugin;
    }

    /** @internal Routes Vendure's stock writes through the ledger (see `VendureStockHooksService`). */
    onApplicationBootstrap(): void {
        this.hooks.install();
    }
}
