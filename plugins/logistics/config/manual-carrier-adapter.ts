import { CarrierAdapter } from './carrier-adapter';
import { isTrackingStatus, TrackingStatus } from './tracking-status';

/** Staff enter tracking events by hand (Dashboard or `addShipmentTrackingEvent`); no webhooks, no polling. */
export class ManualCarrierAdapter implements CarrierAdapter {
    readonly code = 'manual';
    readonly description = 'Manual: staff enter tracking events';

    mapStatus(carrierCode: string): { status: TrackingStatus } {
        return { status: isTrackingStatus(carrierCode) ? carrierCode : TrackingStatus.Exception };
    }
}
