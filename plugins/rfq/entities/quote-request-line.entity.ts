import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { QuoteRequest } from './quote-request.entity';

/**
 * One part the buyer needs: a catalogue variant, or a free-text part number (+ manufacturer, description). The
 * part number is also kept normalised (upper case, no spaces or dashes) for matching sellers' SKUs.
 */
@Entity('rfq_quote_request_line')
export class QuoteRequestLine extends VendureEntity {
    constructor(input?: DeepPartial<QuoteRequestLine>) {
        super(input);
    }

    @ManyToOne(() => QuoteRequest, request => request.lines, { onDelete: 'CASCADE' })
    request: QuoteRequest;

    @Index()
    @EntityId()
    requestId: ID;

    @Column({ type: 'int', default: 0 })
    position: number;

    @ManyToOne(() => ProductVariant, { onDelete: 'SET NULL', nullable: true })
    productVariant: ProductVariant | null;

    @EntityId({ nullable: true })
    productVariantId: ID | null;

    @Column({ type: 'varchar', length: 100, nullable: true })
    partNumber: string | null;

    @Index()
    @Column({ type: 'varchar', length: 100, nullable: true })
    partNumberNormalized: string | null;

    @Column({ type: 'varchar', length: 100, nullable: true })
    manufacturer: string | null;

    @Column({ type: 'varchar', length: 1000, nullable: true })
    description: string | null;

    @Column({ type: 'int' })
    quantity: number;
}
