import crypto from 'crypto';

import { Article } from '../entities/article.entity';
import { ArticleContentSnapshot, ArticleFieldChange } from '../entities/article-revision.entity';

/** The relations an article needs loaded to take a snapshot of its content. */
export const SNAPSHOT_RELATIONS = [
    'translations',
    'assets',
    'topics',
    'tags',
    'relatedProducts',
    'relatedCollections',
    'audiences',
] as const;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The content of a loaded article (see SNAPSHOT_RELATIONS), in a stable order so equal content hashes equally. */
export function takeSnapshot(article: Article): ArticleContentSnapshot {
    return {
        translations: [...article.translations]
            .sort((a, b) => byString(a.languageCode, b.languageCode))
            .map(t => ({
                languageCode: t.languageCode,
                title: t.title,
                slug: t.slug,
                summary: t.summary ?? '',
                body: t.body ?? '',
                seoTitle: t.seoTitle ?? '',
                seoDescription: t.seoDescription ?? '',
            })),
        authorName: article.authorName ?? null,
        featuredAssetId: article.featuredAssetId != null ? String(article.featuredAssetId) : null,
        assetIds: [...(article.assets ?? [])]
            .sort((a, b) => a.position - b.position)
            .map(a => String(a.assetId)),
        topicIds: (article.topics ?? []).map(t => String(t.id)).sort(byString),
        tags: (article.tags ?? []).map(t => t.value).sort(byString),
        relatedProductIds: (article.relatedProducts ?? []).map(p => String(p.id)).sort(byString),
        relatedCollectionIds: (article.relatedCollections ?? []).map(c => String(c.id)).sort(byString),
        audiences: (article.audiences ?? [])
            .map(a => ({ type: a.type, value: a.value }))
            .sort((a, b) => byString(`${a.type}:${a.value}`, `${b.type}:${b.value}`)),
    };
}

/** A short, stable fingerprint of a snapshot. */
export function hashSnapshot(snapshot: ArticleContentSnapshot): string {
    return crypto.createHash('sha256').update(JSON.stringify(snapshot)).digest('hex').slice(0, 40);
}

const TRANSLATED_FIELDS = ['title', 'slug', 'summary', 'body', 'seoTitle', 'seoDescription'] as const;

const listText = (values: string[]) => values.join(', ');

/**
 * What differs between two snapshots, field by field (translated fields per language). `before` is null for a
 * language that was added, `after` null for one that was removed.
 */
export function diffSnapshots(
    before: ArticleContentSnapshot | null,
    after: ArticleContentSnapshot,
): ArticleFieldChange[] {
    const changes: ArticleFieldChange[] = [];
    const languages = [
        ...new Set([
            ...(before?.translations ?? []).map(t => t.languageCode),
            ...after.translations.map(t => t.languageCode),
        ]),
    ].sort(byString);
    for (const languageCode of languages) {
        const a = before?.translations.find(t => t.languageCode === languageCode);
        const b = after.translations.find(t => t.languageCode === languageCode);
        for (const field of TRANSLATED_FIELDS) {
            const va = a ? a[field] : null;
            const vb = b ? b[field] : null;
            if (va !== vb && !(va == null && vb === '') && !(va === '' && vb == null)) {
                changes.push({ field, languageCode, before: va, after: vb });
            }
        }
    }
    const scalar = (field: string, va: string | null, vb: string | null) => {
        if ((va ?? null) !== (vb ?? null)) {
            changes.push({ field, languageCode: null, before: va ?? null, after: vb ?? null });
        }
    };
    scalar('authorName', before?.authorName ?? null, after.authorName);
    scalar('featuredAssetId', before?.featuredAssetId ?? null, after.featuredAssetId);
    const list = (field: string, va: string[] | undefined, vb: string[]) => {
        const ta = va ? listText(va) : '';
        const tb = listText(vb);
        if (ta !== tb) {
            changes.push({ field, languageCode: null, before: va ? ta : null, after: tb });
        }
    };
    list('assetIds', before?.assetIds, after.assetIds);
    list('topicIds', before?.topicIds, after.topicIds);
    list('tags', before?.tags, after.tags);
    list('relatedProductIds', before?.relatedProductIds, after.relatedProductIds);
    list('relatedCollectionIds', before?.relatedCollectionIds, after.relatedCollectionIds);
    list(
        'audiences',
        before?.audiences.map(a => (a.value ? `${a.type}:${a.value}` : a.type)),
        after.audiences.map(a => (a.value ? `${a.type}:${a.value}` : a.type)),
    );
    return changes;
}
