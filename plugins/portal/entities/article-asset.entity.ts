import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, OrderableAsset } from '@vendure/core';
import { Entity, Index, ManyToOne } from 'typeorm';

import type { Article } from './article.entity';

/** An image of an article's gallery, in order (Vendure's orderable-asset pattern, as for products). */
@Entity()
export class ArticleAsset extends OrderableAsset {
    constructor(input?: DeepPartial<ArticleAsset>) {
        super(input);
    }

    @EntityId()
    articleId: ID;

    @Index()
    @ManyToOne('Article', (article: Article) => article.assets, { onDelete: 'CASCADE' })
    article: Article;
}
