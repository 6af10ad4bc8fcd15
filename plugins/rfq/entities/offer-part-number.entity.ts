import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * The normalised seller SKU and manufacturer part number of a marketplace offer (upper case, no spaces, dashes,
 * dots or slashes), indexed, so that a free-text part number finds its sellers with one index lookup. The
 * marketplace's offer table has no such column; this copy is refreshed from offers changed since the last
 * refresh before each routing. Offers deleted or deactivated since drop out by the join on the offer at match time.
 */
@Entity('rfq_offer_part_number')
export class OfferPartNumber extends VendureEntity {
    constructor(input?: DeepPartial<OfferPartNumber>) {
        super(input);
    }

    @Index({ unique: true })
    @EntityId()
    offerId: ID;

    @EntityId()
    sellerId: ID;

    @EntityId()
    productVariantId: ID;

    @Index()
    @Column({ type: 'varchar', length: 100, nullable: true })
    sellerSkuNormalized: string | null;

    @Index()
    @Column({ type: 'varchar', length: 100, nullable: true })
    manufacturerPartNumberNormalized: string | null;

    /** The offer's `updatedAt` when copied: the next refresh starts from the latest one. */
    @Column({ type: Date })
    offerUpdatedAt: Date;
}
