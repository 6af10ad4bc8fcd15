import {
    idsAreEqual,
    Injector,
    LocationWithQuantity,
    MultiChannelStockLocationStrategy,
    OrderLine,
    RequestContext,
    StockLocation,
    StockLocationStrategy,
} from '@vendure/core';

/**
 * A `StockLocationStrategy` that wraps the one configured before it (the platform's plugins compose their stock
 * strategies that way) and can say which order lines it routes itself, without working out what Vendure's own
 * `MultiChannelStockLocationStrategy` would answer for the others.
 *
 * A strategy wrapping another needs to know whether the line is the inner strategy's business (the marketplace: an
 * offer line ships from its seller's location) or left to Vendure's default (the warehouse plugin then picks the
 * warehouse). Without this, the only way to know is to ask the inner strategy and Vendure's default strategy and
 * compare: two runs of Vendure's strategy (its stock levels and the variant read) for every line allocated.
 */
export interface AllocationRouting {
    /**
     * The allocation this strategy, or one it wraps, decides for the line itself; `undefined` when the line is
     * left to Vendure's channel-based default (`MultiChannelStockLocationStrategy`).
     */
    routedAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined>;
}

export function routesAllocations(
    strategy: StockLocationStrategy,
): strategy is StockLocationStrategy & AllocationRouting {
    return typeof (strategy as Partial<AllocationRouting>).routedAllocation === 'function';
}

/**
 * What the strategy configured before a wrapping strategy routes itself ({@link AllocationRouting}), whatever it
 * is: asked of it when it says; nothing for Vendure's own `MultiChannelStockLocationStrategy`, which expresses no
 * routing preference; for any other strategy (even a subclass of Vendure's), its answer when that differs from
 * Vendure's own.
 */
export class PreviousAllocationRouting {
    private readonly reference: StockLocationStrategy | undefined;

    constructor(private readonly previous: StockLocationStrategy) {
        this.reference =
            routesAllocations(previous) || previous.constructor === MultiChannelStockLocationStrategy
                ? undefined
                : new MultiChannelStockLocationStrategy();
    }

    /** Initialises the reference strategy when one is needed (the previous strategy is the wrapper's to init). */
    async init(injector: Injector): Promise<void> {
        await this.reference?.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.reference?.destroy?.();
    }

    async routed(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        if (routesAllocations(this.previous)) {
            return this.previous.routedAllocation(ctx, stockLocations, orderLine, quantity);
        }
        if (!this.reference) {
            return undefined;
        }
        const answer = await this.previous.forAllocation(ctx, stockLocations, orderLine, quantity);
        const neutral = await this.reference.forAllocation(ctx, stockLocations, orderLine, quantity);
        return sameAllocation(answer, neutral) ? undefined : answer;
    }
}

function sameAllocation(a: LocationWithQuantity[], b: LocationWithQuantity[]): boolean {
    return (
        a.length === b.length &&
        a.every(x => b.some(y => idsAreEqual(x.location.id, y.location.id) && x.quantity === y.quantity))
    );
}
