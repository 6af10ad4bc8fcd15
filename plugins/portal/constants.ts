import { CrudPermissionDefinition, PermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link PortalPluginOptions}. */
export const PORTAL_PLUGIN_OPTIONS = Symbol('PORTAL_PLUGIN_OPTIONS');

/** Logger context for everything the portal plugin logs. */
export const loggerCtx = 'PortalPlugin';

/**
 * Write articles: create, read, update and delete working copies, submit them for review, restore revisions.
 * Reading is also what the review and publish roles need to see the articles they act on.
 */
export const ArticlePermission = new CrudPermissionDefinition('Article');

/** Approve an article in review, or send it back to its authors with a comment. */
export const ReviewArticlePermission = new PermissionDefinition({
    name: 'ReviewArticle',
    description: 'Allows approving articles in review or requesting changes',
});

/** Publish (now or later), unpublish, archive articles and run the publishing schedule on demand. */
export const PublishArticlePermission = new PermissionDefinition({
    name: 'PublishArticle',
    description: 'Allows publishing, scheduling, unpublishing and archiving articles',
});

/** Create, read, update and delete topics (the topic tree). */
export const TopicPermission = new CrudPermissionDefinition('Topic');

/** Id of the scheduled task that applies publish-at and unpublish-at times. */
export const ARTICLE_SCHEDULE_TASK_ID = 'portal-article-schedule';
