import { LanguageCode } from '@vendure/common/lib/generated-types';
import { CustomFieldConfig } from '@vendure/core';

const field = (name: string, en: string, zh: string, unit: string): CustomFieldConfig => ({
    name,
    type: 'int',
    nullable: true,
    public: true,
    min: 0,
    ui: { component: 'number-form-input', suffix: unit },
    label: [
        { languageCode: LanguageCode.en, value: en },
        { languageCode: LanguageCode.zh_Hans, value: zh },
    ],
});

/** Shipping weight (grams) and dimensions (millimetres) of a variant, read by the rate-table calculator. */
export const productVariantCustomFields: CustomFieldConfig[] = [
    field('shippingWeight', 'Shipping weight', '运输重量', 'g'),
    field('shippingLength', 'Shipping length', '运输长度', 'mm'),
    field('shippingWidth', 'Shipping width', '运输宽度', 'mm'),
    field('shippingHeight', 'Shipping height', '运输高度', 'mm'),
];

/** Languages the shipment emails are written in. */
export const NOTIFICATION_LANGUAGES = [LanguageCode.en, LanguageCode.zh_Hans] as const;

/**
 * The language a customer's shipment emails are written in: set to the language of the shop request each time the
 * customer places an order, and editable by staff on the customer page. Unset: the channel's default language.
 */
export const customerCustomFields: CustomFieldConfig[] = [
    {
        name: 'notificationLanguage',
        type: 'string',
        nullable: true,
        public: false,
        options: [
            {
                value: LanguageCode.en,
                label: [
                    { languageCode: LanguageCode.en, value: 'English' },
                    { languageCode: LanguageCode.zh_Hans, value: '英语' },
                ],
            },
            {
                value: LanguageCode.zh_Hans,
                label: [
                    { languageCode: LanguageCode.en, value: 'Simplified Chinese' },
                    { languageCode: LanguageCode.zh_Hans, value: '简体中文' },
                ],
            },
        ],
        label: [
            { languageCode: LanguageCode.en, value: 'Email language' },
            { languageCode: LanguageCode.zh_Hans, value: '邮件语言' },
        ],
        description: [
            {
                languageCode: LanguageCode.en,
                value: 'Language of shipment emails; set from the language of the last order',
            },
            { languageCode: LanguageCode.zh_Hans, value: '发货通知邮件的语言；取自最近一次下单时的语言' },
        ],
    },
];
