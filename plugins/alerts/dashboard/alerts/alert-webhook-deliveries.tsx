import { Trans } from '@lingui/react/macro';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api } from '@vendure/dashboard';

import { alertWebhookDeliveriesQuery } from '../alerts.graphql';
import { WebhookDeliveriesTable } from '../webhooks/webhook-deliveries-table';

/**
 * Whether an alert reached its webhook endpoints: every delivery attempt, newest first, each naming its endpoint;
 * when there is none, which endpoints the rule sends to (or that it sends to none).
 */
export function AlertWebhookDeliveries({ alertId }: { alertId: string }) {
    const queryClient = useQueryClient();
    const queryKey = ['alert-webhook-deliveries', alertId];
    const { data } = useQuery({
        queryKey,
        queryFn: () => api.query(alertWebhookDeliveriesQuery, { alertId }),
        refetchInterval: 30_000,
    });
    if (!data) {
        return null;
    }
    const rule = data.alert?.rule;
    const endpoints = rule?.webhookEndpoints ?? [];
    return (
        <WebhookDeliveriesTable
            deliveries={data.webhookDeliveries}
            about="endpoint"
            testId="alert-webhook-deliveries"
            onRedelivered={() => queryClient.invalidateQueries({ queryKey })}
            empty={
                endpoints.length ? (
                    <span>
                        <Trans>No delivery yet. The rule sends its alerts to:</Trans>{' '}
                        {endpoints.map((e, i) => (
                            <span key={e.id}>
                                {i > 0 ? ', ' : null}
                                <Link
                                    to="/alert-webhooks/$id"
                                    params={{ id: e.id }}
                                    className="underline"
                                    translate="no"
                                >
                                    {e.name}
                                </Link>
                            </span>
                        ))}
                    </span>
                ) : rule ? (
                    <span>
                        <Trans>The rule sends its alerts to no webhook endpoint.</Trans>{' '}
                        <Link to="/alert-rules/$id" params={{ id: rule.id }} className="underline">
                            <Trans>Choose endpoints on the rule’s page</Trans>
                        </Link>
                    </span>
                ) : null
            }
        />
    );
}
