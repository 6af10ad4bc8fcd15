import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Injector, idsAreEqual, ShippingEligibilityChecker } from '@vendure/core';

import { SellerOrderService } from '../services/seller-order.service';

let sellerOrders: SellerOrderService;

/**
 * For a seller's shipping method (one assigned to a seller's channel): offered only when the cart holds lines
 * bought from that seller's offers, and their total (with tax, after discounts) reaches the minimum. A buyer of
 * other sellers' parts, or of catalogue products only, is not offered it. A method in no seller's channel is
 * offered on the minimum alone, like Vendure's default checker.
 */
export const sellerShippingEligibilityChecker = new ShippingEligibilityChecker({
    code: 'marketplace-seller-lines',
    description: [
        { languageCode: LanguageCode.en, value: "Only for carts holding the seller's lines" },
        { languageCode: LanguageCode.zh_Hans, value: '仅限购物车中含有该卖家商品时' },
    ],
    args: {
        orderMinimum: {
            type: 'int',
            defaultValue: 0,
            ui: { component: 'currency-form-input' },
            label: [
                { languageCode: LanguageCode.en, value: "Minimum of the seller's lines" },
                { languageCode: LanguageCode.zh_Hans, value: '该卖家商品的最低金额' },
            ],
            description: [
                {
                    languageCode: LanguageCode.en,
                    value: "Offered only if the seller's lines total at least this (with tax)",
                },
                { languageCode: LanguageCode.zh_Hans, value: '仅当该卖家商品合计（含税）不低于此金额时提供' },
            ],
        },
    },
    init(injector: Injector) {
        sellerOrders = injector.get(SellerOrderService);
    },
    check: async (ctx, order, args, method) => {
        const channels = await sellerOrders.sellerChannelsOfMethod(ctx, method);
        if (channels.length === 0) {
            return order.subTotalWithTax >= args.orderMinimum;
        }
        const lines = order.lines.filter(
            l => l.sellerChannelId != null && channels.some(c => idsAreEqual(c, l.sellerChannelId)),
        );
        if (lines.length === 0) {
            return false;
        }
        return lines.reduce((sum, l) => sum + l.proratedLinePriceWithTax, 0) >= args.orderMinimum;
    },
});
