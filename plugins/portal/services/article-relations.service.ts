import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Asset,
    Collection,
    Injector,
    Product,
    RequestContext,
    TransactionalConnection,
    Translated,
    TranslatorService,
} from '@vendure/core';

import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';
import { PORTAL_PLUGIN_OPTIONS } from '../constants';
import { Article } from '../entities/article.entity';
import { ArticleAsset } from '../entities/article-asset.entity';
import { ArticleAudience } from '../entities/article-audience.entity';
import { Topic } from '../entities/topic.entity';
import { ResolvedPortalPluginOptions } from '../types';

import { ArticleAudienceService, DescribedAudience } from './article-audience.service';

/**
 * The related things of an article row (working copy or publication), as the GraphQL field resolvers need them:
 * only what belongs to the request's channel, translated.
 */
@Injectable()
export class ArticleRelationsService {
    private readonly ids: EntityIdCodec;

    constructor(
        private connection: TransactionalConnection,
        private translator: TranslatorService,
        private audienceService: ArticleAudienceService,
        @Inject(PORTAL_PLUGIN_OPTIONS) private options: ResolvedPortalPluginOptions,
        moduleRef: ModuleRef,
    ) {
        this.ids = entityIdCodec(new Injector(moduleRef));
    }

    async getTopics(ctx: RequestContext, articleId: ID): Promise<Array<Translated<Topic>>> {
        const topics = await this.connection
            .getRepository(ctx, Topic)
            .createQueryBuilder('topic')
            .leftJoinAndSelect('topic.translations', 'translation')
            .innerJoin('topic.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .innerJoin(Article, 'article', 'article.id = :articleId', { articleId })
            .innerJoin('article.topics', 'articleTopic', 'articleTopic.id = topic.id')
            .orderBy('topic.position', 'ASC')
            .addOrderBy('topic.id', 'ASC')
            .getMany();
        return topics.map(t => this.translator.translate(t, ctx));
    }

    async getTags(ctx: RequestContext, articleId: ID): Promise<string[]> {
        const article = await this.connection
            .getRepository(ctx, Article)
            .findOne({ where: { id: articleId }, relations: { tags: true }, select: { id: true } });
        return (article?.tags ?? []).map(t => t.value).sort();
    }

    async getAssets(ctx: RequestContext, articleId: ID): Promise<Asset[]> {
        const rows = await this.connection
            .getRepository(ctx, ArticleAsset)
            .find({ where: { articleId }, order: { position: 'ASC' } });
        return rows.map(r => r.asset);
    }

    async getFeaturedAsset(ctx: RequestContext, article: Article): Promise<Asset | null> {
        if (article.featuredAsset !== undefined) {
            return article.featuredAsset;
        }
        return article.featuredAssetId != null
            ? this.connection.getRepository(ctx, Asset).findOne({ where: { id: article.featuredAssetId } })
            : null;
    }

    /** Related products of the channel, not deleted; for readers only enabled ones. */
    async getRelatedProducts(
        ctx: RequestContext,
        articleId: ID,
        enabledOnly: boolean,
    ): Promise<Array<Translated<Product>>> {
        const qb = this.connection
            .getRepository(ctx, Product)
            .createQueryBuilder('product')
            .leftJoinAndSelect('product.translations', 'translation')
            .leftJoinAndSelect('product.featuredAsset', 'featuredAsset')
            .innerJoin('product.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .innerJoin(Article, 'article', 'article.id = :articleId', { articleId })
            .innerJoin('article.relatedProducts', 'related', 'related.id = product.id')
            .where('product.deletedAt IS NULL')
            .orderBy('product.id', 'ASC');
        if (enabledOnly) {
            qb.andWhere('product.enabled = :enabled', { enabled: true });
        }
        return (await qb.getMany()).map(p => this.translator.translate(p, ctx));
    }

    /** Related collections of the channel; for readers only public ones. */
    async getRelatedCollections(
        ctx: RequestContext,
        articleId: ID,
        publicOnly: boolean,
    ): Promise<Array<Translated<Collection>>> {
        const qb = this.connection
            .getRepository(ctx, Collection)
            .createQueryBuilder('collection')
            .leftJoinAndSelect('collection.translations', 'translation')
            .innerJoin('collection.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            })
            .innerJoin(Article, 'article', 'article.id = :articleId', { articleId })
            .innerJoin('article.relatedCollections', 'related', 'related.id = collection.id')
            .orderBy('collection.id', 'ASC');
        if (publicOnly) {
            qb.andWhere('collection.isPrivate = :private', { private: false });
        }
        return (await qb.getMany()).map(c => this.translator.translate(c, ctx));
    }

    async getAudiences(ctx: RequestContext, articleId: ID): Promise<DescribedAudience[]> {
        const rows = await this.connection
            .getRepository(ctx, ArticleAudience)
            .find({ where: { articleId }, order: { key: 'ASC' } });
        return this.audienceService.describe(ctx, rows);
    }

    /**
     * The storefront URL from the `articleUrlPattern` option: `:slug`, `:id` (the article's id as the API shows
     * it), `:topic` (the first topic's slug, or `articles`) and `:languageCode`.
     */
    async buildUrl(ctx: RequestContext, article: Translated<Article> | Article): Promise<string> {
        const pattern = this.options.articleUrlPattern;
        const articleId = article.publicationOfId ?? article.id;
        let topicSlug = 'articles';
        if (pattern.includes(':topic')) {
            const [first] = await this.getTopics(ctx, article.id);
            topicSlug = first?.slug ?? topicSlug;
        }
        const slug = ('languageCode' in article ? article.slug : article.translations[0]?.slug) ?? '';
        return pattern
            .replace(/:slug\b/g, encodeURIComponent(slug))
            .replace(/:id\b/g, encodeURIComponent(this.ids.encode(articleId)))
            .replace(/:topic\b/g, encodeURIComponent(topicSlug))
            .replace(/:languageCode\b/g, ctx.languageCode);
    }
}
