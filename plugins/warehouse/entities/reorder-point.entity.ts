import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Supplier } from './supplier.entity';
import { Warehouse } from './warehouse.entity';

/**
 * Minimum and reorder quantity of a variant in a warehouse. When available stock (on hand − allocated) falls
 * below the minimum, `StockBelowReorderPointEvent` is published once; `belowSince` marks the crossing and is
 * cleared when stock is back at or above the minimum.
 */
@Entity()
@Index(['productVariantId', 'warehouseId'], { unique: true })
export class ReorderPoint extends VendureEntity {
    constructor(input?: DeepPartial<ReorderPoint>) {
        super(input);
    }

    @ManyToOne(() => ProductVariant, { onDelete: 'CASCADE' })
    productVariant: ProductVariant;

    @EntityId()
    productVariantId: ID;

    @ManyToOne(() => Warehouse, { onDelete: 'CASCADE' })
    warehouse: Warehouse;

    @Index()
    @EntityId()
    warehouseId: ID;

    @Column({ type: 'int' })
    minQuantity: number;

    @Column({ type: 'int' })
    reorderQuantity: number;

    @ManyToOne(() => Supplier, { nullable: true, onDelete: 'SET NULL' })
    preferredSupplier: Supplier | null;

    @EntityId({ nullable: true })
    preferredSupplierId: ID | null;

    /** Draft a purchase order to the preferred supplier at each crossing. */
    @Column({ default: false })
    autoDraftPurchaseOrder: boolean;

    /** Set at the crossing below the minimum, cleared when back at or above it. */
    @Index()
    @Column({ type: Date, nullable: true })
    belowSince: Date | null;

    @Column({ type: Date, nullable: true })
    lastTriggeredAt: Date | null;
}
