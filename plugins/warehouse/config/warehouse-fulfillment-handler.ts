import { ID } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    FulfillmentHandler,
    Injector,
    LanguageCode,
    RequestContext,
    UserInputError,
} from '@vendure/core';

import { WAREHOUSE_FULFILLMENT_HANDLER_CODE } from '../constants';
import { WarehouseAllocationService } from '../services/warehouse-allocation.service';
import { WarehouseService } from '../services/warehouse.service';

let warehouseService: WarehouseService;
let allocation: WarehouseAllocationService;
let configService: ConfigService;

/**
 * The ship-from choice of the fulfilment being created, per HTTP request (Vendure hands copies of the request
 * context to the fulfilment process, but they share the request).
 */
const shipFromByRequest = new WeakMap<object, FulfillmentShipFrom>();

/** The ship-from choice made by the `warehouse-fulfillment` handler in this request, if any. */
export function fulfillmentShipFrom(ctx: RequestContext): FulfillmentShipFrom | undefined {
    return shipFromByRequest.get(ctx.req ?? ctx);
}

/** The warehouse a fulfilment ships from, for the order lines it covers (set for the request). */
export interface FulfillmentShipFrom {
    warehouseId: string;
    stockLocationId: string;
    orderLineIds: string[];
}

/**
 * Fulfilment handler with a warehouse to ship from: like Vendure's manual handler (method, tracking code), plus
 * an optional warehouse. When given, the fulfilled quantities are sold from that warehouse: their allocation is
 * first moved there from where it was (both moves ledgered; refused when the warehouse lacks the stock). Without
 * a warehouse the sale follows the allocation.
 */
export const warehouseFulfillmentHandler = new FulfillmentHandler({
    code: WAREHOUSE_FULFILLMENT_HANDLER_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Ship from a chosen warehouse' },
        { languageCode: LanguageCode.zh_Hans, value: '从所选仓库发货' },
    ],
    args: {
        method: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Method' },
                { languageCode: LanguageCode.zh_Hans, value: '配送方式' },
            ],
        },
        trackingCode: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Tracking code' },
                { languageCode: LanguageCode.zh_Hans, value: '运单号' },
            ],
        },
        warehouseId: {
            type: 'ID',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Ship from warehouse' },
                { languageCode: LanguageCode.zh_Hans, value: '发货仓库' },
            ],
            description: [
                {
                    languageCode: LanguageCode.en,
                    value: 'Empty: ship from where the stock is allocated',
                },
                { languageCode: LanguageCode.zh_Hans, value: '留空：从已分配库存的仓库发货' },
            ],
            ui: { component: 'warehouse.warehouse-selector' },
        },
    },
    init(injector: Injector) {
        warehouseService = injector.get(WarehouseService);
        allocation = injector.get(WarehouseAllocationService);
        configService = injector.get(ConfigService);
    },
    createFulfillment: async (ctx, orders, lines, args) => {
        shipFromByRequest.delete(ctx.req ?? ctx);
        if (args.warehouseId) {
            // Vendure decodes the ID arguments of some operations but not of fulfilment handlers: decode it here.
            const idStrategy = configService.entityOptions.entityIdStrategy;
            const warehouseId: ID = idStrategy
                ? (idStrategy.decodeId(String(args.warehouseId)) as ID)
                : args.warehouseId;
            const warehouse = await warehouseService.findOne(ctx, warehouseId);
            if (!warehouse || !warehouse.active) {
                throw new UserInputError(`Warehouse ${String(args.warehouseId)} is not an active warehouse`);
            }
            const short = await allocation.shipFromShortfall(ctx, warehouse.stockLocationId, lines);
            if (short) {
                throw new UserInputError(
                    `Warehouse ${warehouse.code} does not have ${short.requested} of ${short.sku} to ship (${short.available} available)`,
                );
            }
            const shipFrom: FulfillmentShipFrom = {
                warehouseId: String(warehouse.id),
                stockLocationId: String(warehouse.stockLocationId),
                orderLineIds: lines.map(l => String(l.orderLineId)),
            };
            shipFromByRequest.set(ctx.req ?? ctx, shipFrom);
        }
        return { method: args.method, trackingCode: args.trackingCode };
    },
});
