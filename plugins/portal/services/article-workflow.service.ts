import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    EventBus,
    Logger,
    RequestContext,
    TransactionalConnection,
    Translated,
    TranslatorService,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { ArticleStateTransitionError } from '../api/error-results';
import { loggerCtx, PORTAL_PLUGIN_OPTIONS } from '../constants';
import { Article, ArticleStatus } from '../entities/article.entity';
import { ArticleAsset } from '../entities/article-asset.entity';
import { ArticleAudience } from '../entities/article-audience.entity';
import { ArticleRevisionKind } from '../entities/article-revision.entity';
import { ArticleTranslation } from '../entities/article-translation.entity';
import { ArticlePublishedEvent } from '../events/article-published.event';
import { ArticleStatusTransitionEvent } from '../events/article-status-transition.event';
import { ArticleUnpublishedEvent, ArticleUnpublishReason } from '../events/article-unpublished.event';
import { ResolvedPortalPluginOptions } from '../types';

import { SNAPSHOT_RELATIONS } from './article-content';
import { ArticleRevisionService } from './article-revision.service';
import { ArticleSearchService } from './article-search.service';
import { ArticleService } from './article.service';
import { ArticleTransition, statusAfter, transitionError } from './article-workflow';

/** When readers see an article, as far as its publications go. */
export interface ArticlePublicationState {
    /** The publication readers see now (ignoring audiences), if any. */
    live: Article | undefined;
    /** A publication waiting for its time, if any. */
    pending: Article | undefined;
}

export interface PublishArticleInput {
    id: ID;
    /** Null, absent or not in the future: publish now. */
    publishAt?: Date | string | null;
    /** When readers stop seeing it; null for never. */
    unpublishAt?: Date | string | null;
}

/** What a run of the schedule did. */
export interface ArticleScheduleRunResult {
    published: ID[];
    expired: ID[];
}

type WorkflowResult = Translated<Article> | ArticleStateTransitionError;

/**
 * The editorial workflow of articles: review, approval, publishing now or later, unpublishing, archiving, and the
 * schedule that completes scheduled publications and takes expired articles offline. Every step checks the
 * rules of `article-workflow.ts` before it writes, records an entry in the article's history and publishes
 * `ArticleStatusTransitionEvent` (and `ArticlePublishedEvent` / `ArticleUnpublishedEvent` when readers' view
 * changes).
 */
@Injectable()
export class ArticleWorkflowService {
    constructor(
        private connection: TransactionalConnection,
        private articleService: ArticleService,
        private revisionService: ArticleRevisionService,
        private searchService: ArticleSearchService,
        private translator: TranslatorService,
        private eventBus: EventBus,
        @Inject(PORTAL_PLUGIN_OPTIONS) private options: ResolvedPortalPluginOptions,
    ) {}

    /** The current and the pending publication of a working copy, by the portal clock. */
    async getPublicationState(ctx: RequestContext, articleId: ID): Promise<ArticlePublicationState> {
        const now = this.options.clock.now().getTime();
        const publications = await this.connection.getRepository(ctx, Article).find({
            where: { publicationOfId: articleId },
            order: { publishedAt: 'DESC', id: 'DESC' },
        });
        const started = publications.filter(p => p.publishedAt && p.publishedAt.getTime() <= now);
        const newest = started[0];
        const live =
            newest && (!newest.unpublishAt || newest.unpublishAt.getTime() > now) ? newest : undefined;
        const pending = publications.find(p => p.publishedAt && p.publishedAt.getTime() > now);
        return { live, pending };
    }

    /** Copies the live publication's start and the pending one's onto the working copy, for lists. */
    private async syncPublicationDates(ctx: RequestContext, articleId: ID): Promise<void> {
        const { live, pending } = await this.getPublicationState(ctx, articleId);
        await this.connection
            .getRepository(ctx, Article)
            .update(
                { id: articleId },
                { publishedAt: live?.publishedAt ?? null, publishAt: pending?.publishedAt ?? null },
            );
    }

    /** Draft (or live article with changes) → in review. */
    async submitForReview(ctx: RequestContext, id: ID, comment?: string | null): Promise<WorkflowResult> {
        return this.step(ctx, id, 'submit', ArticleRevisionKind.Submitted, comment);
    }

    /** Records a reviewer's approval of the current content; the article stays in review until published. */
    async approve(ctx: RequestContext, id: ID, comment?: string | null): Promise<WorkflowResult> {
        const article = await this.articleService.getWorkingCopyOrThrow(ctx, id);
        const error = await this.check(ctx, article, 'approve');
        if (error) {
            return error;
        }
        const administrator = await this.activeAdministrator(ctx);
        await this.connection.getRepository(ctx, Article).update(
            { id: article.id },
            {
                approvedContentHash: article.contentHash,
                approvedAt: this.options.clock.now(),
                approvedBy: administrator,
                reviewComment: comment?.trim() || null,
            },
        );
        await this.revisionService.record(ctx, article.id, ArticleRevisionKind.Approved, { comment });
        return this.articleService.getTranslated(ctx, article.id);
    }

    /** A reviewer sends the article back to its authors with a comment. */
    async requestChanges(ctx: RequestContext, id: ID, comment?: string | null): Promise<WorkflowResult> {
        const article = await this.articleService.getWorkingCopyOrThrow(ctx, id);
        const error = await this.check(ctx, article, 'requestChanges');
        if (error) {
            return error;
        }
        await this.connection.getRepository(ctx, Article).update(
            { id: article.id },
            {
                approvedContentHash: null,
                approvedAt: null,
                approvedBy: null,
                reviewComment: comment?.trim() || null,
            },
        );
        return this.step(ctx, id, 'requestChanges', ArticleRevisionKind.ChangesRequested, comment, article);
    }

    /**
     * Publishes the working copy as it is now: immediately, or at `publishAt` (readers see it from that instant;
     * a live version stays online until then). `unpublishAt` takes it offline at that instant.
     */
    async publish(ctx: RequestContext, input: PublishArticleInput): Promise<WorkflowResult> {
        const now = this.options.clock.now();
        const publishAt = input.publishAt != null ? this.toDate(input.publishAt, 'publishAt') : null;
        const unpublishAt = input.unpublishAt != null ? this.toDate(input.unpublishAt, 'unpublishAt') : null;
        const scheduled = !!publishAt && publishAt.getTime() > now.getTime();
        const start = scheduled && publishAt ? publishAt : now;
        if (unpublishAt && unpublishAt.getTime() <= start.getTime()) {
            throw new UserInputError(
                `unpublishAt (${unpublishAt.toISOString()}) must be after the publish time (${start.toISOString()})`,
            );
        }
        const article = await this.articleService.getWorkingCopyOrThrow(ctx, input.id, [
            ...SNAPSHOT_RELATIONS.filter(r => r !== 'translations'),
            'channels',
        ]);
        const error = await this.check(ctx, article, 'publish');
        if (error) {
            return error;
        }
        const before = await this.getPublicationState(ctx, article.id);
        // Publishing now replaces every publication; scheduling replaces only a pending one.
        await this.deletePublications(
            ctx,
            scheduled
                ? before.pending
                    ? [before.pending.id]
                    : []
                : await this.publicationIds(ctx, article.id),
        );
        const publication = await this.createPublication(ctx, article, start, unpublishAt);
        await this.connection.getRepository(ctx, Article).update({ id: article.id }, { unpublishAt });
        await this.syncPublicationDates(ctx, article.id);
        const snapshot = await this.articleService.snapshotOf(ctx, article.id);
        await this.revisionService.record(
            ctx,
            article.id,
            scheduled ? ArticleRevisionKind.Scheduled : ArticleRevisionKind.Published,
            {
                snapshot,
                comment: scheduled
                    ? `Scheduled for ${start.toISOString()}${unpublishAt ? `, until ${unpublishAt.toISOString()}` : ''}`
                    : unpublishAt
                      ? `Until ${unpublishAt.toISOString()}`
                      : null,
            },
        );
        await this.setStatus(
            ctx,
            article,
            statusAfter(article.status, 'publish', { scheduled, hasLivePublication: !!before.live }),
        );
        if (!scheduled) {
            await this.eventBus.publish(new ArticlePublishedEvent(ctx, article, publication, false));
        }
        return this.articleService.getTranslated(ctx, article.id);
    }

    /** Takes every publication (live and scheduled) offline. */
    async unpublish(ctx: RequestContext, id: ID): Promise<WorkflowResult> {
        const article = await this.articleService.getWorkingCopyOrThrow(ctx, id);
        const error = await this.check(ctx, article, 'unpublish');
        if (error) {
            return error;
        }
        return this.takeOffline(ctx, article, 'unpublish', ArticleRevisionKind.Unpublished, 'unpublished');
    }

    /** Drops a scheduled publication; a live version stays online. */
    async cancelSchedule(ctx: RequestContext, id: ID): Promise<WorkflowResult> {
        const article = await this.articleService.getWorkingCopyOrThrow(ctx, id);
        const error = await this.check(ctx, article, 'cancelSchedule');
        if (error) {
            return error;
        }
        const state = await this.getPublicationState(ctx, article.id);
        await this.deletePublications(ctx, state.pending ? [state.pending.id] : []);
        await this.syncPublicationDates(ctx, article.id);
        await this.revisionService.record(ctx, article.id, ArticleRevisionKind.ScheduleCancelled);
        await this.setStatus(
            ctx,
            article,
            statusAfter(article.status, 'cancelSchedule', { hasLivePublication: !!state.live }),
        );
        return this.articleService.getTranslated(ctx, article.id);
    }

    /** Archives the article: readers no longer see it, editors must reopen it to change it. */
    async archive(ctx: RequestContext, id: ID, comment?: string | null): Promise<WorkflowResult> {
        const article = await this.articleService.getWorkingCopyOrThrow(ctx, id);
        const error = await this.check(ctx, article, 'archive');
        if (error) {
            return error;
        }
        return this.takeOffline(ctx, article, 'archive', ArticleRevisionKind.Archived, 'archived', comment);
    }

    /** Archived → draft. */
    async reopen(ctx: RequestContext, id: ID): Promise<WorkflowResult> {
        return this.step(ctx, id, 'reopen', ArticleRevisionKind.Reopened);
    }

    /**
     * Applies the schedule as of the portal clock: completes scheduled publications whose time has come (status
     * published, older publications removed, `ArticlePublishedEvent`) and removes publications past their
     * unpublish time (a published article whose last publication expired is archived, `ArticleUnpublishedEvent`).
     * With `allChannels` (the scheduled task) every channel, else the request's channel.
     */
    async runSchedule(
        ctx: RequestContext,
        options: { allChannels?: boolean } = {},
    ): Promise<ArticleScheduleRunResult> {
        const now = this.options.clock.now();
        const result: ArticleScheduleRunResult = { published: [], expired: [] };
        const due = this.connection
            .getRepository(ctx, Article)
            .createQueryBuilder('publication')
            .innerJoin('publication.publicationOf', 'article')
            .select('DISTINCT article.id', 'id')
            .where('article.status = :scheduled', { scheduled: ArticleStatus.Scheduled })
            .andWhere('publication.publishedAt <= :now', { now });
        const expired = this.connection
            .getRepository(ctx, Article)
            .createQueryBuilder('publication')
            .select('publication.id', 'id')
            .addSelect('publication.publicationOfId', 'articleId')
            .where('publication.publicationOfId IS NOT NULL')
            .andWhere('publication.unpublishAt <= :now', { now });
        if (!options.allChannels) {
            due.innerJoin('article.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            });
            expired.innerJoin('publication.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            });
        }
        for (const row of await due.getRawMany<{ id: ID }>()) {
            if (await this.completeScheduled(ctx, row.id, now)) {
                result.published.push(row.id);
            }
        }
        const expiredRows = await expired.getRawMany<{ id: ID; articleId: ID }>();
        for (const articleId of [...new Set(expiredRows.map(r => String(r.articleId)))]) {
            const ids = expiredRows.filter(r => String(r.articleId) === articleId).map(r => r.id);
            if (await this.expire(ctx, articleId, ids, now)) {
                result.expired.push(articleId);
            }
        }
        if (result.published.length || result.expired.length) {
            Logger.info(
                `Schedule: ${result.published.length} published, ${result.expired.length} expired`,
                loggerCtx,
            );
        }
        return result;
    }

    private async completeScheduled(ctx: RequestContext, articleId: ID, now: Date): Promise<boolean> {
        // The conditional UPDATE makes a second worker (or a racing editor) a no-op.
        const updated = await this.connection
            .getRepository(ctx, Article)
            .createQueryBuilder()
            .update(Article)
            .set({ status: ArticleStatus.Published })
            .where('id = :id AND status = :scheduled', { id: articleId, scheduled: ArticleStatus.Scheduled })
            .execute();
        if (!updated.affected) {
            return false;
        }
        const publications = await this.connection.getRepository(ctx, Article).find({
            where: { publicationOfId: articleId },
            order: { publishedAt: 'DESC', id: 'DESC' },
        });
        const started = publications.filter(p => p.publishedAt && p.publishedAt.getTime() <= now.getTime());
        const [current, ...older] = started;
        await this.deletePublications(
            ctx,
            older.map(p => p.id),
        );
        await this.syncPublicationDates(ctx, articleId);
        const article = await this.connection
            .getRepository(ctx, Article)
            .findOneOrFail({ where: { id: articleId }, relations: { translations: true } });
        await this.revisionService.record(ctx, articleId, ArticleRevisionKind.Published, {
            comment: `Scheduled publication of ${current.publishedAt?.toISOString() ?? ''}`,
        });
        await this.eventBus.publish(
            new ArticleStatusTransitionEvent(ctx, article, ArticleStatus.Scheduled, ArticleStatus.Published),
        );
        await this.eventBus.publish(new ArticlePublishedEvent(ctx, article, current, true));
        return true;
    }

    private async expire(
        ctx: RequestContext,
        articleId: ID,
        publicationIds: ID[],
        now: Date,
    ): Promise<boolean> {
        const deleted = await this.connection
            .getRepository(ctx, Article)
            .delete({ id: In(publicationIds), publicationOfId: articleId });
        if (!deleted.affected) {
            return false;
        }
        const article = await this.connection
            .getRepository(ctx, Article)
            .findOneOrFail({ where: { id: articleId }, relations: { translations: true } });
        await this.syncPublicationDates(ctx, articleId);
        const state = await this.getPublicationState(ctx, articleId);
        if (state.live) {
            return false;
        }
        await this.revisionService.record(ctx, articleId, ArticleRevisionKind.Expired, {
            comment: `Unpublish time reached (${now.toISOString()})`,
        });
        if (article.status === ArticleStatus.Published && !state.pending) {
            await this.setStatus(ctx, article, ArticleStatus.Archived);
        }
        await this.eventBus.publish(new ArticleUnpublishedEvent(ctx, article, 'expired'));
        return true;
    }

    private async step(
        ctx: RequestContext,
        id: ID,
        transition: ArticleTransition,
        kind: ArticleRevisionKind,
        comment?: string | null,
        loaded?: Article,
    ): Promise<WorkflowResult> {
        const article = loaded ?? (await this.articleService.getWorkingCopyOrThrow(ctx, id));
        if (!loaded) {
            const error = await this.check(ctx, article, transition);
            if (error) {
                return error;
            }
        }
        const state = await this.getPublicationState(ctx, article.id);
        await this.revisionService.record(ctx, article.id, kind, { comment });
        await this.setStatus(
            ctx,
            article,
            statusAfter(article.status, transition, { hasLivePublication: !!state.live }),
        );
        return this.articleService.getTranslated(ctx, article.id);
    }

    private async takeOffline(
        ctx: RequestContext,
        article: Article,
        transition: ArticleTransition,
        kind: ArticleRevisionKind,
        reason: ArticleUnpublishReason,
        comment?: string | null,
    ): Promise<WorkflowResult> {
        const state = await this.getPublicationState(ctx, article.id);
        await this.deletePublications(ctx, await this.publicationIds(ctx, article.id));
        await this.syncPublicationDates(ctx, article.id);
        await this.revisionService.record(ctx, article.id, kind, { comment });
        await this.setStatus(
            ctx,
            article,
            statusAfter(article.status, transition, { hasLivePublication: false }),
        );
        if (state.live) {
            await this.eventBus.publish(new ArticleUnpublishedEvent(ctx, article, reason));
        }
        return this.articleService.getTranslated(ctx, article.id);
    }

    private async check(
        ctx: RequestContext,
        article: Article,
        transition: ArticleTransition,
    ): Promise<ArticleStateTransitionError | undefined> {
        const state = await this.getPublicationState(ctx, article.id);
        const refusal = transitionError(article.status, transition, {
            approved: !!article.approvedContentHash && article.approvedContentHash === article.contentHash,
            requireApproval: this.options.requireApproval,
            hasPublication: !!state.live || !!state.pending,
        });
        return refusal ? new ArticleStateTransitionError(refusal, article.status, transition) : undefined;
    }

    private async setStatus(ctx: RequestContext, article: Article, to: ArticleStatus): Promise<void> {
        const from = article.status;
        if (from === to) {
            return;
        }
        await this.connection.getRepository(ctx, Article).update({ id: article.id }, { status: to });
        article.status = to;
        await this.eventBus.publish(
            new ArticleStatusTransitionEvent(ctx, this.translator.translate(article, ctx), from, to),
        );
    }

    private async publicationIds(ctx: RequestContext, articleId: ID): Promise<ID[]> {
        const rows = await this.connection
            .getRepository(ctx, Article)
            .find({ where: { publicationOfId: articleId }, select: { id: true } });
        return rows.map(r => r.id);
    }

    private async deletePublications(ctx: RequestContext, ids: ID[]): Promise<void> {
        if (ids.length) {
            await this.connection.getRepository(ctx, Article).delete({ id: In(ids) });
        }
    }

    /** A frozen copy of the working copy, with its own translations, assets, audiences and search index. */
    private async createPublication(
        ctx: RequestContext,
        article: Article,
        publishedAt: Date,
        unpublishAt: Date | null,
    ): Promise<Article> {
        const publication = await this.connection.getRepository(ctx, Article).save(
            new Article({
                status: ArticleStatus.Published,
                publicationOf: { id: article.id },
                publishedAt,
                unpublishAt,
                authorName: article.authorName,
                createdBy: article.createdById != null ? { id: article.createdById } : null,
                contentHash: article.contentHash,
                featuredAsset: article.featuredAssetId != null ? { id: article.featuredAssetId } : null,
                topics: article.topics,
                tags: article.tags,
                relatedProducts: article.relatedProducts,
                relatedCollections: article.relatedCollections,
                channels: article.channels,
                revisionCount: 0,
            }),
        );
        publication.translations = await this.connection.getRepository(ctx, ArticleTranslation).save(
            article.translations.map(
                t =>
                    new ArticleTranslation({
                        languageCode: t.languageCode,
                        title: t.title,
                        slug: t.slug,
                        summary: t.summary,
                        body: t.body,
                        seoTitle: t.seoTitle,
                        seoDescription: t.seoDescription,
                        base: publication,
                    }),
            ),
        );
        await this.connection.getRepository(ctx, ArticleAsset).save(
            (article.assets ?? []).map(
                a =>
                    new ArticleAsset({
                        assetId: a.assetId,
                        position: a.position,
                        articleId: publication.id,
                    }),
            ),
        );
        await this.connection.getRepository(ctx, ArticleAudience).save(
            (article.audiences ?? []).map(
                a =>
                    new ArticleAudience({
                        articleId: publication.id,
                        type: a.type,
                        value: a.value,
                        key: a.key,
                    }),
            ),
        );
        await this.searchService.indexPublication(ctx, publication);
        return publication;
    }

    private toDate(value: Date | string, field: string): Date {
        const date = value instanceof Date ? value : new Date(value);
        if (Number.isNaN(date.getTime())) {
            throw new UserInputError(`${field} is not a valid date-time`);
        }
        return date;
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
