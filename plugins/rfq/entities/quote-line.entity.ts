import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Quote } from './quote.entity';

/** A seller's price, quantity and lead time for one request line, in one revision of its quote. */
@Entity('rfq_quote_line')
@Index(['quoteId', 'revision'])
export class QuoteLine extends VendureEntity {
    constructor(input?: DeepPartial<QuoteLine>) {
        super(input);
    }

    @ManyToOne(() => Quote, quote => quote.lines, { onDelete: 'CASCADE' })
    quote: Quote;

    @EntityId()
    quoteId: ID;

    @Column({ type: 'int' })
    revision: number;

    @Index()
    @EntityId()
    requestLineId: ID;

    /** Unit price in minor units, entered like the channel's prices. */
    @Money()
    unitPrice: number;

    /** The quantity quoted: the most the buyer may order at this price. */
    @Column({ type: 'int' })
    quantity: number;

    /** In stock now; the rest comes after `leadTimeDays`. */
    @Column({ type: 'int', default: 0 })
    quantityAvailable: number;

    @Column({ type: 'int', default: 0 })
    leadTimeDays: number;

    @Column({ type: 'varchar', length: 1000, nullable: true })
    note: string | null;

    /** What the buyer accepted (0 until accepted; set once, by a conditional UPDATE). */
    @Column({ type: 'int', default: 0 })
    acceptedQuantity: number;

    @Column({ type: Date, nullable: true })
    acceptedAt: Date | null;
}
