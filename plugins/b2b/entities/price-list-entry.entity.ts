import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { PriceList } from './price-list.entity';

/**
 * One quantity break of a price list for a variant: from `minQuantity` units on, the unit price is either `price`
 * (minor units, net or gross exactly like the channel's prices, i.e. following `Channel.pricesIncludeTax`) or the
 * channel price minus `percentOffBasisPoints` (1250 = 12.5 %). Exactly one of the two is set.
 */
@Entity()
@Index(['priceListId', 'productVariantId', 'minQuantity'], { unique: true })
@Index(['productVariantId', 'priceListId'])
export class PriceListEntry extends VendureEntity {
    constructor(input?: DeepPartial<PriceListEntry>) {
        super(input);
    }

    @ManyToOne(() => PriceList, l => l.entries, { onDelete: 'CASCADE' })
    priceList: PriceList;

    @EntityId()
    priceListId: ID;

    @ManyToOne(() => ProductVariant, { onDelete: 'CASCADE' })
    productVariant: ProductVariant;

    @EntityId()
    productVariantId: ID;

    @Column({ type: 'int', default: 1 })
    minQuantity: number;

    @Money({ nullable: true })
    price: number | null;

    @Column({ type: 'int', nullable: true })
    percentOffBasisPoints: number | null;
}
