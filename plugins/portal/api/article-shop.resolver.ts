import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Collection,
    Ctx,
    Permission,
    Product,
    RequestContext,
    Translated,
    UserInputError,
} from '@vendure/core';

import { Article } from '../entities/article.entity';
import { ArticleQueryOptions, ArticleReaderService } from '../services/article-reader.service';
import { ArticleRelationsService } from '../services/article-relations.service';

@Resolver()
export class ArticleShopResolver {
    constructor(private readerService: ArticleReaderService) {}

    @Query()
    @Allow(Permission.Public)
    articles(@Ctx() ctx: RequestContext, @Args() args: { options?: ArticleQueryOptions | null }) {
        return this.readerService.list(ctx, args.options ?? {});
    }

    @Query()
    @Allow(Permission.Public)
    article(
        @Ctx() ctx: RequestContext,
        @Args() args: { slug?: string | null; id?: ID | null },
    ): Promise<Translated<Article> | undefined> {
        if (args.slug != null) {
            return this.readerService.findBySlug(ctx, args.slug);
        }
        if (args.id != null) {
            return this.readerService.findByArticleId(ctx, args.id);
        }
        throw new UserInputError('Give either the slug or the id of the article');
    }
}

/** Fields of a publication as readers see it. */
@Resolver('Article')
export class ArticleShopEntityResolver {
    constructor(private relations: ArticleRelationsService) {}

    /** Readers know an article by the id of its working copy, which stays the same across publications. */
    @ResolveField()
    id(@Parent() article: Article): ID {
        return article.publicationOfId ?? article.id;
    }

    @ResolveField()
    seoTitle(@Parent() article: Translated<Article>): string {
        return article.seoTitle || article.title;
    }

    @ResolveField()
    seoDescription(@Parent() article: Translated<Article>): string {
        return article.seoDescription || article.summary;
    }

    @ResolveField()
    relatedProducts(
        @Ctx() ctx: RequestContext,
        @Parent() article: Article,
    ): Promise<Array<Translated<Product>>> {
        return this.relations.getRelatedProducts(ctx, article.id, true);
    }

    @ResolveField()
    relatedCollections(
        @Ctx() ctx: RequestContext,
        @Parent() article: Article,
    ): Promise<Array<Translated<Collection>>> {
        return this.relations.getRelatedCollections(ctx, article.id, true);
    }
}

@Resolver('Product')
export class ProductArticlesShopResolver {
    constructor(private readerService: ArticleReaderService) {}

    @ResolveField()
    articles(
        @Ctx() ctx: RequestContext,
        @Parent() product: Product,
        @Args() args: { take?: number | null },
    ): Promise<Array<Translated<Article>>> {
        return this.readerService.forProduct(ctx, product.id, args.take ?? 10);
    }
}
