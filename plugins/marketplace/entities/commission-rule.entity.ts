import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Collection, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { MarketplaceSeller } from './marketplace-seller.entity';

/**
 * The operator's commission rate for the order lines of variants in a catalogue collection: for one seller, or for
 * every seller (`sellerId` null). At most one rule per collection and seller, and one per collection for every
 * seller (the partial unique index: NULLs are distinct in a plain unique index). Read when an order is placed;
 * the rate a line was charged at is frozen in its ledger entry, so a rule change applies to later orders only.
 * Not channel-aware, like the sellers: the operator manages rules from the default channel, whose collections
 * they name. Deleting the collection or the seller deletes its rules.
 */
@Entity('marketplace_commission_rule')
@Index(['collectionId', 'sellerId'], { unique: true })
@Index(['collectionId'], { unique: true, where: '"sellerId" IS NULL' })
export class MarketplaceCommissionRule extends VendureEntity {
    constructor(input?: DeepPartial<MarketplaceCommissionRule>) {
        super(input);
    }

    @ManyToOne(() => Collection, { onDelete: 'CASCADE' })
    collection: Collection;

    @EntityId()
    collectionId: ID;

    @ManyToOne(() => MarketplaceSeller, { onDelete: 'CASCADE', nullable: true })
    seller: MarketplaceSeller | null;

    /** The seller it applies to; null: every seller. */
    @EntityId({ nullable: true })
    sellerId: ID | null;

    /** Basis points (1/100 of a percent) of a line's price without tax, 0–10000. */
    @Column('int')
    rateBps: number;
}
