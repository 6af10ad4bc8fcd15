import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, OneToMany } from 'typeorm';

import { QuoteRequestLine } from './quote-request-line.entity';

/** draft → submitted → closed (deadline passed) | cancelled (by the buyer, from draft or submitted). */
export enum QuoteRequestState {
    Draft = 'draft',
    Submitted = 'submitted',
    Closed = 'closed',
    Cancelled = 'cancelled',
}

/** Where the buyer wants the parts delivered. */
export interface QuoteRequestAddress {
    fullName?: string | null;
    company?: string | null;
    streetLine1: string;
    streetLine2?: string | null;
    city?: string | null;
    postalCode?: string | null;
    countryCode: string;
    phoneNumber?: string | null;
}

/**
 * A buyer's request for quotation: lines of catalogue variants or free-text part numbers, sent on submit to every
 * approved seller who carries them. A dealer member's request is made on behalf of its company (`companyId`).
 */
@Entity('rfq_quote_request')
@Index(['customerId', 'state'])
@Index(['state', 'responseDeadline'])
export class QuoteRequest extends VendureEntity {
    constructor(input?: DeepPartial<QuoteRequest>) {
        super(input);
    }

    /** Human-readable reference, unique (`RFQ-…`). */
    @Index({ unique: true })
    @Column()
    code: string;

    @Column({ type: 'varchar', default: QuoteRequestState.Draft })
    state: QuoteRequestState;

    @Index()
    @EntityId()
    customerId: ID;

    /** The dealer company the request is made for (b2b), when the buyer is a member of one. */
    @Index()
    @EntityId({ nullable: true })
    companyId: ID | null;

    @EntityId()
    channelId: ID;

    @Column('varchar')
    currencyCode: CurrencyCode;

    @Column({ type: Date, nullable: true })
    neededBy: Date | null;

    /** Sellers may quote until then; the scheduled task closes the request after it. */
    @Column({ type: Date })
    responseDeadline: Date;

    @Column({ type: 'simple-json', nullable: true })
    deliveryAddress: QuoteRequestAddress | null;

    @Column({ type: 'varchar', length: 2000, nullable: true })
    note: string | null;

    @Column({ type: Date, nullable: true })
    submittedAt: Date | null;

    /** When routing finished (null while the routing job has not run). */
    @Column({ type: Date, nullable: true })
    routedAt: Date | null;

    @Column({ type: Date, nullable: true })
    closedAt: Date | null;

    /** When `QuoteRequestUnansweredEvent` was published (once per request). */
    @Column({ type: Date, nullable: true })
    unansweredNotifiedAt: Date | null;

    @OneToMany(() => QuoteRequestLine, line => line.request)
    lines: QuoteRequestLine[];
}
