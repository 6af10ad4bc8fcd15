import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { MarketplaceSeller } from './marketplace-seller.entity';

/**
 * What a seller order is worth to its seller, frozen when the order was placed: the sale (its lines and shipping,
 * with tax), the commission on its lines and its average rate; and what was refunded since. One row
 * per seller order of a seller (the platform's own part has none).
 */
@Entity('marketplace_seller_order')
@Index(['sellerId', 'placedAt'])
export class SellerOrderSettlement extends VendureEntity {
    constructor(input?: DeepPartial<SellerOrderSettlement>) {
        super(input);
    }

    @ManyToOne(() => MarketplaceSeller, { onDelete: 'CASCADE' })
    seller: MarketplaceSeller;

    @EntityId()
    sellerId: ID;

    /** The seller order (`Order.type` Seller). */
    @Index({ unique: true })
    @EntityId()
    orderId: ID;

    @Column('varchar')
    orderCode: string;

    /** The buyer's order the seller order is part of. */
    @Index()
    @EntityId()
    aggregateOrderId: ID;

    @Column('varchar')
    currencyCode: CurrencyCode;

    @Column({ type: Date })
    placedAt: Date;

    /**
     * The rate the order's commission was charged at, in basis points (1/100 of a percent): its lines' rates (each
     * frozen in its commission entry) averaged by line price without tax, so their common rate when they share one.
     * Refunds reverse the commission in proportion to the sale, and their reversal entries carry this rate.
     */
    @Column('int')
    commissionRateBps: number;

    /** Lines and shipping, with tax, after discounts. */
    @Money()
    saleAmount: number;

    /** Commission on the lines' prices without tax (rounded per line). */
    @Money()
    commissionAmount: number;

    /** Sum of the refunds recorded against this seller order (≤ `saleAmount`). */
    @Money({ default: 0 })
    refundedAmount: number;
}
