import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne, OneToMany } from 'typeorm';

import { TrackingStatus } from '../config/tracking-status';

import { Carrier } from './carrier.entity';
import { TrackingEvent } from './tracking-event.entity';

/** One parcel of a shipment: weight in grams, dimensions in millimetres. */
export interface ShipmentPackage {
    weight?: number | null;
    length?: number | null;
    width?: number | null;
    height?: number | null;
}

/**
 * The carrier's side of one Vendure `Fulfillment` (referenced by id: no custom fields on Fulfillment): carrier,
 * tracking number, packages and the timeline of tracking events. `status` is the status of the latest event by
 * event time, whatever order the events arrived in.
 */
@Entity()
@Index(['carrierId', 'trackingNumber'])
export class Shipment extends VendureEntity {
    constructor(input?: DeepPartial<Shipment>) {
        super(input);
    }

    @Index()
    @EntityId()
    channelId: ID;

    @Index({ unique: true })
    @EntityId()
    fulfillmentId: ID;

    @Index()
    @EntityId()
    orderId: ID;

    @ManyToOne(() => Carrier, { onDelete: 'RESTRICT' })
    carrier: Carrier;

    @EntityId()
    carrierId: ID;

    @Column('varchar')
    trackingNumber: string;

    @Index()
    @Column('varchar', { default: TrackingStatus.Pending })
    status: TrackingStatus;

    @Column('varchar', { nullable: true })
    subStatus: string | null;

    /** Event time of the latest event. */
    @Column({ type: Date, nullable: true })
    lastEventAt: Date | null;

    /** When `ShipmentStalledEvent` was published for the current silence (cleared by the next event). */
    @Column({ type: Date, nullable: true })
    stalledAt: Date | null;

    @Column('simple-json')
    packages: ShipmentPackage[];

    /**
     * The Vendure `StockLocation` the parcels leave from: set at creation when all of the fulfilment's lines were
     * allocated or sold from one location, changed by staff (`setShipmentWarehouse`). Null when not known.
     */
    @Index()
    @EntityId({ nullable: true })
    fromStockLocationId: ID | null;

    @OneToMany(() => TrackingEvent, e => e.shipment)
    events: TrackingEvent[];
}
