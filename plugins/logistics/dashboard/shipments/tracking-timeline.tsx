import { Trans } from '@lingui/react/macro';
import { useLocalFormat } from '@vendure/dashboard';

import { TrackingStatusBadge } from '../common/tracking-status';

/** One event of a shipment's timeline, as the admin API gives it. */
export interface TimelineEvent {
    id: string;
    status: string;
    subStatus?: string | null;
    carrierStatusCode?: string | null;
    carrierStatusText?: string | null;
    location?: string | null;
    occurredAt: string;
    carrierEventId: string;
}

/**
 * A shipment's tracking events, newest first (the server gives them oldest first): status, the carrier's own
 * text and code, location and event time. Manual events are marked as entered by staff.
 */
export function TrackingTimeline({ events }: { events: TimelineEvent[] }) {
    const { formatDate } = useLocalFormat();
    if (events.length === 0) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>No tracking events yet.</Trans>
            </p>
        );
    }
    const newestFirst = [...events].reverse();
    return (
        <ol className="border-muted relative space-y-4 border-l pl-4">
            {newestFirst.map((e, i) => (
                <li key={e.id} className="relative">
                    <span
                        className={`absolute top-1.5 -left-[21px] h-2.5 w-2.5 rounded-full ${
                            i === 0 ? 'bg-primary' : 'bg-muted-foreground'
                        }`}
                    />
                    <div className="flex flex-wrap items-center gap-2">
                        <TrackingStatusBadge status={e.status} />
                        {e.subStatus ? (
                            <span className="text-muted-foreground text-xs" translate="no">
                                {e.subStatus}
                            </span>
                        ) : null}
                        <span className="text-muted-foreground text-xs">
                            {formatDate(e.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                        </span>
                    </div>
                    {e.carrierStatusText ? (
                        <p className="text-sm" translate="no">
                            {e.carrierStatusText}
                        </p>
                    ) : null}
                    <p className="text-muted-foreground text-xs">
                        {e.location ? <span translate="no">{e.location} · </span> : null}
                        {e.carrierEventId.startsWith('manual-') ? (
                            <Trans>Entered by staff</Trans>
                        ) : (
                            <span translate="no">
                                {e.carrierStatusCode ?? ''} · {e.carrierEventId}
                            </span>
                        )}
                    </p>
                </li>
            ))}
        </ol>
    );
}
