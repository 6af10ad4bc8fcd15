import { Middleware } from '@vendure/core';
import { raw } from 'express';

import { WEBHOOK_ROUTE } from '../constants';

/**
 * Keeps carrier webhook bodies as raw bytes (before Nest's JSON parser sees them): the signature is over the exact
 * bytes sent, and nothing is parsed before it is verified.
 */
export function webhookRawBodyMiddleware(limit = '1mb'): Middleware {
    return { route: `/${WEBHOOK_ROUTE}`, handler: raw({ type: () => true, limit }), beforeListen: true };
}
