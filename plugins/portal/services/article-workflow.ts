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

/** Why the step is not allowed, or undefined when it is. */
export function transitionError(
    status: ArticleStatus,
    transition: ArticleTransition,
    facts: ArticleWorkflowFacts,
): string | undefined {
    if (!ALLOWED_FROM[transition].includes(status)) {
        if (status === Archived) {
            return `The article is archived: reopen it before "${transition}"`;
        }
        return `An article in status "${status}" cannot take the step "${transition}"`;
    }
    if (transition === 'publish' && facts.requireApproval && !facts.approved) {
        return 'The article needs a reviewer to approve its current content before it can be published';
    }
    if (transition === 'unpublish' && !facts.hasPublication) {
        return 'The article is not published or scheduled';
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
