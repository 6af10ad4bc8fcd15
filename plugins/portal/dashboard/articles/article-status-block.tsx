import { Trans } from '@lingui/react/macro';
import { useLocalFormat } from '@vendure/dashboard';
import { ReactNode } from 'react';

import { ArticleStatusBadge } from '../common/article-status';

interface StatusArticle {
    status: string;
    isLive: boolean;
    publishedAt?: string | null;
    publishAt?: string | null;
    unpublishAt?: string | null;
    hasUnpublishedChanges: boolean;
    approved: boolean;
    approvedAt?: string | null;
    approvedBy?: { firstName: string; lastName: string } | null;
    reviewComment?: string | null;
    url: string;
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="flex justify-between gap-2">
            <span className="text-muted-foreground">{label}</span>
            <span className="text-right">{children}</span>
        </div>
    );
}

/** Where the article stands: status, what readers see and when, approval, the reviewer's comment, its URL. */
export function ArticleStatusBlock({ article }: { article: StatusArticle }) {
    const { formatDate } = useLocalFormat();
    const date = (value: string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
    return (
        <div className="space-y-2 text-sm" data-testid="portal-article-status">
            <Row label={<Trans>Status</Trans>}>
                <ArticleStatusBadge status={article.status} />
            </Row>
            <Row label={<Trans>Readers see it</Trans>}>
                {article.isLive ? <Trans>Yes</Trans> : <Trans>No</Trans>}
            </Row>
            {article.publishedAt ? (
                <Row label={<Trans>Live since</Trans>}>{date(article.publishedAt)}</Row>
            ) : null}
            {article.publishAt ? (
                <Row label={<Trans>Scheduled for</Trans>}>
                    <span data-testid="portal-scheduled-for">{date(article.publishAt)}</span>
                </Row>
            ) : null}
            {article.unpublishAt ? (
                <Row label={<Trans>Unpublish at</Trans>}>{date(article.unpublishAt)}</Row>
            ) : null}
            {article.hasUnpublishedChanges ? (
                <p className="rounded-md border border-amber-400 p-2">
                    <Trans>
                        This version has changes readers do not see yet: publish it again to show them.
                    </Trans>
                </p>
            ) : null}
            <Row label={<Trans context="editorial review">Approved</Trans>}>
                {article.approved ? (
                    <>
                        {article.approvedBy ? (
                            `${article.approvedBy.firstName} ${article.approvedBy.lastName}`
                        ) : (
                            <Trans>Yes</Trans>
                        )}
                        {article.approvedAt ? ` · ${date(article.approvedAt)}` : ''}
                    </>
                ) : (
                    <Trans>No</Trans>
                )}
            </Row>
            {article.reviewComment ? (
                <div>
                    <div className="text-muted-foreground">
                        <Trans>Reviewer's comment</Trans>
                    </div>
                    <p className="whitespace-pre-wrap">{article.reviewComment}</p>
                </div>
            ) : null}
            <Row label={<Trans>Storefront URL</Trans>}>
                <code className="break-all">{article.url}</code>
            </Row>
        </div>
    );
}
