import { RequestContext, VendureEvent } from '@vendure/core';

import { Shipment } from '../entities/shipment.entity';

/** A shipment reached Delivered (its latest event by event time). Published once per shipment. */
export class ShipmentDeliveredEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The shipment, with its carrier. */
        public shipment: Shipment,
    ) {
        super();
    }
}
