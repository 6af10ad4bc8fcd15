import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import {
    ActiveOrderService,
    ConfigService,
    OrderLine,
    OrderService,
    TransactionalConnection,
} from '@vendure/core';
import { internal_getRequestContext } from '@vendure/core/dist/api/common/request-context';
import { OrderStateTransitionError } from '@vendure/core/dist/common/error/generated-graphql-shop-errors';
import { GraphQLResolveInfo } from 'graphql';
import { from, Observable, of, switchMap } from 'rxjs';

import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';
import { offerCheckoutRefusal } from '../config/offer-checkout-process';
import { offerIdOf } from '../config/order-line-offer-custom-field';
import { OfferService } from '../services/offer.service';

/**
 * Vendure records the payment of `addPaymentToOrder` before it moves the order on, so a refusal by the order
 * process would come after the money was taken. For a cart holding an offer that stopped selling (see
 * `offerCheckoutRefusal`), this answers `OrderStateTransitionError` before Vendure sees the mutation: no payment,
 * no stock taken, the order stays where it is.
 */
@Injectable()
export class OfferCheckoutInterceptor implements NestInterceptor {
    private codec: EntityIdCodec;

    constructor(
        private offers: OfferService,
        private activeOrderService: ActiveOrderService,
        private orderService: OrderService,
        private connection: TransactionalConnection,
        configService: ConfigService,
    ) {
        this.codec = entityIdCodec(configService);
    }

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<GqlContextType>() !== 'graphql') {
            return next.handle();
        }
        const gqlContext = GqlExecutionContext.create(context);
        const info = gqlContext.getInfo<GraphQLResolveInfo>();
        if (info.parentType.name !== 'Mutation' || info.fieldName !== 'addPaymentToOrder') {
            return next.handle();
        }
        const req = gqlContext.getContext<{ req: Parameters<typeof internal_getRequestContext>[0] }>().req;
        const ctx = internal_getRequestContext(req);
        if (ctx.apiType !== 'shop') {
            return next.handle();
        }
        const orderToken = gqlContext.getArgs<{ activeOrderInput?: unknown }>().activeOrderInput;
        return from(
            (async () => {
                const active = await this.activeOrderService.getActiveOrder(
                    ctx,
                    orderToken as Parameters<ActiveOrderService['getActiveOrder']>[1],
                );
                if (!active) {
                    return undefined;
                }
                // A cart without offer lines has nothing to check: one query for the lines instead of loading
                // (and pricing) the whole order before Vendure loads it again, in every guest checkout.
                const lines = await this.connection
                    .getRepository(ctx, OrderLine)
                    .createQueryBuilder('line')
                    .where('line.orderId = :orderId', { orderId: active.id })
                    .getMany();
                if (!lines.some(line => offerIdOf(line.customFields))) {
                    return undefined;
                }
                // the active order strategy answers the order without its lines
                const order = await this.orderService.findOne(ctx, active.id);
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
            })(),
        ).pipe(switchMap(refused => (refused ? of(refused) : next.handle())));
    }
}
