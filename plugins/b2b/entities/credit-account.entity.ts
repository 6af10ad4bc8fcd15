import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Channel, EntityId, Money, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Company } from './company.entity';

/** Whether an account may be charged. */
export enum CreditAccountStatus {
    Active = 'active',
    OnHold = 'on_hold',
}

/** Why an account is on hold: set by an administrator, or by the overdue check (lifted automatically once paid). */
export enum CreditHoldReason {
    Manual = 'manual',
    Overdue = 'overdue',
}

/**
 * A dealer company's credit line in one channel: a limit, payment terms and a running balance (the amount
 * outstanding). `balance` only ever changes through conditional UPDATEs (see `CreditLedgerService.post`), so it
 * always equals the sum of the account's {@link CreditLedgerEntry} amounts.
 */
@Entity()
@Index(['channelId', 'companyId'], { unique: true })
export class CreditAccount extends VendureEntity {
    constructor(input?: DeepPartial<CreditAccount>) {
        super(input);
    }

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @EntityId()
    channelId: ID;

    @ManyToOne(() => Company, { onDelete: 'CASCADE' })
    company: Company;

    @EntityId()
    companyId: ID;

    /** In minor units of `currencyCode`. */
    @Money()
    creditLimit: number;

    @Column('varchar')
    currencyCode: CurrencyCode;

    /** Net days: a settled charge is due this many days later. */
    @Column({ type: 'int', default: 30 })
    paymentTermsDays: number;

    /** Days past the due date before the overdue check puts the account on hold. */
    @Column({ type: 'int', default: 0 })
    graceDays: number;

    /** Sub-companies without an account of their own buy against this one. */
    @Column({ default: false })
    sharedWithSubsidiaries: boolean;

    /** Charges above the limit go through; the excess is flagged on the ledger entry. */
    @Column({ default: false })
    allowExceedLimit: boolean;

    /** Every order paid on account must carry the buyer's purchase order number. */
    @Column({ default: false })
    requirePurchaseOrderNumber: boolean;

    @Column({ type: 'varchar', default: CreditAccountStatus.Active })
    status: CreditAccountStatus;

    @Column({ type: 'varchar', nullable: true })
    holdReason: CreditHoldReason | null;

    @Column({ type: Date, nullable: true })
    heldAt: Date | null;

    /** Amount outstanding, in minor units. Written only by conditional UPDATEs. */
    @Money({ default: 0 })
    balance: number;

    /** Sequence number of the account's latest ledger entry (entries are numbered 1, 2, 3… per account). */
    @Column({ type: 'int', default: 0 })
    ledgerSequence: number;
}
