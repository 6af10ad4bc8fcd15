import { GoodsReceiptState } from '../entities/goods-receipt.entity';
import { PurchaseOrderState } from '../entities/purchase-order.entity';
import { StockCountState } from '../entities/stock-count.entity';
import { StockTransferState } from '../entities/stock-transfer.entity';

import { DocumentStateError, DuplicateCodeError, EmptyDocumentError } from './error-results';

const chinese = <T extends { localizeTo(languageCode: string): void; message: string }>(error: T): string => {
    error.localizeTo('zh_Hans');
    return error.message;
};

describe('warehouse refusals in Chinese', () => {
    it('names every document state as the Dashboard does, never in English', () => {
        const states = new Set<string>([
            ...Object.values(PurchaseOrderState),
            ...Object.values(GoodsReceiptState),
            ...Object.values(StockTransferState),
            ...Object.values(StockCountState),
        ]);
        for (const state of states) {
            expect(chinese(new DocumentStateError('PO-000001', state, 'cancelled'))).toMatch(
                /^采购单 PO-000001 的状态为“[^a-z]+”，不能取消$/,
            );
        }
        expect(chinese(new DocumentStateError('TR-000002', 'in_transit', 'changed'))).toBe(
            '调拨单 TR-000002 的状态为“在途”，不能修改',
        );
        expect(
            chinese(new DocumentStateError('PO-000003', 'sent', 'changed (only its note and expected date)')),
        ).toBe('采购单 PO-000003 的状态为“已发送”，只能修改备注和预计到货日期');
    });

    it('keeps the English message and the fields', () => {
        const error = new DocumentStateError('GR-000004', 'posted', 'posted');
        expect(error.message).toBe('GR-000004 is posted: it cannot be posted');
        expect(chinese(error)).toBe('收货单 GR-000004 的状态为“已过账”，不能过账');
        expect(error).toMatchObject({ documentCode: 'GR-000004', state: 'posted', operation: 'posted' });
        expect(chinese(new EmptyDocumentError('SC-000005'))).toBe('盘点单 SC-000005 没有可处理的数量');
        expect(chinese(new DuplicateCodeError('supplier', 'ACME'))).toBe('编码为“ACME”的供应商已存在');
    });
});
