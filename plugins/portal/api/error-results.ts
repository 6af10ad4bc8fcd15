import { LocalizedErrorResult, LocalizedText } from '../../../src/common/localized-error-result';

/**
 * ErrorResults of the portal plugin: expected failures returned (not thrown) as members of GraphQL unions, like
 * Vendure's own `transitionOrderToState`. A returned ErrorResult does not roll back the transaction, so every
 * service validates before it writes. Messages are in English and Simplified Chinese, answered in the request's
 * language (`LocalizedErrorResult`).
 */
export abstract class PortalErrorResult extends LocalizedErrorResult {
    protected constructor(text: LocalizedText) {
        super(text);
    }
}

/**
 * A workflow step that the article's status does not allow (publishing an archived article, approving a draft),
 * or publishing content no reviewer has approved.
 */
export class ArticleStateTransitionError extends PortalErrorResult {
    readonly __typename = 'ArticleStateTransitionError';
    readonly errorCode = 'ARTICLE_STATE_TRANSITION_ERROR';
    constructor(
        text: LocalizedText,
        readonly fromState: string,
        readonly transition: string,
    ) {
        super(text);
    }
}

/** Moving a topic under itself or one of its descendants would create a cycle. */
export class TopicHierarchyCycleError extends PortalErrorResult {
    readonly __typename = 'TopicHierarchyCycleError';
    readonly errorCode = 'TOPIC_HIERARCHY_CYCLE_ERROR';
    constructor() {
        super({
            en: 'A topic cannot be placed under itself or one of its own sub-topics',
            zh_Hans: '专题不能移到其自身或其子专题之下',
        });
    }
}

/** True for any ErrorResult this plugin returns. */
export function isPortalErrorResult(value: unknown): value is PortalErrorResult {
    return value instanceof PortalErrorResult;
}
