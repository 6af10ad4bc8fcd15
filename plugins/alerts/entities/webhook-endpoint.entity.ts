import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/** How a webhook delivery is signed. */
export enum WebhookSigning {
    /** HMAC-SHA256 over `<timestamp>.<body>` with the endpoint's shared secret (the default). */
    Hmac = 'hmac',
    /** A compact JWS (HS256) of the body with the shared secret, in the signature header. */
    Jws = 'jws',
    /**
     * A compact JWS (RS256) of the body with the platform's key pair (`kid` in the header), verified against the
     * public key set at `GET /alerts/.well-known/jwks.json`; the endpoint's secret is not used.
     */
    JwsRs256 = 'jws_rs256',
}

/** An outbound webhook receiver of alert notifications, in one channel. */
@Entity()
export class WebhookEndpoint extends VendureEntity {
    constructor(input?: DeepPartial<WebhookEndpoint>) {
        super(input);
    }

    @Index()
    @EntityId()
    channelId: ID;

    @Column()
    name: string;

    @Column()
    url: string;

    /** Shared secret for the signature; never returned by the API. */
    @Column()
    secret: string;

    @Column({ type: 'varchar', default: WebhookSigning.Hmac })
    signing: WebhookSigning;

    @Column({ default: true })
    enabled: boolean;
}
