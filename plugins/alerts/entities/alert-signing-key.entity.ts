import { DeepPartial } from '@vendure/common/lib/shared-types';
import { VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * The platform's RSA key pairs that sign `jws_rs256` webhook deliveries, when the plugin's `webhookSigningKey`
 * option gives none: the active one (slot `'default'`) is generated once and shared by every instance (the first to
 * insert its slot wins; the others read it back); `rotateAlertSigningKey` retires it (slot `retired-<id>`,
 * `retiredAt` set) and generates the next. Retired keys stay in the published key set for
 * `webhookSigningKeyGraceDays`.
 */
@Entity()
export class AlertSigningKey extends VendureEntity {
    constructor(input?: DeepPartial<AlertSigningKey>) {
        super(input);
    }

    /** Which key this is: one row per slot (`'default'`: the active key; `retired-<id>`: a retired one). */
    @Index({ unique: true })
    @Column({ type: 'varchar', length: 64 })
    slot: string;

    /** PKCS#8 PEM of the private key. */
    @Column({ type: 'text' })
    privateKeyPem: string;

    /** When the key was retired by a rotation (by the plugin's clock); null for the active key. */
    @Column({ type: Date, nullable: true })
    retiredAt: Date | null;
}
