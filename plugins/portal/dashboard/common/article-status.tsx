import { Trans } from '@lingui/react/macro';
import { Badge } from '@vendure/dashboard';

/** The workflow status of an article as a coloured badge. */
export function ArticleStatusBadge({ status }: { status: string }) {
    switch (status) {
        case 'draft':
            return (
                <Badge variant="secondary">
                    <Trans>Draft</Trans>
                </Badge>
            );
        case 'in_review':
            return (
                <Badge variant="outline">
                    <Trans>In review</Trans>
                </Badge>
            );
        case 'scheduled':
            return (
                <Badge variant="outline">
                    <Trans>Scheduled</Trans>
                </Badge>
            );
        case 'published':
            return (
                <Badge variant="success">
                    <Trans>Published</Trans>
                </Badge>
            );
        case 'archived':
            return (
                <Badge variant="destructive">
                    <Trans>Archived</Trans>
                </Badge>
            );
        default:
            return <Badge variant="secondary">{status}</Badge>;
    }
}

/** What happened in an entry of an article's history, in words. */
export function RevisionKindLabel({ kind }: { kind: string }) {
    switch (kind) {
        case 'created':
            return <Trans>Created</Trans>;
        case 'saved':
            return <Trans>Saved</Trans>;
        case 'restored':
            return <Trans>Restored</Trans>;
        case 'submitted':
            return <Trans>Submitted for review</Trans>;
        case 'approved':
            return <Trans context="editorial review">Approved</Trans>;
        case 'changes_requested':
            return <Trans>Changes requested</Trans>;
        case 'published':
            return <Trans>Published</Trans>;
        case 'scheduled':
            return <Trans>Scheduled</Trans>;
        case 'schedule_cancelled':
            return <Trans>Schedule cancelled</Trans>;
        case 'unpublished':
            return <Trans>Unpublished</Trans>;
        case 'expired':
            return <Trans context="article status">Expired</Trans>;
        case 'archived':
            return <Trans>Archived</Trans>;
        case 'reopened':
            return <Trans>Reopened</Trans>;
        default:
            return <>{kind}</>;
    }
}

/** The message of an ErrorResult, or undefined for a success. */
export function errorMessageOf(result: unknown): string | undefined {
    const r = result as { errorCode?: string; message?: string } | null | undefined;
    return r?.errorCode ? (r.message ?? r.errorCode) : undefined;
}
