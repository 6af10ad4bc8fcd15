import { ID } from '@vendure/common/lib/shared-types';

/** Prefixes of document codes. */
export const DocumentPrefix = {
    PurchaseOrder: 'PO',
    GoodsReceipt: 'GR',
    StockTransfer: 'TR',
    StockCount: 'SC',
} as const;

/** `PO-000042`: a document's code, derived from its id (unique because the id is). */
export function documentCode(prefix: string, id: ID): string {
    return `${prefix}-${String(id).padStart(6, '0')}`;
}

/** Whole number ≥ min, or a message saying what is wrong. */
export function checkQuantity(value: unknown, what: string, min = 0): string | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
        return `${what} must be a whole number >= ${min}, got ${String(value)}`;
    }
    return undefined;
}
