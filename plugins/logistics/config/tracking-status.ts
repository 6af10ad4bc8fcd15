/**
 * The normalized tracking statuses every carrier's codes are mapped onto (AfterShip's model). A shipment's status
 * is the status of its latest event by event time.
 */
export enum TrackingStatus {
    Pending = 'Pending',
    InfoReceived = 'InfoReceived',
    InTransit = 'InTransit',
    OutForDelivery = 'OutForDelivery',
    AttemptFail = 'AttemptFail',
    Delivered = 'Delivered',
    AvailableForPickup = 'AvailableForPickup',
    Exception = 'Exception',
    Expired = 'Expired',
}

export const trackingStatuses: TrackingStatus[] = Object.values(TrackingStatus);

export function isTrackingStatus(value: unknown): value is TrackingStatus {
    return typeof value === 'string' && (trackingStatuses as string[]).includes(value);
}

/** Statuses after which nothing more is expected: no stalled alert. */
export const finalTrackingStatuses: TrackingStatus[] = [TrackingStatus.Delivered, TrackingStatus.Expired];

/** Statuses that mean the parcel has left: the Vendure fulfillment becomes Shipped. */
export const shippedTrackingStatuses: TrackingStatus[] = [
    TrackingStatus.InTransit,
    TrackingStatus.OutForDelivery,
    TrackingStatus.AttemptFail,
    TrackingStatus.AvailableForPickup,
    TrackingStatus.Exception,
    TrackingStatus.Delivered,
];
