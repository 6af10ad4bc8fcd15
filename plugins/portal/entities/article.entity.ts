import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Asset,
    Channel,
    ChannelAware,
    Collection,
    EntityId,
    LocaleString,
    Product,
    Tag,
    Taggable,
    Translatable,
    Translation,
    VendureEntity,
} from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';

// Value imports: Vendure's helpers (ListQueryBuilder's translations, AssetService's orderable assets) need the
// relation's class. The other side refers to Article by name and `import type`, so there is no import cycle.
import { ArticleAsset } from './article-asset.entity';
import { ArticleAudience } from './article-audience.entity';
import { ArticleTranslation } from './article-translation.entity';
import { Topic } from './topic.entity';

/**
 * Where an article's working copy stands in the editorial workflow. What readers see is not the status but the
 * article's publications (see {@link Article}).
 */
export enum ArticleStatus {
    Draft = 'draft',
    InReview = 'in_review',
    Scheduled = 'scheduled',
    Published = 'published',
    Archived = 'archived',
}

/**
 * An article of the information portal. One entity, two roles:
 *
 * - the **working copy** (`publicationOfId` null) is what editors change; it carries the workflow `status`, the
 *   approval and the revision history, and the admin API lists only working copies;
 * - a **publication** (`publicationOfId` = the working copy) is a frozen copy made when the article is
 *   published, with its own translations, topics, tags, assets, audiences and related items. Readers (the shop
 *   API) only ever see publications: the newest one whose `publishedAt` has come and whose `unpublishAt` has not.
 *   A scheduled publication simply has a future `publishedAt`, so a scheduled edit of a live article waits next
 *   to the live version until its time.
 *
 * Translatable (title, slug, summary, body, SEO fields) and channel-aware.
 */
@Entity()
export class Article extends VendureEntity implements Translatable, ChannelAware, Taggable {
    constructor(input?: DeepPartial<Article>) {
        super(input);
    }

    title: LocaleString;
    slug: LocaleString;
    summary: LocaleString;
    body: LocaleString;
    seoTitle: LocaleString;
    seoDescription: LocaleString;

    @OneToMany(() => ArticleTranslation, t => t.base, { eager: true })
    translations: Array<Translation<Article>>;

    /** Workflow state of a working copy; a publication keeps the status it was published with. */
    @Index()
    @Column({ type: 'varchar', length: 32, default: ArticleStatus.Draft })
    status: ArticleStatus;

    /** Null for a working copy; for a publication, the working copy it was published from. */
    @Index()
    @ManyToOne(() => Article, { nullable: true, onDelete: 'CASCADE' })
    publicationOf: Article | null;

    @EntityId({ nullable: true })
    publicationOfId: ID | null;

    /**
     * Publication: from when readers see it. Working copy: since when its current live publication is online
     * (null while nothing is live), so lists can sort and filter by it.
     */
    @Index()
    @Column({ type: Date, nullable: true })
    publishedAt: Date | null;

    /** Working copy: when its scheduled publication goes online (null when none is scheduled). */
    @Index()
    @Column({ type: Date, nullable: true })
    publishAt: Date | null;

    /**
     * Publication: from when readers no longer see it (the shop hides it from this instant, the schedule task
     * then archives the article). Working copy: the unpublish time the next publication will get.
     */
    @Index()
    @Column({ type: Date, nullable: true })
    unpublishAt: Date | null;

    /** Byline shown to readers. */
    @Column({ type: 'varchar', nullable: true })
    authorName: string | null;

    /** The administrator who created the article. */
    @ManyToOne(() => Administrator, { nullable: true, onDelete: 'SET NULL' })
    createdBy: Administrator | null;

    @EntityId({ nullable: true })
    createdById: ID | null;

    /** Hash of the content (everything a revision records), to tell whether the working copy changed. */
    @Column({ type: 'varchar', length: 64, default: '' })
    contentHash: string;

    /** The content hash a reviewer approved; approval holds only while the content is unchanged. */
    @Column({ type: 'varchar', length: 64, nullable: true })
    approvedContentHash: string | null;

    @Column({ type: Date, nullable: true })
    approvedAt: Date | null;

    @ManyToOne(() => Administrator, { nullable: true, onDelete: 'SET NULL' })
    approvedBy: Administrator | null;

    @EntityId({ nullable: true })
    approvedById: ID | null;

    /** The last reviewer's comment (approval or requested changes). */
    @Column({ type: 'text', nullable: true })
    reviewComment: string | null;

    /** Number of the newest revision of a working copy (revisions are numbered 1, 2, 3…). */
    @Column({ type: 'int', default: 0 })
    revisionCount: number;

    @ManyToOne(() => Asset, { nullable: true, onDelete: 'SET NULL' })
    featuredAsset: Asset | null;

    @EntityId({ nullable: true })
    featuredAssetId: ID | null;

    @OneToMany(() => ArticleAsset, a => a.article)
    assets: ArticleAsset[];

    @ManyToMany(() => Topic)
    @JoinTable()
    topics: Topic[];

    @ManyToMany(() => Tag)
    @JoinTable()
    tags: Tag[];

    @ManyToMany(() => Product)
    @JoinTable()
    relatedProducts: Product[];

    @ManyToMany(() => Collection)
    @JoinTable()
    relatedCollections: Collection[];

    @OneToMany(() => ArticleAudience, a => a.article)
    audiences: ArticleAudience[];

    @ManyToMany(() => Channel)
    @JoinTable()
    channels: Channel[];
}
