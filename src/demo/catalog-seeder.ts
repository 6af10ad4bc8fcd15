import { INestApplicationContext } from '@nestjs/common';
import {
    ChannelService,
    GlobalSettingsService,
    Importer,
    InitialData,
    LanguageCode,
    Logger,
    Populator,
    RequestContext,
    TransactionalConnection,
    Product,
} from '@vendure/core';
import fs from 'fs';
import path from 'path';
import { lastValueFrom } from 'rxjs';

import { DemoSeeder } from './demo-seeder';
import { collectionTranslationsZh } from './translations-zh';

const loggerCtx = 'DemoData';

/** Vendure's sample catalog, as `@vendure/create` ships it. */
export function sampleAssetsDir(): string {
    return path.join(path.dirname(require.resolve('@vendure/create/package.json')), 'assets');
}

/**
 * Vendure's sample catalog (54 products, collections, zones, tax, the `standard-shipping`/`express-shipping`
 * methods and the `standard-payment` dummy method) with English and Simplified Chinese on the default channel.
 * It runs only when the database has no products, so a second start keeps every row.
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
            const result = await lastValueFrom(app.get(Importer).parseAndImport(csv, ctx, false));
            if (result.errors?.length) {
                throw new Error(`The sample catalog did not import cleanly:\n${result.errors.join('\n')}`);
            }
            await populator.populateCollections(initialData);
            Logger.info(`Imported ${result.imported} sample products`, loggerCtx);
        }
        await enableLanguages(app, ctx);
        await translateCollections(app, ctx);
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
