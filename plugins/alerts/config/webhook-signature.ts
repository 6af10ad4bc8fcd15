import { BackoffStrategy } from '@vendure/core';
import crypto from 'crypto';

import { ALERT_WEBHOOK_QUEUE } from '../constants';
import { WebhookSigning } from '../entities/webhook-endpoint.entity';

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** The platform key that signs `jws_rs256` deliveries. */
export interface AlertWebhookRsaKey {
    kid: string;
    privateKey: crypto.KeyObject;
}

/**
 * The signature header value of a webhook delivery.
 * - `hmac`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`
 * - `jws`: a compact JWS (HS256, header carries `iat`) whose payload is the body
 * - `jws_rs256`: a compact JWS (RS256 with `rsaKey`, header carries `kid` and `iat`) whose payload is the body
 */
export function signAlertWebhook(
    signing: WebhookSigning,
    secret: string,
    body: string,
    timestamp: number,
    rsaKey?: AlertWebhookRsaKey,
): string {
    if (signing === WebhookSigning.JwsRs256) {
        if (!rsaKey) {
            throw new Error('A jws_rs256 signature needs the platform key');
        }
        const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: rsaKey.kid, iat: timestamp }));
        const input = `${header}.${b64url(body)}`;
        return `${input}.${crypto.sign('sha256', Buffer.from(input), rsaKey.privateKey).toString('base64url')}`;
    }
    if (signing === WebhookSigning.Jws) {
        const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', iat: timestamp }));
        const input = `${header}.${b64url(body)}`;
        return `${input}.${crypto.createHmac('sha256', secret).update(input).digest('base64url')}`;
    }
    const mac = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    return `t=${timestamp},v1=${mac}`;
}

/**
 * Checks an HMAC signature header against the raw body, in constant time, and that its timestamp is within
 * `toleranceSeconds` of `now` (replay protection). For receivers of alert webhooks.
 */
export function verifyAlertWebhookSignature(
    secret: string,
    body: string,
    header: string,
    options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
    const parts = Object.fromEntries(header.split(',').map(p => p.split('=', 2) as [string, string]));
    const t = Number(parts.t);
    if (!Number.isInteger(t) || !parts.v1) {
        return false;
    }
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) {
        return false;
    }
    const expected = Buffer.from(
        signAlertWebhook(WebhookSigning.Hmac, secret, body, t).split('v1=')[1],
        'hex',
    );
    const given = Buffer.from(parts.v1, 'hex');
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Checks a `jws_rs256` signature header against the raw body and a key set (the JSON of
 * `GET /alerts/.well-known/jwks.json`): RS256 only (any other `alg` is refused), the key named by `kid`, the payload
 * equal to the body, and `iat` within `toleranceSeconds` of `now` (replay protection). For receivers of alert
 * webhooks; it never throws.
 */
export function verifyAlertWebhookJws(
    body: string,
    signature: string,
    jwks: { keys: Array<Record<string, unknown>> },
    options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
    try {
        const parts = signature.split('.');
        if (parts.length !== 3) {
            return false;
        }
        const [headerPart, payloadPart, signaturePart] = parts;
        const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf-8')) as {
            alg?: unknown;
            kid?: unknown;
            iat?: unknown;
        };
        if (header.alg !== 'RS256' || typeof header.kid !== 'string' || typeof header.iat !== 'number') {
            return false;
        }
        const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
        if (Math.abs(now - header.iat) > (options.toleranceSeconds ?? 300)) {
            return false;
        }
        const jwk = jwks.keys.find(k => k.kid === header.kid && k.kty === 'RSA');
        if (!jwk || Buffer.from(payloadPart, 'base64url').toString('utf-8') !== body) {
            return false;
        }
        const key = crypto.createPublicKey({ key: jwk as crypto.JsonWebKey, format: 'jwk' });
        return crypto.verify(
            'sha256',
            Buffer.from(`${headerPart}.${payloadPart}`),
            key,
            Buffer.from(signaturePart, 'base64url'),
        );
    } catch {
        return false;
    }
}

/**
 * A job queue backoff that waits 10·2^(n-1) seconds before the n-th retry of alert webhooks (10 s, 20 s, 40 s, …)
 * and defers every other queue to `fallback`. Pass it as `DefaultJobQueuePlugin.init({ backoffStrategy })`.
 */
export function alertWebhookBackoff(
    fallback: BackoffStrategy = () => 1000,
    baseMs = 10_000,
): BackoffStrategy {
    return (queueName, attemptsMade, job) =>
        queueName === ALERT_WEBHOOK_QUEUE
            ? baseMs * 2 ** Math.max(0, attemptsMade - 1)
            : fallback(queueName, attemptsMade, job);
}

/**
 * The same backoff for the BullMQ job queue (`REDIS_URL` set): pass it as
 * `BullMQJobQueuePlugin.init({ setJobOptions })`. BullMQ's `exponential` backoff waits `delay`·2^(n-1) before the
 * n-th retry, so alert webhooks wait 10 s, 20 s, 40 s, …; every other queue gets `fallback`'s options (BullMQ's
 * plugin default, exponential from 1 s, when it answers none).
 */
export function alertWebhookBullMqJobOptions(
    fallback: (queueName: string) => {
        backoff?: { type: 'exponential' | 'fixed'; delay: number };
    } = () => ({}),
    baseMs = 10_000,
): (queueName: string) => { backoff?: { type: 'exponential' | 'fixed'; delay: number } } {
    return queueName =>
        queueName === ALERT_WEBHOOK_QUEUE
            ? { backoff: { type: 'exponential', delay: baseMs } }
            : fallback(queueName);
}
