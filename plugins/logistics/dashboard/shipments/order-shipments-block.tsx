import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, PageContextValue, useLocalFormat } from '@vendure/dashboard';

import { TrackingStatusBadge } from '../common/tracking-status';
import { orderShipmentsQuery } from '../logistics.graphql';

/**
 * On the order detail page: the order's carrier shipments, each with its status, last event, the carrier's
 * tracking link and a link to the shipment's timeline.
 */
export function OrderShipmentsBlock({ context }: { context: PageContextValue }) {
    const orderId = (context.entity as { id?: string } | undefined)?.id;
    const { formatDate } = useLocalFormat();
    const { data } = useQuery({
        queryKey: ['logistics-order-shipments', orderId],
        queryFn: () => api.query(orderShipmentsQuery, { id: orderId! }),
        enabled: !!orderId,
    });
    const shipments = data?.order?.shipments;
    if (!shipments) {
        return null;
    }
    if (shipments.length === 0) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>No carrier shipments.</Trans>
            </p>
        );
    }
    return (
        <ul className="space-y-3 text-sm">
            {shipments.map(s => (
                <li key={s.id} className="space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                        <TrackingStatusBadge status={s.status} />
                        <span translate="no">{s.carrier.name}</span>
                    </div>
                    <div>
                        {s.trackingUrl ? (
                            <a
                                href={s.trackingUrl}
                                target="_blank"
                                rel="noreferrer"
                                className="underline"
                                translate="no"
                            >
                                {s.trackingNumber}
                            </a>
                        ) : (
                            <span translate="no">{s.trackingNumber}</span>
                        )}
                        {s.lastEventAt ? (
                            <span className="text-muted-foreground ml-2 text-xs">
                                {formatDate(s.lastEventAt)}
                            </span>
                        ) : null}
                    </div>
                    <Link to="/shipments/$id" params={{ id: s.id }} className="underline">
                        <Trans>Open the timeline</Trans>
                    </Link>
                </li>
            ))}
        </ul>
    );
}
