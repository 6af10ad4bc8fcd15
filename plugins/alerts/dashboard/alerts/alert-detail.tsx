import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DateTimeInput,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Textarea,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { toast } from 'sonner';

import {
    acknowledgeAlertsDocument,
    addAlertCommentDocument,
    alertDetailQuery,
    assignAlertsDocument,
    resolveAlertsDocument,
    snoozeAlertsDocument,
} from '../alerts.graphql';
import { useAdministratorLabel, useAdministratorSelectorConfig } from '../common/administrator-selector';
import { EntityField } from '../common/entity-picker';
import { errorMessage } from '../common/error-result';
import { AlertStatusBadge, SeverityBadge, useAlertMessage, useSubjectTypeLabels } from '../common/labels';

import { AlertWebhookDeliveries } from './alert-webhook-deliveries';

const pageId = 'alert-detail';

/**
 * One alert: its message, subject (linking to the subject's page), rule, occurrences and first/last seen; the
 * status actions (acknowledge, resolve, snooze until a time, assign to an administrator), its comments and its
 * webhook deliveries (for those who may read the rules' endpoints).
 */
export function AlertDetailPage({ route }: { route: AnyRoute }) {
    const messageOf = useAlertMessage();
    const params: { id: string } = route.useParams();
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const queryKey = ['alert', params.id];
    const { data } = useQuery({ queryKey, queryFn: () => api.query(alertDetailQuery, { id: params.id }) });
    const alert = data?.alert;
    const { formatDate } = useLocalFormat();
    const subjectLabels = useSubjectTypeLabels();
    const assignee = useAdministratorLabel(alert?.assigneeAdministratorId);
    const actedBy = useAdministratorLabel(alert?.actedByAdministratorId);
    const adminConfig = useAdministratorSelectorConfig();
    const [snoozeUntil, setSnoozeUntil] = useState<string>('');
    const [comment, setComment] = useState('');
    const { hasPermissions } = usePermissions();

    const act = useMutation({
        mutationFn: (run: () => Promise<unknown>) => run(),
        onSuccess: async () => {
            toast.success(t`Alert updated`);
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const ids = [params.id];
    const active = alert && alert.status !== 'resolved';

    return (
        <Page pageId={pageId}>
            <PageTitle>{alert ? <span translate="no">{alert.subjectLabel}</span> : ''}</PageTitle>
            <PageActionBar>
                {active && (alert.status === 'open' || alert.status === 'snoozed') ? (
                    <ActionBarItem itemId="acknowledge-button" requiresPermission={['UpdateAlert']}>
                        <Button
                            type="button"
                            variant="outline"
                            disabled={act.isPending}
                            data-testid="alert-acknowledge"
                            onClick={() => act.mutate(() => api.mutate(acknowledgeAlertsDocument, { ids }))}
                        >
                            <Trans>Acknowledge</Trans>
                        </Button>
                    </ActionBarItem>
                ) : null}
                {active ? (
                    <ActionBarItem itemId="resolve-button" requiresPermission={['UpdateAlert']}>
                        <Button
                            type="button"
                            disabled={act.isPending}
                            data-testid="alert-resolve"
                            onClick={() => act.mutate(() => api.mutate(resolveAlertsDocument, { ids }))}
                        >
                            <Trans>Resolve</Trans>
                        </Button>
                    </ActionBarItem>
                ) : null}
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="message" title={<Trans>Message</Trans>}>
                    {alert ? (
                        <p className="text-sm" translate="no" data-testid="alert-message">
                            {messageOf(alert)}
                        </p>
                    ) : null}
                </PageBlock>
                {alert ? (
                    <>
                        <PageBlock column="main" blockId="comments" title={<Trans>Comments</Trans>}>
                            <div className="space-y-3 text-sm">
                                {alert.comments.length === 0 ? (
                                    <p className="text-muted-foreground">
                                        <Trans>No comments yet.</Trans>
                                    </p>
                                ) : (
                                    <ul className="space-y-2" data-testid="alert-comments">
                                        {alert.comments.map(c => (
                                            <li key={c.id} className="border-l-2 pl-3">
                                                <div className="text-muted-foreground text-xs">
                                                    {formatDate(c.createdAt)}
                                                </div>
                                                <div className="whitespace-pre-wrap" translate="no">
                                                    {c.body}
                                                </div>
                                            </li>
                                        ))}
                                    </ul>
                                )}
                                <PermissionGuard requires={['UpdateAlert']}>
                                    <div className="space-y-2">
                                        <Textarea
                                            value={comment}
                                            onChange={e => setComment(e.target.value)}
                                            placeholder={t`Add a comment`}
                                            aria-label={t`Add a comment`}
                                        />
                                        <Button
                                            type="button"
                                            size="sm"
                                            disabled={act.isPending || !comment.trim()}
                                            onClick={() =>
                                                act.mutate(async () => {
                                                    await api.mutate(addAlertCommentDocument, {
                                                        alertId: params.id,
                                                        body: comment.trim(),
                                                    });
                                                    setComment('');
                                                })
                                            }
                                        >
                                            <Trans>Add comment</Trans>
                                        </Button>
                                    </div>
                                </PermissionGuard>
                            </div>
                        </PageBlock>
                        {hasPermissions(['ReadAlertRule']) ? (
                            <PageBlock
                                column="main"
                                blockId="webhook-deliveries"
                                title={<Trans>Webhook deliveries</Trans>}
                            >
                                <AlertWebhookDeliveries alertId={alert.id} />
                            </PageBlock>
                        ) : null}
                        <PageBlock column="side" blockId="alert" title={<Trans>Alert</Trans>}>
                            <dl className="space-y-2 text-sm">
                                <Field label={<Trans>Status</Trans>}>
                                    <span data-testid="alert-status">
                                        <AlertStatusBadge status={alert.status} />
                                    </span>
                                    {alert.status === 'snoozed' && alert.snoozedUntil ? (
                                        <span className="text-muted-foreground ml-2 text-xs">
                                            <Trans>until</Trans> {formatDate(alert.snoozedUntil)}
                                        </span>
                                    ) : null}
                                </Field>
                                <Field label={<Trans>Severity</Trans>}>
                                    <SeverityBadge severity={alert.severity} />
                                </Field>
                                <Field label={<Trans>Subject</Trans>}>
                                    <span className="text-muted-foreground mr-1 text-xs">
                                        {subjectLabels[alert.subjectType] ?? (
                                            <span translate="no">{alert.subjectType}</span>
                                        )}
                                    </span>
                                    <Link to={alert.subjectLink} className="underline" translate="no">
                                        {alert.subjectLabel}
                                    </Link>
                                </Field>
                                <Field label={<Trans>Rule</Trans>}>
                                    <Link
                                        to="/alert-rules/$id"
                                        params={{ id: alert.rule.id }}
                                        className="underline"
                                        translate="no"
                                    >
                                        {alert.rule.name}
                                    </Link>
                                </Field>
                                <Field label={<Trans>Occurrences</Trans>}>
                                    <span translate="no">{alert.occurrences}</span>
                                </Field>
                                <Field label={<Trans>First seen</Trans>}>
                                    {formatDate(alert.firstSeenAt)}
                                </Field>
                                <Field label={<Trans>Last seen</Trans>}>{formatDate(alert.lastSeenAt)}</Field>
                                {alert.dueAt ? (
                                    <Field label={<Trans>Due</Trans>}>{formatDate(alert.dueAt)}</Field>
                                ) : null}
                                {alert.actedAt ? (
                                    <Field label={<Trans>Last action</Trans>}>
                                        {formatDate(alert.actedAt)}
                                        {actedBy ? <> · {actedBy.label}</> : null}
                                    </Field>
                                ) : null}
                                {alert.resolvedAt ? (
                                    <Field label={<Trans>Resolved</Trans>}>
                                        {formatDate(alert.resolvedAt)}
                                    </Field>
                                ) : null}
                            </dl>
                        </PageBlock>
                        <PageBlock column="side" blockId="assignee" title={<Trans>Assignee</Trans>}>
                            <EntityField
                                config={adminConfig}
                                value={alert.assigneeAdministratorId ?? null}
                                current={assignee}
                                label={<Trans>Assign to an administrator</Trans>}
                                removeLabel={t`Unassign`}
                                disabled={!active || act.isPending}
                                testId="alert-assign"
                                onChange={administratorId =>
                                    act.mutate(() =>
                                        api.mutate(assignAlertsDocument, {
                                            input: { ids, administratorId, roleId: null },
                                        }),
                                    )
                                }
                            />
                        </PageBlock>
                        {/* PageLayout keeps only PageBlocks among its children: a PermissionGuard around one hides it. */}
                        {active && hasPermissions(['UpdateAlert']) ? (
                            <PageBlock column="side" blockId="snooze" title={<Trans>Snooze</Trans>}>
                                <div className="space-y-2">
                                    <DateTimeInput
                                        name="snoozeUntil"
                                        value={snoozeUntil}
                                        onChange={(v: string) => setSnoozeUntil(v)}
                                        onBlur={() => undefined}
                                        ref={() => undefined}
                                    />
                                    <Button
                                        type="button"
                                        size="sm"
                                        variant="outline"
                                        disabled={act.isPending || !snoozeUntil}
                                        onClick={() =>
                                            act.mutate(() =>
                                                api.mutate(snoozeAlertsDocument, {
                                                    ids,
                                                    until: snoozeUntil,
                                                }),
                                            )
                                        }
                                    >
                                        <Trans>Snooze until then</Trans>
                                    </Button>
                                </div>
                            </PageBlock>
                        ) : null}
                    </>
                ) : null}
            </PageLayout>
        </Page>
    );
}

function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <dt className="text-muted-foreground font-medium">{label}</dt>
            <dd>{children}</dd>
        </div>
    );
}
