import { OrderType } from '@vendure/common/lib/generated-types';
import {
    configureDefaultOrderProcess,
    defaultOrderProcess,
    Injector,
    OrderOptions,
    OrderProcess,
    OrderState,
} from '@vendure/core';

import { localize } from '../../../src/common/localized-error-result';
import { FULFILMENT_STATES, SellerOrderFulfilmentService } from '../services/seller-order-fulfilment.service';

/** The order processes of Vendure's configuration. */
type OrderProcesses = NonNullable<OrderOptions['process']>;

let fulfilment: SellerOrderFulfilmentService;

/**
 * Seller orders follow the buyer's order and the buyer's order follows its seller orders (see
 * {@link SellerOrderFulfilmentService}):
 *
 * - the buyer's payment settles → its seller orders are paid and move to `PaymentSettled` (so their sellers may
 *   fulfil them);
 * - a seller order (or the buyer's order) moves to a fulfilment state → the buyer's order moves to the state its own
 *   and its seller orders' fulfilments give it;
 * - the checks of the fulfilment states read the seller orders' fulfilments too for a buyer's (aggregate) order.
 *   Vendure's default process checks an order's own fulfilments only, so {@link withSellerOrderProcess} configures
 *   it without that check and this process makes it, for every order.
 */
export const sellerOrderProcess: OrderProcess<OrderState> = {
    init(injector: Injector) {
        fulfilment = injector.get(SellerOrderFulfilmentService);
    },

    async onTransitionStart(_fromState, toState, { ctx, order }) {
        if (order.type === OrderType.Seller && (toState === 'Cancelled' || toState === 'Modifying')) {
            // a seller order is cancelled only by following its buyer's order, which took all of its units
            // (SellerOrderCancellationService); never on its own
            const followsBuyer = toState === 'Cancelled' && order.lines.every(l => l.quantity === 0);
            if (!followsBuyer) {
                return sellerOrderChangeRefusal(ctx.languageCode);
            }
        }
        return fulfilment.fulfilmentRefusal(ctx, order, toState);
    },

    async onTransitionEnd(_fromState, toState, { ctx, order }) {
        if (order.type === OrderType.Aggregate && toState === 'PaymentSettled') {
            await fulfilment.settleSellerOrders(ctx, order);
        }
        if (FULFILMENT_STATES.includes(toState)) {
            if (order.type === OrderType.Seller && order.aggregateOrderId != null) {
                await fulfilment.followFulfilments(ctx, order.aggregateOrderId);
            } else if (order.type === OrderType.Aggregate) {
                await fulfilment.followFulfilments(ctx, order.id);
            }
        }
    },
};

/**
 * The order processes with the seller-order process added: Vendure's default process, where it is configured, is
 * replaced by the same process without its own fulfilment-state check (which {@link sellerOrderProcess} makes,
 * counting seller orders' fulfilments for a buyer's order). A project that configured its own variant of the
 * default process keeps it: then a buyer's order whose sellers fulfil their parts stays in `PaymentSettled`.
 */
export function withSellerOrderProcess(processes: OrderProcesses): OrderProcesses {
    // Vendure clones the configuration, so the default process is recognised by its hooks, not by identity
    const index = processes.findIndex(
        p => p === defaultOrderProcess || p.onTransitionStart === defaultOrderProcess.onTransitionStart,
    );
    if (index === -1) {
        return [...processes, sellerOrderProcess];
    }
    const result = [...processes];
    result[index] = configureDefaultOrderProcess({ checkFulfillmentStates: false });
    return [...result, sellerOrderProcess];
}

/**
 * Why a seller order is not cancelled or modified on its own: the buyer paid the buyer's order, so lines are
 * cancelled, modified and refunded there (by the operator), where the money and the seller's ledger follow.
 */
export function sellerOrderChangeRefusal(languageCode: string): string {
    return localize(
        {
            en:
                'A seller order is not cancelled or modified on its own: cancel, modify or refund the lines on ' +
                'the buyer’s order',
            zh_Hans: '卖家订单不能单独取消或修改：请在买家订单上取消、修改或退款',
        },
        languageCode,
    );
}
