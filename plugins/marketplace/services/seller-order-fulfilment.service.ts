import { Injectable } from '@nestjs/common';
import { OrderType } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    Fulfillment,
    FulfillmentLine,
    idsAreEqual,
    InternalServerError,
    Logger,
    isGraphQlErrorResult,
    Order,
    OrderLine,
    orderItemsAreDelivered,
    orderItemsArePartiallyDelivered,
    orderItemsArePartiallyShipped,
    orderItemsAreShipped,
    OrderService,
    OrderState,
    PaymentService,
    RequestContext,
    totalCoveredByPayments,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { loggerCtx } from '../constants';

/**
 * The method of the payment a seller order gets when the buyer's payment on the aggregate order settles: the
 * seller's part was paid with the buyer's order (the platform collected it; the seller is paid through payouts).
 */
export const SELLER_ORDER_PAYMENT_METHOD = 'marketplace-buyer-order';

/** The order states that follow fulfilment, in the order Vendure's default process reaches them. */
export const FULFILMENT_STATES: OrderState[] = [
    'PartiallyShipped',
    'Shipped',
    'PartiallyDelivered',
    'Delivered',
];

/**
 * A refusal to fulfil a line of a split order: already fulfilled on the other side (`fulfilled`: `order` holds the
 * fulfilment), or a seller order's units the buyer's order no longer holds (`cancelled`: `order` is the buyer's).
 */
export interface DoubleFulfilmentRefusal {
    orderLineId: ID;
    order: string;
    reason: 'fulfilled' | 'cancelled';
}

interface LineKeyed {
    line: OrderLine;
    key: string;
}

/**
 * Seller orders follow the buyer's order, and the buyer's order follows its seller orders:
 *
 * - **Payment**: when the buyer's payment on the aggregate order settles, each seller order gets a settled
 *   payment of its total (method {@link SELLER_ORDER_PAYMENT_METHOD}, transaction id the aggregate's code) and moves
 *   to `PaymentSettled`, in the same transaction. From then on its seller fulfils it.
 * - **Fulfilment**: a part of a split order is fulfilled once, on the seller order (by its seller, or the operator)
 *   or on the buyer's order (by the operator), never both: {@link doubleFulfilmentRefusal}.
 * - **State**: the buyer's order counts the fulfilments of its seller orders as its own, so it moves to
 *   `PartiallyShipped`, `Shipped`, `PartiallyDelivered` and `Delivered` as its sellers ship and deliver.
 */
@Injectable()
export class SellerOrderFulfilmentService {
    constructor(
        private connection: TransactionalConnection,
        private orderService: OrderService,
        private paymentService: PaymentService,
        private channelService: ChannelService,
    ) {}

    /**
     * Pays the seller orders of an aggregate order whose buyer's payment settled: a settled payment covering what
     * is not covered yet, then `PaymentSettled` for those still `PaymentAuthorized`. Inside the caller's
     * transaction; a refused transition fails it as a whole.
     */
    async settleSellerOrders(ctx: RequestContext, aggregate: Order): Promise<void> {
        const sellerOrders = await this.connection.getRepository(ctx, Order).find({
            where: { aggregateOrderId: aggregate.id, type: OrderType.Seller },
            relations: { payments: true },
            order: { id: 'ASC' },
        });
        for (const sellerOrder of sellerOrders) {
            if (sellerOrder.state !== 'PaymentAuthorized' && sellerOrder.state !== 'PaymentSettled') {
                continue;
            }
            const due = sellerOrder.totalWithTax - totalCoveredByPayments(sellerOrder, 'Settled');
            if (due > 0) {
                await this.paymentService.createManualPayment(ctx, sellerOrder, due, {
                    orderId: sellerOrder.id,
                    method: SELLER_ORDER_PAYMENT_METHOD,
                    transactionId: aggregate.code,
                    metadata: {
                        public: { paidWithOrder: aggregate.code },
                        aggregateOrderCode: aggregate.code,
                    },
                });
            }
            // Vendure's default payment process moves a covered order on by itself; another may not
            const { state } = await this.connection
                .getRepository(ctx, Order)
                .findOneOrFail({ where: { id: sellerOrder.id }, select: ['id', 'state'] });
            if (state === 'PaymentAuthorized') {
                const result = await this.orderService.transitionToState(
                    ctx,
                    sellerOrder.id,
                    'PaymentSettled',
                );
                if (isGraphQlErrorResult(result)) {
                    throw new InternalServerError(
                        `Seller order ${sellerOrder.code} could not follow order ${aggregate.code}: ${result.transitionError}`,
                    );
                }
            }
        }
    }

    /**
     * The aggregate order as Vendure's fulfilment checks read it: its own fulfilments plus those of its seller
     * orders, their lines mapped onto the aggregate's lines (a seller order's line is a copy of one aggregate line:
     * the same variant, seller channel and custom fields).
     */
    async aggregateWithSellerFulfilments(ctx: RequestContext, aggregateId: ID): Promise<Order> {
        const orders = await this.connection.getRepository(ctx, Order).find({
            where: [{ id: aggregateId }, { aggregateOrderId: aggregateId, type: OrderType.Seller }],
            relations: { lines: true, fulfillments: { lines: true } },
        });
        const aggregate = orders.find(o => idsAreEqual(o.id, aggregateId));
        if (!aggregate) {
            throw new InternalServerError(`Order ${String(aggregateId)} not found`);
        }
        const aggregateLines = aggregate.lines.map(line => ({ line, key: lineKey(line) }));
        const fulfillments: Fulfillment[] = [];
        for (const order of orders) {
            const own = order === aggregate;
            for (const fulfillment of order.fulfillments ?? []) {
                const lines = fulfillment.lines
                    .map(fl => {
                        const target = own
                            ? fl.orderLineId
                            : counterpart(order.lines, fl.orderLineId, aggregateLines);
                        return target === undefined
                            ? undefined
                            : new FulfillmentLine({
                                  orderLineId: target,
                                  quantity: fl.quantity,
                                  fulfillment,
                              });
                    })
                    .filter((fl): fl is FulfillmentLine => fl !== undefined);
                fulfillments.push(new Fulfillment({ ...fulfillment, lines }));
            }
        }
        aggregate.fulfillments = fulfillments;
        return aggregate;
    }

    /** Whether an order may move to a fulfilment state: Vendure's checks, over the seller fulfilments too. */
    async fulfilmentRefusal(
        ctx: RequestContext,
        order: Order,
        toState: OrderState,
    ): Promise<string | undefined> {
        if (!FULFILMENT_STATES.includes(toState)) {
            return undefined;
        }
        const withFulfilments =
            order.type === OrderType.Aggregate
                ? await this.aggregateWithSellerFulfilments(ctx, order.id)
                : await this.connection.getEntityOrThrow(ctx, Order, order.id, {
                      relations: [
                          'lines',
                          'fulfillments',
                          'fulfillments.lines',
                          'fulfillments.lines.fulfillment',
                      ],
                  });
        switch (toState) {
            case 'PartiallyShipped':
                return orderItemsArePartiallyShipped(withFulfilments)
                    ? undefined
                    : 'message.cannot-transition-unless-some-order-items-shipped';
            case 'Shipped':
                return orderItemsAreShipped(withFulfilments)
                    ? undefined
                    : 'message.cannot-transition-unless-all-order-items-shipped';
            case 'PartiallyDelivered':
                return orderItemsArePartiallyDelivered(withFulfilments)
                    ? undefined
                    : 'message.cannot-transition-unless-some-order-items-delivered';
            default:
                return orderItemsAreDelivered(withFulfilments)
                    ? undefined
                    : 'message.cannot-transition-unless-all-order-items-delivered';
        }
    }

    /**
     * Moves the aggregate order of a split order to the fulfilment state its own and its seller orders'
     * fulfilments give it (`Delivered` before `PartiallyDelivered` before `Shipped` before `PartiallyShipped`),
     * when it is in a state that may go there. Inside the caller's transaction, on the default channel.
     */
    async followFulfilments(ctx: RequestContext, aggregateId: ID): Promise<void> {
        const view = await this.aggregateWithSellerFulfilments(ctx, aggregateId);
        const target: OrderState | undefined = orderItemsAreDelivered(view)
            ? 'Delivered'
            : orderItemsArePartiallyDelivered(view)
              ? 'PartiallyDelivered'
              : orderItemsAreShipped(view)
                ? 'Shipped'
                : orderItemsArePartiallyShipped(view)
                  ? 'PartiallyShipped'
                  : undefined;
        if (!target || view.state === target) {
            return;
        }
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const aggregateCtx = idsAreEqual(ctx.channelId, defaultChannel.id) ? ctx : ctx.copy(defaultChannel);
        const nextStates = this.orderService.getNextOrderStates(view);
        if (!nextStates.includes(target)) {
            return;
        }
        const result = await this.orderService.transitionToState(aggregateCtx, aggregateId, target);
        if (isGraphQlErrorResult(result)) {
            // another process refused (e.g. a project's own variant of the default process): the seller's
            // fulfilment stands, the buyer's order stays where it is
            Logger.warn(
                `Order ${view.code} did not follow its seller orders to ${target}: ${result.transitionError}`,
                loggerCtx,
            );
        }
    }

    /** The state of a seller order (type `Seller`) visible in the request's channel; undefined for other orders. */
    async sellerOrderState(ctx: RequestContext, orderId: ID): Promise<OrderState | undefined> {
        const order = await this.connection
            .getRepository(ctx, Order)
            .createQueryBuilder('order')
            .innerJoin('order.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('order.id = :orderId', { orderId })
            .andWhere('order.type = :type', { type: OrderType.Seller })
            .select(['order.id', 'order.state'])
            .getOne();
        return order?.state;
    }

    /**
     * Why units of a buyer's (aggregate) order may not be cancelled: some of them are fulfilled on a seller order
     * (its seller shipped them; cancel that fulfilment first). `lines` as `cancelOrder` names them, or undefined
     * for the whole order. Undefined when the cancellation may go ahead (nothing of a seller's shipped part).
     */
    async cancellationRefusal(
        ctx: RequestContext,
        orderId: ID,
        lines?: Array<{ orderLineId: ID; quantity: number }>,
    ): Promise<{ orderLineId: ID; sellerOrder: string; fulfilled: number; state: OrderState } | undefined> {
        const orders = await this.connection.getRepository(ctx, Order).find({
            where: [{ id: orderId }, { aggregateOrderId: orderId, type: OrderType.Seller }],
            relations: { lines: true, fulfillments: { lines: true } },
        });
        const aggregate = orders.find(o => idsAreEqual(o.id, orderId));
        if (!aggregate || aggregate.type !== OrderType.Aggregate) {
            return undefined;
        }
        const requested = lines ?? aggregate.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity }));
        for (const request of requested) {
            const line = aggregate.lines.find(l => idsAreEqual(l.id, request.orderLineId));
            if (!line || request.quantity <= 0) {
                continue;
            }
            const key = lineKey(line);
            for (const sellerOrder of orders) {
                const twin =
                    sellerOrder === aggregate ? undefined : sellerOrder.lines.find(l => lineKey(l) === key);
                if (!twin) {
                    continue;
                }
                const fulfilled = fulfilledUnits(sellerOrder, twin.id);
                if (fulfilled > 0 && request.quantity > line.quantity - fulfilled) {
                    return {
                        orderLineId: line.id,
                        sellerOrder: sellerOrder.code,
                        fulfilled,
                        state: aggregate.state,
                    };
                }
            }
        }
        return undefined;
    }

    /**
     * Lines of a split order asked to be fulfilled that are already fulfilled on the other side (the aggregate's
     * line on a seller order, or a seller order's line on the aggregate): the first such line, or undefined.
     */
    async doubleFulfilmentRefusal(
        ctx: RequestContext,
        input: Array<{ orderLineId: ID; quantity: number }>,
    ): Promise<DoubleFulfilmentRefusal | undefined> {
        if (!input.length) {
            return undefined;
        }
        const lines = await this.connection.getRepository(ctx, OrderLine).find({
            where: { id: In(input.map(l => l.orderLineId)) },
            relations: { order: true },
        });
        const splitIds = new Set<string>();
        for (const line of lines) {
            if (line.order.type === OrderType.Aggregate) {
                splitIds.add(String(line.order.id));
            } else if (line.order.type === OrderType.Seller && line.order.aggregateOrderId != null) {
                splitIds.add(String(line.order.aggregateOrderId));
            }
        }
        for (const aggregateId of splitIds) {
            const related = await this.connection.getRepository(ctx, Order).find({
                where: [{ id: aggregateId }, { aggregateOrderId: aggregateId, type: OrderType.Seller }],
                relations: { lines: true, fulfillments: { lines: true } },
            });
            for (const requested of input) {
                const line = lines.find(l => idsAreEqual(l.id, requested.orderLineId));
                if (!line || !related.some(o => idsAreEqual(o.id, line.order.id))) {
                    continue;
                }
                const key = lineKey(line);
                for (const other of related) {
                    if (idsAreEqual(other.id, line.order.id)) {
                        continue;
                    }
                    const twin = other.lines.find(l => lineKey(l) === key);
                    if (!twin) {
                        continue;
                    }
                    if (fulfilledUnits(other, twin.id) > 0) {
                        return { orderLineId: line.id, order: other.code, reason: 'fulfilled' };
                    }
                }
                // a seller order's line ships no more than the buyer's order still holds (lines cancelled there)
                const aggregate = related.find(o => idsAreEqual(o.id, aggregateId));
                const own = related.find(o => idsAreEqual(o.id, line.order.id));
                if (aggregate && own && line.order.type === OrderType.Seller) {
                    const held = aggregate.lines.find(l => lineKey(l) === key)?.quantity ?? 0;
                    if (fulfilledUnits(own, line.id) + requested.quantity > held) {
                        return { orderLineId: line.id, order: aggregate.code, reason: 'cancelled' };
                    }
                }
            }
        }
        return undefined;
    }
}

/** Units of an order's line in its fulfilments that are not cancelled (the order loaded with fulfilments.lines). */
function fulfilledUnits(order: Order, lineId: ID): number {
    return (order.fulfillments ?? [])
        .filter(f => f.state !== 'Cancelled')
        .flatMap(f => f.lines)
        .filter(fl => idsAreEqual(fl.orderLineId, lineId))
        .reduce((sum, fl) => sum + fl.quantity, 0);
}

/** What a seller order's copy of a line shares with the aggregate's line it was copied from. */
export function lineKey(
    line: Pick<OrderLine, 'productVariantId' | 'sellerChannelId' | 'customFields'>,
): string {
    return JSON.stringify([
        String(line.productVariantId),
        line.sellerChannelId == null ? null : String(line.sellerChannelId),
        line.customFields ?? {},
    ]);
}

function counterpart(
    sellerLines: OrderLine[],
    sellerLineId: ID,
    aggregateLines: LineKeyed[],
): ID | undefined {
    const sellerLine = sellerLines.find(l => idsAreEqual(l.id, sellerLineId));
    if (!sellerLine) {
        return undefined;
    }
    const key = lineKey(sellerLine);
    return aggregateLines.find(l => l.key === key)?.line.id;
}
