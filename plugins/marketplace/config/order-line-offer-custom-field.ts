import { LanguageCode } from '@vendure/common/lib/generated-types';
import { CustomFieldConfig } from '@vendure/core';

/** Name of the order line custom field that records the offer a line is bought from. */
export const ORDER_LINE_OFFER_FIELD = 'offerId';

/**
 * `OrderLine.customFields.offerId`: the offer the line is bought from, as the API shows offer ids. A
 * marketplace-aware storefront passes it to `addItemToOrder`; without it the shop API fills in the buy-box offer.
 */
export const orderLineOfferCustomField: CustomFieldConfig = {
    name: ORDER_LINE_OFFER_FIELD,
    type: 'string',
    nullable: true,
    public: true,
    label: [
        { languageCode: LanguageCode.en, value: 'Offer' },
        { languageCode: LanguageCode.zh_Hans, value: '卖家报价' },
    ],
    description: [
        { languageCode: LanguageCode.en, value: 'The marketplace offer this line is bought from' },
        { languageCode: LanguageCode.zh_Hans, value: '此订单行所购买的市场卖家报价' },
    ],
};

/** Reads the offer id of an order line's custom fields, if any. */
export function offerIdOf(customFields: unknown): string | undefined {
    const value = (customFields as Record<string, unknown> | null | undefined)?.[ORDER_LINE_OFFER_FIELD];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
