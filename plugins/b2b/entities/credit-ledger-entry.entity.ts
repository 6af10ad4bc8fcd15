import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Administrator, Calculated, EntityId, Money, Order, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { CreditAccount } from './credit-account.entity';

/** What a ledger entry records. Charges and positive adjustments are debits; the rest are credits. */
export enum CreditLedgerEntryType {
    /** An order paid on account (positive). */
    Charge = 'charge',
    /** Money received from the dealer (negative). */
    Payment = 'payment',
    /** A credit note issued to the dealer (negative). */
    CreditNote = 'credit_note',
    /** A manual correction (either sign). */
    Adjustment = 'adjustment',
    /** The reversal of (part of) a charge: order cancelled, payment cancelled or refunded (negative). */
    Release = 'release',
}

/** A share of a payment, credit note or credit adjustment applied to a debit entry. */
export interface CreditAllocation {
    entryId: ID;
    amount: number;
}

/**
 * One line of a credit account's statement. Entries are immutable except for the receivable bookkeeping of
 * debits (`settledAmount`, `releasedAmount`, `dueDate`) and the allocation of credits.
 */
@Entity()
@Index(['accountId', 'sequence'], { unique: true })
export class CreditLedgerEntry extends VendureEntity {
    constructor(input?: DeepPartial<CreditLedgerEntry>) {
        super(input);
    }

    @ManyToOne(() => CreditAccount, { onDelete: 'CASCADE' })
    account: CreditAccount;

    @EntityId()
    accountId: ID;

    /** The company whose activity this is: the buying company of a charge (may be a sub-company), else the owner. */
    @Index()
    @EntityId()
    companyId: ID;

    /** Position in the account's statement, from 1. */
    @Column({ type: 'int' })
    sequence: number;

    @Column('varchar')
    type: CreditLedgerEntryType;

    /** Signed, in minor units: positive increases the amount outstanding. */
    @Money()
    amount: number;

    /** The account balance right after this entry. */
    @Money()
    balanceAfter: number;

    @Index()
    @ManyToOne(() => Order, { nullable: true, onDelete: 'SET NULL' })
    order: Order | null;

    @EntityId({ nullable: true })
    orderId: ID | null;

    /** The charge a release reverses. */
    @EntityId({ nullable: true })
    reversesEntryId: ID | null;

    /** Purchase order number, bank reference, credit note number… */
    @Column({ type: 'varchar', nullable: true })
    reference: string | null;

    /** For charges and their releases: the buyer's purchase order number. */
    @Column({ type: 'varchar', length: 64, nullable: true })
    purchaseOrderNumber: string | null;

    @Column({ type: 'text', nullable: true })
    note: string | null;

    /** For debits: when the receivable is due (set when the payment is settled). Null while only reserved. */
    @Column({ type: Date, nullable: true })
    dueDate: Date | null;

    /** For debits: paid by payments, credit notes or credit adjustments. */
    @Money({ default: 0 })
    settledAmount: number;

    /** For charges: reversed by release entries. */
    @Money({ default: 0 })
    releasedAmount: number;

    /** For credits: the part not (yet) applied to a debit. */
    @Money({ default: 0 })
    unallocatedAmount: number;

    @Column('simple-json', { nullable: true })
    allocations: CreditAllocation[] | null;

    /** For charges on an account that allows exceeding its limit: the part above the limit. */
    @Money({ default: 0 })
    excessAmount: number;

    @ManyToOne(() => Administrator, { nullable: true, onDelete: 'SET NULL' })
    createdBy: Administrator | null;

    @EntityId({ nullable: true })
    createdById: ID | null;

    /**
     * For debits: what is still to pay. Calculated, so that statements can be filtered and sorted by it (the
     * expression assumes the list query's alias `entry`, as `CreditLedgerService.statement` uses).
     */
    @Calculated({
        expression:
            'CASE WHEN entry.amount > 0 THEN entry.amount - entry.settledAmount - entry.releasedAmount ELSE 0 END',
    })
    get openAmount(): number {
        if (this.amount <= 0) {
            return 0;
        }
        return Math.max(0, this.amount - this.settledAmount - this.releasedAmount);
    }

    /** For debits: past the due date and still open. Calculated, like {@link openAmount}. */
    @Calculated({
        expression:
            '(entry.dueDate IS NOT NULL AND entry.dueDate < CURRENT_TIMESTAMP AND ' +
            'entry.amount - entry.settledAmount - entry.releasedAmount > 0)',
    })
    get overdue(): boolean {
        return !!this.dueDate && this.dueDate.getTime() < Date.now() && this.openAmount > 0;
    }
}
