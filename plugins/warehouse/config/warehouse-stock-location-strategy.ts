import { ID } from '@vendure/common/lib/shared-types';
import {
    AvailableStock,
    idsAreEqual,
    Injector,
    LocationWithQuantity,
    OrderLine,
    RequestContext,
    StockLevel,
    StockLocation,
    StockLocationStrategy,
} from '@vendure/core';

import { AllocationRouting, PreviousAllocationRouting } from '../../../src/common/allocation-routing';

import { fulfillmentShipFrom } from './warehouse-fulfillment-handler';
import { OrderPickupService } from '../services/order-pickup.service';
import { WarehouseAllocationService } from '../services/warehouse-allocation.service';

/**
 * Decides which warehouse ships an order line, and wraps the strategy configured before it (Vendure's
 * `MultiChannelStockLocationStrategy` by default, a marketplace plugin's strategy when one is registered before
 * this plugin):
 *
 * - **Allocation.** The previous strategy is asked first whether it routes the line itself (see
 *   `AllocationRouting`: the marketplace routes an offer line to its seller's location; a strategy that cannot
 *   say is asked for its answer, which stands when it differs from Vendure's own
 *   `MultiChannelStockLocationStrategy`). Otherwise the line goes to the channel's active warehouses: those serving the shipping
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
export class WarehouseStockLocationStrategy implements StockLocationStrategy, AllocationRouting {
    private allocation: WarehouseAllocationService;
    private pickup: OrderPickupService;
    private readonly previousRouting: PreviousAllocationRouting;

    /** @param previous the strategy configured before this plugin; it decides whatever this one leaves. */
    constructor(private readonly previous: StockLocationStrategy) {
        this.previousRouting = new PreviousAllocationRouting(previous);
    }

    async init(injector: Injector): Promise<void> {
        this.allocation = injector.get(WarehouseAllocationService);
        this.pickup = injector.get(OrderPickupService);
        await this.previous.init?.(injector);
        await this.previousRouting.init(injector);
    }

    async destroy(): Promise<void> {
        await this.previous.destroy?.();
        await this.previousRouting.destroy();
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
        return (
            (await this.routedAllocation(ctx, stockLocations, orderLine, quantity)) ??
            // a channel without warehouses: the previous strategy's answer, completed
            this.allocation.completeAllocation(
                ctx,
                orderLine,
                quantity,
                await this.previous.forAllocation(ctx, stockLocations, orderLine, quantity),
            )
        );
    }

    /**
     * What the previous strategy routes itself, else the pick-up warehouse of a click-and-collect order, else the
     * plan over the channel's active warehouses; `undefined` in a channel without warehouses.
     */
    async routedAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        const routed = await this.previousRouting.routed(ctx, stockLocations, orderLine, quantity);
        if (routed) {
            return routed;
        }
        // Click-and-collect: the whole line at the chosen pick-up warehouse, never elsewhere (the stock guard
        // refuses it there when the stock is gone).
        const pickup = await this.pickup.effectivePickupWarehouseOfLine(ctx, orderLine);
        const pickupLocation = pickup && stockLocations.find(l => idsAreEqual(l.id, pickup.stockLocationId));
        if (pickupLocation) {
            return [{ location: pickupLocation, quantity }];
        }
        return this.allocation.planAllocation(ctx, stockLocations, orderLine, quantity);
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
