import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { MarketplaceSeller } from './marketplace-seller.entity';

/** The state of the goods an offer sells. */
export enum OfferCondition {
    New = 'new',
    Used = 'used',
    Refurbished = 'refurbished',
}

/** The conditions an offer may have, made once (a CSV import checks every row against them). */
export const OFFER_CONDITIONS: ReadonlySet<string> = new Set<string>(Object.values(OfferCondition));

/**
 * A seller's offer for a catalogue variant: its price in one currency, the quantity it holds, lead time and
 * terms. Many sellers may offer the same variant; a seller has at most one offer per variant, condition and
 * currency. `(productVariantId, active)` is indexed: "who carries this part" is one index lookup.
 */
@Entity('marketplace_offer')
@Index(['productVariantId', 'active'])
@Index(['sellerId', 'productVariantId', 'condition', 'currencyCode'], { unique: true })
export class Offer extends VendureEntity {
    constructor(input?: DeepPartial<Offer>) {
        super(input);
    }

    @ManyToOne(() => MarketplaceSeller, { onDelete: 'CASCADE' })
    seller: MarketplaceSeller;

    @EntityId()
    sellerId: ID;

    @ManyToOne(() => ProductVariant, { onDelete: 'CASCADE' })
    productVariant: ProductVariant;

    @EntityId()
    productVariantId: ID;

    /** Unit price in minor units, entered like the channel's prices (gross when the channel's prices include tax). */
    @Money()
    price: number;

    @Column('varchar')
    currencyCode: CurrencyCode;

    @Column({ type: 'int', default: 0 })
    quantityAvailable: number;

    @Column({ type: 'int', default: 0 })
    leadTimeDays: number;

    @Column({ type: 'varchar', default: OfferCondition.New })
    condition: OfferCondition;

    @Column({ type: 'int', default: 1 })
    minimumOrderQuantity: number;

    @Column({ type: 'varchar', nullable: true })
    sellerSku: string | null;

    @Column({ type: 'varchar', nullable: true })
    manufacturerPartNumber: string | null;

    @Column({ default: true })
    active: boolean;
}
