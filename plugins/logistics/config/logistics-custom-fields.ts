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
