import { OrderType } from '@vendure/common/lib/generated-types';
import { Injector, Order, OrderProcess, OrderState, RequestContext } from '@vendure/core';

import { LocalizedText, localize } from '../../../src/common/localized-error-result';
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
 * to do, in the request's language (English or Simplified Chinese).
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
        const sku = line.productVariant?.sku ?? `variant ${String(line.productVariantId)}`;
        const text = offerRefusalText(sku, offer, line.quantity);
        if (text) {
            return localize(text, ctx.languageCode);
        }
    }
    return undefined;
}

/** The refusal for one offer line, in both languages, or undefined when its offer still sells the quantity. */
function offerRefusalText(
    sku: string,
    offer:
        | {
              active: boolean;
              quantityAvailable: number;
              seller?: { name: string; status: MarketplaceSellerStatus } | null;
          }
        | undefined,
    quantity: number,
): LocalizedText | undefined {
    const what = { en: `The offer for ${sku}`, zh_Hans: `${sku} 的报价` };
    const fix = {
        en: 'remove the line, or remove it and add the product again to get another offer',
        zh_Hans: '请删除该行，或删除后重新加入该商品以获得其他报价',
    };
    if (!offer) {
        return {
            en: `${what.en} no longer exists: ${fix.en}`,
            zh_Hans: `${what.zh_Hans}已不存在：${fix.zh_Hans}`,
        };
    }
    if (offer.seller?.status !== MarketplaceSellerStatus.Approved) {
        const status = offer.seller?.status;
        return {
            en: `${what.en} is no longer sold: its seller ${offer.seller?.name ?? ''} is ${status ?? 'gone'}; ${fix.en}`,
            zh_Hans: `${what.zh_Hans}已停止销售：卖家 ${offer.seller?.name ?? ''} ${status ? SELLER_STATUS_ZH[status] : '已不存在'}；${fix.zh_Hans}`,
        };
    }
    if (!offer.active) {
        return {
            en: `${what.en} is no longer active: ${fix.en}`,
            zh_Hans: `${what.zh_Hans}已停用：${fix.zh_Hans}`,
        };
    }
    if (offer.quantityAvailable < quantity) {
        return {
            en: `${what.en} has only ${offer.quantityAvailable} units left: lower the quantity or ${fix.en}`,
            zh_Hans: `${what.zh_Hans}仅剩 ${offer.quantityAvailable} 件：请减少数量，或${fix.zh_Hans}`,
        };
    }
    return undefined;
}

/** A seller's status as the Chinese refusal says it ("卖家 X 已暂停"). */
const SELLER_STATUS_ZH: Record<MarketplaceSellerStatus, string> = {
    [MarketplaceSellerStatus.Pending]: '尚待审核',
    [MarketplaceSellerStatus.Approved]: '已批准',
    [MarketplaceSellerStatus.Rejected]: '已被拒绝',
    [MarketplaceSellerStatus.Suspended]: '已暂停',
};

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
