import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Administrator, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Article } from './article.entity';

/** What happened in a revision history entry. */
export enum ArticleRevisionKind {
    /** The article was created (the first content). */
    Created = 'created',
    /** The content was saved. */
    Saved = 'saved',
    /** An earlier revision's content was restored into the working copy. */
    Restored = 'restored',
    /** Submitted for review. */
    Submitted = 'submitted',
    /** A reviewer approved the content. */
    Approved = 'approved',
    /** A reviewer requested changes. */
    ChangesRequested = 'changes_requested',
    /** Published now. */
    Published = 'published',
    /** Scheduled to be published later. */
    Scheduled = 'scheduled',
    /** A pending scheduled publication was cancelled. */
    ScheduleCancelled = 'schedule_cancelled',
    /** Taken offline by an editor. */
    Unpublished = 'unpublished',
    /** Taken offline because its unpublish time came. */
    Expired = 'expired',
    /** Archived. */
    Archived = 'archived',
    /** Taken out of the archive, back to draft. */
    Reopened = 'reopened',
}

/** One field that differs between a revision and the one before it. */
export interface ArticleFieldChange {
    field: string;
    languageCode: string | null;
    before: string | null;
    after: string | null;
}

/** The content of an article at one point in time: everything a restore puts back. */
export interface ArticleContentSnapshot {
    translations: Array<{
        languageCode: string;
        title: string;
        slug: string;
        summary: string;
        body: string;
        seoTitle: string;
        seoDescription: string;
    }>;
    authorName: string | null;
    featuredAssetId: string | null;
    assetIds: string[];
    topicIds: string[];
    tags: string[];
    relatedProductIds: string[];
    relatedCollectionIds: string[];
    audiences: Array<{ type: string; value: string }>;
}

/**
 * An entry of an article's history: who did what when. Content saves, restores and publications carry a snapshot
 * of the content (which can be restored) and the changes against the previous snapshot; workflow steps carry the
 * comment given.
 */
@Entity()
@Index(['articleId', 'version'], { unique: true })
export class ArticleRevision extends VendureEntity {
    constructor(input?: DeepPartial<ArticleRevision>) {
        super(input);
    }

    @EntityId()
    articleId: ID;

    @ManyToOne(() => Article, { onDelete: 'CASCADE' })
    article: Article;

    /** 1, 2, 3… per article. */
    @Column({ type: 'int' })
    version: number;

    @Column({ type: 'varchar', length: 32 })
    kind: ArticleRevisionKind;

    @ManyToOne(() => Administrator, { nullable: true, onDelete: 'SET NULL' })
    administrator: Administrator | null;

    @EntityId({ nullable: true })
    administratorId: ID | null;

    /** The administrator's name at the time (kept when the administrator is deleted); "system" for the scheduler. */
    @Column({ type: 'varchar', default: '' })
    authorName: string;

    @Column({ type: 'simple-json', nullable: true })
    snapshot: ArticleContentSnapshot | null;

    @Column({ type: 'simple-json', nullable: true })
    changes: ArticleFieldChange[] | null;

    @Column({ type: 'text', nullable: true })
    comment: string | null;

    /** For `restored`: the version whose content was restored. */
    @Column({ type: 'int', nullable: true })
    restoredFromVersion: number | null;
}
