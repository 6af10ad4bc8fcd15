import { LanguageCode, ParsedFacet, ParsedOptionGroup, ParsedProductWithVariants } from '@vendure/core';

import {
    facetTranslationsZh,
    facetValueTranslationsZh,
    optionGroupTranslationsZh,
    optionTranslationsZh,
    productTranslationsZh,
} from './translations-zh';

const ZH = LanguageCode.zh_Hans;

/**
 * The sample catalog as Vendure's `ImportParser` reads it (one language), with a Simplified Chinese translation
 * added to each product, facet value, option group, option and variant, from `translations-zh.ts`. Throws, naming
 * every string, where a Chinese one is missing: the demo imports in both languages or not at all. The product keeps
 * its English slug in Chinese too, so a product's address is the same in both storefronts.
 */
export function withChinese(rows: ParsedProductWithVariants[]): ParsedProductWithVariants[] {
    const missing = new Set<string>();
    const zh = (table: Record<string, string>, kind: string, en: string): string => {
        const text = table[en];
        if (text === undefined) {
            missing.add(`${kind} "${en}"`);
            return en;
        }
        return text;
    };
    const facets = (list: ParsedFacet[]): ParsedFacet[] =>
        list.map(facet => {
            const en = source(facet.translations);
            return {
                translations: [
                    ...facet.translations,
                    {
                        languageCode: ZH,
                        facet: zh(facetTranslationsZh, 'facet', en.facet),
                        value: zh(facetValueTranslationsZh, 'facet value', en.value),
                    },
                ],
            };
        });
    const optionGroups = (list: ParsedOptionGroup[]): ParsedOptionGroup[] =>
        list.map(group => {
            const en = source(group.translations);
            return {
                ...group,
                translations: [
                    ...group.translations,
                    {
                        languageCode: ZH,
                        name: zh(optionGroupTranslationsZh, 'option group', en.name),
                        values: en.values.map(v => zh(optionTranslationsZh, 'option', v)),
                    },
                ],
            };
        });
    const result = rows.map(({ product, variants }) => {
        const en = source(product.translations);
        const zhProduct = productTranslationsZh[en.slug];
        if (!zhProduct) {
            missing.add(`product "${en.slug}"`);
        }
        return {
            product: {
                ...product,
                facets: facets(product.facets),
                optionGroups: optionGroups(product.optionGroups),
                translations: [
                    ...product.translations,
                    {
                        languageCode: ZH,
                        name: zhProduct?.name ?? en.name,
                        slug: en.slug,
                        description: zhProduct?.description ?? en.description,
                        customFields: { ...en.customFields },
                    },
                ],
            },
            variants: variants.map(variant => {
                const enVariant = source(variant.translations);
                return {
                    ...variant,
                    facets: facets(variant.facets),
                    translations: [
                        ...variant.translations,
                        {
                            languageCode: ZH,
                            optionValues: enVariant.optionValues.map(v =>
                                zh(optionTranslationsZh, 'option', v),
                            ),
                            customFields: { ...enVariant.customFields },
                        },
                    ],
                };
            }),
        };
    });
    if (missing.size) {
        throw new Error(
            `The sample catalog has text without a Simplified Chinese translation in src/demo/translations-zh.ts: ` +
                [...missing].join(', '),
        );
    }
    return result;
}

/** The one translation the parser read (the CSV has one language), which the Chinese one translates. */
function source<T extends { languageCode: LanguageCode }>(translations: T[]): T {
    if (translations.length !== 1) {
        throw new Error(
            `Expected the sample catalog in one language, found ${translations.map(t => t.languageCode).join(', ')}`,
        );
    }
    return translations[0];
}
