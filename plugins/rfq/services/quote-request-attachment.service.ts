import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Asset,
    AssetService,
    ChannelService,
    ConfigService,
    EntityNotFoundError,
    isGraphQlErrorResult,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import crypto from 'crypto';
import path from 'path';
import { Readable, Stream } from 'stream';

import { OfferPermission } from '../../marketplace';
import {
    QuoteRequestAttachmentLimitError,
    QuoteRequestAttachmentTooLargeError,
    QuoteRequestAttachmentTypeError,
    QuoteRequestStateError,
} from '../api/error-results';
import { RFQ_PLUGIN_OPTIONS } from '../constants';
import { QuoteRequestAttachment } from '../entities/quote-request-attachment.entity';
import { QuoteRequest, QuoteRequestState } from '../entities/quote-request.entity';
import { ResolvedRfqPluginOptions } from '../types';

import { QuoteRequestService } from './quote-request.service';

/** A GraphQL `Upload` as graphql-upload resolves it. */
export interface FileUpload {
    filename: string;
    mimetype: string;
    encoding?: string;
    createReadStream: () => Readable;
}

export type AddAttachmentResult =
    | QuoteRequestAttachment
    | QuoteRequestStateError
    | QuoteRequestAttachmentTooLargeError
    | QuoteRequestAttachmentTypeError
    | QuoteRequestAttachmentLimitError;

/**
 * Files on a request: the buyer adds and removes them while the request is a draft (as it edits the request);
 * the buyer, the operator and the sellers the request reached read them.
 *
 * The bytes are stored as a Vendure `Asset` (through the configured `AssetStorageStrategy`, so S3 or a shared
 * volume in production) under a random 128-bit file name, and the Asset is taken out of every channel, so no
 * asset library and no `asset`/`assets` query lists it. The file is served only by
 * `QuoteRequestAttachmentController`, which checks the viewer.
 */
@Injectable()
export class QuoteRequestAttachmentService {
    constructor(
        @Inject(RFQ_PLUGIN_OPTIONS) private options: ResolvedRfqPluginOptions,
        private connection: TransactionalConnection,
        private requests: QuoteRequestService,
        private assetService: AssetService,
        private channelService: ChannelService,
        private configService: ConfigService,
    ) {}

    /** Attachments of a request the viewer was given already (the request was found for it). */
    async visibleAttachments(ctx: RequestContext, request: QuoteRequest): Promise<QuoteRequestAttachment[]> {
        const viewer = await this.requests.adminViewer(ctx);
        if (viewer.kind === 'none') {
            return [];
        }
        return this.connection
            .getRepository(ctx, QuoteRequestAttachment)
            .find({ where: { requestId: request.id }, order: { id: 'ASC' } });
    }

    /**
     * Adds a file to the buyer's draft. Everything is checked before anything is written: the request (own, or
     * the company's for a company admin; otherwise not found), its state, the count, the extension, the size; then
     * Vendure checks the content's type when it stores the Asset.
     */
    async add(
        ctx: RequestContext,
        requestId: ID,
        file: Promise<FileUpload> | FileUpload,
    ): Promise<AddAttachmentResult> {
        const request = await this.requests.findOneForBuyer(ctx, requestId);
        if (!request) {
            throw new EntityNotFoundError('QuoteRequest', requestId);
        }
        if (request.state !== QuoteRequestState.Draft) {
            return new QuoteRequestStateError(request.state, 'changed');
        }
        const upload = await file;
        const fileName = cleanFileName(upload.filename);
        const extension = path.extname(fileName).toLowerCase();
        if (!fileName || !this.options.attachmentFileTypes.includes(extension)) {
            upload.createReadStream().destroy();
            return new QuoteRequestAttachmentTypeError(fileName || '?', this.options.attachmentFileTypes);
        }
        const count = await this.connection
            .getRepository(ctx, QuoteRequestAttachment)
            .count({ where: { requestId: request.id } });
        if (count >= this.options.attachmentMaxCount) {
            upload.createReadStream().destroy();
            return new QuoteRequestAttachmentLimitError(this.options.attachmentMaxCount);
        }
        const content = await readAtMost(upload.createReadStream(), this.options.attachmentMaxFileSize);
        if (!content) {
            return new QuoteRequestAttachmentTooLargeError(this.options.attachmentMaxFileSize);
        }
        if (content.length === 0) {
            throw new UserInputError('The file is empty');
        }
        const mimeType = attachmentMimeType(extension);
        const asset = await this.assetService.create(ctx, {
            file: Promise.resolve({
                filename: `rfq-${crypto.randomBytes(16).toString('hex')}${extension}`,
                mimetype: mimeType,
                encoding: '7bit',
                createReadStream: () => Readable.from(content),
            }),
        });
        if (isGraphQlErrorResult(asset)) {
            // Vendure's content check: the bytes are recognisably a type that is not permitted.
            return new QuoteRequestAttachmentTypeError(fileName, this.options.attachmentFileTypes);
        }
        await this.hideFromAssetLibraries(ctx, asset.id);
        return this.connection.getRepository(ctx, QuoteRequestAttachment).save(
            new QuoteRequestAttachment({
                requestId: request.id,
                assetId: asset.id,
                fileName,
                mimeType,
                fileSize: content.length,
            }),
        );
    }

    /** Removes a file from the buyer's draft, with its Asset and stored files. */
    async remove(
        ctx: RequestContext,
        requestId: ID,
        attachmentId: ID,
    ): Promise<QuoteRequest | QuoteRequestStateError> {
        const request = await this.requests.findOneForBuyer(ctx, requestId);
        if (!request) {
            throw new EntityNotFoundError('QuoteRequest', requestId);
        }
        const attachment = await this.connection
            .getRepository(ctx, QuoteRequestAttachment)
            .findOne({ where: { id: attachmentId, requestId: request.id } });
        if (!attachment) {
            throw new EntityNotFoundError('QuoteRequestAttachment', attachmentId);
        }
        if (request.state !== QuoteRequestState.Draft) {
            return new QuoteRequestStateError(request.state, 'changed');
        }
        await this.connection.getRepository(ctx, QuoteRequestAttachment).delete({ id: attachment.id });
        // AssetService deletes an asset (entity, source and preview files) when it leaves its last channel: give
        // it back the current channel only to let it go through Vendure's own deletion.
        await this.channelService.assignToChannels(ctx, Asset, attachment.assetId, [ctx.channelId]);
        await this.assetService.delete(ctx, [attachment.assetId]);
        return request;
    }

    /**
     * The attachment with its Asset, when the viewer may read its request: the buyer (or its company admin), the
     * operator (`ReadQuoteRequest` on the default channel), or a seller the request was routed to (`ReadOffer` on
     * its channel). Anyone else gets undefined, as if it did not exist.
     */
    async findReadable(ctx: RequestContext, id: ID): Promise<QuoteRequestAttachment | undefined> {
        const attachment = await this.connection
            .getRepository(ctx, QuoteRequestAttachment)
            .findOne({ where: { id }, relations: { asset: true } });
        if (!attachment) {
            return undefined;
        }
        const viewer = await this.requests.adminViewer(ctx);
        if (
            viewer.kind === 'operator' ||
            (viewer.kind === 'seller' && ctx.userHasPermissions([OfferPermission.Read]))
        ) {
            if (await this.requests.findOneForAdmin(ctx, attachment.requestId)) {
                return attachment;
            }
        }
        if (ctx.activeUserId == null) {
            return undefined;
        }
        const asBuyer = await this.requests.findOneForBuyer(ctx, attachment.requestId).catch(() => undefined);
        return asBuyer ? attachment : undefined;
    }

    /** A readable stream of the attachment's stored file. */
    readFile(attachment: QuoteRequestAttachment): Promise<Stream> {
        return this.configService.assetOptions.assetStorageStrategy.readFileToStream(attachment.asset.source);
    }

    private async hideFromAssetLibraries(ctx: RequestContext, assetId: ID): Promise<void> {
        const asset = await this.connection
            .getRepository(ctx, Asset)
            .findOneOrFail({ where: { id: assetId }, relations: { channels: true } });
        await this.channelService.removeFromChannels(
            ctx,
            Asset,
            assetId,
            asset.channels.map(c => c.id),
        );
    }
}

/**
 * MIME types of the attachable extensions, as Vendure's MIME lookup (mime-db) names them: Vendure checks the declared
 * type, the extension's and the content's against `assetOptions.permittedFileTypes`.
 */
const MIME_TYPES: Record<string, string> = {
    '.pdf': 'application/pdf',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.webp': 'image/webp',
    '.gif': 'image/gif',
    '.dwg': 'image/vnd.dwg',
    '.dxf': 'image/vnd.dxf',
    '.step': 'model/step',
    '.stp': 'model/step',
    '.igs': 'model/iges',
    '.iges': 'model/iges',
    '.stl': 'model/stl',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    '.xls': 'application/vnd.ms-excel',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.csv': 'text/csv',
    '.txt': 'text/plain',
    '.zip': 'application/zip',
};

/** The MIME type stored for a file of this extension. */
export function attachmentMimeType(extension: string): string {
    return MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}

/** The base name, without control characters or path separators, at most 255 characters (keeping the extension). */
function cleanFileName(name: string | undefined): string {
    const base = path
        .basename(String(name ?? '').replace(/\\/g, '/'))
        .replace(/[\u0000-\u001f\u007f"]/g, '')
        .trim();
    if (base.length <= 255) {
        return base;
    }
    const extension = path.extname(base).slice(0, 20);
    return base.slice(0, 255 - extension.length) + extension;
}

/** The stream's bytes, or undefined (and the stream destroyed) as soon as it exceeds `max` bytes. */
async function readAtMost(stream: Readable, max: number): Promise<Buffer | undefined> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        size += buffer.length;
        if (size > max) {
            stream.destroy();
            return undefined;
        }
        chunks.push(buffer);
    }
    return Buffer.concat(chunks);
}
