import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Money, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { MarketplaceSeller } from './marketplace-seller.entity';

export enum SellerPayoutBatchState {
    /** Built, waiting for the operator to pay it. */
    Pending = 'pending',
    /** Paid; `reference` names the bank transfer. */
    Paid = 'paid',
}

/** What the marketplace pays a seller at once: the sum of the open ledger entries past their holding period. */
@Entity('marketplace_payout_batch')
@Index(['sellerId', 'state'])
export class SellerPayoutBatch extends VendureEntity {
    constructor(input?: DeepPartial<SellerPayoutBatch>) {
        super(input);
    }

    @ManyToOne(() => MarketplaceSeller, { onDelete: 'CASCADE' })
    seller: MarketplaceSeller;

    @EntityId()
    sellerId: ID;

    @Column('varchar')
    currencyCode: CurrencyCode;

    /** Sum of the batch's entries (positive). */
    @Money()
    amount: number;

    @Column('int')
    entryCount: number;

    @Column({ type: 'varchar', default: SellerPayoutBatchState.Pending })
    state: SellerPayoutBatchState;

    @Column({ type: 'varchar', nullable: true })
    reference: string | null;

    @Column({ type: Date, nullable: true })
    paidAt: Date | null;
}
