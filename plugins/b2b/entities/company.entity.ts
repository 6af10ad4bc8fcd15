import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Administrator, Channel, ChannelAware, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';

import type { CompanyMember } from './company-member.entity';

/**
 * Lifecycle of a dealer company. `on_hold` (e.g. a credit hold) keeps dealer prices but blocks ordering on
 * account; `closed` companies get neither dealer prices nor membership features.
 */
export enum CompanyStatus {
    Active = 'active',
    OnHold = 'on_hold',
    Closed = 'closed',
}

/** A postal address kept on a company as its default shipping or billing address. */
export interface CompanyAddress {
    fullName?: string;
    company?: string;
    streetLine1: string;
    streetLine2?: string;
    city?: string;
    province?: string;
    postalCode?: string;
    countryCode: string;
    phoneNumber?: string;
}

/**
 * A dealer company (distributor, sub-dealer, …). Companies form a tree of any depth through `parent`;
 * the tree never has cycles (see `CompanyService.move`). Channel-aware: each channel has its own dealers,
 * and `code` is unique per channel.
 */
@Entity()
export class Company extends VendureEntity implements ChannelAware {
    constructor(input?: DeepPartial<Company>) {
        super(input);
    }

    @Column()
    name: string;

    @Index()
    @Column()
    code: string;

    /** Tier code such as `gold` or `silver`; price lists can target a tier. */
    @Index()
    @Column({ type: 'varchar', nullable: true })
    tier: string | null;

    @Column({ type: 'varchar', default: CompanyStatus.Active })
    status: CompanyStatus;

    @Column({ type: 'varchar', nullable: true })
    taxId: string | null;

    @Index()
    @ManyToOne(() => Company, { nullable: true, onDelete: 'SET NULL' })
    parent: Company | null;

    @EntityId({ nullable: true })
    parentId: ID | null;

    @ManyToOne(() => Administrator, { nullable: true, onDelete: 'SET NULL' })
    salesRep: Administrator | null;

    @EntityId({ nullable: true })
    salesRepId: ID | null;

    @Column('simple-json', { nullable: true })
    defaultShippingAddress: CompanyAddress | null;

    @Column('simple-json', { nullable: true })
    defaultBillingAddress: CompanyAddress | null;

    @OneToMany('CompanyMember', (m: CompanyMember) => m.company)
    members: CompanyMember[];

    @ManyToMany(() => Channel)
    @JoinTable()
    channels: Channel[];
}
