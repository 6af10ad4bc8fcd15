import { RequestContext, VendureEvent } from '@vendure/core';

import { GoodsReceiptLine } from '../entities/goods-receipt-line.entity';
import { GoodsReceipt } from '../entities/goods-receipt.entity';

/**
 * A goods receipt was posted with a discrepancy (units rejected, or a transfer that arrived short or over) or a
 * note (on the receipt or on a line). Published once, when the receipt is posted.
 */
export class GoodsReceivedWithNotesEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The posted receipt, with its lines. */
        public receipt: GoodsReceipt,
        /** The lines with a rejection, a discrepancy or a note. */
        public linesWithNotes: GoodsReceiptLine[],
    ) {
        super();
    }
}
