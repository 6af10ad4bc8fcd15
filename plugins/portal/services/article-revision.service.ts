import { Injectable } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    EntityNotFoundError,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import { Article } from '../entities/article.entity';
import {
    ArticleContentSnapshot,
    ArticleRevision,
    ArticleRevisionKind,
} from '../entities/article-revision.entity';

import { diffSnapshots } from './article-content';

/**
 * An article's history: every content save (with a snapshot of the content and the changes against the previous
 * snapshot), every workflow step (with its comment), who did it and when.
 */
@Injectable()
export class ArticleRevisionService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
    ) {}

    /**
     * Adds an entry to the history of a working copy. Numbers come from a conditional UPDATE of the article's
     * counter, so concurrent saves never get the same number.
     */
    async record(
        ctx: RequestContext,
        articleId: ID,
        kind: ArticleRevisionKind,
        options: {
            snapshot?: ArticleContentSnapshot;
            comment?: string | null;
            restoredFromVersion?: number;
        } = {},
    ): Promise<ArticleRevision> {
        const repo = this.connection.getRepository(ctx, Article);
        await repo
            .createQueryBuilder()
            .update(Article)
            .set({ revisionCount: () => '"revisionCount" + 1' })
            .where('id = :id', { id: articleId })
            .execute();
        const { revisionCount } = await repo.findOneOrFail({
            where: { id: articleId },
            select: { id: true, revisionCount: true },
        });
        let changes = null;
        if (options.snapshot) {
            const previous = await this.latestSnapshot(ctx, articleId);
            changes = diffSnapshots(previous, options.snapshot);
        }
        const administrator = await this.activeAdministrator(ctx);
        const revision = new ArticleRevision({
            articleId,
            version: revisionCount,
            kind,
            administrator,
            authorName: administrator
                ? `${administrator.firstName} ${administrator.lastName}`.trim()
                : ctx.activeUserId
                  ? ''
                  : 'system',
            snapshot: options.snapshot ?? null,
            changes,
            comment: options.comment?.trim() || null,
            restoredFromVersion: options.restoredFromVersion ?? null,
        });
        return this.connection.getRepository(ctx, ArticleRevision).save(revision);
    }

    /** The newest content snapshot of a working copy, or null before the first save. */
    async latestSnapshot(ctx: RequestContext, articleId: ID): Promise<ArticleContentSnapshot | null> {
        const latest = await this.connection
            .getRepository(ctx, ArticleRevision)
            .createQueryBuilder('revision')
            .where('revision.articleId = :articleId', { articleId })
            .andWhere('revision.snapshot IS NOT NULL')
            .orderBy('revision.version', 'DESC')
            .getOne();
        return latest?.snapshot ?? null;
    }

    /** The history of an article of the request's channel, newest first unless sorted otherwise. */
    async findAll(
        ctx: RequestContext,
        articleId: ID,
        options?: ListQueryOptions<ArticleRevision>,
    ): Promise<PaginatedList<ArticleRevision>> {
        await this.requireArticleInChannel(ctx, articleId);
        const [items, totalItems] = await this.listQueryBuilder
            .build(
                ArticleRevision,
                { ...options, sort: options?.sort ?? { version: 'DESC' as never } },
                { ctx, where: { articleId }, relations: [] },
            )
            .getManyAndCount();
        return { items, totalItems };
    }

    /** A history entry of an article of the request's channel. */
    async findOne(ctx: RequestContext, id: ID): Promise<ArticleRevision | undefined> {
        const revision = await this.connection.getRepository(ctx, ArticleRevision).findOne({ where: { id } });
        if (!revision) {
            return undefined;
        }
        const article = await this.findArticleInChannel(ctx, revision.articleId);
        return article ? revision : undefined;
    }

    private async requireArticleInChannel(ctx: RequestContext, articleId: ID): Promise<void> {
        if (!(await this.findArticleInChannel(ctx, articleId))) {
            throw new EntityNotFoundError('Article', articleId);
        }
    }

    private findArticleInChannel(ctx: RequestContext, articleId: ID): Promise<Article | null> {
        return this.connection
            .getRepository(ctx, Article)
            .createQueryBuilder('article')
            .innerJoin('article.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('article.id = :articleId', { articleId })
            .andWhere('article.publicationOfId IS NULL')
            .getOne();
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
