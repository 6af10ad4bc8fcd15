import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { api, PageContextValue, useLocalFormat } from '@vendure/dashboard';

import { subjectAlertsQuery } from '../alerts.graphql';
import { AlertStatusBadge, SeverityBadge, useAlertMessage } from '../common/labels';

/**
 * On a subject's detail page (order, company, purchase order, shipment): its active alerts, those whose
 * Dashboard link is this page or whose subject is this entity, each linking to the alert.
 */
export function SubjectAlertsBlock({
    context,
    basePath,
    subjectType,
}: {
    context: PageContextValue;
    /** The page's path without the id, e.g. `/orders`. */
    basePath: string;
    /** The subject type of alerts about this entity itself, e.g. `Shipment`. */
    subjectType: string;
}) {
    // Pages without an entity in their context (purchase order, shipment) still have the id in the route.
    const params: { id?: string } = useParams({ strict: false });
    const id = (context.entity as { id?: string } | undefined)?.id ?? params.id;
    const { formatDate } = useLocalFormat();
    const messageOf = useAlertMessage();
    const { data } = useQuery({
        queryKey: ['alerts-of-subject', basePath, id],
        queryFn: () =>
            api.query(subjectAlertsQuery, {
                filter: {
                    status: { notEq: 'resolved' },
                    _or: [
                        { subjectLink: { eq: `${basePath}/${id}` } },
                        { _and: [{ subjectType: { eq: subjectType } }, { subjectId: { eq: String(id) } }] },
                    ],
                },
            }),
        enabled: !!id,
    });
    const alerts = data?.alerts.items;
    if (!alerts) {
        return null;
    }
    if (alerts.length === 0) {
        return (
            <p className="text-muted-foreground text-sm" data-testid="subject-alerts-none">
                <Trans>No open alerts.</Trans>
            </p>
        );
    }
    return (
        <ul className="space-y-3 text-sm" data-testid="subject-alerts">
            {alerts.map(a => (
                <li key={a.id} className="space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                        <SeverityBadge severity={a.severity} />
                        <AlertStatusBadge status={a.status} />
                        <span className="text-muted-foreground text-xs">{formatDate(a.lastSeenAt)}</span>
                    </div>
                    <Link to="/alerts/$id" params={{ id: a.id }} className="underline">
                        <span translate="no">{messageOf(a)}</span>
                    </Link>
                </li>
            ))}
        </ul>
    );
}
