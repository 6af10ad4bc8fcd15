export { PortalPlugin } from './portal.plugin';
export type { PortalPluginOptions } from './types';
export {
    ARTICLE_SCHEDULE_TASK_ID,
    ArticlePermission,
    PORTAL_PLUGIN_OPTIONS,
    PublishArticlePermission,
    ReviewArticlePermission,
    TopicPermission,
} from './constants';

// Content
export { Article, ArticleStatus } from './entities/article.entity';
export { ArticleTranslation } from './entities/article-translation.entity';
export { ArticleAsset } from './entities/article-asset.entity';
export { Topic } from './entities/topic.entity';
export { TopicTranslation } from './entities/topic-translation.entity';
export { ArticleService } from './services/article.service';
export type {
    ArticleTranslationInput,
    CreateArticleInput,
    UpdateArticleInput,
} from './services/article.service';
export { TopicService } from './services/topic.service';
export type {
    CreateTopicInput,
    MoveTopicInput,
    TopicTranslationInput,
    UpdateTopicInput,
} from './services/topic.service';
export { DefaultArticleHtmlSanitizer } from './config/article-html-sanitizer';
export type { ArticleHtmlSanitizer } from './config/article-html-sanitizer';
export { ArticleEvent } from './events/article-event';
export { TopicEvent } from './events/topic-event';

// Workflow, revisions and schedule
export { ArticleWorkflowService } from './services/article-workflow.service';
export type {
    ArticlePublicationState,
    ArticleScheduleRunResult,
    PublishArticleInput,
} from './services/article-workflow.service';
export { ArticleRevision, ArticleRevisionKind } from './entities/article-revision.entity';
export type { ArticleContentSnapshot, ArticleFieldChange } from './entities/article-revision.entity';
export { ArticleRevisionService } from './services/article-revision.service';
export { ArticleStatusTransitionEvent } from './events/article-status-transition.event';
export { ArticlePublishedEvent } from './events/article-published.event';
export { ArticleUnpublishedEvent } from './events/article-unpublished.event';
export type { ArticleUnpublishReason } from './events/article-unpublished.event';
export { articleScheduleTask } from './config/article-schedule-task';
export { ManualPortalClock, SystemPortalClock } from './config/portal-clock';
export type { PortalClock } from './config/portal-clock';
export { ArticleStateTransitionError, TopicHierarchyCycleError } from './api/error-results';

// Audiences
export { ArticleAudience } from './entities/article-audience.entity';
export { ArticleAudienceService, audienceKey } from './services/article-audience.service';
export type { ArticleAudienceInput, DescribedAudience } from './services/article-audience.service';
export { publicAudienceType } from './config/core-audience-types';
export type {
    ArticleAudienceOption,
    ArticleAudienceType,
    ArticleAudienceValueKind,
    AudienceLabel,
} from './config/article-audience-type';

// Reading and search
export { ArticleReaderService, ArticleSortOrder } from './services/article-reader.service';
export type { ArticleQueryOptions } from './services/article-reader.service';
export { ArticleSearchService } from './services/article-search.service';
export { ArticleSearchToken } from './entities/article-search-token.entity';
