import { INestApplicationContext } from '@nestjs/common';
import {
    ChannelService,
    GlobalSettingsService,
    ImportParser,
    Importer,
    InitialData,
    LanguageCode,
    Logger,
    PaymentMethod,
    PaymentMethodService,
    Populator,
    Product,
    RequestContext,
    ShippingMethod,
    ShippingMethodService,
    TransactionalConnection,
} from '@vendure/core';
import fs from 'fs';
import path from 'path';

import { withChinese } from './catalog-zh';
import { DemoSeeder } from './demo-seeder';
import { collectionTranslationsZh, methodTranslationsZh } from './translations-zh';

const loggerCtx = 'DemoData';

/** Vendure's sample catalog, as `@vendure/create` ships it. */
export function sampleAssetsDir(): string {
    return path.join(path.dirname(require.resolve('@vendure/create/package.json')), 'assets');
}

/**
 * Vendure's sample catalog (54 products, collections, zones, tax, the `standard-shipping`/`express-shipping`
 * methods and the `standard-payment` dummy method) with English and Simplified Chinese on the default channel:
 * products, variants, facets, options, collections and the shipping and payment methods in both languages. The
 * import runs only when the database has no products, so a second start keeps every row; the Chinese names of
 * collections and methods are added wherever they are missing.
 */
export const catalogSeeder: DemoSeeder = {
    name: 'catalog',
    async seed(app: INestApplicationContext, ctx: RequestContext) {
        const connection = app.get(TransactionalConnection);
        const productCount = await connection.rawConnection.getRepository(Product).count();
        if (productCount === 0) {
            const initialData = readInitialData();
            const populator = app.get(Populator);
            await populator.populateInitialData(initialData);
            const csv = fs.readFileSync(path.join(sampleAssetsDir(), 'products.csv'), 'utf-8');
            // Vendure's own parser and importer, given each product in a second language: the importer creates
            // every translation (and names each variant in each language by its product and options)
            const parsed = await app.get(ImportParser).parseProducts(csv, ctx.languageCode);
            if (parsed.errors.length) {
                throw new Error(`The sample catalog did not parse cleanly:\n${parsed.errors.join('\n')}`);
            }
            const rows = withChinese(parsed.results);
            const errors = await app.get(Importer).importProducts(ctx, rows, () => undefined);
            if (errors.length) {
                throw new Error(`The sample catalog did not import cleanly:\n${errors.join('\n')}`);
            }
            await populator.populateCollections(initialData);
            Logger.info(`Imported ${rows.length} sample products in English and Chinese`, loggerCtx);
        }
        await enableLanguages(app, ctx);
        await translateCollections(app, ctx);
        await translateMethods(app, ctx);
    },
};

function readInitialData(): InitialData {
    const raw = fs.readFileSync(path.join(sampleAssetsDir(), 'initial-data.json'), 'utf-8');
    return JSON.parse(raw) as InitialData;
}

async function enableLanguages(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const wanted = [LanguageCode.en, LanguageCode.zh_Hans];
    const globalSettings = app.get(GlobalSettingsService);
    const settings = await globalSettings.getSettings(ctx);
    if (!wanted.every(l => settings.availableLanguages.includes(l))) {
        await globalSettings.updateSettings(ctx, {
            availableLanguages: [...new Set([...settings.availableLanguages, ...wanted])],
        });
    }
    const channelService = app.get(ChannelService);
    const channel = await channelService.getDefaultChannel(ctx);
    if (!wanted.every(l => channel.availableLanguageCodes?.includes(l))) {
        await channelService.update(ctx, {
            id: channel.id,
            availableLanguageCodes: [...new Set([...(channel.availableLanguageCodes ?? []), ...wanted])],
        });
    }
}

/** Gives the sample collections Simplified Chinese names, so a zh_Hans storefront shows a Chinese menu. */
async function translateCollections(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    const rows: Array<{ id: number; slug: string; hasZh: number }> = await connection.rawConnection.query(
        `SELECT c."id" AS "id", en."slug" AS "slug",
            (SELECT COUNT(*) FROM "collection_translation" zh WHERE zh."baseId" = c."id" AND zh."languageCode" = 'zh_Hans') AS "hasZh"
         FROM "collection" c JOIN "collection_translation" en ON en."baseId" = c."id" AND en."languageCode" = 'en'`,
    );
    const { CollectionService } = await import('@vendure/core');
    const collectionService = app.get(CollectionService);
    for (const row of rows) {
        const zh = collectionTranslationsZh[row.slug];
        if (!zh || Number(row.hasZh) > 0) {
            continue;
        }
        const collection = await collectionService.findOne(ctx, row.id);
        if (!collection) {
            continue;
        }
        await collectionService.update(ctx, {
            id: collection.id,
            translations: [
                ...collection.translations.map(t => ({
                    id: t.id,
                    languageCode: t.languageCode,
                    name: t.name,
                    slug: t.slug,
                    description: t.description,
                })),
                { languageCode: LanguageCode.zh_Hans, name: zh, slug: row.slug, description: '' },
            ],
        });
    }
}

/** Gives the sample shipping and payment methods Simplified Chinese names, where they have none. */
async function translateMethods(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const repository = (entity: typeof ShippingMethod | typeof PaymentMethod) =>
        app.get(TransactionalConnection).rawConnection.getRepository<ShippingMethod | PaymentMethod>(entity);
    // the sample's methods (by code) that have no Chinese translation yet, with the input that gives them one
    const untranslated = async (entity: typeof ShippingMethod | typeof PaymentMethod) => {
        const methods = await repository(entity).find({
            where: Object.keys(methodTranslationsZh).map(code => ({ code })),
            relations: { translations: true },
        });
        return methods
            .filter(m => !m.translations.some(t => t.languageCode === LanguageCode.zh_Hans))
            .map(m => ({
                id: m.id,
                translations: [{ languageCode: LanguageCode.zh_Hans, ...methodTranslationsZh[m.code] }],
            }));
    };
    for (const input of await untranslated(ShippingMethod)) {
        await app.get(ShippingMethodService).update(ctx, input);
    }
    for (const input of await untranslated(PaymentMethod)) {
        await app.get(PaymentMethodService).update(ctx, input);
    }
}
