import { Inject, Injectable } from '@nestjs/common';
import { Logger, TransactionalConnection } from '@vendure/core';
import crypto from 'crypto';
import { promisify } from 'util';

import { ALERTS_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { AlertSigningKey } from '../entities/alert-signing-key.entity';
import { ResolvedAlertsPluginOptions } from '../types';

/** The key that signs `jws_rs256` deliveries: its id (the JWK thumbprint), private key and public JWK. */
export interface WebhookSigningKey {
    kid: string;
    privateKey: crypto.KeyObject;
    publicJwk: crypto.JsonWebKey;
}

const generateKeyPair = promisify(crypto.generateKeyPair);

const SLOT = 'default';

/**
 * The platform key pair of `jws_rs256` webhook signatures and the key set receivers verify them against: the
 * plugin's `webhookSigningKey` (PEM) when given, else one generated on first use and kept in the database so that
 * every instance signs with the same key.
 */
@Injectable()
export class WebhookSigningKeyService {
    private key?: Promise<WebhookSigningKey>;

    constructor(
        private connection: TransactionalConnection,
        @Inject(ALERTS_PLUGIN_OPTIONS) private options: ResolvedAlertsPluginOptions,
    ) {}

    /** The signing key, loaded (or created) once per process. */
    current(): Promise<WebhookSigningKey> {
        if (!this.key) {
            this.key = this.load().catch((e: unknown) => {
                this.key = undefined;
                throw e;
            });
        }
        return this.key;
    }

    /** The public key set (JWKS) of `GET /alerts/.well-known/jwks.json`. */
    async jwks(): Promise<{ keys: crypto.JsonWebKey[] }> {
        const { publicJwk } = await this.current();
        return { keys: [publicJwk] };
    }

    private async load(): Promise<WebhookSigningKey> {
        if (this.options.webhookSigningKey) {
            return toSigningKey(crypto.createPrivateKey(this.options.webhookSigningKey));
        }
        // Outside any request's transaction (the key is read once per process, from a job, a test delivery or the
        // key set route): insert-or-ignore, then read back what won, so that instances starting together agree.
        const repo = this.connection.rawConnection.getRepository(AlertSigningKey);
        let row = await repo.findOne({ where: { slot: SLOT } });
        if (!row) {
            // off the event loop: a 2048-bit key takes a noticeable moment to generate
            const { privateKey } = await generateKeyPair('rsa', { modulusLength: 2048 });
            await repo
                .createQueryBuilder()
                .insert()
                .into(AlertSigningKey)
                .values({
                    slot: SLOT,
                    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
                })
                .orIgnore()
                .execute();
            row = await repo.findOneOrFail({ where: { slot: SLOT } });
            Logger.info('Alert webhook signing key (RS256) in the database', loggerCtx);
        }
        return toSigningKey(crypto.createPrivateKey(row.privateKeyPem));
    }
}

function toSigningKey(privateKey: crypto.KeyObject): WebhookSigningKey {
    const { kty, n, e } = crypto.createPublicKey(privateKey).export({ format: 'jwk' });
    // RFC 7638 thumbprint: the SHA-256 of the required members in lexicographic order.
    const kid = crypto.createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
    return { kid, privateKey, publicJwk: { kty, n, e, kid, alg: 'RS256', use: 'sig' } };
}
