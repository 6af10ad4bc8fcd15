import { ID } from '@vendure/common/lib/shared-types';
import {
    Asset,
    Collection,
    Product,
    RequestContext,
    TransactionalConnection,
    TranslatorService,
} from '@vendure/core';
import { In } from 'typeorm';

import { ArticleFieldChange } from '../entities/article-revision.entity';
import { Topic } from '../entities/topic.entity';

import { ArticleAudienceService } from './article-audience.service';

/** Id-list fields of a snapshot and the name editors know them by. */
const ID_FIELDS: Record<string, { field: string; entity: 'topic' | 'product' | 'collection' | 'asset' }> = {
    topicIds: { field: 'topics', entity: 'topic' },
    relatedProductIds: { field: 'relatedProducts', entity: 'product' },
    relatedCollectionIds: { field: 'relatedCollections', entity: 'collection' },
    assetIds: { field: 'assets', entity: 'asset' },
    featuredAssetId: { field: 'featuredAsset', entity: 'asset' },
};

/**
 * Changes as editors read them: ids of topics, products, collections and assets replaced by their names (an id
 * that no longer exists stays an id), audiences by their labels, the types named in `labelLanguage` (by default the
 * request's language).
 */
export async function describeChanges(
    ctx: RequestContext,
    changes: ArticleFieldChange[],
    connection: TransactionalConnection,
    translator: TranslatorService,
    audiences: ArticleAudienceService,
    labelLanguage?: string,
): Promise<ArticleFieldChange[]> {
    const result: ArticleFieldChange[] = [];
    for (const change of changes) {
        const idField = ID_FIELDS[change.field];
        if (idField) {
            const split = (v: string | null) => (v ? v.split(', ').filter(Boolean) : []);
            const ids = [...split(change.before), ...split(change.after)];
            const names = await namesOf(ctx, idField.entity, ids, connection, translator);
            const render = (v: string | null) =>
                v == null
                    ? null
                    : split(v)
                          .map(id => names.get(id) ?? `#${id}`)
                          .join(', ');
            result.push({
                ...change,
                field: idField.field,
                before: render(change.before),
                after: render(change.after),
            });
        } else if (change.field === 'audiences') {
            const render = async (v: string | null) => {
                if (v == null) {
                    return null;
                }
                const parsed = v
                    .split(', ')
                    .filter(Boolean)
                    .map(k => {
                        const i = k.indexOf(':');
                        return i < 0
                            ? { type: k, value: '' }
                            : { type: k.slice(0, i), value: k.slice(i + 1) };
                    });
                const described = await audiences.describe(ctx, parsed, labelLanguage);
                return described.map(d => (d.value ? `${d.typeLabel}: ${d.label}` : d.typeLabel)).join(', ');
            };
            result.push({
                ...change,
                before: await render(change.before),
                after: await render(change.after),
            });
        } else {
            result.push(change);
        }
    }
    return result;
}

async function namesOf(
    ctx: RequestContext,
    entity: 'topic' | 'product' | 'collection' | 'asset',
    ids: string[],
    connection: TransactionalConnection,
    translator: TranslatorService,
): Promise<Map<string, string>> {
    const unique = [...new Set(ids)] as ID[];
    const names = new Map<string, string>();
    if (!unique.length) {
        return names;
    }
    // Assets are translatable since Vendure 3.6, like the others.
    const type =
        entity === 'topic' ? Topic : entity === 'product' ? Product : entity === 'asset' ? Asset : Collection;
    const rows = await connection
        .getRepository(ctx, type as typeof Topic)
        .find({ where: { id: In(unique) }, relations: { translations: true } });
    rows.forEach(r => names.set(String(r.id), (translator.translate(r, ctx) as { name: string }).name));
    return names;
}
