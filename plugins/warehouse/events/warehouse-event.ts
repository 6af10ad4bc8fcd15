import { RequestContext, VendureEntityEvent } from '@vendure/core';

import { Warehouse } from '../entities/warehouse.entity';

/**
 * Published when a warehouse is created, updated (its code, type, active flag, priority, pick-up point, address,
 * zones, channels or name) or deleted. Like Vendure's entity events it reaches subscribers after the transaction
 * that made the change has committed.
 */
export class WarehouseEvent extends VendureEntityEvent<Warehouse, unknown> {
    constructor(
        ctx: RequestContext,
        entity: Warehouse,
        type: 'created' | 'updated' | 'deleted',
        input?: unknown,
    ) {
        super(entity, type, ctx, input);
    }
}
