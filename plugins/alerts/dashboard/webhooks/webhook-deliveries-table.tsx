import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { deliveryAlertsQuery } from '../alerts.graphql';
import { DATE_TIME_SECONDS, DeliveryResultBadge, useSubjectTypeLabels } from '../common/labels';

/** One delivery attempt as the tables show it. */
export interface DeliveryRow {
    id: string;
    alertId: string;
    attempt: number;
    success: boolean;
    statusCode?: number | null;
    attemptedAt: string;
    durationMs: number;
    error?: string | null;
    /** The endpoint (alert page): null once deleted; absent on the endpoint's own page. */
    endpoint?: { id: string; name: string; url: string } | null;
}

const PAGE = 20;

/**
 * Delivery attempts, newest first: what they were about (the alert, by its subject, on an endpoint's page; the
 * endpoint on an alert's page), the attempt, the result, the HTTP status, when, how long and why it failed.
 * Shows 20 and more on request.
 */
export function WebhookDeliveriesTable({
    deliveries,
    about,
    empty,
    testId,
}: {
    deliveries: DeliveryRow[];
    about: 'alert' | 'endpoint';
    /** What to say when there is none. */
    empty: ReactNode;
    testId?: string;
}) {
    const { formatDate } = useLocalFormat();
    const [shown, setShown] = useState(PAGE);
    const alertLabels = useAlertLabels(about === 'alert' ? deliveries.map(d => d.alertId) : []);
    if (deliveries.length === 0) {
        return (
            <p className="text-muted-foreground text-sm" data-testid={testId}>
                {empty}
            </p>
        );
    }
    return (
        <div className="space-y-2" data-testid={testId}>
            <Table>
                <TableHeader>
                    <TableRow>
                        <TableHead>
                            {about === 'alert' ? <Trans>Alert</Trans> : <Trans>Endpoint</Trans>}
                        </TableHead>
                        <TableHead>
                            <Trans>Attempt</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Result</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>HTTP status</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Attempted at</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Duration (ms)</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Error</Trans>
                        </TableHead>
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {deliveries.slice(0, shown).map(d => (
                        <TableRow key={d.id}>
                            <TableCell className="min-w-[120px] whitespace-normal">
                                {about === 'alert' ? (
                                    <Link
                                        to="/alerts/$id"
                                        params={{ id: d.alertId }}
                                        className="underline"
                                        translate="no"
                                    >
                                        {alertLabels.get(d.alertId) ?? `#${d.alertId}`}
                                    </Link>
                                ) : d.endpoint ? (
                                    <Link
                                        to="/alert-webhooks/$id"
                                        params={{ id: d.endpoint.id }}
                                        className="underline"
                                        translate="no"
                                    >
                                        {d.endpoint.name}
                                    </Link>
                                ) : (
                                    <span className="text-muted-foreground">
                                        <Trans>Deleted endpoint</Trans>
                                    </span>
                                )}
                            </TableCell>
                            <TableCell translate="no">{d.attempt}</TableCell>
                            <TableCell>
                                <DeliveryResultBadge success={d.success} />
                            </TableCell>
                            <TableCell translate="no">{d.statusCode ?? '—'}</TableCell>
                            <TableCell className="min-w-[110px] whitespace-normal">
                                {formatDate(d.attemptedAt, DATE_TIME_SECONDS)}
                            </TableCell>
                            <TableCell translate="no">{d.durationMs}</TableCell>
                            <TableCell className="max-w-[320px] min-w-[140px] text-xs break-words whitespace-normal">
                                {d.error ? <span translate="no">{d.error}</span> : null}
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
            {deliveries.length > shown ? (
                <Button type="button" variant="outline" size="sm" onClick={() => setShown(shown + PAGE)}>
                    <Trans>Show more</Trans>
                </Button>
            ) : null}
        </div>
    );
}

/**
 * The alerts of these ids named by their subject ("Order DE0001"), when the administrator may read alerts; an id
 * not found (its rule was deleted, and the alert with it) keeps its number.
 */
function useAlertLabels(ids: string[]): Map<string, ReactNode> {
    const { hasPermissions } = usePermissions();
    const subjectLabels = useSubjectTypeLabels();
    const unique = [...new Set(ids)].sort();
    const { data } = useQuery({
        queryKey: ['alert-webhook-delivery-alerts', unique],
        queryFn: () => api.query(deliveryAlertsQuery, { ids: unique }),
        enabled: unique.length > 0 && hasPermissions(['ReadAlert']),
    });
    return new Map(
        (data?.alerts.items ?? []).map(a => [
            a.id,
            `${subjectLabels[a.subjectType] ?? a.subjectType} ${a.subjectLabel}`,
        ]),
    );
}
