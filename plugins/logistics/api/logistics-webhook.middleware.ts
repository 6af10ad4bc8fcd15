import { Injectable, NestMiddleware } from '@nestjs/common';
import { Logger } from '@vendure/core';
import type { NextFunction, Request, Response } from 'express';

import { isDatabaseBusyError } from '../../../src/common/database-busy-plugin';

import { loggerCtx, WEBHOOK_ROUTE } from '../constants';
import { TrackingIngestService, WebhookOutcome } from '../services/tracking-ingest.service';

const PREFIX = `/${WEBHOOK_ROUTE}/`;

/** `<code>` of `/logistics/webhook/<code>[?…]`, or undefined for any other path. */
function carrierCodeOf(url: string): string | undefined {
    const path = url.split('?')[0];
    if (!path.startsWith(PREFIX)) {
        return undefined;
    }
    const rest = path.slice(PREFIX.length).replace(/\/+$/, '');
    if (!rest || rest.includes('/')) {
        return undefined;
    }
    try {
        return decodeURIComponent(rest);
    } catch {
        return undefined;
    }
}

/** The HTTP answer of each outcome. */
function answer(outcome: WebhookOutcome): { status: number; body: object } {
    switch (outcome.kind) {
        case 'accepted':
            return {
                status: 202,
                body: { received: outcome.received, unknownTrackingNumbers: outcome.unknownTrackingNumbers },
            };
        case 'unauthorized':
            return { status: 401, body: { error: outcome.reason } };
        case 'malformed':
            return { status: 400, body: { error: outcome.reason } };
        case 'not-found':
            return { status: 404, body: { error: 'Unknown carrier' } };
    }
}

/**
 * `POST /logistics/webhook/:carrierCode`. The raw body (kept by the plugin's raw-body middleware) is verified
 * before it is parsed; nothing is written unless the signature, timestamp and body are all good.
 * 202 accepted (stored; applied on the job queue), 401 bad signature or stale timestamp, 400 malformed body,
 * 404 unknown or disabled carrier, or a carrier whose adapter takes no webhooks; 503 with `Retry-After` when the
 * database is busy (no connection free in time, a statement timed out), 500 on any other failure.
 *
 * A Nest middleware rather than a controller: carriers authenticate by signature, not by a Vendure session, so the
 * request needs none of the API's guard, request context and interceptors, which cost more than the ingestion itself
 * at carrier volumes. Anything but a POST to `/logistics/webhook/<code>` goes on to the routes after it (404).
 */
@Injectable()
export class LogisticsWebhookMiddleware implements NestMiddleware {
    constructor(private ingest: TrackingIngestService) {}

    use(req: Request, res: Response, next: NextFunction): void {
        const carrierCode = carrierCodeOf(req.originalUrl ?? req.url);
        if (req.method !== 'POST' || !carrierCode) {
            next();
            return;
        }
        const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(req.headers)) {
            headers[name.toLowerCase()] = Array.isArray(value) ? value[0] : value;
        }
        this.ingest.receiveWebhook(carrierCode, { rawBody, headers }).then(
            outcome => {
                const { status, body } = answer(outcome);
                res.status(status).json(body);
            },
            (error: unknown) => {
                // Nothing of this delivery was stored: the carrier retries on any answer but 2xx.
                Logger.error(
                    `Carrier webhook ${carrierCode} failed: ${error instanceof Error ? error.message : String(error)}`,
                    loggerCtx,
                );
                if (isDatabaseBusyError(error)) {
                    res.status(503).set('Retry-After', '1').json({ error: 'Busy, retry later' });
                } else {
                    res.status(500).json({ error: 'Internal error' });
                }
            },
        );
    }
}
