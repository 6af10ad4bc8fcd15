import { Trans } from '@lingui/react/macro';
import { useLingui } from '@lingui/react/macro';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { toast } from 'sonner';

import {
    deliveryAlertsQuery,
    redeliverWebhookDocument,
    webhookEndpointDeliveriesQuery,
} from '../alerts.graphql';
import { errorMessage } from '../common/error-result';
import { DATE_TIME_SECONDS, DeliveryResultBadge, useSubjectTypeLabels } from '../common/labels';

/** One delivery attempt as the tables show it. */
export interface DeliveryRow {
    id: string;
    /** Null for a test delivery. */
    alertId?: string | null;
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
 * Shows 20 and more on request. A failed attempt can be sent again ("Redeliver", with UpdateAlertRule): its body is
 * queued anew to its endpoint, and `onRedelivered` refreshes the list.
 */
export function WebhookDeliveriesTable({
    deliveries,
    about,
    empty,
    testId,
    onRedelivered,
}: {
    deliveries: DeliveryRow[];
    about: 'alert' | 'endpoint';
    /** What to say when there is none. */
    empty: ReactNode;
    testId?: string;
    /** Called once a redelivery was queued (to refresh the deliveries). */
    onRedelivered?: () => unknown;
}) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const [shown, setShown] = useState(PAGE);
    const alertLabels = useAlertLabels(
        about === 'alert' ? deliveries.flatMap(d => (d.alertId ? [d.alertId] : [])) : [],
    );
    const mayRedeliver = hasPermissions(['UpdateAlertRule']);
    const redeliver = useMutation({
        mutationFn: (deliveryId: string) => api.mutate(redeliverWebhookDocument, { deliveryId }),
        onSuccess: async () => {
            toast.success(t`Redelivery queued: the new attempts appear here.`);
            await onRedelivered?.();
        },
        onError: err => toast.error(errorMessage(err)),
    });
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
                            <Trans>Attempted at</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Error</Trans>
                        </TableHead>
                        {mayRedeliver ? <TableHead /> : null}
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {deliveries.slice(0, shown).map(d => (
                        <TableRow key={d.id}>
                            <TableCell className="min-w-[120px] whitespace-normal">
                                {about === 'alert' && !d.alertId ? (
                                    <span className="text-muted-foreground">
                                        <Trans>Test delivery</Trans>
                                    </span>
                                ) : about === 'alert' && d.alertId ? (
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
                            {/* Status code and duration under the result and the time: the table fits a detail
                                page's main column, its last column (Redeliver) included. */}
                            <TableCell>
                                <DeliveryResultBadge success={d.success} />
                                <div className="text-muted-foreground text-xs" translate="no">
                                    HTTP {d.statusCode ?? '—'}
                                </div>
                            </TableCell>
                            <TableCell className="min-w-[110px] whitespace-normal">
                                {formatDate(d.attemptedAt, DATE_TIME_SECONDS)}
                                <div className="text-muted-foreground text-xs" translate="no">
                                    {d.durationMs} ms
                                </div>
                            </TableCell>
                            <TableCell className="max-w-[260px] min-w-[120px] text-xs break-words whitespace-normal">
                                {d.error ? <span translate="no">{d.error}</span> : null}
                            </TableCell>
                            {mayRedeliver ? (
                                <TableCell>
                                    {!d.success && (about === 'alert' || d.endpoint) ? (
                                        <Button
                                            type="button"
                                            variant="outline"
                                            size="sm"
                                            data-testid="webhook-delivery-redeliver"
                                            disabled={redeliver.isPending}
                                            onClick={() => redeliver.mutate(d.id)}
                                        >
                                            <Trans>Redeliver</Trans>
                                        </Button>
                                    ) : null}
                                </TableCell>
                            ) : null}
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

/** Query key prefix of an endpoint's delivery pages (invalidate it after a test or a redelivery). */
export const ENDPOINT_DELIVERIES_KEY = 'alert-webhook-endpoint-deliveries';

/**
 * Every delivery attempt to an endpoint, newest first, a page of 20 at a time from the API
 * (`webhookEndpointDeliveries`), with previous / next.
 */
export function EndpointDeliveries({ endpointId, empty }: { endpointId: string; empty: ReactNode }) {
    const queryClient = useQueryClient();
    const [page, setPage] = useState(0);
    const { data } = useQuery({
        queryKey: [ENDPOINT_DELIVERIES_KEY, endpointId, page],
        queryFn: () =>
            api.query(webhookEndpointDeliveriesQuery, {
                endpointId,
                options: { skip: page * PAGE, take: PAGE },
            }),
        placeholderData: keepPreviousData,
        refetchInterval: 30_000,
    });
    const list = data?.webhookEndpointDeliveries;
    const total = list?.totalItems ?? 0;
    const pages = Math.max(1, Math.ceil(total / PAGE));
    return (
        <div className="space-y-2">
            <WebhookDeliveriesTable
                deliveries={list?.items ?? []}
                about="alert"
                testId="webhook-endpoint-deliveries"
                onRedelivered={() => queryClient.invalidateQueries({ queryKey: [ENDPOINT_DELIVERIES_KEY] })}
                empty={empty}
            />
            {total > PAGE ? (
                <div
                    className="flex items-center justify-end gap-2"
                    data-testid="webhook-endpoint-deliveries-pager"
                >
                    <span className="text-muted-foreground text-xs" translate="no">
                        {page * PAGE + 1}–{Math.min(total, (page + 1) * PAGE)} / {total}
                    </span>
                    <Button
                        type="button"
                        variant="outline"
                        size="sm"
                        data-testid="webhook-endpoint-deliveries-previous"
                        disabled={page === 0}
                        onClick={() => setPage(page - 1)}
                    >
                        <Trans>Previous</Trans>
                    </Button>
                    <Button
                        type="button"
                        variant="outline"
                        size="sm"
                        data-testid="webhook-endpoint-deliveries-next"
                        disabled={page + 1 >= pages}
                        onClick={() => setPage(page + 1)}
                    >
                        <Trans>Next</Trans>
                    </Button>
                </div>
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
