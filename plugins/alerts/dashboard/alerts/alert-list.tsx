import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import {
    api,
    type BulkActionComponent,
    Button,
    DataTableBulkActionItem,
    DetailPageButton,
    Dialog,
    DialogContent,
    DialogDescription,
    DialogFooter,
    DialogHeader,
    DialogTitle,
    ListPage,
    useAuth,
    useLocalFormat,
    usePaginatedList,
} from '@vendure/dashboard';
import { CheckCheckIcon, CheckIcon, UserCheckIcon, UserPlusIcon } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import {
    acknowledgeAlertsDocument,
    administratorOptionsQuery,
    alertListQuery,
    assignAlertsDocument,
    resolveAlertsDocument,
    ruleOptionsQuery,
} from '../alerts.graphql';
import { useAdministratorSelectorConfig } from '../common/administrator-selector';
import { EntityField } from '../common/entity-picker';
import { errorMessage } from '../common/error-result';
import {
    ALERT_SEVERITIES,
    ALERT_STATUSES,
    AlertStatusBadge,
    SeverityBadge,
    useAlertSeverityLabels,
    useAlertStatusLabels,
    useSubjectTypeLabels,
    useAlertMessage,
} from '../common/labels';

type AlertRow = { id: string } & Record<string, unknown>;

/**
 * The alert inbox of the active channel, newest first: faceted filters by status, severity, rule, subject type
 * and assignee, a search on the message, each subject linking to its own Dashboard page, and bulk acknowledge,
 * resolve and assign to me.
 */
export function AlertListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const messageOf = useAlertMessage();
    const { formatDate } = useLocalFormat();
    const statusLabels = useAlertStatusLabels();
    const severityLabels = useAlertSeverityLabels();
    const subjectLabels = useSubjectTypeLabels();
    const { data: rules } = useQuery({
        queryKey: ['alert-rule-options'],
        queryFn: () => api.query(ruleOptionsQuery, {}),
    });
    const { data: admins } = useQuery({
        queryKey: ['alert-administrator-options'],
        queryFn: () => api.query(administratorOptionsQuery, { options: { take: 100 } }),
    });
    const adminName = (id: string | null | undefined) => {
        const a = admins?.administrators.items.find(x => x.id === id);
        return a ? `${a.firstName} ${a.lastName}` : (id ?? '');
    };
    // A just-shown column's field is absent from the rows until the list refetches with it: no date then
    // (formatDate throws "Invalid time value" on undefined and the page shows an error).
    const date = (value: string | null | undefined) => (value ? formatDate(value) : '');
    // The faceted filters take their options once: wait for the rules and administrators.
    if (!rules || !admins) {
        return null;
    }
    return (
        <ListPage
            pageId="alert-list"
            listQuery={alertListQuery}
            route={route}
            title={<Trans context="alert inbox">Alerts</Trans>}
            defaultSort={[{ id: 'lastSeenAt', desc: true }]}
            defaultVisibility={{
                severity: true,
                status: true,
                message: true,
                subjectLabel: true,
                rule: true,
                assigneeAdministratorId: true,
                occurrences: true,
                lastSeenAt: true,
            }}
            facetedFilters={{
                status: {
                    title: t`Status`,
                    options: ALERT_STATUSES.map(s => ({ label: statusLabels[s], value: s })),
                },
                severity: {
                    title: t`Severity`,
                    options: ALERT_SEVERITIES.map(s => ({ label: severityLabels[s], value: s })),
                },
                ruleId: {
                    title: t`Rule`,
                    options: (rules?.alertRules.items ?? []).map(r => ({ label: r.name, value: r.id })),
                },
                subjectType: {
                    title: t`Subject type`,
                    options: Object.entries(subjectLabels).map(([value, label]) => ({ label, value })),
                },
                assigneeAdministratorId: {
                    title: t`Assignee`,
                    options: (admins?.administrators.items ?? []).map(a => ({
                        label: `${a.firstName} ${a.lastName}`,
                        value: a.id,
                    })),
                },
            }}
            customizeColumns={{
                message: {
                    header: () => <Trans>Message</Trans>,
                    // in the interface language (see useAlertMessage), from the stored texts
                    meta: { dependencies: ['messageEn', 'messageZh'] },
                    cell: ({ row }) => (
                        <DetailPageButton
                            href={`/alerts/${row.original.id}`}
                            label={<span translate="no">{messageOf(row.original)}</span>}
                        />
                    ),
                },
                messageEn: {
                    header: () => <Trans>Message (English)</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.messageEn ?? ''}</span>,
                },
                messageZh: {
                    header: () => <Trans>Message (Chinese)</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.messageZh ?? ''}</span>,
                },
                severity: {
                    header: () => <Trans>Severity</Trans>,
                    cell: ({ row }) => <SeverityBadge severity={row.original.severity} />,
                },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => <AlertStatusBadge status={row.original.status} />,
                },
                subjectLabel: {
                    header: () => <Trans>Subject</Trans>,
                    meta: { dependencies: ['subjectLink', 'subjectType'] },
                    cell: ({ row }) => (
                        <span>
                            <span className="text-muted-foreground mr-1 text-xs">
                                {subjectLabels[row.original.subjectType] ?? (
                                    <span translate="no">{row.original.subjectType}</span>
                                )}
                            </span>
                            <Link to={row.original.subjectLink} className="underline" translate="no">
                                {row.original.subjectLabel}
                            </Link>
                        </span>
                    ),
                },
                subjectType: {
                    header: () => <Trans>Subject type</Trans>,
                    cell: ({ row }) =>
                        subjectLabels[row.original.subjectType] ?? (
                            <span translate="no">{row.original.subjectType}</span>
                        ),
                },
                subjectId: { header: () => <Trans>Subject ID</Trans> },
                subjectLink: { header: () => <Trans>Subject link</Trans> },
                rule: {
                    header: () => <Trans>Rule</Trans>,
                    cell: ({ row }) =>
                        row.original.rule ? (
                            <Link
                                to="/alert-rules/$id"
                                params={{ id: row.original.rule.id }}
                                className="underline"
                                translate="no"
                            >
                                {row.original.rule.name}
                            </Link>
                        ) : null,
                },
                ruleId: { header: () => <Trans>Rule ID</Trans> },
                assigneeAdministratorId: {
                    header: () => <Trans>Assignee</Trans>,
                    cell: ({ row }) => (
                        <span translate="no">{adminName(row.original.assigneeAdministratorId)}</span>
                    ),
                },
                assigneeRoleId: { header: () => <Trans>Assignee role ID</Trans> },
                occurrences: { header: () => <Trans>Occurrences</Trans> },
                firstSeenAt: {
                    header: () => <Trans>First seen</Trans>,
                    cell: ({ row }) => date(row.original.firstSeenAt),
                },
                lastSeenAt: {
                    header: () => <Trans>Last seen</Trans>,
                    cell: ({ row }) => date(row.original.lastSeenAt),
                },
                dueAt: {
                    header: () => <Trans>Due</Trans>,
                    cell: ({ row }) => date(row.original.dueAt),
                },
                snoozedUntil: {
                    header: () => <Trans>Snoozed until</Trans>,
                    cell: ({ row }) => date(row.original.snoozedUntil),
                },
            }}
            onSearchTermChange={searchTerm => ({ message: { contains: searchTerm } })}
            bulkActions={[
                { component: AcknowledgeBulkAction, order: 100 },
                { component: ResolveBulkAction, order: 200 },
                { component: AssignToMeBulkAction, order: 300 },
                { component: AssignBulkAction, order: 400 },
            ]}
        />
    );
}

function useBulk(run: (ids: string[]) => Promise<unknown>, done: string) {
    const { refetchPaginatedList } = usePaginatedList();
    return async (selection: AlertRow[], clear: () => void) => {
        try {
            await run(selection.map(s => s.id));
            toast.success(done);
            clear();
            refetchPaginatedList();
        } catch (err) {
            toast.error(errorMessage(err));
        }
    };
}

const AcknowledgeBulkAction: BulkActionComponent<AlertRow> = ({ selection, table }) => {
    const { t } = useLingui();
    const act = useBulk(ids => api.mutate(acknowledgeAlertsDocument, { ids }), t`Alerts acknowledged`);
    return (
        <DataTableBulkActionItem
            requiresPermission={['UpdateAlert']}
            label={<Trans>Acknowledge</Trans>}
            icon={CheckIcon}
            onClick={() => void act(selection, () => table.resetRowSelection())}
        />
    );
};

const ResolveBulkAction: BulkActionComponent<AlertRow> = ({ selection, table }) => {
    const { t } = useLingui();
    const act = useBulk(ids => api.mutate(resolveAlertsDocument, { ids }), t`Alerts resolved`);
    return (
        <DataTableBulkActionItem
            requiresPermission={['UpdateAlert']}
            label={<Trans>Resolve</Trans>}
            icon={CheckCheckIcon}
            confirmationText={<Trans>Resolve the selected alerts?</Trans>}
            onClick={() => void act(selection, () => table.resetRowSelection())}
        />
    );
};

const AssignToMeBulkAction: BulkActionComponent<AlertRow> = ({ selection, table }) => {
    const { t } = useLingui();
    const { user } = useAuth();
    const act = useBulk(
        ids =>
            api.mutate(assignAlertsDocument, {
                input: { ids, administratorId: user?.id ?? null, roleId: null },
            }),
        t`Alerts assigned`,
    );
    return (
        <DataTableBulkActionItem
            requiresPermission={['UpdateAlert']}
            label={<Trans>Assign to me</Trans>}
            icon={UserCheckIcon}
            disabled={!user?.id}
            onClick={() => void act(selection, () => table.resetRowSelection())}
        />
    );
};

/** Assigns the selected alerts to an administrator picked by name or email (or unassigns them), in a dialog. */
const AssignBulkAction: BulkActionComponent<AlertRow> = ({ selection, table }) => {
    const { t } = useLingui();
    const adminConfig = useAdministratorSelectorConfig();
    const [open, setOpen] = useState(false);
    const [administratorId, setAdministratorId] = useState<string | null>(null);
    const [pending, setPending] = useState(false);
    const count = selection.length;
    const act = useBulk(
        ids => api.mutate(assignAlertsDocument, { input: { ids, administratorId, roleId: null } }),
        administratorId ? t`Alerts assigned` : t`Alerts unassigned`,
    );
    return (
        <>
            <DataTableBulkActionItem
                requiresPermission={['UpdateAlert']}
                label={<Trans>Assign to…</Trans>}
                icon={UserPlusIcon}
                closeOnClick={false}
                onClick={() => {
                    setAdministratorId(null);
                    setOpen(true);
                }}
            />
            <Dialog open={open} onOpenChange={setOpen}>
                <DialogContent data-testid="alerts-bulk-assign">
                    <DialogHeader>
                        <DialogTitle>
                            <Trans>Assign the selected alerts</Trans>{' '}
                            <span className="text-muted-foreground">({count})</span>
                        </DialogTitle>
                        <DialogDescription>
                            <Trans>Pick an administrator, or leave it empty to unassign the alerts.</Trans>
                        </DialogDescription>
                    </DialogHeader>
                    <EntityField
                        config={adminConfig}
                        value={administratorId}
                        label={<Trans>Assign to an administrator</Trans>}
                        removeLabel={t`Unassign`}
                        disabled={pending}
                        testId="alerts-bulk-assign-admin"
                        onChange={setAdministratorId}
                    />
                    <DialogFooter>
                        <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                            <Trans>Cancel</Trans>
                        </Button>
                        <Button
                            type="button"
                            disabled={pending}
                            data-testid="alerts-bulk-assign-confirm"
                            onClick={() => {
                                setPending(true);
                                void act(selection, () => table.resetRowSelection()).finally(() => {
                                    setPending(false);
                                    setOpen(false);
                                });
                            }}
                        >
                            {administratorId ? <Trans>Assign</Trans> : <Trans>Unassign</Trans>}
                        </Button>
                    </DialogFooter>
                </DialogContent>
            </Dialog>
        </>
    );
};
