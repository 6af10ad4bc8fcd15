import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { PurchaseOrder } from './purchase-order.entity';

/** One variant on a purchase order; the received and rejected quantities add up over its receipts. */
@Entity()
export class PurchaseOrderLine extends VendureEntity {
    constructor(input?: DeepPartial<PurchaseOrderLine>) {
        super(input);
    }

    @ManyToOne(() => PurchaseOrder, po => po.lines, { onDelete: 'CASCADE' })
    purchaseOrder: PurchaseOrder;

    @Index()
    @EntityId()
    purchaseOrderId: ID;

    @ManyToOne(() => ProductVariant, { onDelete: 'RESTRICT' })
    productVariant: ProductVariant;

    @Index()
    @EntityId()
    productVariantId: ID;

    /** Ordered. */
    @Column({ type: 'int' })
    quantity: number;

    /** Net purchase price per unit, in minor units of the order's currency. */
    @Money()
    unitPrice: number;

    /** Accepted into stock by posted receipts. */
    @Column({ type: 'int', default: 0 })
    quantityReceived: number;

    /** Delivered but rejected by posted receipts (still outstanding). */
    @Column({ type: 'int', default: 0 })
    quantityRejected: number;
}
