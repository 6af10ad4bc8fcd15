import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import type { Article } from './article.entity';

/**
 * One audience of an article: a type (`public`, `customer`, `customer-group`, `dealer-tier`, …, see
 * `ArticleAudienceType`) and a value of that type (a group id, a tier code; empty for types without values).
 * A reader sees the article when they belong to any of its audiences.
 */
@Entity()
@Index(['articleId', 'key'], { unique: true })
export class ArticleAudience extends VendureEntity {
    constructor(input?: DeepPartial<ArticleAudience>) {
        super(input);
    }

    @EntityId()
    articleId: ID;

    @ManyToOne('Article', (article: Article) => article.audiences, { onDelete: 'CASCADE' })
    article: Article;

    @Column({ type: 'varchar', length: 64 })
    type: string;

    @Column({ type: 'varchar', length: 255, default: '' })
    value: string;

    /** `type:value`, what the shop's visibility filter matches a reader's audience keys against. */
    @Index()
    @Column({ type: 'varchar', length: 320 })
    key: string;
}
