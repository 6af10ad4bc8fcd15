import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Asset, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { QuoteRequest } from './quote-request.entity';

/**
 * A file the buyer attached to a request (a drawing, a datasheet, a parts list). The bytes are a Vendure `Asset`
 * stored under an unguessable name and kept out of every channel's asset library; the buyer's file name and type
 * are kept here. Readers get it only through the plugin's guarded download route.
 */
@Entity('rfq_quote_request_attachment')
export class QuoteRequestAttachment extends VendureEntity {
    constructor(input?: DeepPartial<QuoteRequestAttachment>) {
        super(input);
    }

    @ManyToOne(() => QuoteRequest, { onDelete: 'CASCADE' })
    request: QuoteRequest;

    @Index()
    @EntityId()
    requestId: ID;

    @ManyToOne(() => Asset, { onDelete: 'CASCADE' })
    asset: Asset;

    @EntityId()
    assetId: ID;

    /** The file name as the buyer uploaded it. */
    @Column({ type: 'varchar', length: 255 })
    fileName: string;

    @Column({ type: 'varchar', length: 127 })
    mimeType: string;

    /** Bytes. */
    @Column({ type: 'int' })
    fileSize: number;
}
