import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, VendureEntityEvent } from '@vendure/core';

import { Article } from '../entities/article.entity';

/** Published when an article's working copy is created, updated (content saved) or deleted. */
export class ArticleEvent extends VendureEntityEvent<Article, unknown> {
    constructor(
        ctx: RequestContext,
        entity: Article,
        type: 'created' | 'updated' | 'deleted',
        input?: unknown,
    ) {
        super(entity, type, ctx, input);
    }

    /** Id of the article (for `deleted`, the id it had). */
    get articleId(): ID {
        return this.entity.id;
    }
}
