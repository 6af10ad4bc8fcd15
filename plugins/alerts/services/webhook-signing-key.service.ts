import { Inject, Injectable } from '@nestjs/common';
import { Logger, RequestContext, TransactionalConnection, UserInputError } from '@vendure/core';
import crypto from 'crypto';
import { LessThan, MoreThan } from 'typeorm';
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

/** What the admin API tells about a signing key (never its private half). */
export interface WebhookSigningKeyInfo {
    kid: string;
    active: boolean;
    /** Null for the keys of the `webhookSigningKey` and `webhookRetiredSigningKeys` options. */
    createdAt: Date | null;
    retiredAt: Date | null;
    /** Until when a retired key stays in the published key set; null for the active key and configured ones. */
    publishedUntil: Date | null;
}

const generateKeyPair = promisify(crypto.generateKeyPair);

const SLOT = 'default';
const DAY = 86_400_000;
/**
 * How long an instance signs with the active key it read before reading it again: another instance's rotation
 * reaches it within this time (this instance's own rotation at once).
 */
const ACTIVE_KEY_TTL_MS = 60_000;

/**
 * The platform key pair of `jws_rs256` webhook signatures and the key set receivers verify them against: the
 * plugin's `webhookSigningKey` (PEM) when given, else one generated on first use and kept in the database so that
 * every instance signs with the same key. `rotate()` makes a new active key; retired keys stay published for
 * `webhookSigningKeyGraceDays`, so that receivers holding a cached key set, and signatures made just before, still
 * verify. Every attempt (first try or retry) is signed with the key active at that moment.
 */
@Injectable()
export class WebhookSigningKeyService {
    private active?: { loadedAt: number; key: Promise<WebhookSigningKey> };
    private readonly parsed = new Map<string, WebhookSigningKey>();

    constructor(
        private connection: TransactionalConnection,
        @Inject(ALERTS_PLUGIN_OPTIONS) private options: ResolvedAlertsPluginOptions,
    ) {}

    /** The active signing key (re-read from the database at most every minute). */
    current(): Promise<WebhookSigningKey> {
        if (!this.active || Date.now() - this.active.loadedAt > ACTIVE_KEY_TTL_MS) {
            const key = this.load().catch((e: unknown) => {
                this.active = undefined;
                throw e;
            });
            this.active = { loadedAt: Date.now(), key };
        }
        return this.active.key;
    }

    /**
     * The public key set (JWKS) of `GET /alerts/.well-known/jwks.json`: the active key first, then the keys retired
     * within `webhookSigningKeyGraceDays`, newest first.
     */
    async jwks(): Promise<{ keys: crypto.JsonWebKey[] }> {
        const active = await this.current();
        const retired = await this.retiredWithinGrace();
        return {
            keys: [
                active.publicJwk,
                ...retired.filter(r => r.key.kid !== active.kid).map(r => r.key.publicJwk),
                ...this.configuredRetired().filter(jwk => jwk.kid !== active.kid),
            ],
        };
    }

    /** The public keys of the `webhookRetiredSigningKeys` option (rotation of a configured key), as given. */
    private configuredRetired(): crypto.JsonWebKey[] {
        return this.options.webhookRetiredSigningKeys.map(pem => toPublicJwk(crypto.createPublicKey(pem)));
    }

    /** The active key and the retired ones still published. */
    async keys(): Promise<WebhookSigningKeyInfo[]> {
        const active = await this.current();
        const activeRow = this.options.webhookSigningKey
            ? undefined
            : await this.repo().findOne({ where: { slot: SLOT } });
        const graceMs = this.options.webhookSigningKeyGraceDays * DAY;
        return [
            {
                kid: active.kid,
                active: true,
                createdAt: activeRow?.createdAt ?? null,
                retiredAt: null,
                publishedUntil: null,
            },
            ...(await this.retiredWithinGrace())
                .filter(r => r.key.kid !== active.kid)
                .map(r => ({
                    kid: r.key.kid,
                    active: false,
                    createdAt: r.row.createdAt,
                    retiredAt: r.row.retiredAt,
                    publishedUntil: new Date(r.row.retiredAt!.getTime() + graceMs),
                })),
            ...this.configuredRetired()
                .filter(jwk => jwk.kid !== active.kid)
                .map(jwk => ({
                    kid: String(jwk.kid),
                    active: false,
                    createdAt: null,
                    retiredAt: null,
                    publishedUntil: null,
                })),
        ];
    }

    /**
     * Generates a new active key and retires the current one (published for `webhookSigningKeyGraceDays` more);
     * deletes keys retired longer ago. Refused when the key comes from the `webhookSigningKey` option.
     */
    async rotate(ctx: RequestContext): Promise<WebhookSigningKeyInfo> {
        if (this.options.webhookSigningKey) {
            throw new UserInputError(
                'The signing key comes from the webhookSigningKey option: rotate it there (the new PEM in ' +
                    'webhookSigningKey, the old one in webhookRetiredSigningKeys, then restart), not here',
            );
        }
        // off the event loop and before the transaction: a 2048-bit key takes a noticeable moment to generate
        const { privateKey } = await generateKeyPair('rsa', { modulusLength: 2048 });
        const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
        const now = this.options.clock.now();
        const cutoff = new Date(now.getTime() - this.options.webhookSigningKeyGraceDays * DAY);
        await this.connection.withTransaction(ctx, async tx => {
            const repo = this.connection.getRepository(tx, AlertSigningKey);
            const current = await repo.findOne({ where: { slot: SLOT } });
            if (current) {
                await repo.update(
                    { id: current.id },
                    { slot: `retired-${String(current.id)}`, retiredAt: now },
                );
            }
            await repo.delete({ retiredAt: LessThan(cutoff) });
            await repo.insert(new AlertSigningKey({ slot: SLOT, privateKeyPem, retiredAt: null }));
        });
        // after the commit: this instance signs with the new key at once (the others within a minute)
        this.active = undefined;
        const key = await this.current();
        Logger.info(`Alert webhook signing key rotated: ${key.kid} is active`, loggerCtx);
        return (await this.keys()).find(k => k.active)!;
    }

    private repo() {
        return this.connection.rawConnection.getRepository(AlertSigningKey);
    }

    private async retiredWithinGrace(): Promise<Array<{ row: AlertSigningKey; key: WebhookSigningKey }>> {
        const cutoff = new Date(
            this.options.clock.now().getTime() - this.options.webhookSigningKeyGraceDays * DAY,
        );
        const rows = await this.repo().find({
            where: { retiredAt: MoreThan(cutoff) },
            order: { retiredAt: 'DESC', id: 'DESC' },
        });
        return rows.map(row => ({ row, key: this.parse(row.privateKeyPem) }));
    }

    private parse(pem: string): WebhookSigningKey {
        let key = this.parsed.get(pem);
        if (!key) {
            key = toSigningKey(crypto.createPrivateKey(pem));
            this.parsed.set(pem, key);
        }
        return key;
    }

    private async load(): Promise<WebhookSigningKey> {
        if (this.options.webhookSigningKey) {
            return toSigningKey(crypto.createPrivateKey(this.options.webhookSigningKey));
        }
        // Outside any request's transaction (the key is read from a job, a test delivery or the key set route):
        // insert-or-ignore, then read back what won, so that instances starting together agree.
        const repo = this.repo();
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
                    retiredAt: null,
                })
                .orIgnore()
                .execute();
            row = await repo.findOneOrFail({ where: { slot: SLOT } });
            Logger.info('Alert webhook signing key (RS256) in the database', loggerCtx);
        }
        return this.parse(row.privateKeyPem);
    }
}

function toSigningKey(privateKey: crypto.KeyObject): WebhookSigningKey {
    const publicJwk = toPublicJwk(crypto.createPublicKey(privateKey));
    return { kid: String(publicJwk.kid), privateKey, publicJwk };
}

/** The public JWK of an RSA public key, `kid` its RFC 7638 thumbprint. */
function toPublicJwk(publicKey: crypto.KeyObject): crypto.JsonWebKey {
    const { kty, n, e } = publicKey.export({ format: 'jwk' });
    // RFC 7638 thumbprint: the SHA-256 of the required members in lexicographic order.
    const kid = crypto.createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
    return { kty, n, e, kid, alg: 'RS256', use: 'sig' };
}
