import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * The normalised SKU of a catalogue variant (see `normalizePartNumber`), indexed, so that a free-text part number
 * finds the variant with one index lookup (Vendure's variant table has no such column). Refreshed before each
 * routing of a free-text line from the variants changed since the last refresh; a deleted variant keeps a row
 * without SKU.
 */
@Entity('rfq_variant_sku')
export class VariantSku extends VendureEntity {
    constructor(input?: DeepPartial<VariantSku>) {
        super(input);
    }

    @Index({ unique: true })
    @EntityId()
    productVariantId: ID;

    @Index()
    @Column({ type: 'varchar', length: 255, nullable: true })
    skuNormalized: string | null;

    /** The variant's `updatedAt` when copied: the next refresh starts from the latest one. */
    @Column({ type: Date })
    variantUpdatedAt: Date;
}
