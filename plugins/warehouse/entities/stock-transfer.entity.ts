import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Channel, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne, OneToMany } from 'typeorm';

import type { StockTransferLine } from './stock-transfer-line.entity';
import { Warehouse } from './warehouse.entity';

/**
 * draft → in_transit (dispatched: the stock has left the source and is sellable nowhere) → received (by a
 * goods receipt at the destination, with its discrepancies); a draft may be cancelled.
 */
export enum StockTransferState {
    Draft = 'draft',
    InTransit = 'in_transit',
    Received = 'received',
    Cancelled = 'cancelled',
}

/** A move of stock from one warehouse to another. */
@Entity()
export class StockTransfer extends VendureEntity {
    constructor(input?: DeepPartial<StockTransfer>) {
        super(input);
    }

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @Index()
    @EntityId()
    channelId: ID;

    /** `TR-000042`, derived from the id. */
    @Index()
    @Column({ default: '' })
    code: string;

    @Index()
    @Column({ type: 'varchar', default: StockTransferState.Draft })
    state: StockTransferState;

    @ManyToOne(() => Warehouse, { onDelete: 'RESTRICT' })
    sourceWarehouse: Warehouse;

    @Index()
    @EntityId()
    sourceWarehouseId: ID;

    @ManyToOne(() => Warehouse, { onDelete: 'RESTRICT' })
    destinationWarehouse: Warehouse;

    @Index()
    @EntityId()
    destinationWarehouseId: ID;

    @Column({ type: 'text', nullable: true })
    note: string | null;

    @Column({ type: Date, nullable: true })
    dispatchedAt: Date | null;

    @Column({ type: Date, nullable: true })
    receivedAt: Date | null;

    @Column({ type: Date, nullable: true })
    cancelledAt: Date | null;

    @EntityId({ nullable: true })
    createdByUserId: ID | null;

    @OneToMany('StockTransferLine', (l: StockTransferLine) => l.stockTransfer)
    lines: StockTransferLine[];
}
