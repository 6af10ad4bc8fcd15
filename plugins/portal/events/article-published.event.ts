import { RequestContext, VendureEvent } from '@vendure/core';

import { Article } from '../entities/article.entity';

/**
 * Published when readers start seeing a new version of an article: on `publishArticle` without a future time,
 * and for a scheduled publication when the schedule task completes it (readers already see it from its time).
 */
export class ArticlePublishedEvent extends VendureEvent {
    constructor(
        public readonly ctx: RequestContext,
        /** The working copy. */
        public readonly article: Article,
        /** The publication readers now see. */
        public readonly publication: Article,
        /** True when it was scheduled earlier and completed by the schedule task. */
        public readonly scheduled: boolean,
    ) {
        super();
    }
}
