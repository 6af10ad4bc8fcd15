import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Channel, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Warehouse } from './warehouse.entity';

/** open → posted (differences adjusted) or cancelled. */
export enum StockCountState {
    Open = 'open',
    Posted = 'posted',
    Cancelled = 'cancelled',
}

/**
 * A physical count of (some of) a warehouse's stock. Each line remembers the stock on hand when it was first
 * counted; posting adjusts stock on hand by counted − that quantity, so what orders moved in between is kept.
 */
@Entity()
export class StockCount extends VendureEntity {
    constructor(input?: DeepPartial<StockCount>) {
        super(input);
    }

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @Index()
    @EntityId()
    channelId: ID;

    /** `SC-000042`, derived from the id. */
    @Index()
    @Column({ default: '' })
    code: string;

    @Index()
    @Column({ type: 'varchar', default: StockCountState.Open })
    state: StockCountState;

    @ManyToOne(() => Warehouse, { onDelete: 'RESTRICT' })
    warehouse: Warehouse;

    @Index()
    @EntityId()
    warehouseId: ID;

    /** Counting every variant stocked at the warehouse (true) or a selection. */
    @Column({ default: true })
    fullCount: boolean;

    @Column({ type: 'text', nullable: true })
    note: string | null;

    @Column({ type: Date, nullable: true })
    postedAt: Date | null;

    @Column({ type: Date, nullable: true })
    cancelledAt: Date | null;

    @EntityId({ nullable: true })
    createdByUserId: ID | null;
}
