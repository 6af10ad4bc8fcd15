import { Injectable, OnModuleInit } from '@nestjs/common';
import {
    ActiveOrderService,
    ConfigService,
    Order,
    OrderLine,
    OrderService,
    TransactionalConnection,
} from '@vendure/core';
import { OrderStateTransitionError } from '@vendure/core/dist/common/error/generated-graphql-shop-errors';

import { OperationCall, OperationHook, OperationHooks } from '../../../src/common/operation-hooks';
import { PlainSql } from '../../../src/common/plain-sql';
import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';
import { offerCheckoutRefusal } from '../config/offer-checkout-process';
import { ORDER_LINE_OFFER_FIELD } from '../config/order-line-offer-custom-field';
import { OfferService } from '../services/offer.service';

/**
 * Vendure records the payment of `addPaymentToOrder` before it moves the order on, so a refusal by the order
 * process would come after the money was taken. For a cart holding an offer that stopped selling (see
 * `offerCheckoutRefusal`), this answers `OrderStateTransitionError` before Vendure sees the mutation: no payment,
 * no stock taken, the order stays where it is.
 */
@Injectable()
export class OfferCheckoutHook implements OperationHook, OnModuleInit {
    readonly operation = 'Mutation';
    readonly fields = ['addPaymentToOrder'];
    readonly api = 'shop';
    private codec: EntityIdCodec;

    constructor(
        private offers: OfferService,
        private activeOrderService: ActiveOrderService,
        private orderService: OrderService,
        connection: TransactionalConnection,
        configService: ConfigService,
        private hooks: OperationHooks,
    ) {
        this.codec = entityIdCodec(configService);
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;

    onModuleInit(): void {
        this.hooks.register(this);
    }

    async before({ ctx, args }: OperationCall): Promise<OrderStateTransitionError | undefined> {
        const activeOrderInput = (args as { activeOrderInput?: unknown }).activeOrderInput;
        // The session's active order, as Vendure's default active order strategy finds it; an `activeOrderInput`
        // is for the configured strategy to answer.
        const orderId =
            activeOrderInput == null && ctx.session?.activeOrderId != null
                ? ctx.session.activeOrderId
                : (
                      await this.activeOrderService.getActiveOrder(
                          ctx,
                          activeOrderInput as Parameters<ActiveOrderService['getActiveOrder']>[1],
                      )
                  )?.id;
        if (orderId == null) {
            return undefined;
        }
        // A cart without offer lines has nothing to check: one small query instead of loading (and pricing) the
        // whole order before Vendure loads it again, in every guest checkout.
        const [offerLine] = await this.sql.rows<{ id: unknown }>(
            ctx,
            `SELECT l."id" FROM ${this.sql.table(OrderLine)} l
            INNER JOIN ${this.sql.table(Order)} o ON o."id" = l."orderId" AND o."active" = :active
            WHERE l."orderId" = :orderId
                AND TRIM(COALESCE(l.${this.sql.column(OrderLine, `customFields.${ORDER_LINE_OFFER_FIELD}`)}, '')) <> ''
            LIMIT 1`,
            { orderId, active: true },
        );
        if (!offerLine) {
            return undefined;
        }
        // the active order strategy answers the order without its lines
        const order = await this.orderService.findOne(ctx, orderId);
        if (!order) {
            return undefined;
        }
        const refusal = await offerCheckoutRefusal(ctx, order, this.offers, this.codec);
        return refusal === undefined
            ? undefined
            : new OrderStateTransitionError({
                  fromState: order.state,
                  toState: 'PaymentAuthorized',
                  transitionError: refusal,
              });
    }
}
