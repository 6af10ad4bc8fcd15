import { RequestContext, VendureEvent } from '@vendure/core';

import { Article } from '../entities/article.entity';

/** Why readers no longer see an article. */
export type ArticleUnpublishReason = 'unpublished' | 'archived' | 'expired' | 'deleted';

/** Published when an article that readers could see is taken offline. */
export class ArticleUnpublishedEvent extends VendureEvent {
    constructor(
        public readonly ctx: RequestContext,
        /** The working copy. */
        public readonly article: Article,
        public readonly reason: ArticleUnpublishReason,
    ) {
        super();
    }
}
