import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { GoodsReceipt } from './goods-receipt.entity';

/** One variant on a goods receipt. Accepted = received − rejected. */
@Entity()
export class GoodsReceiptLine extends VendureEntity {
    constructor(input?: DeepPartial<GoodsReceiptLine>) {
        super(input);
    }

    @ManyToOne(() => GoodsReceipt, r => r.lines, { onDelete: 'CASCADE' })
    goodsReceipt: GoodsReceipt;

    @Index()
    @EntityId()
    goodsReceiptId: ID;

    @ManyToOne(() => ProductVariant, { onDelete: 'RESTRICT' })
    productVariant: ProductVariant;

    @Index()
    @EntityId()
    productVariantId: ID;

    /** The purchase order line received against. */
    @EntityId({ nullable: true })
    purchaseOrderLineId: ID | null;

    /** The transfer line received against. */
    @EntityId({ nullable: true })
    stockTransferLineId: ID | null;

    /** Units that arrived. */
    @Column({ type: 'int' })
    quantityReceived: number;

    /** Of those, units refused (damaged, wrong item): not added to stock. */
    @Column({ type: 'int', default: 0 })
    quantityRejected: number;

    @Column({ type: 'text', nullable: true })
    note: string | null;
}
