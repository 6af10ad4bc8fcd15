import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
    api,
    Button,
    ConfirmationDialog,
    DateTimeInput,
    Dialog,
    DialogContent,
    DialogDescription,
    DialogFooter,
    DialogHeader,
    DialogTitle,
    Field,
    FieldLabel,
    PermissionGuard,
} from '@vendure/dashboard';
import { ReactNode, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { CommentDialog } from '../common/comment-dialog';
import { errorMessageOf } from '../common/article-status';
import {
    approveArticleDocument,
    archiveArticleDocument,
    cancelArticleScheduleDocument,
    deleteArticleDocument,
    publishArticleDocument,
    reopenArticleDocument,
    requestArticleChangesDocument,
    submitArticleDocument,
    unpublishArticleDocument,
} from '../portal.graphql';

interface WorkflowArticle {
    id: string;
    status: string;
    approved: boolean;
    isLive: boolean;
    publishAt?: string | null;
}

type Step =
    | { kind: 'submit'; comment?: string }
    | { kind: 'approve'; comment?: string }
    | { kind: 'requestChanges'; comment?: string }
    | { kind: 'publish'; publishAt?: string | null; unpublishAt?: string | null }
    | { kind: 'unpublish' }
    | { kind: 'cancelSchedule' }
    | { kind: 'archive'; comment?: string }
    | { kind: 'reopen' };

async function runStep(id: string, step: Step): Promise<unknown> {
    switch (step.kind) {
        case 'submit':
            return (await api.mutate(submitArticleDocument, { id, comment: step.comment }))
                .submitArticleForReview;
        case 'approve':
            return (await api.mutate(approveArticleDocument, { id, comment: step.comment })).approveArticle;
        case 'requestChanges':
            return (await api.mutate(requestArticleChangesDocument, { id, comment: step.comment }))
                .requestArticleChanges;
        case 'publish':
            return (
                await api.mutate(publishArticleDocument, {
                    input: { id, publishAt: step.publishAt ?? null, unpublishAt: step.unpublishAt ?? null },
                })
            ).publishArticle;
        case 'unpublish':
            return (await api.mutate(unpublishArticleDocument, { id })).unpublishArticle;
        case 'cancelSchedule':
            return (await api.mutate(cancelArticleScheduleDocument, { id })).cancelArticleSchedule;
        case 'archive':
            return (await api.mutate(archiveArticleDocument, { id, comment: step.comment })).archiveArticle;
        case 'reopen':
            return (await api.mutate(reopenArticleDocument, { id })).reopenArticle;
    }
}

/**
 * The workflow steps the article's status allows, each behind its permission: submit (write), approve or request
 * changes (review), publish now or later, cancel a schedule, unpublish, archive (publish), reopen and delete.
 * Unsaved changes must be saved first.
 */
export function ArticleWorkflowActions({
    article,
    dirty,
    onChange,
}: {
    article: WorkflowArticle;
    dirty: boolean;
    onChange: () => void;
}) {
    const { t } = useLingui();
    const navigate = useNavigate();
    const [dialog, setDialog] = useState<
        null | 'submit' | 'approve' | 'requestChanges' | 'archive' | 'later'
    >(null);
    const step = useMutation({
        mutationFn: (s: Step) => runStep(article.id, s),
        onSuccess: result => {
            const failed = errorMessageOf(result);
            if (failed) {
                toast.error(failed);
                return;
            }
            setDialog(null);
            toast.success(t`Article updated`);
            onChange();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const remove = useMutation({
        mutationFn: () => api.mutate(deleteArticleDocument, { id: article.id }),
        onSuccess: async () => {
            toast.success(t`Article deleted`);
            await navigate({ to: '/articles' });
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const { status } = article;
    const disabled = dirty || step.isPending;
    const button = (
        label: ReactNode,
        onClick: () => void,
        variant: 'default' | 'outline' = 'outline',
        testId?: string,
    ) => (
        <Button type="button" variant={variant} disabled={disabled} onClick={onClick} data-testid={testId}>
            {label}
        </Button>
    );
    return (
        <div className="flex flex-wrap items-center gap-2">
            {(status === 'draft' || status === 'published') && (
                <PermissionGuard requires={['UpdateArticle']}>
                    {button(
                        <Trans>Submit for review</Trans>,
                        () => setDialog('submit'),
                        'outline',
                        'portal-submit',
                    )}
                </PermissionGuard>
            )}
            {status === 'in_review' && (
                <PermissionGuard requires={['ReviewArticle']}>
                    {!article.approved &&
                        button(
                            <Trans context="editorial review">Approve</Trans>,
                            () => setDialog('approve'),
                            'outline',
                            'portal-approve',
                        )}
                    {button(<Trans>Request changes</Trans>, () => setDialog('requestChanges'))}
                </PermissionGuard>
            )}
            {status !== 'archived' && (
                <PermissionGuard requires={['PublishArticle']}>
                    {button(
                        <Trans>Publish now</Trans>,
                        () => step.mutate({ kind: 'publish' }),
                        'outline',
                        'portal-publish-now',
                    )}
                    {button(
                        <Trans>Publish later</Trans>,
                        () => setDialog('later'),
                        'outline',
                        'portal-publish-later',
                    )}
                    {status === 'scheduled' &&
                        button(<Trans>Cancel schedule</Trans>, () => step.mutate({ kind: 'cancelSchedule' }))}
                    {(article.isLive || article.publishAt) &&
                        button(<Trans>Unpublish</Trans>, () => step.mutate({ kind: 'unpublish' }))}
                    {button(<Trans>Archive</Trans>, () => setDialog('archive'))}
                </PermissionGuard>
            )}
            {status === 'archived' && (
                <PermissionGuard requires={['UpdateArticle']}>
                    {button(<Trans>Reopen</Trans>, () => step.mutate({ kind: 'reopen' }))}
                </PermissionGuard>
            )}
            <PermissionGuard requires={['DeleteArticle']}>
                <ConfirmationDialog
                    title={t`Delete this article?`}
                    description={t`The article, its publications and its history are deleted. Readers no longer see it.`}
                    confirmText={t`Delete`}
                    onConfirm={() => remove.mutate()}
                >
                    <Button type="button" variant="outline" disabled={remove.isPending}>
                        <Trans>Delete</Trans>
                    </Button>
                </ConfirmationDialog>
            </PermissionGuard>
            <CommentDialog
                open={
                    dialog === 'submit' ||
                    dialog === 'approve' ||
                    dialog === 'requestChanges' ||
                    dialog === 'archive'
                }
                onOpenChange={open => !open && setDialog(null)}
                pending={step.isPending}
                title={
                    dialog === 'approve' ? (
                        <Trans>Approve this content</Trans>
                    ) : dialog === 'requestChanges' ? (
                        <Trans>Request changes</Trans>
                    ) : dialog === 'archive' ? (
                        <Trans>Archive this article</Trans>
                    ) : (
                        <Trans>Submit for review</Trans>
                    )
                }
                confirmLabel={<Trans>Confirm</Trans>}
                onConfirm={comment => {
                    if (dialog && dialog !== 'later') {
                        step.mutate({ kind: dialog, comment: comment || undefined });
                    }
                }}
            />
            <PublishLaterDialog
                open={dialog === 'later'}
                onOpenChange={open => !open && setDialog(null)}
                pending={step.isPending}
                onConfirm={(publishAt, unpublishAt) =>
                    step.mutate({ kind: 'publish', publishAt, unpublishAt })
                }
            />
        </div>
    );
}

/** The "publish later" control: when to publish and, optionally, when to take the article offline. */
function PublishLaterDialog({
    open,
    onOpenChange,
    onConfirm,
    pending,
}: {
    open: boolean;
    onOpenChange: (open: boolean) => void;
    onConfirm: (publishAt: string, unpublishAt: string | null) => void;
    pending: boolean;
}) {
    const { control, getValues, watch } = useForm<{ publishAt: string | null; unpublishAt: string | null }>({
        defaultValues: { publishAt: null, unpublishAt: null },
    });
    const publishAt = watch('publishAt');
    return (
        <Dialog open={open} onOpenChange={onOpenChange}>
            <DialogContent>
                <DialogHeader>
                    <DialogTitle>
                        <Trans>Publish later</Trans>
                    </DialogTitle>
                    <DialogDescription>
                        <Trans>
                            Readers see the article as it is now from the chosen time; a version already
                            online stays until then.
                        </Trans>
                    </DialogDescription>
                </DialogHeader>
                <div className="space-y-4" data-testid="portal-publish-later-form">
                    <Field>
                        <FieldLabel>
                            <Trans>Publish at</Trans>
                        </FieldLabel>
                        <Controller
                            control={control}
                            name="publishAt"
                            render={({ field }) => <DateTimeInput {...field} />}
                        />
                    </Field>
                    <Field>
                        <FieldLabel>
                            <Trans>Unpublish at (optional)</Trans>
                        </FieldLabel>
                        <Controller
                            control={control}
                            name="unpublishAt"
                            render={({ field }) => <DateTimeInput {...field} />}
                        />
                    </Field>
                </div>
                <DialogFooter>
                    <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                        <Trans>Cancel</Trans>
                    </Button>
                    <Button
                        type="button"
                        disabled={!publishAt || pending}
                        data-testid="portal-schedule-confirm"
                        onClick={() => {
                            const { publishAt: at, unpublishAt } = getValues();
                            if (at) {
                                onConfirm(at, unpublishAt);
                            }
                        }}
                    >
                        <Trans context="schedule publishing">Schedule</Trans>
                    </Button>
                </DialogFooter>
            </DialogContent>
        </Dialog>
    );
}
