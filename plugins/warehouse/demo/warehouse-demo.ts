import { INestApplicationContext } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    LanguageCode,
    Logger,
    ProductVariant,
    RequestContext,
    ShippingMethodService,
    StockLocationService,
    TransactionalConnection,
    ZoneService,
} from '@vendure/core';

import { demoOrderContext, placeDemoOrder } from '../../../src/demo/demo-orders';

import { DuplicateCodeError } from '../api/error-results';
import { loggerCtx, WAREHOUSE_PICKUP_CHECKER_CODE } from '../constants';
import { Supplier } from '../entities/supplier.entity';
import { Warehouse, WarehouseType } from '../entities/warehouse.entity';
import { GoodsReceiptService } from '../services/goods-receipt.service';
import { OrderPickupService } from '../services/order-pickup.service';
import { PurchaseOrderService } from '../services/purchase-order.service';
import { ReorderPointService } from '../services/reorder-point.service';
import { StockCountService } from '../services/stock-count.service';
import { StockTransferService } from '../services/stock-transfer.service';
import { SupplierService } from '../services/supplier.service';
import { WarehouseService } from '../services/warehouse.service';
import { WarehouseAllocationRule } from '../types';

/** Code of the demo's central warehouse: its presence means the demo was seeded. */
export const DEMO_CENTRAL_CODE = 'SH-CENTRAL';

/**
 * The warehouse demo: Vendure's default stock location (where the sample catalog's stock is) becomes the
 * central warehouse serving every zone; a London branch serves Europe and a Beijing branch serves Asia, both
 * pick-up points. Two suppliers; the London branch got its stock through a received purchase order, an open
 * purchase order is partially received at the centre, a transfer to Beijing is in transit, a cycle count is under way
 * in Beijing, and a few variants
 * have reorder points (one of them already below its minimum, for the low-stock widget). Names are bilingual
 * (stock locations and suppliers are not translatable in Vendure). Seeds once: nothing is done when the central
 * warehouse exists.
 */
export async function seedWarehouseDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    if (await connection.getRepository(ctx, Warehouse).exists({ where: { code: DEMO_CENTRAL_CODE } })) {
        return;
    }
    const pickupVariantId = await connection.withTransaction(ctx, txCtx => seed(app, txCtx));
    const orderCtx = await demoOrderContext(app, ctx);
    await connection.withTransaction(orderCtx, async txCtx => {
        await seedClickAndCollect(app, txCtx, pickupVariantId);
    });
    Logger.info(
        'Seeded the warehouse demo (3 warehouses, 2 suppliers, documents, a stock count, reorder points, a click-and-collect order)',
        loggerCtx,
    );
}

/** Code of the demo's click-and-collect shipping method. */
export const DEMO_CLICK_AND_COLLECT_CODE = 'click-and-collect';
/** The buyer of the demo's click-and-collect order (collects at the London branch). */
export const DEMO_PICKUP_BUYER = 'oliver.bennett@example.co.uk';

/**
 * A free click-and-collect shipping method (the `warehouse-pickup` checker) and a paid order to collect at the
 * London branch: the order page's pick-up block and the allocation at the chosen warehouse, seen in the demo.
 */
async function seedClickAndCollect(
    app: INestApplicationContext,
    ctx: RequestContext,
    variantId: ID | undefined,
): Promise<void> {
    await app.get(ShippingMethodService).create(ctx, {
        code: DEMO_CLICK_AND_COLLECT_CODE,
        fulfillmentHandler: 'manual-fulfillment',
        checker: { code: WAREHOUSE_PICKUP_CHECKER_CODE, arguments: [] },
        calculator: {
            code: 'default-shipping-calculator',
            arguments: [
                { name: 'rate', value: '0' },
                { name: 'includesTax', value: 'auto' },
                { name: 'taxRate', value: '0' },
            ],
        },
        translations: [
            {
                languageCode: LanguageCode.en,
                name: 'Click and collect',
                description: 'Collect at the pick-up warehouse you chose, free of charge.',
            },
            {
                languageCode: LanguageCode.zh_Hans,
                name: '门店自提',
                description: '到您选择的自提仓库免费提货。',
            },
        ],
    });
    const london = await app.get(WarehouseService).findByCode(ctx, 'LDN-BRANCH');
    if (!london || variantId === undefined) {
        return;
    }
    await placeDemoOrder(app, ctx, {
        label: 'Warehouse demo, click-and-collect order',
        customer: { emailAddress: DEMO_PICKUP_BUYER, firstName: 'Oliver', lastName: 'Bennett' },
        lines: [{ productVariantId: variantId, quantity: 1 }],
        address: {
            fullName: 'Oliver Bennett',
            streetLine1: '3 Whitechapel Road',
            city: 'London',
            postalCode: 'E1 1DU',
            countryCode: 'GB',
        },
        beforeShipping: order => app.get(OrderPickupService).setPickupWarehouse(ctx, order, london.id),
        shipping: { code: DEMO_CLICK_AND_COLLECT_CODE },
    });
}

/** Seeds warehouses, suppliers, documents and reorder points; returns the variant the click-and-collect order buys. */
async function seed(app: INestApplicationContext, ctx: RequestContext): Promise<ID | undefined> {
    const connection = app.get(TransactionalConnection);
    const warehouses = app.get(WarehouseService);
    const zones = await app.get(ZoneService).getAllWithMembers(ctx);
    const zoneId = (name: string) => zones.find(z => z.name === name)?.id;
    const defaultLocation = await app.get(StockLocationService).defaultStockLocation(ctx);

    const central = expectEntity(
        await warehouses.create(ctx, {
            code: DEMO_CENTRAL_CODE,
            stockLocationId: defaultLocation.id,
            name: 'Shanghai central warehouse 上海中央仓库',
            description: 'Distribution centre for every zone',
            type: WarehouseType.Central,
            priority: 10,
            pickupPoint: false,
            address: {
                streetLine1: '88 Logistics Road, Pudong',
                city: 'Shanghai',
                postalCode: '201206',
                countryCode: 'CN',
            },
        }),
    );
    const london = expectEntity(
        await warehouses.create(ctx, {
            code: 'LDN-BRANCH',
            name: 'London branch 伦敦分仓',
            type: WarehouseType.Branch,
            priority: 5,
            pickupPoint: true,
            pickupInstructions: 'Mon-Sat 9:00-18:00, trade counter at the back · 周一至周六 9:00-18:00',
            zoneIds: [zoneId('Europe')].filter((id): id is ID => id != null),
            address: {
                streetLine1: '12 Canal Street',
                city: 'London',
                postalCode: 'E1 6AN',
                countryCode: 'GB',
            },
        }),
    );
    const beijing = expectEntity(
        await warehouses.create(ctx, {
            code: 'BJ-BRANCH',
            name: 'Beijing branch 北京分仓',
            type: WarehouseType.Branch,
            priority: 5,
            pickupPoint: true,
            pickupInstructions: 'Daily 8:00-20:00 · 每天 8:00-20:00',
            zoneIds: [zoneId('Asia')].filter((id): id is ID => id != null),
            address: {
                streetLine1: '1 Jianguo Road, Chaoyang',
                city: 'Beijing',
                postalCode: '100022',
                countryCode: 'CN',
            },
        }),
    );
    const channel = await app.get(ChannelService).getDefaultChannel(ctx);
    await app.get(ChannelService).update(ctx, {
        id: channel.id,
        customFields: {
            warehouseAllocationRule: WarehouseAllocationRule.Priority,
            warehousePickupAvailability: true,
        },
    });

    const supplierService = app.get(SupplierService);
    const electronics = expectEntity(
        await supplierService.create(ctx, {
            code: 'SZ-ELEC',
            name: 'Shenzhen Electronics Co. 深圳电子有限公司',
            contactName: 'Li Wei 李伟',
            emailAddress: 'orders@sz-electronics.example',
            phoneNumber: '+86 755 0000 0000',
            leadTimeDays: 14,
            address: { streetLine1: '6 Keji Road, Nanshan', city: 'Shenzhen', countryCode: 'CN' },
        }),
    );
    const homeGoods = expectEntity(
        await supplierService.create(ctx, {
            code: 'HZ-HOME',
            name: 'Hangzhou Home Goods 杭州家居用品',
            contactName: 'Chen Jing 陈静',
            emailAddress: 'sales@hz-home.example',
            leadTimeDays: 7,
            allowOverReceipt: true,
        }),
    );

    const variants = await connection
        .getRepository(ctx, ProductVariant)
        .createQueryBuilder('variant')
        .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', { channelId: channel.id })
        .where('variant.deletedAt IS NULL')
        .orderBy('variant.id', 'ASC')
        .take(8)
        .getMany();
    if (variants.length < 4) {
        return undefined;
    }
    const [v1, v2, v3, v4] = variants;
    const purchaseOrders = app.get(PurchaseOrderService);
    const receipts = app.get(GoodsReceiptService);

    // London got its stock from a purchase order, received in full (one carton damaged and noted).
    const londonOrder = await purchaseOrders.create(ctx, {
        supplierId: electronics.id,
        warehouseId: london.id,
        expectedDate: daysFromNow(-10),
        note: 'Opening stock for the London branch',
        lines: [
            { productVariantId: v1.id, quantity: 12, unitPrice: 90_000 },
            { productVariantId: v2.id, quantity: 6, unitPrice: 98_000 },
            { productVariantId: v3.id, quantity: 3, unitPrice: 21_000 },
        ],
    });
    await purchaseOrders.send(ctx, londonOrder.id);
    await receipts.receive(ctx, {
        purchaseOrderId: londonOrder.id,
        reference: 'DN-SZ-20411',
        lines: [
            { productVariantId: v1.id, quantityReceived: 12 },
            {
                productVariantId: v2.id,
                quantityReceived: 7,
                quantityRejected: 1,
                note: 'One box crushed · 一箱压坏',
            },
            { productVariantId: v3.id, quantityReceived: 3 },
        ],
    });

    // An open purchase order at the centre: sent, one line partly delivered.
    const openOrder = await purchaseOrders.create(ctx, {
        supplierId: homeGoods.id,
        warehouseId: central.id,
        expectedDate: daysFromNow(5),
        note: 'Restock before the spring campaign · 春季活动前补货',
        lines: [
            { productVariantId: v3.id, quantity: 40, unitPrice: 18_000 },
            { productVariantId: v4.id, quantity: 25, unitPrice: 3_500 },
        ],
    });
    await purchaseOrders.send(ctx, openOrder.id);
    await receipts.receive(ctx, {
        purchaseOrderId: openOrder.id,
        reference: 'HZ-7781',
        lines: [{ productVariantId: v3.id, quantityReceived: 15 }],
    });

    // Beijing: one transfer arrived, another is on the road.
    const transfers = app.get(StockTransferService);
    const arrived = await transfers.create(ctx, {
        sourceWarehouseId: central.id,
        destinationWarehouseId: beijing.id,
        note: 'Opening stock for the Beijing branch',
        lines: [
            { productVariantId: v1.id, quantity: 8 },
            { productVariantId: v4.id, quantity: 10 },
        ],
    });
    await transfers.dispatch(ctx, arrived.id);
    await receipts.receive(ctx, {
        stockTransferId: arrived.id,
        lines: [
            { productVariantId: v1.id, quantityReceived: 8 },
            { productVariantId: v4.id, quantityReceived: 10 },
        ],
    });
    const inTransit = await transfers.create(ctx, {
        sourceWarehouseId: central.id,
        destinationWarehouseId: beijing.id,
        note: 'Weekly replenishment · 每周补货',
        lines: [
            { productVariantId: v2.id, quantity: 5 },
            { productVariantId: v3.id, quantity: 4 },
        ],
    });
    await transfers.dispatch(ctx, inTransit.id);

    // A cycle count under way in Beijing: one of its two lines counted so far.
    const counts = app.get(StockCountService);
    const cycleCount = await counts.open(ctx, {
        warehouseId: beijing.id,
        productVariantIds: [v1.id, v4.id],
        note: 'Monthly cycle count · 月度循环盘点',
    });
    await counts.setQuantity(ctx, {
        stockCountId: cycleCount.id,
        productVariantId: v1.id,
        countedQuantity: 8,
    });

    // Reorder points: London's third variant (3 in stock) is already below its minimum.
    const reorderPoints = app.get(ReorderPointService);
    await reorderPoints.create(ctx, {
        productVariantId: v1.id,
        warehouseId: london.id,
        minQuantity: 4,
        reorderQuantity: 12,
        preferredSupplierId: electronics.id,
        autoDraftPurchaseOrder: true,
    });
    await reorderPoints.create(ctx, {
        productVariantId: v3.id,
        warehouseId: london.id,
        minQuantity: 5,
        reorderQuantity: 10,
        preferredSupplierId: homeGoods.id,
    });
    await reorderPoints.create(ctx, {
        productVariantId: v4.id,
        warehouseId: beijing.id,
        minQuantity: 3,
        reorderQuantity: 20,
        preferredSupplierId: homeGoods.id,
    });
    // London holds 3 of it (not the sample catalogue's first variant, which the storefront checks rely on).
    return v3.id;
}

function expectEntity<T extends Warehouse | Supplier>(result: T | DuplicateCodeError): T {
    if (result instanceof DuplicateCodeError) {
        throw new Error(`Warehouse demo: ${result.message}`);
    }
    return result;
}

function daysFromNow(days: number): Date {
    return new Date(Date.now() + days * 24 * 60 * 60 * 1000);
}
