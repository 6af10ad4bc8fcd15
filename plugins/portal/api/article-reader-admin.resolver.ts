import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Asset, Ctx, Permission, RequestContext, Translated } from '@vendure/core';

import { Article } from '../entities/article.entity';
import { ArticleQueryOptions, ArticleReaderService } from '../services/article-reader.service';
import { ArticleRelationsService } from '../services/article-relations.service';

/**
 * The admin API's reading path: published articles of the operator's channel as the logged-in administrator may
 * read them (the same audience rules as the shop API). Sellers' staff log in to the Dashboard, not the shop, so
 * this is where they read the notices the operator publishes for sellers.
 */
@Resolver()
export class ArticleReaderAdminResolver {
    constructor(private readerService: ArticleReaderService) {}

    @Query()
    @Allow(Permission.Authenticated)
    async readableArticles(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: Omit<ArticleQueryOptions, 'sort'> | null },
    ): Promise<PaginatedList<Translated<Article>>> {
        const readCtx = await this.readerService.readerContext(ctx);
        return this.readerService.list(readCtx, args.options ?? {});
    }

    @Query()
    @Allow(Permission.Authenticated)
    async readableArticle(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<Translated<Article> | undefined> {
        const readCtx = await this.readerService.readerContext(ctx);
        return this.readerService.findByArticleId(readCtx, args.id);
    }
}

@Resolver('ReadableArticle')
export class ReadableArticleEntityResolver {
    constructor(private relations: ArticleRelationsService) {}

    /** Readers know an article by the id of its working copy, which stays the same across publications. */
    @ResolveField()
    id(@Parent() article: Article): ID {
        return article.publicationOfId ?? article.id;
    }

    @ResolveField()
    tags(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<string[]> {
        return this.relations.getTags(ctx, article.id);
    }

    @ResolveField()
    featuredAsset(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<Asset | null> {
        return this.relations.getFeaturedAsset(ctx, article);
    }
}
