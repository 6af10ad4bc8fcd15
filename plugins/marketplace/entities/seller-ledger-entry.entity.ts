import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { MarketplaceSeller } from './marketplace-seller.entity';

export enum SellerLedgerEntryType {
    /** A seller order's line or shipping (positive). */
    Sale = 'sale',
    /** The commission on a seller order's line (negative), or its reversal on a refund (positive). */
    Commission = 'commission',
    /** Money given back to the buyer (negative). */
    Refund = 'refund',
    /** A manual correction by the operator (either sign). */
    Adjustment = 'adjustment',
    /** Money paid out to the seller in a payout batch (negative). */
    Payout = 'payout',
}

/**
 * One movement of money between the marketplace and a seller, in integer minor units, signed from the seller's
 * side (what the marketplace owes the seller grows with positive amounts). The balance of a seller is the sum of
 * its entries; entries not yet in a payout batch are open.
 */
@Entity('marketplace_seller_ledger_entry')
@Index(['sellerId', 'payoutBatchId'])
export class SellerLedgerEntry extends VendureEntity {
    constructor(input?: DeepPartial<SellerLedgerEntry>) {
        super(input);
    }

    @ManyToOne(() => MarketplaceSeller, { onDelete: 'CASCADE' })
    seller: MarketplaceSeller;

    @EntityId()
    sellerId: ID;

    @Column('varchar')
    type: SellerLedgerEntryType;

    @Money()
    amount: number;

    @Column('varchar')
    currencyCode: CurrencyCode;

    /** The seller order, for sale, commission and refund entries. */
    @Index()
    @EntityId({ nullable: true })
    orderId: ID | null;

    @Column({ type: 'varchar', nullable: true })
    orderCode: string | null;

    /** The seller order's line, for line sales and commissions. */
    @EntityId({ nullable: true })
    orderLineId: ID | null;

    /** The rate a commission entry was computed at, in basis points. */
    @Column({ type: 'int', nullable: true })
    commissionRateBps: number | null;

    @Column({ type: 'varchar', length: 1000, nullable: true })
    description: string | null;

    /**
     * When the entry may be paid out from, frozen when it is written: the order's placement plus the seller's
     * holding period for an order's sale and commission, and for its refunds before the order was paid out; the
     * entry's creation for refunds after payout (carried forward into the next batch) and adjustments.
     */
    @Column({ type: Date })
    payableFrom: Date;

    /** The payout batch that paid (or will pay) this entry; null while open. */
    @EntityId({ nullable: true })
    payoutBatchId: ID | null;
}
