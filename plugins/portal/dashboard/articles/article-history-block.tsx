import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
    api,
    Button,
    ConfirmationDialog,
    Dialog,
    DialogContent,
    DialogHeader,
    DialogTitle,
    PermissionGuard,
    useLocalFormat,
    useUserSettings,
} from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf, VariablesOf } from '@/gql';

import { errorMessageOf, RevisionKindLabel } from '../common/article-status';
import {
    articleRevisionContentQuery,
    articleRevisionsQuery,
    restoreArticleRevisionDocument,
} from '../portal.graphql';

import { audienceText, useAudienceTypes } from './audience-types';

const PAGE_SIZE = 10;

type Revision = ResultOf<typeof articleRevisionsQuery>['articleRevisions']['items'][number];
type Change = Revision['changes'][number];

/**
 * The article's history, newest first: who did what when, the comment of a workflow step, and for content saves
 * and publications the changed fields with a word diff, the content itself and a restore button.
 */
export function ArticleHistoryBlock({
    articleId,
    revisionCount,
    onRestored,
}: {
    articleId: string;
    revisionCount: number;
    onRestored: () => void;
}) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const [page, setPage] = useState(0);
    const [viewing, setViewing] = useState<string | null>(null);
    // Audience types in the changes are named in the interface language (requests carry the content language).
    const languageCode = useUserSettings().settings.displayLanguage as VariablesOf<
        typeof articleRevisionsQuery
    >['languageCode'];
    const { data, refetch } = useQuery({
        queryKey: ['PortalArticleRevisions', articleId, page, revisionCount, languageCode],
        queryFn: () =>
            api.query(articleRevisionsQuery, {
                articleId,
                options: { skip: page * PAGE_SIZE, take: PAGE_SIZE, sort: { version: 'DESC' } },
                languageCode,
            }),
    });
    const restore = useMutation({
        mutationFn: (revisionId: string) => api.mutate(restoreArticleRevisionDocument, { revisionId }),
        onSuccess: async result => {
            const failed = errorMessageOf(result.restoreArticleRevision);
            if (failed) {
                toast.error(failed);
                return;
            }
            toast.success(t`Revision restored into the working copy: publish to show it to readers`);
            onRestored();
            await refetch();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const total = data?.articleRevisions.totalItems ?? 0;
    return (
        <div className="space-y-3 text-sm" data-testid="portal-history">
            <ol className="space-y-3">
                {(data?.articleRevisions.items ?? []).map(r => {
                    const version = r.version;
                    return (
                        <li key={r.id} className="rounded-md border p-3" data-testid="portal-revision">
                            <div className="flex flex-wrap items-center justify-between gap-2">
                                <div>
                                    <span className="font-medium">#{r.version} </span>
                                    <RevisionKindLabel kind={r.kind} />
                                    {r.restoredFromVersion != null ? ` (#${r.restoredFromVersion})` : ''}
                                    <span className="text-muted-foreground">
                                        {' · '}
                                        {r.authorName || '—'} ·{' '}
                                        {formatDate(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                                    </span>
                                </div>
                                {r.hasContent ? (
                                    <div className="flex gap-2">
                                        <Button
                                            type="button"
                                            variant="ghost"
                                            size="sm"
                                            onClick={() => setViewing(r.id)}
                                        >
                                            <Trans>View</Trans>
                                        </Button>
                                        <PermissionGuard requires={['UpdateArticle']}>
                                            <ConfirmationDialog
                                                title={`${t`Restore revision`} #${version}?`}
                                                description={t`Its content replaces the working copy (recorded as a new revision). Readers see it once you publish.`}
                                                confirmText={t`Restore`}
                                                onConfirm={() => restore.mutate(r.id)}
                                            >
                                                <Button
                                                    type="button"
                                                    variant="outline"
                                                    size="sm"
                                                    data-testid="portal-restore"
                                                >
                                                    <Trans>Restore</Trans>
                                                </Button>
                                            </ConfirmationDialog>
                                        </PermissionGuard>
                                    </div>
                                ) : null}
                            </div>
                            {r.comment ? <p className="mt-1 whitespace-pre-wrap">“{r.comment}”</p> : null}
                            {r.changes.length ? (
                                <ul className="mt-2 space-y-1">
                                    {r.changes.map((c, i) => (
                                        <ChangeLine key={i} change={c} />
                                    ))}
                                </ul>
                            ) : null}
                        </li>
                    );
                })}
            </ol>
            {total > PAGE_SIZE ? (
                <div className="flex items-center gap-2">
                    <Button
                        type="button"
                        variant="outline"
                        size="sm"
                        disabled={page === 0}
                        onClick={() => setPage(p => p - 1)}
                    >
                        <Trans>Newer</Trans>
                    </Button>
                    <span>
                        {page * PAGE_SIZE + 1}–{Math.min(total, (page + 1) * PAGE_SIZE)} / {total}
                    </span>
                    <Button
                        type="button"
                        variant="outline"
                        size="sm"
                        disabled={(page + 1) * PAGE_SIZE >= total}
                        onClick={() => setPage(p => p + 1)}
                    >
                        <Trans>Older</Trans>
                    </Button>
                </div>
            ) : null}
            <RevisionContentDialog revisionId={viewing} onClose={() => setViewing(null)} />
        </div>
    );
}

/** One changed field: its name (and language) and the word diff, deletions struck through, insertions marked. */
function ChangeLine({ change }: { change: Change }) {
    return (
        <li data-testid="portal-change">
            <span className="font-mono text-xs text-muted-foreground">
                {change.field}
                {change.languageCode ? ` (${change.languageCode})` : ''}:{' '}
            </span>
            <span className="break-words">
                {change.diff.map((d, i) =>
                    d.op === 'insert' ? (
                        <ins
                            key={i}
                            className="bg-green-100 text-green-900 no-underline dark:bg-green-900 dark:text-green-100"
                        >
                            {d.text}
                        </ins>
                    ) : d.op === 'delete' ? (
                        <del key={i} className="bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100">
                            {d.text}
                        </del>
                    ) : (
                        <span key={i}>
                            {d.text.length > 120 ? `${d.text.slice(0, 50)} … ${d.text.slice(-50)}` : d.text}
                        </span>
                    ),
                )}
            </span>
        </li>
    );
}

/** The content of a revision, per language. The body is the sanitised HTML the server stored. */
function RevisionContentDialog({ revisionId, onClose }: { revisionId: string | null; onClose: () => void }) {
    const { labelOf: audienceTypeLabel } = useAudienceTypes();
    const { data } = useQuery({
        queryKey: ['PortalArticleRevision', revisionId],
        queryFn: () => api.query(articleRevisionContentQuery, { id: revisionId ?? '' }),
        enabled: !!revisionId,
    });
    const revision = data?.articleRevision;
    const version = revision?.version ?? '';
    return (
        <Dialog open={!!revisionId} onOpenChange={open => !open && onClose()}>
            <DialogContent className="max-h-[80vh] max-w-3xl overflow-y-auto">
                <DialogHeader>
                    <DialogTitle>
                        <Trans>Revision</Trans> #{version}
                    </DialogTitle>
                </DialogHeader>
                {revision?.content ? (
                    <div className="space-y-4 text-sm">
                        {revision.content.translations.map(tr => (
                            <section key={tr.languageCode} className="space-y-1">
                                <div className="text-muted-foreground">{tr.languageCode}</div>
                                <h3 className="text-lg font-semibold">{tr.title}</h3>
                                <p className="text-muted-foreground">{tr.summary}</p>
                                <div
                                    className="prose max-w-none"
                                    dangerouslySetInnerHTML={{ __html: tr.body }}
                                />
                            </section>
                        ))}
                        <div>
                            <Trans>Audience</Trans>:{' '}
                            {revision.content.audiences
                                .map(a => audienceText(audienceTypeLabel, a))
                                .join(', ')}
                        </div>
                        {revision.content.tags.length ? (
                            <div>
                                <Trans>Tags</Trans>: {revision.content.tags.join(', ')}
                            </div>
                        ) : null}
                    </div>
                ) : null}
            </DialogContent>
        </Dialog>
    );
}
