import { useLingui } from '@lingui/react/macro';
import { Badge } from '@vendure/dashboard';

/** The normalized tracking statuses (the server's `TrackingStatus` enum), in timeline order. */
export const TRACKING_STATUSES = [
    'Pending',
    'InfoReceived',
    'InTransit',
    'OutForDelivery',
    'AttemptFail',
    'Delivered',
    'AvailableForPickup',
    'Exception',
    'Expired',
] as const;

export type TrackingStatusCode = (typeof TRACKING_STATUSES)[number];

/** Each tracking status in words, in the Dashboard's language. */
export function useTrackingStatusLabels(): Record<TrackingStatusCode, string> {
    const { t } = useLingui();
    return {
        Pending: t({ message: 'Pending', context: 'tracking status' }),
        InfoReceived: t`Info received`,
        InTransit: t`In transit`,
        OutForDelivery: t`Out for delivery`,
        AttemptFail: t`Delivery attempt failed`,
        Delivered: t`Delivered`,
        AvailableForPickup: t`Available for pickup`,
        Exception: t`Exception`,
        Expired: t`Expired`,
    };
}

type BadgeVariant = 'success' | 'warning' | 'destructive' | 'secondary' | 'default';

function variantOf(status: string): BadgeVariant {
    switch (status) {
        case 'Delivered':
            return 'success';
        case 'Exception':
        case 'AttemptFail':
            return 'destructive';
        case 'Expired':
            return 'secondary';
        case 'Pending':
        case 'InfoReceived':
            return 'secondary';
        default:
            return 'default';
    }
}

/** A shipment's or tracking event's status as a coloured badge. */
export function TrackingStatusBadge({ status }: { status: string }) {
    const labels = useTrackingStatusLabels();
    const label = (labels as Record<string, string>)[status];
    return <Badge variant={variantOf(status)}>{label ?? <span translate="no">{status}</span>}</Badge>;
}
