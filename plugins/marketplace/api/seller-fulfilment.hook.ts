import { Injectable, OnModuleInit } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import { ConfigService, RequestContext } from '@vendure/core';
import {
    CreateFulfillmentError,
    OrderStateTransitionError,
} from '@vendure/core/dist/common/error/generated-graphql-admin-errors';

import { localize } from '../../../src/common/localized-error-result';
import { OperationCall, OperationHook, OperationHooks } from '../../../src/common/operation-hooks';
import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';
import { sellerOrderChangeRefusal } from '../config/seller-order-process';
import { SellerOrderFulfilmentService } from '../services/seller-order-fulfilment.service';

/**
 * A part of a split order is fulfilled once: on its seller order (by the seller, or the operator) or on the
 * buyer's order (by the operator). `addFulfillmentToOrder` for a line already fulfilled on the other side answers
 * `CreateFulfillmentError` naming the order that holds the fulfilment, before Vendure writes anything; so does a
 * seller order's line asked for more units than the buyer's order still holds (cancelled there). A seller
 * order is not cancelled on its own (`cancelOrder` answers `OrderStateTransitionError`): the buyer's order is.
 */
@Injectable()
export class SellerFulfilmentHook implements OperationHook, OnModuleInit {
    readonly operation = 'Mutation';
    readonly fields = ['addFulfillmentToOrder', 'cancelOrder'];
    readonly api = 'admin';
    private codec: EntityIdCodec;

    constructor(
        private fulfilment: SellerOrderFulfilmentService,
        configService: ConfigService,
        private hooks: OperationHooks,
    ) {
        this.codec = entityIdCodec(configService);
    }

    onModuleInit(): void {
        this.hooks.register(this);
    }

    /**
     * `cancelOrder` refused before Vendure writes anything: a seller order on its own (its buyer's order is
     * cancelled), or units of a buyer's order its seller already shipped (the seller's fulfilment is cancelled
     * first).
     */
    private async cancelOrderRefusal(
        ctx: RequestContext,
        encodedOrderId: ID,
        encodedLines?: Array<{ orderLineId: ID; quantity: number }>,
    ): Promise<OrderStateTransitionError | undefined> {
        const orderId = this.codec.decode(String(encodedOrderId));
        const sellerState = await this.fulfilment.sellerOrderState(ctx, orderId);
        if (sellerState !== undefined) {
            return new OrderStateTransitionError({
                fromState: sellerState,
                toState: 'Cancelled',
                transitionError: sellerOrderChangeRefusal(ctx.languageCode),
            });
        }
        const lines = encodedLines?.map(l => ({
            orderLineId: this.codec.decode(String(l.orderLineId)),
            quantity: l.quantity,
        }));
        const refusal = await this.fulfilment.cancellationRefusal(ctx, orderId, lines);
        if (!refusal) {
            return undefined;
        }
        const line = String(this.codec.encode(refusal.orderLineId));
        return new OrderStateTransitionError({
            fromState: refusal.state,
            toState: 'Cancelled',
            transitionError: localize(
                {
                    en:
                        `Order line ${line}: ${refusal.fulfilled} of its units were shipped by the seller on seller ` +
                        `order ${refusal.sellerOrder}; cancel that fulfilment first, or cancel only the units not shipped`,
                    zh_Hans:
                        `订单行 ${line}：其中 ${refusal.fulfilled} 件已由卖家在卖家订单 ${refusal.sellerOrder} 上发货；` +
                        '请先取消该履约，或只取消未发货的数量',
                },
                ctx.languageCode,
            ),
        });
    }

    async before({
        ctx,
        args,
        info,
    }: OperationCall): Promise<OrderStateTransitionError | CreateFulfillmentError | undefined> {
        type Lines = Array<{ orderLineId: ID; quantity: number }>;
        if (info.fieldName === 'cancelOrder') {
            const input = (args as { input?: { orderId?: ID; lines?: Lines | null } }).input;
            if (input?.orderId == null) {
                return undefined;
            }
            return this.cancelOrderRefusal(ctx, input.orderId, input.lines ?? undefined);
        }
        const input = (args as { input?: { lines?: Lines } }).input;
        const lines = (input?.lines ?? []).map(l => ({
            orderLineId: this.codec.decode(String(l.orderLineId)),
            quantity: l.quantity,
        }));
        const refusal = await this.fulfilment.doubleFulfilmentRefusal(ctx, lines);
        if (!refusal) {
            return undefined;
        }
        const line = this.codec.encode(refusal.orderLineId);
        return new CreateFulfillmentError({
            fulfillmentHandlerError: localize(
                refusal.reason === 'fulfilled'
                    ? {
                          en:
                              `Order line ${line} is already fulfilled on order ${refusal.order}: a part of a ` +
                              'split order is fulfilled on its seller order or on the buyer’s order, not on both',
                          zh_Hans:
                              `订单行 ${line} 已在订单 ${refusal.order} 上履约：` +
                              '拆分订单的每一部分只能在卖家订单或买家订单其中之一上履约',
                      }
                    : {
                          en:
                              `Order line ${line}: the buyer’s order ${refusal.order} no longer holds these ` +
                              'units (cancelled there)',
                          zh_Hans: `订单行 ${line}：买家订单 ${refusal.order} 已不再包含这些数量（已在该订单上取消）`,
                      },
                ctx.languageCode,
            ),
        });
    }
}
