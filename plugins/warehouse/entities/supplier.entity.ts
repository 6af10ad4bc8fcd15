import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Channel, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import type { WarehouseAddress } from './warehouse.entity';

/** A supplier the group buys from, in one channel; `code` is unique per channel. */
@Entity()
@Index(['channelId', 'code'], { unique: true })
export class Supplier extends VendureEntity {
    constructor(input?: DeepPartial<Supplier>) {
        super(input);
    }

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @EntityId()
    channelId: ID;

    @Column()
    code: string;

    @Column()
    name: string;

    @Column({ type: 'varchar', nullable: true })
    contactName: string | null;

    @Column({ type: 'varchar', nullable: true })
    emailAddress: string | null;

    @Column({ type: 'varchar', nullable: true })
    phoneNumber: string | null;

    @Column('simple-json', { nullable: true })
    address: WarehouseAddress | null;

    /** Days from sending a purchase order to delivery; the default expected date of new purchase orders. */
    @Column({ type: 'int', default: 7 })
    leadTimeDays: number;

    /** Currency of this supplier's purchase orders. */
    @Column('varchar')
    currencyCode: CurrencyCode;

    /** Receipts may accept more than was ordered from this supplier. */
    @Column({ default: false })
    allowOverReceipt: boolean;

    @Column({ default: true })
    active: boolean;

    @Column({ type: 'text', nullable: true })
    note: string | null;

    /**
     * The marketplace seller this supplier is (an id of the marketplace plugin's `MarketplaceSeller`), or null.
     * A plain id, no foreign key: the warehouse plugin runs without the marketplace plugin.
     */
    @Index()
    @EntityId({ nullable: true })
    marketplaceSellerId: ID | null;
}
