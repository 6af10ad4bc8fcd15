import { LanguageCode } from '@vendure/common/lib/generated-types';
import { CustomFieldConfig } from '@vendure/core';

/** Name of the order line custom field that records the accepted quote line a line is bought on. */
export const ORDER_LINE_QUOTE_FIELD = 'quoteLineId';

/**
 * `OrderLine.customFields.quoteLineId`: the accepted quote line (its id as the API shows it) a line is priced by. Read-only
 * on the APIs: only `acceptQuote` / `acceptQuoteLines` set it, so a storefront cannot claim a quoted price.
 */
export const orderLineQuoteCustomField: CustomFieldConfig = {
    name: ORDER_LINE_QUOTE_FIELD,
    type: 'string',
    nullable: true,
    public: true,
    readonly: true,
    label: [
        { languageCode: LanguageCode.en, value: 'Quote line' },
        { languageCode: LanguageCode.zh_Hans, value: '报价行' },
    ],
    description: [
        { languageCode: LanguageCode.en, value: 'The accepted quote line this order line is priced by' },
        { languageCode: LanguageCode.zh_Hans, value: '此订单行所依据的已接受报价行' },
    ],
};

/** Reads the quote line id of an order line's custom fields, if any. */
export function quoteLineIdOf(customFields: unknown): string | undefined {
    const value = (customFields as Record<string, unknown> | null | undefined)?.[ORDER_LINE_QUOTE_FIELD];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
