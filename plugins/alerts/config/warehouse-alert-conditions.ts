import { LanguageCode } from '@vendure/common/lib/generated-types';

import {
    GoodsReceivedWithNotesEvent,
    PurchaseOrderOverdueEvent,
    StockBelowReorderPointEvent,
    WarehouseStockService,
} from '../../warehouse';

import { AlertConditionDef, onEvent } from './alert-condition';

const DAY = 86_400_000;

/**
 * A variant's available stock in a warehouse fell below its reorder point (`StockBelowReorderPointEvent`).
 * Resolves itself once the available stock is back at or above the minimum.
 */
export const stockBelowReorderPointCondition = new AlertConditionDef({
    code: 'warehouse-stock-below-reorder-point',
    description: [
        { languageCode: LanguageCode.en, value: 'Stock below reorder point' },
        { languageCode: LanguageCode.zh_Hans, value: '库存低于再订货点' },
    ],
    args: {},
    events: [
        onEvent(StockBelowReorderPointEvent, e => ({
            id: e.reorderPoint.id,
            data: {
                productVariantId: String(e.reorderPoint.productVariantId),
                warehouseId: String(e.reorderPoint.warehouseId),
                minQuantity: e.reorderPoint.minQuantity,
                available: e.available,
            },
        })),
    ],
    async check(c, id, data) {
        if (!data || typeof data.available !== 'number' || typeof data.minQuantity !== 'number') {
            return undefined;
        }
        const level = (
            await c.injector.get(WarehouseStockService).forVariant(c.ctx, String(data.productVariantId))
        ).find(l => String(l.warehouse.id) === String(data.warehouseId));
        const sku = level?.productVariant?.sku ?? `#${String(data.productVariantId)}`;
        const warehouse = level?.warehouse.code ?? `#${String(data.warehouseId)}`;
        return {
            type: 'ProductVariant',
            id: String(data.productVariantId),
            label: `${sku} @ ${warehouse}`,
            link: `/product-variants/${String(data.productVariantId)}`,
            message: {
                en: `${sku} in ${warehouse}: ${data.available} available, below the reorder point of ${data.minQuantity}.`,
                zh_Hans: `${warehouse} 的 ${sku} 可用库存 ${data.available}，低于再订货点 ${data.minQuantity}。`,
            },
            data: { ...data, reorderPointId: String(id) },
        };
    },
    async stillHolds(c, _variantId, data) {
        if (!data || typeof data.minQuantity !== 'number') {
            return true;
        }
        const level = (
            await c.injector.get(WarehouseStockService).forVariant(c.ctx, String(data.productVariantId))
        ).find(l => String(l.warehouse.id) === String(data.warehouseId));
        return !level || level.stockOnHand - level.stockAllocated < data.minQuantity;
    },
});

/** A purchase order is overdue by at least N days (`PurchaseOrderOverdueEvent`). Resolved by hand. */
export const purchaseOrderOverdueCondition = new AlertConditionDef({
    code: 'warehouse-purchase-order-overdue',
    description: [
        { languageCode: LanguageCode.en, value: 'Purchase order overdue' },
        { languageCode: LanguageCode.zh_Hans, value: '采购订单逾期' },
    ],
    args: {},
    events: [
        onEvent(PurchaseOrderOverdueEvent, e => ({
            id: e.purchaseOrder.id,
            data: {
                code: e.purchaseOrder.code,
                supplier: e.purchaseOrder.supplier?.name ?? null,
                expectedDate: e.purchaseOrder.expectedDate?.toISOString() ?? null,
                outstanding: e.quantityOutstanding,
            },
        })),
    ],
    check(c, id, data) {
        if (!data) {
            return Promise.resolve(undefined);
        }
        const days =
            typeof data.expectedDate === 'string'
                ? Math.max(0, Math.floor((c.now.getTime() - new Date(data.expectedDate).getTime()) / DAY))
                : 0;
        const supplier = data.supplier ?? '—';
        return Promise.resolve({
            type: 'PurchaseOrder',
            id,
            label: String(data.code),
            link: `/purchase-orders/${String(id)}`,
            message: {
                en: `Purchase order ${String(data.code)} from ${String(supplier)} is ${days} days overdue; ${String(data.outstanding)} units outstanding.`,
                zh_Hans: `供应商 ${String(supplier)} 的采购订单 ${String(data.code)} 已逾期 ${days} 天，尚有 ${String(data.outstanding)} 件未到货。`,
            },
        });
    },
});

/** Goods were received with notes or discrepancies (`GoodsReceivedWithNotesEvent`). Resolved by hand. */
export const goodsReceivedWithNotesCondition = new AlertConditionDef({
    code: 'warehouse-goods-received-with-notes',
    description: [
        { languageCode: LanguageCode.en, value: 'Goods received with notes or discrepancies' },
        { languageCode: LanguageCode.zh_Hans, value: '收货有备注或差异' },
    ],
    args: {},
    events: [
        onEvent(GoodsReceivedWithNotesEvent, e => ({
            id: e.receipt.id,
            data: {
                code: e.receipt.code,
                note: e.receipt.note ?? null,
                lines: e.linesWithNotes.length,
            },
        })),
    ],
    check(_c, id, data) {
        if (!data) {
            return Promise.resolve(undefined);
        }
        const note = data.note ? `: ${String(data.note)}` : '';
        return Promise.resolve({
            type: 'GoodsReceipt',
            id,
            label: String(data.code),
            link: `/goods-receipts/${String(id)}`,
            message: {
                en: `Goods receipt ${String(data.code)} was posted with notes or discrepancies on ${String(data.lines)} lines${note}.`,
                zh_Hans: `收货单 ${String(data.code)} 有 ${String(data.lines)} 行备注或差异${note ? `：${String(data.note)}` : ''}。`,
            },
        });
    },
});

/** The conditions on the warehouse plugin's events; registered only when `WarehousePlugin` is installed. */
export const warehouseAlertConditions: AlertConditionDef[] = [
    stockBelowReorderPointCondition,
    purchaseOrderOverdueCondition,
    goodsReceivedWithNotesCondition,
];
