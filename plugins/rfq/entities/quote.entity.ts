import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, OneToMany } from 'typeorm';

import { QuoteLine } from './quote-line.entity';

/**
 * submitted (revisable until the deadline) → accepted (the buyer took at least one line) | expired (validity or
 * deadline passed) | withdrawn (the request was cancelled); declined: the seller said no, with a reason.
 */
export enum QuoteState {
    Submitted = 'submitted',
    Declined = 'declined',
    Accepted = 'accepted',
    Expired = 'expired',
    Withdrawn = 'withdrawn',
}

/**
 * A seller's answer to a request: one per request and seller. Each revision adds a new set of lines (the older ones
 * are kept, with their revision number); `revision` is the current one.
 */
@Entity('rfq_quote')
@Index(['requestId', 'sellerId'], { unique: true })
@Index(['state', 'validUntil'])
export class Quote extends VendureEntity {
    constructor(input?: DeepPartial<Quote>) {
        super(input);
    }

    @Index()
    @EntityId()
    requestId: ID;

    /** The `MarketplaceSeller` quoting. */
    @Index()
    @EntityId()
    sellerId: ID;

    @Column({ type: 'varchar', default: QuoteState.Submitted })
    state: QuoteState;

    @Column({ type: 'int', default: 1 })
    revision: number;

    @Column('varchar')
    currencyCode: CurrencyCode;

    @Column({ type: Date, nullable: true })
    validUntil: Date | null;

    @Column({ type: 'varchar', length: 2000, nullable: true })
    note: string | null;

    @Column({ type: 'varchar', length: 1000, nullable: true })
    declineReason: string | null;

    /** Bumped by every acceptance: the conditional UPDATE that serialises two acceptances of one quote. */
    @Column({ type: 'int', default: 0 })
    acceptanceVersion: number;

    @OneToMany(() => QuoteLine, line => line.quote)
    lines: QuoteLine[];
}
