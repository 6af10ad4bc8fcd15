import { ID } from '@vendure/common/lib/shared-types';
import {
    AvailableStock,
    ChannelService,
    idsAreEqual,
    Injector,
    LocationWithQuantity,
    OrderLine,
    RequestContext,
    StockLevel,
    StockLocation,
    StockLocationStrategy,
    TransactionalConnection,
} from '@vendure/core';

import { AllocationRouting, PreviousAllocationRouting } from '../../../src/common/allocation-routing';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { OfferService } from '../services/offer.service';
import { SellerOrderService } from '../services/seller-order.service';

/**
 * A seller line's (an offer line's, or one a registered `OrderLineSellerResolver` names the seller of) stock
 * movements (allocation, sale, release, cancellation) are recorded at its seller's stock
 * location, never at the platform's: the seller's quantity is the offer's own `quantityAvailable` (taken off
 * when the order is placed). Every other line is left to the strategy configured before (Vendure's
 * `MultiChannelStockLocationStrategy`).
 *
 * Available stock, in the default channel (the shared catalogue), is the previous strategy's plus what the
 * sellers' sellable offers hold: a part only sellers carry is in stock on the storefront (`stockLevel`, the
 * search index's `inStock`), and Vendure's own checks (`addItemToOrder`, the move to `ArrangingPayment`) let a
 * buyer take it. Each offer line is still held to its own offer's quantity (`OfferOrderInterceptor`, and the
 * guarded decrement when the order is placed), and a platform line to the platform's stock (the warehouse
 * plugin's guard). On a seller's channel, a variant's available stock is that seller's: its sellable offers plus
 * what it holds for unfulfilled orders (so the seller's fulfilment passes Vendure's on-hand check).
 *
 * It says which lines it routes itself (`AllocationRouting`), so that a strategy wrapping it (the warehouse
 * plugin's) need not work out Vendure's own answer to tell.
 */
export class MarketplaceStockLocationStrategy implements StockLocationStrategy, AllocationRouting {
    private sellerOrders: SellerOrderService;
    private connection: TransactionalConnection;
    private offers: OfferService;
    private channels: ChannelService;

    private readonly previousRouting: PreviousAllocationRouting;

    /** @param previous the strategy configured before the marketplace plugin. */
    constructor(private readonly previous: StockLocationStrategy) {
        this.previousRouting = new PreviousAllocationRouting(previous);
    }

    async init(injector: Injector): Promise<void> {
        this.sellerOrders = injector.get(SellerOrderService);
        this.connection = injector.get(TransactionalConnection);
        this.offers = injector.get(OfferService);
        this.channels = injector.get(ChannelService);
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
        const available = await this.previous.getAvailableStock(ctx, productVariantId, stockLevels);
        const defaultChannel = await this.channels.getDefaultChannel(ctx);
        if (!idsAreEqual(ctx.channelId, defaultChannel.id)) {
            // On a seller's channel the seller's stock of a part is its offers' (the location's own levels only
            // record the movements): what it can sell, and what it holds for its unfulfilled orders, which its
            // fulfilment checks on hand against.
            const seller = await this.connection
                .getRepository(ctx, MarketplaceSeller)
                .findOne({ where: { channelId: ctx.channelId }, select: ['id'] });
            if (!seller) {
                return available;
            }
            const own = await this.offers.offerStock(ctx, productVariantId, seller.id);
            return { stockOnHand: own.sellable + own.held, stockAllocated: own.held };
        }
        // Vendure's terms: on hand counts what is held for orders, saleable is on hand less allocated. So the
        // sellers' sellable units add to on hand, their units held for unfulfilled orders to both (fulfilling an
        // offer line checks on hand).
        const { sellable, held } = await this.offers.offerStock(ctx, productVariantId);
        return sellable > 0 || held > 0
            ? {
                  stockOnHand: available.stockOnHand + sellable + held,
                  stockAllocated: available.stockAllocated + held,
              }
            : available;
    }

    async forAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        return (
            (await this.sellerLocation(ctx, orderLine, quantity)) ??
            this.previous.forAllocation(ctx, stockLocations, orderLine, quantity)
        );
    }

    /** A seller line at its seller's stock location, else what the previous strategy routes itself. */
    async routedAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        return (
            (await this.sellerLocation(ctx, orderLine, quantity)) ??
            this.previousRouting.routed(ctx, stockLocations, orderLine, quantity)
        );
    }

    async forRelease(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        return (
            (await this.sellerLocation(ctx, orderLine, quantity)) ??
            this.previous.forRelease(ctx, stockLocations, orderLine, quantity)
        );
    }

    async forSale(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        return (
            (await this.sellerLocation(ctx, orderLine, quantity)) ??
            this.previous.forSale(ctx, stockLocations, orderLine, quantity)
        );
    }

    async forCancellation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        return (
            (await this.sellerLocation(ctx, orderLine, quantity)) ??
            this.previous.forCancellation(ctx, stockLocations, orderLine, quantity)
        );
    }

    private async sellerLocation(
        ctx: RequestContext,
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        // stock is about to move: no later check of the request may be answered from a read before the move
        this.offers.forgetOfferStockReadAhead(ctx);
        if (!this.sellerOrders.isSellerLine(orderLine)) {
            return undefined;
        }
        const seller = await this.sellerOrders.sellerOfLine(ctx, orderLine);
        if (seller?.stockLocationId == null) {
            return undefined;
        }
        const location = await this.connection
            .getRepository(ctx, StockLocation)
            .findOne({ where: { id: seller.stockLocationId } });
        return location ? [{ location, quantity }] : undefined;
    }
}
