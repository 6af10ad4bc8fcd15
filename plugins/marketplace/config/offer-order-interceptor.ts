import {
    idsAreEqual,
    Injector,
    Order,
    OrderInterceptor,
    RequestContext,
    WillAddItemToOrderInput,
    WillAdjustOrderLineInput,
} from '@vendure/core';

import { localize } from '../../../src/common/localized-error-result';
import { OfferService } from '../services/offer.service';

import { EntityIdCodec, entityIdCodec } from './entity-id-codec';
import { offerIdOf } from './order-line-offer-custom-field';

/**
 * Checks an order line bought from an offer when it is added or changed: the offer must be sellable (active,
 * approved seller, in stock, in the order's currency) and for the line's variant, and the line's quantity must
 * be at least the offer's minimum order quantity and at most what the seller holds.
 */
export class OfferOrderInterceptor implements OrderInterceptor {
    private offers: OfferService;
    private codec: EntityIdCodec;

    init(injector: Injector): void {
        this.offers = injector.get(OfferService);
        this.codec = entityIdCodec(injector);
    }

    async willAddItemToOrder(
        ctx: RequestContext,
        order: Order,
        input: WillAddItemToOrderInput,
    ): Promise<string | void> {
        const offerId = offerIdOf(input.customFields);
        if (!offerId) {
            return;
        }
        const existing = order.lines.find(
            l =>
                idsAreEqual(l.productVariantId, input.productVariant.id) &&
                offerIdOf(l.customFields) === offerId,
        );
        return this.check(
            ctx,
            order,
            offerId,
            input.productVariant.id,
            (existing?.quantity ?? 0) + input.quantity,
        );
    }

    async willAdjustOrderLine(
        ctx: RequestContext,
        order: Order,
        input: WillAdjustOrderLineInput,
    ): Promise<string | void> {
        const offerId = offerIdOf(input.customFields) ?? offerIdOf(input.orderLine.customFields);
        if (!offerId) {
            return;
        }
        return this.check(ctx, order, offerId, input.orderLine.productVariantId, input.quantity);
    }

    private async check(
        ctx: RequestContext,
        order: Order,
        offerId: string,
        variantId: Order['lines'][number]['productVariantId'],
        quantity: number,
    ): Promise<string | void> {
        const offer = await this.offers.findOfferForLine(
            ctx,
            this.codec.decode(offerId),
            variantId,
            order.currencyCode,
            {
                sellable: true,
            },
        );
        if (!offer) {
            return localize(
                {
                    en: `Offer ${offerId} is not available for this product variant`,
                    zh_Hans: `报价 ${offerId} 不适用于该商品规格`,
                },
                ctx.languageCode,
            );
        }
        if (quantity < offer.minimumOrderQuantity) {
            return localize(
                {
                    en: `This offer sells at least ${offer.minimumOrderQuantity} units`,
                    zh_Hans: `该报价最少起订 ${offer.minimumOrderQuantity} 件`,
                },
                ctx.languageCode,
            );
        }
        if (quantity > offer.quantityAvailable) {
            return localize(
                {
                    en: `This offer has only ${offer.quantityAvailable} units available`,
                    zh_Hans: `该报价仅有 ${offer.quantityAvailable} 件可售`,
                },
                ctx.languageCode,
            );
        }
    }
}
