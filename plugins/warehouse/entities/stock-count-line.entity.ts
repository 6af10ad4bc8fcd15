import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { StockCount } from './stock-count.entity';

/** One variant in a stock count. */
@Entity()
@Index(['stockCountId', 'productVariantId'], { unique: true })
export class StockCountLine extends VendureEntity {
    constructor(input?: DeepPartial<StockCountLine>) {
        super(input);
    }

    @ManyToOne(() => StockCount, { onDelete: 'CASCADE' })
    stockCount: StockCount;

    @Index()
    @EntityId()
    stockCountId: ID;

    @ManyToOne(() => ProductVariant, { onDelete: 'CASCADE' })
    productVariant: ProductVariant;

    @EntityId()
    productVariantId: ID;

    /** Null until counted. */
    @Column({ type: 'int', nullable: true })
    countedQuantity: number | null;

    /** Stock on hand when the line was first counted (the base of the adjustment). */
    @Column({ type: 'int', nullable: true })
    stockOnHandAtCount: number | null;

    @Column({ type: Date, nullable: true })
    countedAt: Date | null;

    /** The adjustment posted (counted − stock on hand at count). */
    @Column({ type: 'int', nullable: true })
    postedAdjustment: number | null;
}
