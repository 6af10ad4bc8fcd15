import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { StockTransfer } from './stock-transfer.entity';

/** One variant on a transfer. Discrepancy = quantity − (received − rejected), once received. */
@Entity()
export class StockTransferLine extends VendureEntity {
    constructor(input?: DeepPartial<StockTransferLine>) {
        super(input);
    }

    @ManyToOne(() => StockTransfer, t => t.lines, { onDelete: 'CASCADE' })
    stockTransfer: StockTransfer;

    @Index()
    @EntityId()
    stockTransferId: ID;

    @ManyToOne(() => ProductVariant, { onDelete: 'RESTRICT' })
    productVariant: ProductVariant;

    @Index()
    @EntityId()
    productVariantId: ID;

    /** Dispatched from the source. */
    @Column({ type: 'int' })
    quantity: number;

    /** Arrived at the destination. */
    @Column({ type: 'int', default: 0 })
    quantityReceived: number;

    /** Arrived but refused at the destination. */
    @Column({ type: 'int', default: 0 })
    quantityRejected: number;

    @Column({ type: 'text', nullable: true })
    note: string | null;
}
