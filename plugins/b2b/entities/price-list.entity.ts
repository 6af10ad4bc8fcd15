import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { DeepPartial } from '@vendure/common/lib/shared-types';
import { Channel, ChannelAware, CustomerGroup, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany, OneToMany } from 'typeorm';

import { Company } from './company.entity';
import type { PriceListEntry } from './price-list-entry.entity';

/** Whether a price list takes part in price resolution. */
export enum PriceListStatus {
    Enabled = 'enabled',
    Disabled = 'disabled',
}

/**
 * A dealer price list in one currency, assigned to companies, tiers and/or customer groups, valid in an optional
 * date range. Which list wins for a buyer is decided by `PriceResolutionService`.
 */
@Entity()
export class PriceList extends VendureEntity implements ChannelAware {
    constructor(input?: DeepPartial<PriceList>) {
        super(input);
    }

    @Column()
    name: string;

    @Column('varchar')
    currencyCode: CurrencyCode;

    /** Among lists equally specific for a buyer, the highest priority wins. */
    @Column({ type: 'int', default: 0 })
    priority: number;

    @Column({ type: Date, nullable: true })
    validFrom: Date | null;

    @Column({ type: Date, nullable: true })
    validTo: Date | null;

    @Index()
    @Column({ type: 'varchar', default: PriceListStatus.Enabled })
    status: PriceListStatus;

    /** Tier codes (lower-case) this list applies to. */
    @Column('simple-json')
    tiers: string[];

    @ManyToMany(() => Company)
    @JoinTable()
    companies: Company[];

    @ManyToMany(() => CustomerGroup)
    @JoinTable()
    customerGroups: CustomerGroup[];

    @OneToMany('PriceListEntry', (e: PriceListEntry) => e.priceList)
    entries: PriceListEntry[];

    @ManyToMany(() => Channel)
    @JoinTable()
    channels: Channel[];
}
