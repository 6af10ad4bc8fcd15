import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Allow, ConfigService, Ctx, Logger, Permission, RequestContext } from '@vendure/core';
import { Response } from 'express';

import { entityIdCodec } from '../config/entity-id-codec';
import { loggerCtx } from '../constants';
import { QuoteRequestAttachmentService } from '../services/quote-request-attachment.service';

/** Path of the download route: `GET /rfq-attachments/:id` (the id as the API shows it). */
export const RFQ_ATTACHMENT_ROUTE = 'rfq-attachments';

/**
 * Serves a request's attachment to whoever may read the request, authenticated as for the GraphQL APIs (bearer
 * token or session cookie; a seller administrator also sends its channel token in the `vendure-token` header).
 * Everyone else, including anonymous callers, gets 404, as if the file did not exist.
 */
@Controller(RFQ_ATTACHMENT_ROUTE)
export class QuoteRequestAttachmentController {
    constructor(
        private attachments: QuoteRequestAttachmentService,
        private configService: ConfigService,
    ) {}

    @Get(':id')
    @Allow(Permission.Public)
    async download(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
        let decoded;
        try {
            decoded = entityIdCodec(this.configService).decode(id);
        } catch {
            throw new NotFoundException();
        }
        if (decoded == null || (typeof decoded === 'number' && !Number.isSafeInteger(decoded))) {
            throw new NotFoundException();
        }
        const attachment = await this.attachments.findReadable(ctx, decoded);
        if (!attachment) {
            throw new NotFoundException();
        }
        const stream = await this.attachments.readFile(attachment);
        const asciiName = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
        res.status(200);
        res.setHeader('Content-Type', attachment.mimeType);
        res.setHeader('Content-Length', String(attachment.fileSize));
        res.setHeader(
            'Content-Disposition',
            `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        );
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'private, no-store');
        stream.on('error', (e: Error) => {
            Logger.error(`Could not read attachment ${String(attachment.id)}: ${e.message}`, loggerCtx);
            res.destroy(e);
        });
        stream.pipe(res);
    }
}
