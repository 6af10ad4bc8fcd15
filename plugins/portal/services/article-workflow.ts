import { LocalizedText } from '../../../src/common/localized-error-result';
import { ArticleStatus } from '../entities/article.entity';

/** The steps of the editorial workflow. */
export type ArticleTransition =
    | 'update'
    | 'submit'
    | 'approve'
    | 'requestChanges'
    | 'publish'
    | 'unpublish'
    | 'cancelSchedule'
    | 'archive'
    | 'reopen';

const { Draft, InReview, Scheduled, Published, Archived } = ArticleStatus;

/** From which statuses each step may be taken. */
export const ALLOWED_FROM: Record<ArticleTransition, ArticleStatus[]> = {
    update: [Draft, InReview, Scheduled, Published],
    submit: [Draft, Published],
    approve: [InReview],
    requestChanges: [InReview],
    publish: [Draft, InReview, Scheduled, Published],
    unpublish: [Draft, InReview, Scheduled, Published],
    cancelSchedule: [Scheduled],
    archive: [Draft, InReview, Scheduled, Published],
    reopen: [Archived],
};

/** What the rules need to know besides the status. */
export interface ArticleWorkflowFacts {
    /** A reviewer approved the current content (approval lapses with every content change). */
    approved: boolean;
    /** The plugin requires approval before publishing. */
    requireApproval: boolean;
    /** Readers see a publication now, or one is scheduled. */
    hasPublication: boolean;
}

/** Statuses as the Dashboard names them in Chinese. */
const STATUS_ZH: Record<ArticleStatus, string> = {
    draft: '草稿',
    in_review: '审核中',
    scheduled: '已排期',
    published: '已发布',
    archived: '已归档',
};

/** Steps as the Dashboard's buttons name them in Chinese. */
const TRANSITION_ZH: Record<ArticleTransition, string> = {
    update: '编辑',
    submit: '提交审核',
    approve: '审核通过',
    requestChanges: '要求修改',
    publish: '发布',
    unpublish: '撤下',
    cancelSchedule: '取消排期',
    archive: '归档',
    reopen: '重新打开',
};

/** Why the step is not allowed (in English and Simplified Chinese), or undefined when it is. */
export function transitionError(
    status: ArticleStatus,
    transition: ArticleTransition,
    facts: ArticleWorkflowFacts,
): LocalizedText | undefined {
    if (!ALLOWED_FROM[transition].includes(status)) {
        if (status === Archived) {
            return {
                en: `The article is archived: reopen it before "${transition}"`,
                zh_Hans: `文章已归档：请先重新打开，再执行“${TRANSITION_ZH[transition]}”`,
            };
        }
        return {
            en: `An article in status "${status}" cannot take the step "${transition}"`,
            zh_Hans: `文章状态为“${STATUS_ZH[status] ?? status}”，不能执行“${TRANSITION_ZH[transition]}”`,
        };
    }
    if (transition === 'publish' && facts.requireApproval && !facts.approved) {
        return {
            en: 'The article needs a reviewer to approve its current content before it can be published',
            zh_Hans: '文章的当前内容须经审核通过后才能发布',
        };
    }
    if (transition === 'unpublish' && !facts.hasPublication) {
        return {
            en: 'The article is not published or scheduled',
            zh_Hans: '文章既未发布，也未排期',
        };
    }
    return undefined;
}

/** The status after a step. */
export function statusAfter(
    status: ArticleStatus,
    transition: ArticleTransition,
    facts: { scheduled?: boolean; hasLivePublication: boolean },
): ArticleStatus {
    switch (transition) {
        case 'submit':
            return InReview;
        case 'requestChanges':
            return facts.hasLivePublication ? Published : Draft;
        case 'publish':
            return facts.scheduled ? Scheduled : Published;
        case 'unpublish':
            return status === Published || status === Scheduled ? Draft : status;
        case 'cancelSchedule':
            return facts.hasLivePublication ? Published : InReview;
        case 'archive':
            return Archived;
        case 'reopen':
            return Draft;
        default:
            return status;
    }
}
