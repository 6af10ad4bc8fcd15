import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AdjustmentType, HistoryEntryType, OrderType } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    EventBus,
    HistoryService,
    idsAreEqual,
    InternalServerError,
    isGraphQlErrorResult,
    Order,
    OrderCalculator,
    OrderLine,
    OrderLineEvent,
    OrderService,
    RequestContext,
    ShippingLine,
    TransactionalConnection,
} from '@vendure/core';

import { Offer } from '../entities/offer.entity';

import { announceBuyBoxChange } from './buy-box-price-events';
import { lineKey } from './seller-order-fulfilment.service';
import { SellerOrderService } from './seller-order.service';
import { SellerPayoutService } from './seller-payout.service';

/**
 * Units of a seller's line cancelled on the buyer's order (Vendure's `cancelOrder`, whole or by lines) leave the
 * seller's part too, in the cancelling transaction:
 *
 * - the units go back to the line's offer (`quantityAvailable`), which Vendure's own release gave back at the
 *   seller's stock location; the variant's buy box is announced again;
 * - the seller order's copy of the line loses the units (its totals follow, with an `ORDER_CANCELLATION` history
 *   entry the seller sees), and a seller order left with no units moves to `Cancelled`;
 * - the seller's ledger reverses the units' sale and their commission at the rate frozen on the line
 *   ({@link SellerPayoutService.recordCancellation}), and the part's shipping once nothing of it is left.
 *
 * Units a seller has already fulfilled are not cancelled on the buyer's order (the `cancelOrder` refusal of
 * `SellerFulfilmentHook`): its fulfilment is cancelled first.
 */
@Injectable()
export class SellerOrderCancellationService implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private connection: TransactionalConnection,
        private sellerOrders: SellerOrderService,
        private payouts: SellerPayoutService,
        private orderService: OrderService,
        private orderCalculator: OrderCalculator,
        private historyService: HistoryService,
    ) {}

    onApplicationBootstrap(): void {
        this.eventBus.registerBlockingEventHandler({
            id: 'marketplace-seller-order-cancellation',
            event: OrderLineEvent,
            handler: async event => {
                if (event.type === 'cancelled') {
                    await this.followCancelledLine(event.ctx, event.order, event.orderLine);
                }
            },
        });
    }

    /**
     * Mirrors the units of `line` just cancelled on `order`: Vendure publishes the event with the line as it was
     * before the cancellation, after writing the new quantity, so the difference is what was cancelled.
     */
    async followCancelledLine(ctx: RequestContext, order: Order, line: OrderLine): Promise<void> {
        if (order.type === OrderType.Seller || !this.sellerOrders.isSellerLine(line)) {
            return;
        }
        const now = await this.connection
            .getRepository(ctx, OrderLine)
            .findOne({ where: { id: line.id }, select: ['id', 'quantity'] });
        const quantityBefore = line.quantity;
        const cancelled = quantityBefore - (now?.quantity ?? quantityBefore);
        if (cancelled <= 0) {
            return;
        }
        const offerId = this.sellerOrders.offerIdOfLine(line);
        if (offerId !== undefined) {
            await this.connection
                .getRepository(ctx, Offer)
                .createQueryBuilder()
                .update(Offer)
                .set({ quantityAvailable: () => `"quantityAvailable" + ${Math.trunc(cancelled)}` })
                .where('id = :offerId', { offerId })
                .execute();
            await announceBuyBoxChange(ctx, this.connection, this.eventBus, [line.productVariantId]);
        }
        if (order.type !== OrderType.Aggregate) {
            return;
        }
        const sellerOrders = await this.connection.getRepository(ctx, Order).find({
            where: { aggregateOrderId: order.id, type: OrderType.Seller },
            relations: { lines: true },
        });
        const key = lineKey(line);
        const sellerOrder = sellerOrders.find(o => o.lines.some(l => lineKey(l) === key));
        const twin = sellerOrder?.lines.find(l => lineKey(l) === key);
        if (!sellerOrder || !twin) {
            return;
        }
        const units = Math.min(cancelled, twin.quantity);
        await this.connection
            .getRepository(ctx, OrderLine)
            .update(twin.id, { quantity: twin.quantity - units });
        const partLeft = sellerOrder.lines.some(
            l => (idsAreEqual(l.id, twin.id) ? l.quantity - units : l.quantity) > 0,
        );
        await this.payouts.recordCancellation(ctx, {
            sellerOrderId: sellerOrder.id,
            sellerLineId: twin.id,
            aggregateLineId: line.id,
            placedQuantity: line.orderPlacedQuantity || twin.orderPlacedQuantity || quantityBefore,
            quantityBefore,
            units,
            buyerOrderCode: order.code,
            partCancelled: !partLeft,
        });
        await this.recalculate(ctx, sellerOrder.id, !partLeft);
        await this.historyService.createHistoryEntryForOrder({
            ctx,
            orderId: sellerOrder.id,
            type: HistoryEntryType.ORDER_CANCELLATION,
            data: {
                lines: [{ orderLineId: twin.id, quantity: units }],
                reason: `cancelled on order ${order.code}`,
                shippingCancelled: !partLeft,
            },
        });
        if (!partLeft && sellerOrder.state !== 'Cancelled') {
            const result = await this.orderService.transitionToState(ctx, sellerOrder.id, 'Cancelled');
            if (isGraphQlErrorResult(result)) {
                throw new InternalServerError(
                    `Seller order ${sellerOrder.code} could not follow order ${order.code} to Cancelled: ` +
                        result.transitionError,
                );
            }
        }
    }

    /**
     * The seller order's totals after its lines changed, as Vendure recalculates an order it cancels lines of; a
     * part with nothing left has its shipping cancelled too (as `cancelShipping` does), since its seller ships
     * nothing.
     */
    private async recalculate(ctx: RequestContext, orderId: ID, cancelShipping: boolean): Promise<void> {
        const order = await this.connection.getEntityOrThrow(ctx, Order, orderId, {
            relations: ['lines', 'surcharges', 'shippingLines'],
        });
        if (cancelShipping) {
            for (const shippingLine of order.shippingLines) {
                if (shippingLine.adjustments.some(a => a.adjustmentSource === 'CANCEL_ORDER')) {
                    continue;
                }
                shippingLine.adjustments.push({
                    adjustmentSource: 'CANCEL_ORDER',
                    type: AdjustmentType.OTHER,
                    description: 'shipping cancellation',
                    amount: shippingLine.listPriceIncludesTax
                        ? -shippingLine.discountedPriceWithTax
                        : -shippingLine.discountedPrice,
                    data: {},
                });
                await this.connection.getRepository(ctx, ShippingLine).save(shippingLine, { reload: false });
            }
        }
        this.orderCalculator.calculateOrderTotals(order);
        await this.connection.getRepository(ctx, Order).save(order, { reload: false });
    }
}
