import { RequestContext, VendureEvent } from '@vendure/core';

import { Article, ArticleStatus } from '../entities/article.entity';

/** Published when an article's workflow status changes (submitted, approved → published, archived…). */
export class ArticleStatusTransitionEvent extends VendureEvent {
    constructor(
        public readonly ctx: RequestContext,
        public readonly article: Article,
        public readonly fromStatus: ArticleStatus,
        public readonly toStatus: ArticleStatus,
    ) {
        super();
    }
}
