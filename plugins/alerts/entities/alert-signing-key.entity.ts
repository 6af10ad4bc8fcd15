import { DeepPartial } from '@vendure/common/lib/shared-types';
import { VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * The platform's RSA key pair that signs `jws_rs256` webhook deliveries, when the plugin's `webhookSigningKey`
 * option gives none: generated once and shared by every instance (the first to insert its slot wins; the others
 * read it back).
 */
@Entity()
export class AlertSigningKey extends VendureEntity {
    constructor(input?: DeepPartial<AlertSigningKey>) {
        super(input);
    }

    /** Which key this is: one row per slot (`'default'`). */
    @Index({ unique: true })
    @Column({ type: 'varchar', length: 64 })
    slot: string;

    /** PKCS#8 PEM of the private key. */
    @Column({ type: 'text' })
    privateKeyPem: string;
}
