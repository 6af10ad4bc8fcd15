import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne, OneToMany } from 'typeorm';

import { TrackingStatus } from '../config/tracking-status';

import { Carrier } from './carrier.entity';
import { TrackingEvent } from './tracking-event.entity';

/**
 * A mark older than this is taken for a lost job (one that failed for good): the next events for the shipment
 * queue a new one, and apply jobs no longer pick it up in passing.
 */
export const APPLY_QUEUED_STALE_MS = 10 * 60_000;

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
     * When events stored for this shipment started waiting to be applied (its status re-derived); null when none
     * wait. Set by the transaction that stores them (an apply job is queued only when it was null, or older than
     * {@link APPLY_QUEUED_STALE_MS}) and cleared by the apply's transaction, which locks the row first: events stored
     * meanwhile mark it again and queue another job.
     */
    @Index()
    @Column({ type: Date, nullable: true })
    applyQueuedAt: Date | null;

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
