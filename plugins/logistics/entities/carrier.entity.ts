import { DeepPartial } from '@vendure/common/lib/shared-types';
import { VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * A carrier the merchant ships with. Its adapter (`adapterCode`) knows how to talk to it; its webhook secret signs
 * the events it posts to `/logistics/webhook/:code`. After a rotation the previous secret is still accepted until
 * `previousSecretValidUntil`, so the carrier can be switched over without losing events.
 */
@Entity()
export class Carrier extends VendureEntity {
    constructor(input?: DeepPartial<Carrier>) {
        super(input);
    }

    /** URL-safe, unique: the last segment of the webhook URL. */
    @Index({ unique: true })
    @Column('varchar')
    code: string;

    @Column('varchar')
    name: string;

    /** Link to the carrier's tracking page; `{trackingNumber}` is replaced by the shipment's tracking number. */
    @Column('varchar', { default: '' })
    trackingUrlTemplate: string;

    /** Code of the {@link CarrierAdapter} that integrates this carrier. */
    @Column('varchar')
    adapterCode: string;

    @Column({ type: 'boolean', default: true })
    enabled: boolean;

    @Column('varchar')
    webhookSecret: string;

    @Column('varchar', { nullable: true })
    previousWebhookSecret: string | null;

    @Column({ type: Date, nullable: true })
    previousSecretValidUntil: Date | null;
}
