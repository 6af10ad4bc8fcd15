import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne } from 'typeorm';

import { Company } from './company.entity';
import { PriceList } from './price-list.entity';

/** Where a dealer agreement stands with respect to renewal. */
export enum AgreementRenewalStatus {
    /** Nothing decided yet. */
    Open = 'open',
    /** Renegotiation under way. */
    InNegotiation = 'in_negotiation',
    /** A follow-up agreement exists. */
    Renewed = 'renewed',
    /** Will end without renewal. */
    NotRenewing = 'not_renewing',
}

/**
 * A dealer agreement of a company: its period, terms, the price lists it grants and its credit terms (as the
 * contract states them; the credit account holds the operative values). `AgreementExpiringEvent` is published
 * once, `agreementExpiryWarningDays` before `endsAt`; `expiryWarningSentAt` records that it was.
 */
@Entity()
@Index(['companyId', 'number'], { unique: true })
export class DealerAgreement extends VendureEntity {
    constructor(input?: DeepPartial<DealerAgreement>) {
        super(input);
    }

    @ManyToOne(() => Company, { onDelete: 'CASCADE' })
    company: Company;

    @EntityId()
    companyId: ID;

    /** Contract number, unique per company. */
    @Column()
    number: string;

    @Column({ type: Date })
    startsAt: Date;

    @Index()
    @Column({ type: Date })
    endsAt: Date;

    @Column({ type: 'text', default: '' })
    terms: string;

    @ManyToMany(() => PriceList)
    @JoinTable()
    priceLists: PriceList[];

    @Column({ type: 'int', nullable: true })
    paymentTermsDays: number | null;

    @Money({ nullable: true })
    creditLimit: number | null;

    @Column({ type: 'varchar', nullable: true })
    currencyCode: CurrencyCode | null;

    @Column({ type: 'varchar', default: AgreementRenewalStatus.Open })
    renewalStatus: AgreementRenewalStatus;

    @Column({ type: Date, nullable: true })
    expiryWarningSentAt: Date | null;
}
