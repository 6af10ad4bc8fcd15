import { RequestContext, VendureEntityEvent } from '@vendure/core';

import { Carrier } from '../entities/carrier.entity';

/**
 * Published when a carrier is created, updated (name, adapter, tracking link, enabled) or deleted, and as `updated`
 * when its webhook secret is rotated. Like Vendure's entity events it reaches subscribers after the transaction
 * that made the change has committed.
 */
export class CarrierEvent extends VendureEntityEvent<Carrier, unknown> {
    constructor(
        ctx: RequestContext,
        entity: Carrier,
        type: 'created' | 'updated' | 'deleted',
        input?: unknown,
    ) {
        super(entity, type, ctx, input);
    }
}
