import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Channel, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne, OneToMany } from 'typeorm';

import type { GoodsReceiptLine } from './goods-receipt-line.entity';
import { PurchaseOrder } from './purchase-order.entity';
import { StockTransfer } from './stock-transfer.entity';
import { Supplier } from './supplier.entity';
import { Warehouse } from './warehouse.entity';

/** draft → posted (stock raised) or cancelled. */
export enum GoodsReceiptState {
    Draft = 'draft',
    Posted = 'posted',
    Cancelled = 'cancelled',
}

/** What a receipt receives against. */
export enum GoodsReceiptSource {
    PurchaseOrder = 'purchase_order',
    StockTransfer = 'stock_transfer',
    AdHoc = 'ad_hoc',
}

/**
 * Goods arriving at a warehouse: per line what arrived, what was rejected and a note. Posting raises stock on
 * hand by the accepted quantity (received − rejected) only.
 */
@Entity()
export class GoodsReceipt extends VendureEntity {
    constructor(input?: DeepPartial<GoodsReceipt>) {
        super(input);
    }

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @Index()
    @EntityId()
    channelId: ID;

    /** `GR-000042`, derived from the id. */
    @Index()
    @Column({ default: '' })
    code: string;

    @Index()
    @Column({ type: 'varchar', default: GoodsReceiptState.Draft })
    state: GoodsReceiptState;

    @Column('varchar')
    source: GoodsReceiptSource;

    @ManyToOne(() => Warehouse, { onDelete: 'RESTRICT' })
    warehouse: Warehouse;

    @Index()
    @EntityId()
    warehouseId: ID;

    @ManyToOne(() => PurchaseOrder, { nullable: true, onDelete: 'RESTRICT' })
    purchaseOrder: PurchaseOrder | null;

    @Index()
    @EntityId({ nullable: true })
    purchaseOrderId: ID | null;

    @ManyToOne(() => StockTransfer, { nullable: true, onDelete: 'RESTRICT' })
    stockTransfer: StockTransfer | null;

    @Index()
    @EntityId({ nullable: true })
    stockTransferId: ID | null;

    /** The supplier of a purchase order receipt, or of an ad hoc delivery when known. */
    @ManyToOne(() => Supplier, { nullable: true, onDelete: 'SET NULL' })
    supplier: Supplier | null;

    @EntityId({ nullable: true })
    supplierId: ID | null;

    /** The supplier's delivery note number or the carrier's reference. */
    @Column({ type: 'varchar', nullable: true })
    reference: string | null;

    @Column({ type: 'text', nullable: true })
    note: string | null;

    @Column({ type: Date, nullable: true })
    postedAt: Date | null;

    @EntityId({ nullable: true })
    postedByUserId: ID | null;

    @EntityId({ nullable: true })
    createdByUserId: ID | null;

    @OneToMany('GoodsReceiptLine', (l: GoodsReceiptLine) => l.goodsReceipt)
    lines: GoodsReceiptLine[];
}
