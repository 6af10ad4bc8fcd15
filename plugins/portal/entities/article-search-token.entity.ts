import { ID } from '@vendure/common/lib/shared-types';
import { EntityId } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Article } from './article.entity';

/**
 * The portable full-text index: one row per (publication, token), where a token is a word of Latin text or a
 * character (or character pair) of Chinese, Japanese and Korean text. `score` weighs where the token occurs:
 * title above summary above body. Filled when an article is published, read with one ranked aggregate, the same
 * on SQLite and PostgreSQL.
 */
@Entity()
@Index(['token', 'articleId'])
export class ArticleSearchToken {
    constructor(input?: Partial<ArticleSearchToken>) {
        if (input) {
            Object.assign(this, input);
        }
    }

    @EntityId({ primary: true })
    articleId: ID;

    /** The publication; its tokens go with it. */
    @ManyToOne(() => Article, { onDelete: 'CASCADE' })
    article?: Article;

    @Column({ type: 'varchar', length: 64, primary: true })
    token: string;

    @Column({ type: 'int' })
    score: number;
}
