import { OrderType } from '@vendure/common/lib/generated-types';
import { Injector, Order, OrderProcess, OrderState, RequestContext } from '@vendure/core';

import { MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';
import { OfferService } from '../services/offer.service';

import { EntityIdCodec, entityIdCodec } from './entity-id-codec';
import { offerIdOf } from './order-line-offer-custom-field';

/**
 * Checked on the way to payment only. Vendure records a payment before it moves the order to a payment state, so
 * a refusal there would leave an authorised payment on an order still in ArrangingPayment: `addPaymentToOrder`
 * is checked before the payment exists (`OfferCheckoutHook`), and the placement itself takes the units
 * with a guarded update that fails it as a whole (`SellerOrderService.allocateOffers`).
 */
const CHECKED_STATES: OrderState[] = ['ArrangingPayment'];

/**
 * Why the order may not check out at the offers its lines hold, or undefined when it may: an offer line is priced
 * by its offer even after the offer stopped selling (its seller was suspended or is otherwise not approved, the
 * offer was deactivated or deleted, or it holds fewer units than the line). The message names the line and what
 * to do.
 */
export async function offerCheckoutRefusal(
    ctx: RequestContext,
    order: Order,
    offers: OfferService,
    codec: EntityIdCodec,
): Promise<string | undefined> {
    for (const line of order.lines ?? []) {
        const offerId = offerIdOf(line.customFields);
        if (!offerId) {
            continue;
        }
        const offer = await offers.findOfferForLine(
            ctx,
            codec.decode(offerId),
            line.productVariantId,
            order.currencyCode,
        );
        const what = `The offer for ${line.productVariant?.sku ?? `variant ${String(line.productVariantId)}`}`;
        const fix = 'remove the line, or remove it and add the product again to get another offer';
        if (!offer) {
            return `${what} no longer exists: ${fix}`;
        }
        if (offer.seller?.status !== MarketplaceSellerStatus.Approved) {
            return `${what} is no longer sold: its seller ${offer.seller?.name ?? ''} is ${offer.seller?.status ?? 'gone'}; ${fix}`;
        }
        if (!offer.active) {
            return `${what} is no longer active: ${fix}`;
        }
        if (offer.quantityAvailable < line.quantity) {
            return `${what} has only ${offer.quantityAvailable} units left: lower the quantity or ${fix}`;
        }
    }
    return undefined;
}

let offers: OfferService;
let codec: EntityIdCodec;

/**
 * A cart holding an offer that stopped selling does not check out: moving it to `ArrangingPayment` (or on to a
 * payment state) answers Vendure's `OrderStateTransitionError`, whose `transitionError` says which line and what
 * to do. `addPaymentToOrder` is refused the same way before any payment exists (`OfferCheckoutHook`).
 * Seller orders, made when the aggregate order is placed, are not checked again.
 */
export const offerCheckoutProcess: OrderProcess<OrderState> = {
    init(injector: Injector) {
        offers = injector.get(OfferService);
        codec = entityIdCodec(injector);
    },

    async onTransitionStart(_fromState, toState, { ctx, order }) {
        if (!CHECKED_STATES.includes(toState) || order.type === OrderType.Seller) {
            return;
        }
        return offerCheckoutRefusal(ctx, order, offers, codec);
    },
};
