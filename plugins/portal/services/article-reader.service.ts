import { Inject, Injectable } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    Translated,
    TranslatorService,
    UserInputError,
} from '@vendure/core';
import { In, SelectQueryBuilder } from 'typeorm';

import { PORTAL_PLUGIN_OPTIONS } from '../constants';
import { Article } from '../entities/article.entity';
import { ArticleAudience } from '../entities/article-audience.entity';
import { ArticleTranslation } from '../entities/article-translation.entity';
import { ResolvedPortalPluginOptions } from '../types';

import { ArticleAudienceService } from './article-audience.service';
import { ArticleSearchService } from './article-search.service';
import { TopicService } from './topic.service';

/** How a reader's list is ordered. */
export enum ArticleSortOrder {
    /** Best search match first (title above summary above body), then newest; without a search, newest. */
    RELEVANCE = 'RELEVANCE',
    /** Most recently published first. */
    NEWEST = 'NEWEST',
    /** Oldest publication first. */
    OLDEST = 'OLDEST',
}

/** What a reader asks for: a topic (with its sub-topics), a tag, a search, a page and an order. */
export interface ArticleQueryOptions {
    topicSlug?: string | null;
    tag?: string | null;
    search?: string | null;
    take?: number | null;
    skip?: number | null;
    sort?: ArticleSortOrder | null;
}

const DEFAULT_TAKE = 20;
const MAX_TAKE = 100;

/**
 * What readers see: publications of the request's channel that have started and not ended (by the portal
 * clock), the newest of each article, and only those of an audience the visitor belongs to. Every shop query
 * (lists, by slug, search, a product's articles) goes through `visible()`, so no path shows an article to
 * someone outside its audience.
 */
@Injectable()
export class ArticleReaderService {
    constructor(
        private connection: TransactionalConnection,
        private audienceService: ArticleAudienceService,
        private searchService: ArticleSearchService,
        private topicService: TopicService,
        private translator: TranslatorService,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
        @Inject(PORTAL_PLUGIN_OPTIONS) private options: ResolvedPortalPluginOptions,
    ) {}

    /**
     * A context for reading the operator's (default) channel as the visitor of `ctx` would be allowed to: what the
     * admin API's `readableArticles` uses, so that a seller's administrator, working on the seller's own channel,
     * reads the notices the operator published for sellers. Only the audience keys of `ctx`'s visitor travel; the
     * returned context has no user.
     */
    async readerContext(ctx: RequestContext): Promise<RequestContext> {
        const channel = await this.channelService.getDefaultChannel(ctx);
        const readCtx = await this.requestContextService.create({
            apiType: ctx.apiType,
            channelOrToken: channel,
            languageCode: ctx.languageCode,
            req: ctx.req,
        });
        await this.audienceService.useViewerKeysOf(readCtx, ctx);
        return readCtx;
    }

    /** The visible publications, as a query over `article` (add conditions, select what you need). */
    async visible(ctx: RequestContext): Promise<SelectQueryBuilder<Article>> {
        const now = this.options.clock.now();
        const audienceKeys = await this.audienceService.getViewerKeys(ctx);
        const qb = this.connection.getRepository(ctx, Article).createQueryBuilder('article');
        return qb
            .innerJoin('article.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('article.publicationOfId IS NOT NULL')
            .andWhere('article.publishedAt <= :now', { now })
            .andWhere('(article.unpublishAt IS NULL OR article.unpublishAt > :now)')
            .andWhere(
                `NOT EXISTS ${qb
                    .subQuery()
                    .select('1')
                    .from(Article, 'newer')
                    .where('newer.publicationOfId = article.publicationOfId')
                    .andWhere('newer.publishedAt <= :now')
                    .andWhere(
                        '(newer.publishedAt > article.publishedAt OR (newer.publishedAt = article.publishedAt AND newer.id > article.id))',
                    )
                    .getQuery()}`,
            )
            .andWhere(
                `EXISTS ${qb
                    .subQuery()
                    .select('1')
                    .from(ArticleAudience, 'audience')
                    .where('audience.articleId = article.id')
                    .andWhere('audience.key IN (:...audienceKeys)')
                    .getQuery()}`,
                { audienceKeys },
            );
    }

    /** A page of visible articles, filtered, searched and sorted. */
    async list(
        ctx: RequestContext,
        options: ArticleQueryOptions = {},
    ): Promise<PaginatedList<Translated<Article>>> {
        const take = options.take ?? DEFAULT_TAKE;
        const skip = options.skip ?? 0;
        if (!Number.isInteger(take) || take < 0 || take > MAX_TAKE) {
            throw new UserInputError(`take must be a whole number from 0 to ${MAX_TAKE}`);
        }
        if (!Number.isInteger(skip) || skip < 0) {
            throw new UserInputError('skip must be a whole number from 0');
        }
        const qb = await this.visible(ctx);
        if (options.topicSlug != null) {
            const topic = await this.topicService.findBySlug(ctx, options.topicSlug);
            if (!topic) {
                return { items: [], totalItems: 0 };
            }
            const topicIds = await this.topicService.getSubtreeIds(ctx, [topic.id]);
            qb.andWhere(
                `EXISTS ${qb
                    .subQuery()
                    .select('1')
                    .from(Article, 'topical')
                    .innerJoin('topical.topics', 'topic')
                    .where('topical.id = article.id')
                    .andWhere('topic.id IN (:...topicIds)')
                    .getQuery()}`,
                { topicIds },
            );
        }
        if (options.tag != null && options.tag.trim() !== '') {
            qb.andWhere(
                `EXISTS ${qb
                    .subQuery()
                    .select('1')
                    .from(Article, 'tagged')
                    .innerJoin('tagged.tags', 'tag')
                    .where('tagged.id = article.id')
                    .andWhere('tag.value = :tag')
                    .getQuery()}`,
                { tag: options.tag.trim() },
            );
        }
        const searching = options.search != null && options.search.trim() !== '';
        if (searching && !this.searchService.applySearch(qb, 'article', options.search ?? '')) {
            return { items: [], totalItems: 0 };
        }
        const totalItems = await qb.getCount();
        qb.select('article.id', 'id').addSelect('article.publishedAt', 'publishedAt');
        const sort = options.sort ?? (searching ? ArticleSortOrder.RELEVANCE : ArticleSortOrder.NEWEST);
        if (sort === ArticleSortOrder.RELEVANCE && searching) {
            const score = `${qb.escape('search_rank')}.${qb.escape('score')}`;
            qb.addSelect(score, 'score').orderBy(score, 'DESC').addOrderBy('article.publishedAt', 'DESC');
        } else if (sort === ArticleSortOrder.OLDEST) {
            qb.orderBy('article.publishedAt', 'ASC');
        } else {
            qb.orderBy('article.publishedAt', 'DESC');
        }
        qb.addOrderBy('article.id', 'DESC').offset(skip).limit(take);
        const rows = take === 0 ? [] : await qb.getRawMany<{ id: ID }>();
        return {
            items: await this.load(
                ctx,
                rows.map(r => r.id),
            ),
            totalItems,
        };
    }

    /** The visible article with this slug (in any language), translated to the request's language. */
    async findBySlug(ctx: RequestContext, slug: string): Promise<Translated<Article> | undefined> {
        const qb = await this.visible(ctx);
        qb.andWhere(
            `EXISTS ${qb
                .subQuery()
                .select('1')
                .from(ArticleTranslation, 'slugged')
                .where('slugged.baseId = article.id')
                .andWhere('slugged.slug = :slug')
                .getQuery()}`,
            { slug },
        )
            .select('article.id', 'id')
            .orderBy('article.publishedAt', 'DESC')
            .limit(1);
        const row = await qb.getRawOne<{ id: ID }>();
        return row ? (await this.load(ctx, [row.id]))[0] : undefined;
    }

    /** The visible article of a working copy id (the id readers see), or undefined. */
    async findByArticleId(ctx: RequestContext, articleId: ID): Promise<Translated<Article> | undefined> {
        const qb = await this.visible(ctx);
        qb.andWhere('article.publicationOfId = :articleId', { articleId })
            .select('article.id', 'id')
            .limit(1);
        const row = await qb.getRawOne<{ id: ID }>();
        return row ? (await this.load(ctx, [row.id]))[0] : undefined;
    }

    /** Visible articles that name this product as related, newest first. */
    async forProduct(ctx: RequestContext, productId: ID, take = 10): Promise<Array<Translated<Article>>> {
        const qb = await this.visible(ctx);
        qb.andWhere(
            `EXISTS ${qb
                .subQuery()
                .select('1')
                .from(Article, 'related')
                .innerJoin('related.relatedProducts', 'product')
                .where('related.id = article.id')
                .andWhere('product.id = :productId')
                .getQuery()}`,
            { productId },
        )
            .select('article.id', 'id')
            .addSelect('article.publishedAt', 'publishedAt')
            .orderBy('article.publishedAt', 'DESC')
            .addOrderBy('article.id', 'DESC')
            .limit(Math.min(Math.max(take, 0), MAX_TAKE));
        const rows = await qb.getRawMany<{ id: ID }>();
        return this.load(
            ctx,
            rows.map(r => r.id),
        );
    }

    private async load(ctx: RequestContext, ids: ID[]): Promise<Array<Translated<Article>>> {
        if (!ids.length) {
            return [];
        }
        const articles = await this.connection.getRepository(ctx, Article).find({
            where: { id: In(ids) },
            relations: { translations: true, featuredAsset: true },
            relationLoadStrategy: 'query',
        });
        return ids
            .map(id => articles.find(a => String(a.id) === String(id)))
            .filter((a): a is Article => !!a)
            .map(a => this.translator.translate(a, ctx));
    }
}
