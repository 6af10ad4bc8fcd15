import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, StockLocation, VendureEntity, Zone } from '@vendure/core';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, OneToOne } from 'typeorm';

/** What role a warehouse plays in the group's network. */
export enum WarehouseType {
    /** A central (distribution) warehouse. */
    Central = 'central',
    /** A branch or store warehouse. */
    Branch = 'branch',
    /** Stock held by a third party on the group's behalf (still the group's stock). */
    Consignment = 'consignment',
}

/** The postal address of a warehouse (shown to buyers for pick-up points). */
export interface WarehouseAddress {
    streetLine1: string;
    streetLine2?: string | null;
    city?: string | null;
    province?: string | null;
    postalCode?: string | null;
    countryCode: string;
    phoneNumber?: string | null;
}

/**
 * Warehouse details on one of Vendure's `StockLocation`s: the stock itself stays in Vendure's `StockLevel`s of
 * that location, its channels are the location's channels. One warehouse per stock location; deleting the
 * stock location deletes the details.
 */
@Entity()
export class Warehouse extends VendureEntity {
    constructor(input?: DeepPartial<Warehouse>) {
        super(input);
    }

    @OneToOne(() => StockLocation, { onDelete: 'CASCADE' })
    @JoinColumn()
    stockLocation: StockLocation;

    @Index({ unique: true })
    @EntityId()
    stockLocationId: ID;

    /** Short code, unique across the platform (`SH-CENTRAL`). */
    @Index({ unique: true })
    @Column()
    code: string;

    @Column({ type: 'varchar', default: WarehouseType.Branch })
    type: WarehouseType;

    /** Inactive warehouses ship nothing and their stock is not sellable. */
    @Column({ default: true })
    active: boolean;

    /** Ship-from priority: the lowest number ships first. */
    @Column({ type: 'int', default: 100 })
    priority: number;

    /** Buyers may collect orders here; the shop API shows availability here when the channel enables it. */
    @Column({ default: false })
    pickupPoint: boolean;

    /** Free text for buyers collecting here (opening hours, where to go). */
    @Column({ type: 'text', nullable: true })
    pickupInstructions: string | null;

    @Column('simple-json', { nullable: true })
    address: WarehouseAddress | null;

    /** The zones whose shipping addresses this warehouse serves. None: it serves every zone. */
    @ManyToMany(() => Zone)
    @JoinTable()
    zones: Zone[];
}
