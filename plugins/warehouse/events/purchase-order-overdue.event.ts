import { RequestContext, VendureEvent } from '@vendure/core';

import { PurchaseOrder } from '../entities/purchase-order.entity';

/**
 * A purchase order's expected date passed before it was fully received. Published once per purchase order, by
 * the overdue check (a daily scheduled task, or `runPurchaseOrderOverdueCheck`).
 */
export class PurchaseOrderOverdueEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The purchase order, with its lines, supplier and warehouse. */
        public purchaseOrder: PurchaseOrder,
        /** Units ordered and not yet accepted, over all lines. */
        public quantityOutstanding: number,
    ) {
        super();
    }
}
