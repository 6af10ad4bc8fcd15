import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Channel, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne, OneToMany } from 'typeorm';

import type { PurchaseOrderLine } from './purchase-order-line.entity';
import { Supplier } from './supplier.entity';
import { Warehouse } from './warehouse.entity';

/** draft → sent → partially_received → received; cancelled from any state before received. */
export enum PurchaseOrderState {
    Draft = 'draft',
    Sent = 'sent',
    PartiallyReceived = 'partially_received',
    Received = 'received',
    Cancelled = 'cancelled',
}

/** An order to a supplier for delivery into one warehouse. */
@Entity()
export class PurchaseOrder extends VendureEntity {
    constructor(input?: DeepPartial<PurchaseOrder>) {
        super(input);
    }

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @Index()
    @EntityId()
    channelId: ID;

    /** `PO-000042`, derived from the id. */
    @Index()
    @Column({ default: '' })
    code: string;

    @Index()
    @Column({ type: 'varchar', default: PurchaseOrderState.Draft })
    state: PurchaseOrderState;

    @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
    supplier: Supplier;

    @Index()
    @EntityId()
    supplierId: ID;

    /** Where the goods are delivered. */
    @ManyToOne(() => Warehouse, { onDelete: 'RESTRICT' })
    warehouse: Warehouse;

    @Index()
    @EntityId()
    warehouseId: ID;

    @Column('varchar')
    currencyCode: CurrencyCode;

    @Column({ type: Date, nullable: true })
    expectedDate: Date | null;

    @Column({ type: 'text', nullable: true })
    note: string | null;

    @Column({ type: Date, nullable: true })
    sentAt: Date | null;

    @Column({ type: Date, nullable: true })
    receivedAt: Date | null;

    @Column({ type: Date, nullable: true })
    cancelledAt: Date | null;

    /** Set once `PurchaseOrderOverdueEvent` was published for this order. */
    @Column({ type: Date, nullable: true })
    overdueNotifiedAt: Date | null;

    /** Drafted by a reorder point rather than by a person. */
    @Column({ default: false })
    autoDrafted: boolean;

    @EntityId({ nullable: true })
    createdByUserId: ID | null;

    @OneToMany('PurchaseOrderLine', (l: PurchaseOrderLine) => l.purchaseOrder)
    lines: PurchaseOrderLine[];
}
