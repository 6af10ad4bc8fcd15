import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { TrackingStatus } from '../config/tracking-status';

import type { Shipment } from './shipment.entity';

/**
 * One event on a shipment's timeline. `(carrierId, carrierEventId)` is unique: a carrier delivering the same event
 * twice (retries, concurrent deliveries) stores it once.
 */
@Entity()
@Index(['carrierId', 'carrierEventId'], { unique: true })
@Index(['shipmentId', 'occurredAt'])
export class TrackingEvent extends VendureEntity {
    constructor(input?: DeepPartial<TrackingEvent>) {
        super(input);
    }

    @ManyToOne('Shipment', 'events', { onDelete: 'CASCADE' })
    shipment: Shipment;

    @EntityId()
    shipmentId: ID;

    @EntityId()
    carrierId: ID;

    @Column('varchar')
    carrierEventId: string;

    @Column('varchar')
    status: TrackingStatus;

    @Column('varchar', { nullable: true })
    subStatus: string | null;

    @Column('varchar', { nullable: true })
    carrierStatusCode: string | null;

    @Column('varchar', { nullable: true })
    carrierStatusText: string | null;

    @Column('varchar', { nullable: true })
    location: string | null;

    @Column({ type: Date })
    occurredAt: Date;

    /** The event as the carrier sent it (null for manual events). */
    @Column('simple-json', { nullable: true })
    rawPayload: unknown;
}
