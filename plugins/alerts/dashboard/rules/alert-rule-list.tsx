import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { ActionBarItem, Badge, Button, DetailPageButton, ListPage } from '@vendure/dashboard';

import { alertRuleListQuery } from '../alerts.graphql';
import { AlertConditionSummary } from '../common/alert-conditions';
import { SeverityBadge } from '../common/labels';

/**
 * Alert rules of the active channel: name, condition (described with its values), severity, enabled, re-notify
 * interval, quiet hours.
 */
export function AlertRuleListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="alert-rule-list"
            listQuery={alertRuleListQuery}
            route={route}
            title={<Trans>Alert rules</Trans>}
            defaultSort={[{ id: 'name', desc: false }]}
            defaultVisibility={{
                name: true,
                condition: true,
                severity: true,
                enabled: true,
                renotifyIntervalMinutes: true,
            }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) => (
                        <DetailPageButton
                            href={`/alert-rules/${row.original.id}`}
                            label={<span translate="no">{row.original.name}</span>}
                        />
                    ),
                },
                condition: {
                    // Always shown, so the column menu never lists it: that menu names columns by the Dashboard's
                    // shared `fieldName.<field>` ids, and the marketplace's `fieldName.condition` is an offer's
                    // condition of goods.
                    enableHiding: false,
                    header: () => <Trans context="alert rule">Condition</Trans>,
                    cell: ({ row }) => <AlertConditionSummary condition={row.original.condition} />,
                },
                severity: {
                    header: () => <Trans>Severity</Trans>,
                    cell: ({ row }) => <SeverityBadge severity={row.original.severity} />,
                },
                enabled: {
                    header: () => <Trans>Enabled</Trans>,
                    cell: ({ row }) =>
                        row.original.enabled ? (
                            <Badge variant="success">
                                <Trans>Enabled</Trans>
                            </Badge>
                        ) : (
                            <Badge variant="secondary">
                                <Trans>Disabled</Trans>
                            </Badge>
                        ),
                },
                renotifyIntervalMinutes: { header: () => <Trans>Re-notify after (minutes)</Trans> },
                quietHoursStart: { header: () => <Trans>Quiet hours from</Trans> },
                quietHoursEnd: { header: () => <Trans>Quiet hours to</Trans> },
            }}
            onSearchTermChange={searchTerm => ({ name: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-alert-rule" requiresPermission={['CreateAlertRule']}>
                <Button render={<Link to="./new" />}>
                    <Trans>New alert rule</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
