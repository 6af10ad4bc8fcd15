import { Controller, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { WEBHOOK_ROUTE } from '../constants';
import { TrackingIngestService } from '../services/tracking-ingest.service';

/**
 * `POST /logistics/webhook/:carrierCode`. The raw body (kept by the plugin's raw-body middleware) is verified
 * before it is parsed; nothing is written unless the signature, timestamp and body are all good.
 * 202 accepted (stored; applied on the job queue), 401 bad signature or stale timestamp, 400 malformed body,
 * 404 unknown or disabled carrier, or a carrier whose adapter takes no webhooks.
 */
@Controller(WEBHOOK_ROUTE)
export class LogisticsWebhookController {
    constructor(private ingest: TrackingIngestService) {}

    @Post(':carrierCode')
    async receive(
        @Param('carrierCode') carrierCode: string,
        @Req() req: Request,
        @Res() res: Response,
    ): Promise<void> {
        const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(req.headers)) {
            headers[name.toLowerCase()] = Array.isArray(value) ? value[0] : value;
        }
        const outcome = await this.ingest.receiveWebhook(carrierCode, { rawBody, headers });
        switch (outcome.kind) {
            case 'accepted':
                res.status(202).json({
                    received: outcome.received,
                    unknownTrackingNumbers: outcome.unknownTrackingNumbers,
                });
                return;
            case 'unauthorized':
                res.status(401).json({ error: outcome.reason });
                return;
            case 'malformed':
                res.status(400).json({ error: outcome.reason });
                return;
            case 'not-found':
                res.status(404).json({ error: 'Unknown carrier' });
                return;
        }
    }
}
