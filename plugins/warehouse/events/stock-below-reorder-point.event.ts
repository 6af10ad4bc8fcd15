import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, VendureEvent } from '@vendure/core';

import { ReorderPoint } from '../entities/reorder-point.entity';

/**
 * A variant's available stock (on hand − allocated) in a warehouse fell below its reorder point's minimum.
 * Published once per crossing, not per sale: again only after stock has been back at or above the minimum.
 */
export class StockBelowReorderPointEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The reorder point (minimum, reorder quantity, preferred supplier). */
        public reorderPoint: ReorderPoint,
        /** Available stock right after the crossing. */
        public available: number,
        /** The purchase order drafted for it, when the reorder point auto-drafts. */
        public draftedPurchaseOrderId: ID | null,
    ) {
        super();
    }
}
