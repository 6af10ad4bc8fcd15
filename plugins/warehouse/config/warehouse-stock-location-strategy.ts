import { ID } from '@vendure/common/lib/shared-types';
import {
    AvailableStock,
    idsAreEqual,
    Injector,
    LocationWithQuantity,
    MultiChannelStockLocationStrategy,
    OrderLine,
    RequestContext,
    StockLevel,
    StockLocation,
    StockLocationStrategy,
} from '@vendure/core';

import { fulfillmentShipFrom } from './warehouse-fulfillment-handler';
import { OrderPickupService } from '../services/order-pickup.service';
import { WarehouseAllocationService } from '../services/warehouse-allocation.service';

/**
 * Decides which warehouse ships an order line, and wraps the strategy configured before it (Vendure's
 * `MultiChannelStockLocationStrategy` by default, a marketplace plugin's strategy when one is registered before
 * this plugin):
 *
 * - **Allocation.** The previous strategy is asked first. If it answers differently from what Vendure's own
 *   `MultiChannelStockLocationStrategy` would (a marketplace routing an offer line to its seller's location),
 *   its answer stands. Otherwise the line goes to the channel's active warehouses: those serving the shipping
 *   address's zone first, ordered by the channel's rule (`priority` or `most_stock`); one warehouse with enough
 *   stock ships it all, else the line is split in that order, else the remainder goes to the first warehouse,
 *   where the stock guard refuses it. Channels without warehouses keep the previous strategy's answer,
 *   completed so that a tracked line is never silently under-allocated.
 * - **Click-and-collect.** Lines the previous strategy does not route elsewhere, of an order whose shipping
 *   method is click-and-collect, are allocated in full at the buyer's chosen pick-up warehouse.
 * - **Ship-from choice.** A fulfilment made with the `warehouse-fulfillment` handler and a warehouse sells from
 *   that warehouse: the line's allocation is moved there first (ledgered, guarded).
 * - **Sales, releases, cancellations** take the stock where the ledger says the line holds it (so a split line
 *   is fulfilled and released per location); lines the ledger does not know are left to the previous strategy.
 * - **Available stock** excludes inactive warehouses, then defers to the previous strategy (channel filtering).
 */
export class WarehouseStockLocationStrategy implements StockLocationStrategy {
    private allocation: WarehouseAllocationService;
    private pickup: OrderPickupService;
    private readonly reference: StockLocationStrategy | undefined;

    /** @param previous the strategy configured before this plugin; it decides whatever this one leaves. */
    constructor(private readonly previous: StockLocationStrategy) {
        // Vendure's own strategy expresses no routing preference; anything else (even a subclass) may.
        this.reference =
            previous.constructor === MultiChannelStockLocationStrategy
                ? undefined
                : new MultiChannelStockLocationStrategy();
    }

    async init(injector: Injector): Promise<void> {
        this.allocation = injector.get(WarehouseAllocationService);
        this.pickup = injector.get(OrderPickupService);
        await this.previous.init?.(injector);
        await this.reference?.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.previous.destroy?.();
        await this.reference?.destroy?.();
    }

    async getAvailableStock(
        ctx: RequestContext,
        productVariantId: ID,
        stockLevels: StockLevel[],
    ): Promise<AvailableStock> {
        return this.previous.getAvailableStock(
            ctx,
            productVariantId,
            await this.allocation.sellableLevels(ctx, stockLevels),
        );
    }

    async forAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        const delegated = await this.previous.forAllocation(ctx, stockLocations, orderLine, quantity);
        if (this.reference) {
            const neutral = await this.reference.forAllocation(ctx, stockLocations, orderLine, quantity);
            if (!sameAllocation(delegated, neutral)) {
                return delegated;
            }
        }
        // Click-and-collect: the whole line at the chosen pick-up warehouse, never elsewhere (the stock guard
        // refuses it there when the stock is gone).
        const pickup = await this.pickup.effectivePickupWarehouseOfLine(ctx, orderLine);
        const pickupLocation = pickup && stockLocations.find(l => idsAreEqual(l.id, pickup.stockLocationId));
        if (pickupLocation) {
            return [{ location: pickupLocation, quantity }];
        }
        const planned = await this.allocation.planAllocation(ctx, stockLocations, orderLine, quantity);
        return planned ?? this.allocation.completeAllocation(ctx, orderLine, quantity, delegated);
    }

    async forSale(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        const shipFrom = fulfillmentShipFrom(ctx);
        if (shipFrom?.orderLineIds.some(id => idsAreEqual(id, orderLine.id))) {
            const warehouse = await this.pickup.warehouseById(ctx, shipFrom.warehouseId);
            if (warehouse) {
                return this.allocation.moveAllocationTo(ctx, stockLocations, orderLine, quantity, warehouse);
            }
        }
        return (
            (await this.allocation.fromAllocations(ctx, stockLocations, orderLine, quantity)) ??
            this.previous.forSale(ctx, stockLocations, orderLine, quantity)
        );
    }

    async forRelease(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        return (
            (await this.allocation.fromAllocations(ctx, stockLocations, orderLine, quantity)) ??
            this.previous.forRelease(ctx, stockLocations, orderLine, quantity)
        );
    }

    async forCancellation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        return (
            (await this.allocation.fromSales(ctx, stockLocations, orderLine, quantity)) ??
            this.previous.forCancellation(ctx, stockLocations, orderLine, quantity)
        );
    }
}

function sameAllocation(a: LocationWithQuantity[], b: LocationWithQuantity[]): boolean {
    return (
        a.length === b.length &&
        a.every(x => b.some(y => idsAreEqual(x.location.id, y.location.id) && x.quantity === y.quantity))
    );
}
