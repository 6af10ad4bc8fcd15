import crypto from 'crypto';

/**
 * Signs a generic-webhook body: `sha256=` + hex HMAC-SHA256, keyed by the carrier's webhook secret, over
 * `"<timestamp>.<raw body>"` (timestamp in Unix seconds, sent in `X-Triflow-Timestamp`).
 */
export function signWebhookBody(
    secret: string,
    timestamp: number | string,
    rawBody: string | Buffer,
): string {
    const hmac = crypto.createHmac('sha256', secret);
    hmac.update(`${String(timestamp)}.`);
    hmac.update(rawBody);
    return `sha256=${hmac.digest('hex')}`;
}

/** Constant-time comparison of a received signature with the expected one. */
export function signaturesMatch(received: string, expected: string): boolean {
    const a = Buffer.from(received, 'utf8');
    const b = Buffer.from(expected, 'utf8');
    if (a.length !== b.length) {
        // Still spend the comparison, so timing does not tell the length apart from the content.
        crypto.timingSafeEqual(b, b);
        return false;
    }
    return crypto.timingSafeEqual(a, b);
}
