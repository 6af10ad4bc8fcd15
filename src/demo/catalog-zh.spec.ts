import { ConfigService, ImportParser, LanguageCode, ParsedProductWithVariants } from '@vendure/core';
import fs from 'fs';
import path from 'path';

import { sampleAssetsDir } from './catalog-seeder';
import { withChinese } from './catalog-zh';

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** Vendure's own parser, on a configuration without custom fields (all it reads of the configuration). */
async function parseSample(csv?: string): Promise<ParsedProductWithVariants[]> {
    const parser = new ImportParser({
        customFields: { Product: [], ProductVariant: [] },
    } as unknown as ConfigService);
    const input = csv ?? fs.readFileSync(path.join(sampleAssetsDir(), 'products.csv'), 'utf-8');
    const parsed = await parser.parseProducts(input, LanguageCode.en);
    expect(parsed.errors).toEqual([]);
    return parsed.results;
}

function zhOf<T extends { languageCode: LanguageCode }>(translations: T[]): T {
    const zh = translations.find(t => t.languageCode === LanguageCode.zh_Hans);
    if (!zh) {
        throw new Error('no zh_Hans translation');
    }
    return zh;
}

describe('the sample catalog in Simplified Chinese', () => {
    it('translates every product, variant, facet value and option of the sample catalog', async () => {
        const rows = withChinese(await parseSample());
        expect(rows).toHaveLength(54);
        expect(rows.flatMap(r => r.variants)).toHaveLength(88);
        for (const { product, variants } of rows) {
            expect(product.translations.map(t => t.languageCode)).toEqual([
                LanguageCode.en,
                LanguageCode.zh_Hans,
            ]);
            const en = product.translations[0];
            const zh = zhOf(product.translations);
            expect(hasChinese(zh.name)).toBe(true);
            expect(hasChinese(zh.description)).toBe(true);
            // one address for both storefronts
            expect(zh.slug).toBe(en.slug);
            for (const facet of product.facets) {
                const zhFacet = zhOf(facet.translations);
                expect(hasChinese(zhFacet.facet)).toBe(true);
                if (facet.translations[0].facet !== 'brand') {
                    expect(hasChinese(zhFacet.value)).toBe(true);
                }
            }
            for (const group of product.optionGroups) {
                const zhGroup = zhOf(group.translations);
                expect(hasChinese(zhGroup.name)).toBe(true);
                expect(zhGroup.values).toHaveLength(group.translations[0].values.length);
            }
            for (const variant of variants) {
                expect(zhOf(variant.translations).optionValues).toHaveLength(
                    variant.translations[0].optionValues.length,
                );
            }
        }
        const laptop = rows.find(r => r.product.translations[0].slug === 'laptop');
        expect(laptop && zhOf(laptop.product.translations).name).toBe('笔记本电脑');
        expect(laptop?.variants.map(v => zhOf(v.translations).optionValues.join(' '))).toEqual([
            '13 英寸 8GB',
            '15 英寸 8GB',
            '13 英寸 16GB',
            '15 英寸 16GB',
        ]);
    });

    it('leaves the English as it was, and keeps the shared option group code', async () => {
        const parsed = await parseSample();
        const before = JSON.stringify(parsed);
        const rows = withChinese(parsed);
        expect(JSON.stringify(parsed)).toBe(before);
        const shoe = rows.find(r => r.product.translations[0].slug === 'runx-running-shoe');
        expect(shoe?.product.optionGroups.map(g => g.code)).toEqual(['shoe-size']);
        expect(shoe && zhOf(shoe.product.optionGroups[0].translations).values).toEqual([
            '40 码',
            '42 码',
            '44 码',
            '46 码',
        ]);
    });

    it('refuses a catalog with text it has no Chinese for, naming each', async () => {
        const csv = [
            'name,slug,description,assets,facets,optionGroups,optionValues,sku,price,taxCategory,stockOnHand,trackInventory,variantAssets,variantFacets',
            'Laptop,laptop,A laptop,,category:Computers|finish:Matte,screen size,13 inch,L1,10,standard,10,false,,',
            ',,,,,,17 inch,L2,12,standard,10,false,,',
            'Hoverboard,hoverboard,Floats,,,,,H1,99,standard,1,false,,',
        ].join('\n');
        const rows = await parseSample(csv);
        expect(() => withChinese(rows)).toThrow(
            /facet "finish", facet value "Matte", option "17 inch", product "hoverboard"/,
        );
    });
});
