import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Allow,
    Asset,
    Collection,
    Ctx,
    ListQueryOptions,
    Product,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    TransactionalConnection,
    Translated,
    TranslatorService,
} from '@vendure/core';

import { localizedLabel } from '../config/article-audience-type';
import { ArticlePermission, PublishArticlePermission, ReviewArticlePermission } from '../constants';
import { Article } from '../entities/article.entity';
import {
    ArticleContentSnapshot,
    ArticleFieldChange,
    ArticleRevision,
} from '../entities/article-revision.entity';
import { ArticleAudienceService, DescribedAudience } from '../services/article-audience.service';
import { ArticleRelationsService } from '../services/article-relations.service';
import { describeChanges } from '../services/article-revision-view';
import { ArticleRevisionService } from '../services/article-revision.service';
import { ArticleService, CreateArticleInput, UpdateArticleInput } from '../services/article.service';
import {
    ArticleScheduleRunResult,
    ArticleWorkflowService,
    PublishArticleInput,
} from '../services/article-workflow.service';
import { diffText, TextDiffSegment } from '../services/text-diff';

import { ArticleStateTransitionError } from './error-results';

type WorkflowResult = Promise<Translated<Article> | ArticleStateTransitionError>;

@Resolver()
export class ArticleAdminResolver {
    constructor(
        private articleService: ArticleService,
        private workflowService: ArticleWorkflowService,
        private revisionService: ArticleRevisionService,
        private audienceService: ArticleAudienceService,
    ) {}

    @Query()
    @Allow(ArticlePermission.Read)
    articles(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Article> },
        @Relations(Article) relations: RelationPaths<Article>,
    ): Promise<PaginatedList<Translated<Article>>> {
        return this.articleService.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(ArticlePermission.Read)
    article(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Translated<Article> | undefined> {
        return this.articleService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(ArticlePermission.Read)
    articleRevisions(
        @Ctx() ctx: RequestContext,
        @Args() args: { articleId: ID; options?: ListQueryOptions<ArticleRevision> },
    ): Promise<PaginatedList<ArticleRevision>> {
        return this.revisionService.findAll(ctx, args.articleId, args.options);
    }

    @Query()
    @Allow(ArticlePermission.Read)
    articleRevision(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<ArticleRevision | undefined> {
        return this.revisionService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(ArticlePermission.Read)
    articleAudienceTypes(@Ctx() ctx: RequestContext, @Args() args: { languageCode?: LanguageCode | null }) {
        const languageCode = args.languageCode ?? ctx.languageCode;
        return this.audienceService.getTypes().map(t => ({
            code: t.code,
            label: localizedLabel(t.label, languageCode),
            description: t.description ? localizedLabel(t.description, languageCode) : null,
            valueKind: t.valueKind,
        }));
    }

    @Query()
    @Allow(ArticlePermission.Read)
    articleAudienceOptions(
        @Ctx() ctx: RequestContext,
        @Args() args: { type: string; term?: string | null; take?: number | null },
    ) {
        return this.audienceService.options(ctx, args.type, args.term ?? undefined, args.take ?? 20);
    }

    @Mutation()
    @Transaction()
    @Allow(ArticlePermission.Create)
    createArticle(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateArticleInput },
    ): Promise<Translated<Article>> {
        return this.articleService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(ArticlePermission.Update)
    updateArticle(@Ctx() ctx: RequestContext, @Args() args: { input: UpdateArticleInput }): WorkflowResult {
        return this.articleService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(ArticlePermission.Delete)
    deleteArticle(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.articleService.delete(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(ArticlePermission.Update)
    submitArticleForReview(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; comment?: string | null },
    ): WorkflowResult {
        return this.workflowService.submitForReview(ctx, args.id, args.comment);
    }

    @Mutation()
    @Transaction()
    @Allow(ReviewArticlePermission.Permission)
    approveArticle(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; comment?: string | null },
    ): WorkflowResult {
        return this.workflowService.approve(ctx, args.id, args.comment);
    }

    @Mutation()
    @Transaction()
    @Allow(ReviewArticlePermission.Permission)
    requestArticleChanges(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; comment?: string | null },
    ): WorkflowResult {
        return this.workflowService.requestChanges(ctx, args.id, args.comment);
    }

    @Mutation()
    @Transaction()
    @Allow(PublishArticlePermission.Permission)
    publishArticle(@Ctx() ctx: RequestContext, @Args() args: { input: PublishArticleInput }): WorkflowResult {
        return this.workflowService.publish(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PublishArticlePermission.Permission)
    unpublishArticle(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): WorkflowResult {
        return this.workflowService.unpublish(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(PublishArticlePermission.Permission)
    cancelArticleSchedule(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): WorkflowResult {
        return this.workflowService.cancelSchedule(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(PublishArticlePermission.Permission)
    archiveArticle(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; comment?: string | null },
    ): WorkflowResult {
        return this.workflowService.archive(ctx, args.id, args.comment);
    }

    @Mutation()
    @Transaction()
    @Allow(ArticlePermission.Update)
    reopenArticle(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): WorkflowResult {
        return this.workflowService.reopen(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(ArticlePermission.Update)
    restoreArticleRevision(@Ctx() ctx: RequestContext, @Args() args: { revisionId: ID }): WorkflowResult {
        return this.articleService.restoreRevision(ctx, args.revisionId);
    }

    @Mutation()
    @Transaction()
    @Allow(PublishArticlePermission.Permission)
    runArticleSchedule(@Ctx() ctx: RequestContext): Promise<ArticleScheduleRunResult> {
        return this.workflowService.runSchedule(ctx);
    }
}

/** Fields of an article's working copy in the admin API. */
@Resolver('Article')
export class ArticleAdminEntityResolver {
    constructor(
        private relations: ArticleRelationsService,
        private workflowService: ArticleWorkflowService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    relatedProducts(
        @Ctx() ctx: RequestContext,
        @Parent() article: Article,
    ): Promise<Array<Translated<Product>>> {
        return this.relations.getRelatedProducts(ctx, article.id, false);
    }

    @ResolveField()
    relatedCollections(
        @Ctx() ctx: RequestContext,
        @Parent() article: Article,
    ): Promise<Array<Translated<Collection>>> {
        return this.relations.getRelatedCollections(ctx, article.id, false);
    }

    @ResolveField()
    audiences(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<DescribedAudience[]> {
        return this.relations.getAudiences(ctx, article.id);
    }

    @ResolveField()
    async isLive(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<boolean> {
        return !!(await this.workflowService.getPublicationState(ctx, article.id)).live;
    }

    @ResolveField()
    async hasUnpublishedChanges(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<boolean> {
        const { live, pending } = await this.workflowService.getPublicationState(ctx, article.id);
        const newest = pending ?? live;
        return !!newest && newest.contentHash !== article.contentHash;
    }

    @ResolveField()
    approved(@Parent() article: Article): boolean {
        return !!article.approvedContentHash && article.approvedContentHash === article.contentHash;
    }

    @ResolveField()
    approvedBy(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<Administrator | null> {
        return this.administrator(ctx, article.approvedById);
    }

    @ResolveField()
    createdBy(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<Administrator | null> {
        return this.administrator(ctx, article.createdById);
    }

    private async administrator(ctx: RequestContext, id: ID | null): Promise<Administrator | null> {
        return id == null
            ? null
            : this.connection.getRepository(ctx, Administrator).findOne({ where: { id } });
    }
}

/** Fields of an article in both APIs. */
@Resolver('Article')
export class ArticleCommonEntityResolver {
    constructor(private relations: ArticleRelationsService) {}

    @ResolveField()
    topics(@Ctx() ctx: RequestContext, @Parent() article: Article) {
        return this.relations.getTopics(ctx, article.id);
    }

    @ResolveField()
    tags(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<string[]> {
        return this.relations.getTags(ctx, article.id);
    }

    @ResolveField()
    assets(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<Asset[]> {
        return this.relations.getAssets(ctx, article.id);
    }

    @ResolveField()
    featuredAsset(@Ctx() ctx: RequestContext, @Parent() article: Article): Promise<Asset | null> {
        return this.relations.getFeaturedAsset(ctx, article);
    }

    @ResolveField()
    url(@Ctx() ctx: RequestContext, @Parent() article: Translated<Article>): Promise<string> {
        return this.relations.buildUrl(ctx, article);
    }
}

@Resolver('ArticleRevision')
export class ArticleRevisionEntityResolver {
    constructor(
        private connection: TransactionalConnection,
        private translator: TranslatorService,
        private audienceService: ArticleAudienceService,
    ) {}

    @ResolveField()
    hasContent(@Parent() revision: ArticleRevision): boolean {
        return !!revision.snapshot;
    }

    @ResolveField()
    administrator(
        @Ctx() ctx: RequestContext,
        @Parent() revision: ArticleRevision,
    ): Promise<Administrator | null> {
        return revision.administratorId == null
            ? Promise.resolve(null)
            : this.connection
                  .getRepository(ctx, Administrator)
                  .findOne({ where: { id: revision.administratorId } });
    }

    @ResolveField()
    changes(
        @Ctx() ctx: RequestContext,
        @Parent() revision: ArticleRevision,
        @Args() args: { languageCode?: LanguageCode | null },
    ): Promise<ArticleFieldChange[]> {
        return describeChanges(
            ctx,
            revision.changes ?? [],
            this.connection,
            this.translator,
            this.audienceService,
            args.languageCode ?? undefined,
        );
    }

    @ResolveField()
    async content(
        @Ctx() ctx: RequestContext,
        @Parent() revision: ArticleRevision,
    ): Promise<(Omit<ArticleContentSnapshot, 'audiences'> & { audiences: DescribedAudience[] }) | null> {
        if (!revision.snapshot) {
            return null;
        }
        return {
            ...revision.snapshot,
            audiences: await this.audienceService.describe(ctx, revision.snapshot.audiences),
        };
    }
}

@Resolver('ArticleRevisionChange')
export class ArticleRevisionChangeEntityResolver {
    @ResolveField()
    diff(@Parent() change: ArticleFieldChange): TextDiffSegment[] {
        return diffText(change.before ?? '', change.after ?? '');
    }
}

@Resolver('ArticleWorkflowResult')
export class ArticleWorkflowResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Article';
    }
}
