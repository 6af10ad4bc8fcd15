import { Inject, Injectable } from '@nestjs/common';
import { DeletionResult, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Asset,
    AssetService,
    ChannelService,
    Collection,
    EntityNotFoundError,
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    Product,
    RelationPaths,
    RequestContext,
    TagService,
    TransactionalConnection,
    TranslatableSaver,
    Translated,
    TranslatorService,
    UserInputError,
} from '@vendure/core';
import { In, IsNull } from 'typeorm';

import { ArticleStateTransitionError } from '../api/error-results';
import { PORTAL_PLUGIN_OPTIONS } from '../constants';
import { Article, ArticleStatus } from '../entities/article.entity';
import { ArticleAudience } from '../entities/article-audience.entity';
import { ArticleContentSnapshot, ArticleRevisionKind } from '../entities/article-revision.entity';
import { ArticleTranslation } from '../entities/article-translation.entity';
import { Topic } from '../entities/topic.entity';
import { ArticleEvent } from '../events/article-event';
import { ArticleUnpublishedEvent } from '../events/article-unpublished.event';
import { ResolvedPortalPluginOptions } from '../types';

import { audienceKey, ArticleAudienceInput, ArticleAudienceService } from './article-audience.service';
import { hashSnapshot, SNAPSHOT_RELATIONS, takeSnapshot } from './article-content';
import { ArticleRevisionService } from './article-revision.service';
import { normalizeSlug, uniqueSlug } from './slug';

export interface ArticleTranslationInput {
    id?: ID | null;
    languageCode: LanguageCode;
    title?: string | null;
    slug?: string | null;
    summary?: string | null;
    body?: string | null;
    seoTitle?: string | null;
    seoDescription?: string | null;
}

export interface CreateArticleInput {
    translations: ArticleTranslationInput[];
    authorName?: string | null;
    featuredAssetId?: ID | null;
    assetIds?: ID[] | null;
    topicIds?: ID[] | null;
    tags?: string[] | null;
    relatedProductIds?: ID[] | null;
    relatedCollectionIds?: ID[] | null;
    audiences?: ArticleAudienceInput[] | null;
}

export interface UpdateArticleInput extends Partial<CreateArticleInput> {
    id: ID;
}

const MAX_TITLE = 255;
const MAX_TAGS = 50;

/**
 * Articles' working copies: create, read, update, delete, restore revisions. Publishing and the rest of the
 * workflow are in `ArticleWorkflowService`; what readers see in `ArticleReaderService`.
 */
@Injectable()
export class ArticleService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private translatableSaver: TranslatableSaver,
        private translator: TranslatorService,
        private channelService: ChannelService,
        private assetService: AssetService,
        private tagService: TagService,
        private eventBus: EventBus,
        private audienceService: ArticleAudienceService,
        private revisionService: ArticleRevisionService,
        @Inject(PORTAL_PLUGIN_OPTIONS) private options: ResolvedPortalPluginOptions,
    ) {}

    /**
     * Working copies of the channel with Vendure's sort, filter and paging; `filter.topicId` and `filter.tag`
     * match articles with that topic or tag.
     */
    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<Article> & { filter?: Record<string, unknown> | null },
        relations?: RelationPaths<Article>,
    ): Promise<PaginatedList<Translated<Article>>> {
        const effectiveRelations: string[] = [...((relations as string[] | undefined) ?? [])].filter(
            r => !r.startsWith('topics') && !r.startsWith('tags'),
        );
        const customPropertyMap: Record<string, string> = {};
        if (this.listQueryBuilder.filterObjectHasProperty(options?.filter as never, 'topicId')) {
            effectiveRelations.push('topics');
            customPropertyMap.topicId = 'topics.id';
        }
        if (this.listQueryBuilder.filterObjectHasProperty(options?.filter as never, 'tag')) {
            effectiveRelations.push('tags');
            customPropertyMap.tag = 'tags.value';
        }
        const [items, totalItems] = await this.listQueryBuilder
            .build(Article, options, {
                ctx,
                channelId: ctx.channelId,
                relations: effectiveRelations,
                where: { publicationOfId: IsNull() },
                customPropertyMap,
            })
            .getManyAndCount();
        return { items: items.map(a => this.translator.translate(a, ctx)), totalItems };
    }

    /** A working copy of the request's channel, translated. */
    async findOne(ctx: RequestContext, id: ID): Promise<Translated<Article> | undefined> {
        const article = await this.findWorkingCopy(ctx, id);
        return article ? this.translator.translate(article, ctx) : undefined;
    }

    /** A working copy of the request's channel (untranslated), or undefined. Another channel's is "not found". */
    async findWorkingCopy(
        ctx: RequestContext,
        id: ID,
        relations: string[] = [],
    ): Promise<Article | undefined> {
        const found = await this.connection
            .getRepository(ctx, Article)
            .createQueryBuilder('article')
            .select('article.id')
            .innerJoin('article.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('article.id = :id', { id })
            .andWhere('article.publicationOfId IS NULL')
            .getOne();
        if (!found) {
            return undefined;
        }
        // One query per relation: joining them all would multiply the rows.
        return (
            (await this.connection.getRepository(ctx, Article).findOne({
                where: { id: found.id },
                relations: [...new Set(['translations', ...relations])],
                relationLoadStrategy: 'query',
            })) ?? undefined
        );
    }

    async getWorkingCopyOrThrow(ctx: RequestContext, id: ID, relations: string[] = []): Promise<Article> {
        const article = await this.findWorkingCopy(ctx, id, relations);
        if (!article) {
            throw new EntityNotFoundError('Article', id);
        }
        return article;
    }

    /** The content of an article (working copy or publication) as a revision records it. */
    async snapshotOf(ctx: RequestContext, id: ID): Promise<ArticleContentSnapshot> {
        const article = await this.connection.getRepository(ctx, Article).findOneOrFail({
            where: { id },
            relations: [...SNAPSHOT_RELATIONS],
            relationLoadStrategy: 'query',
        });
        return takeSnapshot(article);
    }

    async create(ctx: RequestContext, input: CreateArticleInput): Promise<Translated<Article>> {
        if (!input.translations?.length) {
            throw new UserInputError('An article needs at least one translation with a title');
        }
        // Validate everything before the first write: nothing half-written on bad input.
        const translations = await this.prepareTranslations(ctx, input.translations, undefined);
        const related = await this.resolveRelated(ctx, input, false);
        const audiences = await this.audienceService.normalize(ctx, input.audiences);
        const administrator = await this.activeAdministrator(ctx);
        const article = await this.translatableSaver.create({
            ctx,
            input: { translations },
            entityType: Article,
            translationType: ArticleTranslation,
            beforeSave: async a => {
                a.status = ArticleStatus.Draft;
                a.publicationOf = null;
                a.authorName =
                    input.authorName?.trim() ||
                    (administrator ? `${administrator.firstName} ${administrator.lastName}`.trim() : null);
                a.createdBy = administrator;
                a.contentHash = '';
                a.revisionCount = 0;
                Object.assign(a, related.fields);
                await this.channelService.assignToCurrentChannel(a, ctx);
            },
        });
        await this.saveAssets(ctx, article, related.assetIds);
        await this.replaceAudiences(ctx, article.id, audiences);
        const snapshot = await this.snapshotOf(ctx, article.id);
        await this.connection
            .getRepository(ctx, Article)
            .update({ id: article.id }, { contentHash: hashSnapshot(snapshot) });
        await this.revisionService.record(ctx, article.id, ArticleRevisionKind.Created, { snapshot });
        const created = await this.getTranslated(ctx, article.id);
        await this.eventBus.publish(new ArticleEvent(ctx, created, 'created', input));
        return created;
    }

    /**
     * Saves the working copy. Readers keep seeing the current publication until the article is published again.
     * When the content changed, the approval lapses and a revision with the changes is recorded.
     */
    async update(
        ctx: RequestContext,
        input: UpdateArticleInput,
        restoring?: { version: number },
    ): Promise<Translated<Article> | ArticleStateTransitionError> {
        const existing = await this.getWorkingCopyOrThrow(ctx, input.id);
        if (existing.status === ArticleStatus.Archived) {
            return new ArticleStateTransitionError(
                {
                    en: 'An archived article cannot be edited: reopen it first',
                    zh_Hans: '已归档的文章不能编辑：请先重新打开',
                },
                existing.status,
                'update',
            );
        }
        const translations = input.translations
            ? await this.prepareTranslations(ctx, input.translations, existing)
            : undefined;
        const related = await this.resolveRelated(ctx, input, !!restoring);
        const audiences =
            input.audiences !== undefined
                ? await this.audienceService.normalize(ctx, input.audiences)
                : undefined;
        await this.translatableSaver.update({
            ctx,
            input: { id: existing.id, ...(translations ? { translations } : {}) },
            entityType: Article,
            translationType: ArticleTranslation,
            beforeSave: a => {
                if (input.authorName !== undefined) {
                    a.authorName = input.authorName?.trim() || null;
                }
                Object.assign(a, related.fields);
            },
        });
        if (related.assetIds !== undefined) {
            await this.saveAssets(ctx, existing, related.assetIds);
        }
        if (audiences) {
            await this.replaceAudiences(ctx, existing.id, audiences);
        }
        const snapshot = await this.snapshotOf(ctx, existing.id);
        const hash = hashSnapshot(snapshot);
        if (hash !== existing.contentHash || restoring) {
            await this.connection.getRepository(ctx, Article).update(
                { id: existing.id },
                {
                    contentHash: hash,
                    ...(hash !== existing.approvedContentHash
                        ? { approvedAt: null, approvedBy: null, approvedContentHash: null }
                        : {}),
                },
            );
            await this.revisionService.record(
                ctx,
                existing.id,
                restoring ? ArticleRevisionKind.Restored : ArticleRevisionKind.Saved,
                { snapshot, restoredFromVersion: restoring?.version },
            );
        }
        const updated = await this.getTranslated(ctx, existing.id);
        await this.eventBus.publish(new ArticleEvent(ctx, updated, 'updated', input));
        return updated;
    }

    /**
     * Puts the content of an earlier revision back into the working copy (recorded as a `restored` revision).
     * Assets, topics, products and collections deleted since are left out. Publish again to show it to readers.
     */
    async restoreRevision(
        ctx: RequestContext,
        revisionId: ID,
    ): Promise<Translated<Article> | ArticleStateTransitionError> {
        const revision = await this.revisionService.findOne(ctx, revisionId);
        if (!revision) {
            throw new EntityNotFoundError('ArticleRevision', revisionId);
        }
        if (!revision.snapshot) {
            throw new UserInputError(
                `Revision ${revision.version} is a workflow step without content: choose a revision with content`,
            );
        }
        const snapshot = revision.snapshot;
        const article = await this.getWorkingCopyOrThrow(ctx, revision.articleId);
        if (article.status === ArticleStatus.Archived) {
            return new ArticleStateTransitionError(
                {
                    en: 'An archived article cannot be edited: reopen it first',
                    zh_Hans: '已归档的文章不能编辑：请先重新打开',
                },
                article.status,
                'restore',
            );
        }
        // A language added after the revision is not part of it.
        const languages = new Set(snapshot.translations.map(t => t.languageCode));
        const extra = article.translations.filter(t => !languages.has(t.languageCode));
        if (extra.length) {
            await this.connection
                .getRepository(ctx, ArticleTranslation)
                .delete({ id: In(extra.map(t => t.id)) });
        }
        return this.update(
            ctx,
            {
                id: article.id,
                translations: snapshot.translations.map(t => ({
                    ...t,
                    languageCode: t.languageCode as LanguageCode,
                })),
                authorName: snapshot.authorName,
                featuredAssetId: snapshot.featuredAssetId,
                assetIds: snapshot.assetIds,
                topicIds: snapshot.topicIds,
                tags: snapshot.tags,
                relatedProductIds: snapshot.relatedProductIds,
                relatedCollectionIds: snapshot.relatedCollectionIds,
                audiences: snapshot.audiences.filter(a => this.audienceService.getType(a.type)),
            },
            { version: revision.version },
        );
    }

    /** Deletes an article, its publications (readers stop seeing it) and its history. */
    async delete(ctx: RequestContext, id: ID): Promise<{ result: DeletionResult; message?: string }> {
        const article = await this.getWorkingCopyOrThrow(ctx, id);
        const wasLive =
            (await this.connection
                .getRepository(ctx, Article)
                .count({ where: { publicationOfId: article.id } })) > 0;
        const deleted = this.translator.translate(article, ctx);
        await this.connection.getRepository(ctx, Article).delete({ publicationOfId: article.id });
        await this.connection.getRepository(ctx, Article).delete({ id: article.id });
        await this.eventBus.publish(new ArticleEvent(ctx, deleted, 'deleted', id));
        if (wasLive) {
            await this.eventBus.publish(new ArticleUnpublishedEvent(ctx, deleted, 'deleted'));
        }
        return { result: DeletionResult.DELETED };
    }

    async getTranslated(ctx: RequestContext, id: ID): Promise<Translated<Article>> {
        const article = await this.connection
            .getRepository(ctx, Article)
            .findOneOrFail({ where: { id }, relations: { translations: true } });
        return this.translator.translate(article, ctx);
    }

    /**
     * Titles are required for new translations; bodies are sanitised; slugs default to the title (or to the
     * article's slug in another language when the title has no letters a URL can use) and are made unique
     * among articles.
     */
    private async prepareTranslations(
        ctx: RequestContext,
        input: ArticleTranslationInput[],
        existing: Article | undefined,
    ): Promise<ArticleTranslationInput[]> {
        const languages = new Set<string>();
        const result: ArticleTranslationInput[] = [];
        for (const t of input) {
            if (languages.has(t.languageCode)) {
                throw new UserInputError(`The translation "${t.languageCode}" is given twice`);
            }
            languages.add(t.languageCode);
            const current = existing?.translations.find(x => x.languageCode === t.languageCode);
            const title = t.title != null ? t.title.trim() : current?.title;
            if (!title) {
                throw new UserInputError(`The article's title (${t.languageCode}) must not be empty`);
            }
            if (title.length > MAX_TITLE) {
                throw new UserInputError(
                    `The article's title (${t.languageCode}) is longer than ${MAX_TITLE} characters`,
                );
            }
            let slug = t.slug != null && t.slug.trim() !== '' ? normalizeSlug(t.slug) : current?.slug;
            if (t.slug != null && t.slug.trim() !== '' && !slug) {
                throw new UserInputError(`"${t.slug}" cannot be used as a slug: use letters or digits`);
            }
            if (!slug) {
                slug = normalizeSlug(title) || 'article';
            }
            if (slug !== current?.slug) {
                slug = await uniqueSlug(slug, s => this.isSlugTaken(ctx, s, existing?.id));
            }
            const body = t.body != null ? this.sanitizeBody(t.body) : undefined;
            result.push({
                ...(current ? { id: current.id } : {}),
                languageCode: t.languageCode,
                title,
                slug,
                summary: t.summary != null ? t.summary.trim() : (current?.summary ?? ''),
                body: body ?? current?.body ?? '',
                seoTitle: t.seoTitle != null ? t.seoTitle.trim() : (current?.seoTitle ?? ''),
                seoDescription:
                    t.seoDescription != null ? t.seoDescription.trim() : (current?.seoDescription ?? ''),
            });
        }
        return result;
    }

    private sanitizeBody(body: string): string {
        const clean = this.options.htmlSanitizer.sanitize(body);
        if (clean.length > this.options.maxBodyLength) {
            throw new UserInputError(
                `The body is longer than ${this.options.maxBodyLength} characters (${clean.length})`,
            );
        }
        return clean;
    }

    /**
     * A slug is taken when another article uses it in any language, as a working copy or in a publication
     * (a published article keeps its public slug until it is published again).
     */
    private async isSlugTaken(ctx: RequestContext, slug: string, exceptId?: ID): Promise<boolean> {
        const qb = this.connection
            .getRepository(ctx, ArticleTranslation)
            .createQueryBuilder('translation')
            .innerJoin('translation.base', 'article')
            .where('translation.slug = :slug', { slug });
        if (exceptId != null) {
            qb.andWhere('article.id != :exceptId', { exceptId }).andWhere(
                '(article.publicationOfId IS NULL OR article.publicationOfId != :exceptId)',
            );
        }
        return (await qb.getCount()) > 0;
    }

    /**
     * Topics, products, collections and assets must exist in the request's channel (else "not found"); with
     * `lenient` (restoring a revision) missing ones are dropped instead.
     */
    private async resolveRelated(
        ctx: RequestContext,
        input: Partial<CreateArticleInput>,
        lenient: boolean,
    ): Promise<{ fields: Partial<Article>; assetIds: ID[] | undefined }> {
        const fields: Partial<Article> = {};
        const inChannel = async <T extends Topic | Product | Collection | Asset>(
            type: new () => T,
            name: string,
            ids: ID[],
        ): Promise<T[]> => {
            const unique = [...new Map(ids.map(id => [String(id), id])).values()];
            if (!unique.length) {
                return [];
            }
            const found = await this.connection.findByIdsInChannel(ctx, type, unique, ctx.channelId, {});
            const missing = unique.find(id => !found.some(f => String(f.id) === String(id)));
            if (missing != null && !lenient) {
                throw new EntityNotFoundError(name, missing);
            }
            return unique
                .map(id => found.find(f => String(f.id) === String(id)))
                .filter(
                    (f): f is T => !!f && !('deletedAt' in f && (f as { deletedAt: Date | null }).deletedAt),
                );
        };
        if (input.topicIds != null) {
            fields.topics = await inChannel(Topic, 'Topic', input.topicIds);
        }
        if (input.relatedProductIds != null) {
            fields.relatedProducts = await inChannel(Product, 'Product', input.relatedProductIds);
        }
        if (input.relatedCollectionIds != null) {
            fields.relatedCollections = await inChannel(Collection, 'Collection', input.relatedCollectionIds);
        }
        if (input.tags != null) {
            const values = [...new Set(input.tags.map(t => t.trim()).filter(Boolean))];
            if (values.length > MAX_TAGS) {
                throw new UserInputError(`An article can have at most ${MAX_TAGS} tags`);
            }
            if (values.some(v => v.length > 100)) {
                throw new UserInputError('A tag is at most 100 characters long');
            }
            fields.tags = await this.tagService.valuesToTags(ctx, values);
        }
        let assetIds: ID[] | undefined;
        if (input.assetIds != null) {
            assetIds = (await inChannel(Asset, 'Asset', input.assetIds)).map(a => a.id);
        }
        if (input.featuredAssetId !== undefined) {
            if (input.featuredAssetId === null) {
                fields.featuredAsset = null;
            } else {
                const [asset] = await inChannel(Asset, 'Asset', [input.featuredAssetId]);
                fields.featuredAsset = asset ?? null;
            }
        }
        return { fields, assetIds };
    }

    private async saveAssets(
        ctx: RequestContext,
        article: Article,
        assetIds: ID[] | undefined,
    ): Promise<void> {
        if (assetIds === undefined) {
            return;
        }
        await this.assetService.updateEntityAssets(ctx, article, { assetIds });
    }

    private async replaceAudiences(
        ctx: RequestContext,
        articleId: ID,
        audiences: Array<{ type: string; value: string }>,
    ): Promise<void> {
        const repo = this.connection.getRepository(ctx, ArticleAudience);
        await repo.delete({ articleId });
        await repo.save(
            audiences.map(
                a =>
                    new ArticleAudience({
                        articleId,
                        type: a.type,
                        value: a.value,
                        key: audienceKey(a.type, a.value),
                    }),
            ),
        );
    }

    private async activeAdministrator(ctx: RequestContext): Promise<Administrator | null> {
        if (ctx.activeUserId == null) {
            return null;
        }
        return this.connection
            .getRepository(ctx, Administrator)
            .findOne({ where: { user: { id: ctx.activeUserId } } });
    }
}
