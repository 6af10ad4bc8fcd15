import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Customer, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { Company } from './company.entity';

/** What a member may do in their company's account. */
export enum CompanyRole {
    /** Manages members; may order. */
    Admin = 'admin',
    /** May order. */
    Buyer = 'buyer',
    /** Sees prices, orders and statements; may not order. */
    Viewer = 'viewer',
}

/** Links a Vendure Customer to a company with a role. A customer belongs to at most one company. */
@Entity()
@Index(['customerId'], { unique: true })
export class CompanyMember extends VendureEntity {
    constructor(input?: DeepPartial<CompanyMember>) {
        super(input);
    }

    @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
    customer: Customer;

    @EntityId()
    customerId: ID;

    @Index()
    @ManyToOne(() => Company, c => c.members, { onDelete: 'CASCADE' })
    company: Company;

    @EntityId()
    companyId: ID;

    @Column({ type: 'varchar', default: CompanyRole.Buyer })
    role: CompanyRole;
}
