import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/** What moved the stock. */
export enum StockLedgerEntryType {
    /** Vendure allocated stock to an order (allocated +). */
    Allocation = 'allocation',
    /** An order line was fulfilled (allocated −, on hand −). */
    Sale = 'sale',
    /** Allocated stock was released (order cancelled or modified before fulfilment). */
    Release = 'release',
    /** A fulfilled line was cancelled: the stock is back on hand. */
    Cancellation = 'cancellation',
    /** A posted goods receipt (on hand +). */
    Receipt = 'receipt',
    /** A transfer was dispatched (on hand − at the source). */
    TransferOut = 'transfer_out',
    /** A transfer was received (on hand + at the destination). */
    TransferIn = 'transfer_in',
    /** A posted stock count's difference. */
    CountAdjustment = 'count_adjustment',
    /** Stock on hand set directly (Vendure's variant page, the importer). */
    Adjustment = 'adjustment',
    /** A stock location was deleted and its stock moved to another. */
    LocationMerge = 'location_merge',
    /**
     * The stock level differed from the ledger (a change made before the plugin was installed, or behind its
     * back): the difference, recorded so the ledger keeps adding up to the stock level.
     */
    Reconciliation = 'reconciliation',
}

/** Which document an entry belongs to. */
export enum StockDocumentType {
    Order = 'order',
    GoodsReceipt = 'goods_receipt',
    StockTransfer = 'stock_transfer',
    StockCount = 'stock_count',
    StockLocation = 'stock_location',
}

/**
 * One change of one stock level (variant × stock location), append-only. For every stock level the entries'
 * `quantity` add up to its stock on hand and their `allocatedChange` to its stock allocated; each entry records
 * both before and after, who made the change and which document (or order) made it.
 */
@Entity()
@Index(['productVariantId', 'stockLocationId', 'id'])
export class StockLedgerEntry extends VendureEntity {
    constructor(input?: DeepPartial<StockLedgerEntry>) {
        super(input);
    }

    @EntityId()
    productVariantId: ID;

    /** The stock location (no foreign key: the ledger outlives deleted locations). */
    @Index()
    @EntityId()
    stockLocationId: ID;

    @Index()
    @Column('varchar')
    type: StockLedgerEntryType;

    /** Change of stock on hand. */
    @Column({ type: 'int', default: 0 })
    quantity: number;

    @Column({ type: 'int' })
    stockOnHandBefore: number;

    @Column({ type: 'int' })
    stockOnHandAfter: number;

    /** Change of stock allocated. */
    @Column({ type: 'int', default: 0 })
    allocatedChange: number;

    @Column({ type: 'int' })
    stockAllocatedBefore: number;

    @Column({ type: 'int' })
    stockAllocatedAfter: number;

    @Column({ type: 'varchar', nullable: true })
    documentType: StockDocumentType | null;

    @Index()
    @Column({ type: 'varchar', nullable: true })
    documentId: string | null;

    /** The document's code, or the order's code. */
    @Column({ type: 'varchar', nullable: true })
    documentCode: string | null;

    @Index()
    @EntityId({ nullable: true })
    orderLineId: ID | null;

    /** The user who made the change (an administrator, or the buyer for order movements). */
    @EntityId({ nullable: true })
    userId: ID | null;

    /** The channel the change was made in. */
    @EntityId({ nullable: true })
    channelId: ID | null;

    @Column({ type: 'varchar', nullable: true })
    note: string | null;
}
