import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { Injector, RequestContext, TransactionalConnection } from '@vendure/core';
import { In, LessThan } from 'typeorm';

import {
    GoodsReceivedWithNotesEvent,
    PurchaseOrder,
    PurchaseOrderOverdueEvent,
    PurchaseOrderState,
    ReorderPoint,
    StockBelowReorderPointEvent,
    WarehouseStockLevel,
    WarehouseStockService,
} from '../../warehouse';

import { AlertConditionDef, onEvent } from './alert-condition';

const DAY = 86_400_000;

/** Purchase orders still waiting for goods (the warehouse plugin's own overdue check looks at these). */
const OPEN_PURCHASE_ORDER_STATES = [PurchaseOrderState.Sent, PurchaseOrderState.PartiallyReceived];

/** The variant's stock per warehouse of the channel; none when the variant is not (or no longer) in it. */
async function stockOf(
    c: { ctx: RequestContext; injector: Injector },
    variantId: ID,
): Promise<WarehouseStockLevel[]> {
    try {
        return await c.injector.get(WarehouseStockService).forVariant(c.ctx, variantId);
    } catch {
        return [];
    }
}

/**
 * A variant's available stock in a warehouse fell below its reorder point (`StockBelowReorderPointEvent`). The
 * subject is the variant: a crossing in a second warehouse bumps the same alert. Resolves itself once the
 * available stock is back at or above the minimum in every warehouse of the channel with a reorder point for it.
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
        const level = (await stockOf(c, String(data.productVariantId))).find(
            l => String(l.warehouse.id) === String(data.warehouseId),
        );
        if (!level) {
            // The variant or the warehouse is not in this channel.
            return undefined;
        }
        const sku = level.productVariant?.sku ?? `#${String(data.productVariantId)}`;
        const warehouse = level.warehouse.code;
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
    async stillHolds(c, variantId) {
        const levels = await stockOf(c, variantId);
        if (!levels.length) {
            return false;
        }
        const points = await c.injector
            .get(TransactionalConnection)
            .getRepository(c.ctx, ReorderPoint)
            .find({
                where: {
                    productVariantId: variantId,
                    warehouseId: In(levels.map(l => l.warehouse.id)),
                },
            });
        return points.some(point => {
            const level = levels.find(l => String(l.warehouse.id) === String(point.warehouseId));
            return !!level && level.stockOnHand - level.stockAllocated < point.minQuantity;
        });
    },
});

/** The purchase order of the channel if it is open and more than `days` days past its expected date. */
async function overdueOrder(
    c: { ctx: RequestContext; injector: Injector; now: Date },
    id: ID,
    days: number,
): Promise<PurchaseOrder | undefined> {
    const order = await c.injector
        .get(TransactionalConnection)
        .getRepository(c.ctx, PurchaseOrder)
        .findOne({
            where: { id, channelId: c.ctx.channelId },
            relations: { supplier: true, lines: true },
        });
    if (
        !order ||
        !OPEN_PURCHASE_ORDER_STATES.includes(order.state) ||
        !order.expectedDate ||
        order.expectedDate.getTime() >= c.now.getTime() - days * DAY
    ) {
        return undefined;
    }
    return order;
}

/**
 * A sent purchase order is more than N days past its expected date and not fully received: at once on the
 * warehouse plugin's `PurchaseOrderOverdueEvent` (N = 0), and by the scan for any N. Resolves itself once the
 * goods are received, the order is cancelled or its expected date moved.
 */
export const purchaseOrderOverdueCondition = new AlertConditionDef({
    code: 'warehouse-purchase-order-overdue',
    description: [
        { languageCode: LanguageCode.en, value: 'Purchase order overdue by more than { days } days' },
        { languageCode: LanguageCode.zh_Hans, value: '采购订单逾期超过 { days } 天' },
    ],
    args: {
        days: {
            type: 'int',
            defaultValue: 0,
            ui: { component: 'number-form-input', min: 0 },
            label: [
                { languageCode: LanguageCode.en, value: 'Days past the expected date' },
                { languageCode: LanguageCode.zh_Hans, value: '超过预计到货日的天数' },
            ],
        },
    },
    // the daily overdue task publishes in the default channel: checked in the order's own channel
    events: [
        onEvent(PurchaseOrderOverdueEvent, e => ({
            id: e.purchaseOrder.id,
            channelIds: [e.purchaseOrder.channelId],
        })),
    ],
    async scan(c) {
        const rows = await c.injector
            .get(TransactionalConnection)
            .getRepository(c.ctx, PurchaseOrder)
            .find({
                select: { id: true },
                where: {
                    channelId: c.ctx.channelId,
                    state: In(OPEN_PURCHASE_ORDER_STATES),
                    expectedDate: LessThan(new Date(c.now.getTime() - (c.args.days ?? 0) * DAY)),
                },
                order: { expectedDate: 'ASC' },
                take: 1000,
            });
        return rows.map(r => r.id);
    },
    async check(c, id) {
        const order = await overdueOrder(c, id, c.args.days ?? 0);
        if (!order?.expectedDate) {
            return undefined;
        }
        const days = Math.max(0, Math.floor((c.now.getTime() - order.expectedDate.getTime()) / DAY));
        const outstanding = order.lines.reduce(
            (sum, l) => sum + Math.max(0, l.quantity - l.quantityReceived),
            0,
        );
        const supplier = order.supplier?.name ?? '—';
        return {
            type: 'PurchaseOrder',
            id: order.id,
            label: order.code,
            link: `/purchase-orders/${String(order.id)}`,
            message: {
                en: `Purchase order ${order.code} from ${supplier} is ${days} days overdue; ${outstanding} units outstanding.`,
                zh_Hans: `供应商 ${supplier} 的采购订单 ${order.code} 已逾期 ${days} 天，尚有 ${outstanding} 件未到货。`,
            },
        };
    },
    async stillHolds(c, id) {
        return !!(await overdueOrder(c, id, c.args.days ?? 0));
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
                note: e.receipt.note?.trim() || null,
                lines: e.linesWithNotes.length,
            },
        })),
    ],
    check(_c, id, data) {
        if (!data) {
            return Promise.resolve(undefined);
        }
        const code = String(data.code);
        const lines = Number(data.lines ?? 0);
        const note = data.note ? String(data.note) : null;
        const en = [
            lines ? `notes or discrepancies on ${lines} ${lines === 1 ? 'line' : 'lines'}` : null,
            note ? `the note "${note}"` : null,
        ]
            .filter(Boolean)
            .join(' and ');
        const zh = [lines ? `${lines} 行有备注或差异` : null, note ? `备注：“${note}”` : null]
            .filter(Boolean)
            .join('；');
        return Promise.resolve({
            type: 'GoodsReceipt',
            id,
            label: code,
            link: `/goods-receipts/${String(id)}`,
            message: {
                en: `Goods receipt ${code} was posted with ${en || 'a discrepancy'}.`,
                zh_Hans: `收货单 ${code} 已过账：${zh || '有差异'}。`,
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
