import { RequestContext, VendureEvent } from '@vendure/core';

import { Shipment } from '../entities/shipment.entity';

/** An undelivered shipment had no tracking event for `stalledAfterDays`. Published once per silence. */
export class ShipmentStalledEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The shipment, with its carrier. */
        public shipment: Shipment,
    ) {
        super();
    }
}
