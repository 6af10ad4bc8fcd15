import { RequestContext, VendureEvent } from '@vendure/core';

import { Shipment } from '../entities/shipment.entity';

/** A shipment's latest event is an Exception or an AttemptFail. Published each time the status changes into one of them. */
export class ShipmentExceptionEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The shipment, with its carrier. */
        public shipment: Shipment,
    ) {
        super();
    }
}
