import { LocalAssetStorageStrategy } from '@vendure/asset-server-plugin';
import { SimpleGraphQLClient } from '@vendure/testing';
import fs from 'fs';
import os from 'os';
import path from 'path';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsAdministratorWithPermissions,
    loginAsCustomer,
    newShopClient,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    RfqAdminAssetsDocument,
    RfqAdminRequestAttachmentsDocument,
    RfqAdminRequestDocument,
} from './graphql/generated-admin';
import {
    RfqAddAttachmentDocument,
    RfqAddAttachmentMutation,
    RfqCreateRequestDocument,
    RfqMyRequestAttachmentsDocument,
    RfqRemoveAttachmentDocument,
    RfqSubmitRequestDocument,
} from './graphql/generated-shop';
import {
    approvedSeller,
    createOffer,
    eventually,
    inAWeek,
    newAdminClient,
    RfqSeller,
} from './rfq-e2e-helpers';

type AddResult = RfqAddAttachmentMutation['addQuoteRequestAttachment'];

const MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * Issue #18: a buyer attaches drawings and datasheets to a draft request; they are stored as Vendure assets that no
 * asset library lists, and only the buyer, the operator and the sellers the request reached can download them.
 */
describe('RFQ: attachments on a quote request', () => {
    const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rfq-attachments-assets-'));
    const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rfq-attachments-files-'));
    const env = createTriflowTestEnvironment({
        assetOptions: { assetStorageStrategy: new LocalAssetStorageStrategy(storageDir) },
    });
    const { adminClient, shopClient } = env;
    let customers: Array<{ id: string; emailAddress: string }>;
    let routedSeller: RfqSeller;
    let otherSeller: RfqSeller;
    let otherCustomer: SimpleGraphQLClient;
    let requestId: string;
    let pdfUrl: string;
    let pdfId: string;

    const pdfBytes = Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );

    function file(name: string, content: Buffer): string {
        const p = path.join(filesDir, name);
        fs.writeFileSync(p, content);
        return p;
    }

    async function upload(
        client: SimpleGraphQLClient,
        id: string,
        filePath: string,
        contentType?: string,
    ): Promise<AddResult> {
        const result = (await client.fileUploadMutation({
            mutation: RfqAddAttachmentDocument,
            filePaths: [filePath],
            mapVariables: () => ({ requestId: id, file: null }),
            contentTypeOverrides: contentType ? [contentType] : undefined,
        })) as RfqAddAttachmentMutation;
        return result.addQuoteRequestAttachment;
    }

    async function attachmentCount(id: string): Promise<number> {
        const { myQuoteRequest } = await run(shopClient, RfqMyRequestAttachmentsDocument, { id });
        return myQuoteRequest!.attachments.length;
    }

    beforeAll(async () => {
        await startTestServer(env);
        customers = await getTestCustomers(adminClient);
        routedSeller = await approvedSeller(shopClient, adminClient, 'att-routed');
        otherSeller = await approvedSeller(shopClient, adminClient, 'att-other');
        await createOffer(adminClient, { sellerId: routedSeller.id, productVariantId: 'T_3', price: 30000 });
        await createOffer(adminClient, { sellerId: otherSeller.id, productVariantId: 'T_6', price: 15000 });
        otherCustomer = newShopClient();
        await loginAsCustomer(otherCustomer, customers[1].emailAddress);
        await loginAsCustomer(shopClient, customers[0].emailAddress);
        const { createQuoteRequest } = await run(shopClient, RfqCreateRequestDocument, {
            input: { lines: [{ productVariantId: 'T_3', quantity: 2 }], responseDeadline: inAWeek() },
        });
        requestId = createQuoteRequest.id;
    }, 300_000);

    afterAll(async () => {
        await env.server.destroy();
        fs.rmSync(storageDir, { recursive: true, force: true });
        fs.rmSync(filesDir, { recursive: true, force: true });
    });

    describe('the buyer attaches files to its draft', () => {
        it('uploads a PDF through a multipart request', async () => {
            const result = await upload(shopClient, requestId, file('drawing.pdf', pdfBytes));
            if (result.__typename !== 'QuoteRequestAttachment') {
                throw new Error(`expected an attachment, got ${result.__typename}`);
            }
            expect(result).toMatchObject({
                fileName: 'drawing.pdf',
                mimeType: 'application/pdf',
                fileSize: pdfBytes.length,
            });
            expect(result.url).toMatch(new RegExp(`^http://localhost:\\d+/rfq-attachments/${result.id}$`));
            pdfUrl = result.url;
            pdfId = result.id;
        });

        it('takes a drawing sent as application/octet-stream by its extension', async () => {
            const dwg = Buffer.concat([Buffer.from('AC1032'), Buffer.alloc(200, 1)]);
            const result = await upload(
                shopClient,
                requestId,
                file('Bracket rev B.dwg', dwg),
                'application/octet-stream',
            );
            expect(result).toMatchObject({
                __typename: 'QuoteRequestAttachment',
                fileName: 'Bracket rev B.dwg',
                mimeType: 'image/vnd.dwg',
                fileSize: dwg.length,
            });
        });

        it('lists the attachments on the request', async () => {
            const { myQuoteRequest } = await run(shopClient, RfqMyRequestAttachmentsDocument, {
                id: requestId,
            });
            expect(myQuoteRequest!.attachments.map(a => a.fileName)).toEqual([
                'drawing.pdf',
                'Bracket rev B.dwg',
            ]);
        });

        it('refuses a file larger than the limit, and keeps nothing', async () => {
            const big = Buffer.alloc(MAX_FILE_SIZE + 1, 0x20);
            pdfBytes.copy(big);
            const result = await upload(shopClient, requestId, file('huge.pdf', big));
            expect(result).toMatchObject({
                __typename: 'QuoteRequestAttachmentTooLargeError',
                errorCode: 'QUOTE_REQUEST_ATTACHMENT_TOO_LARGE_ERROR',
                maxFileSize: MAX_FILE_SIZE,
                message: 'The file is larger than 10 MB',
            });
            expect(await attachmentCount(requestId)).toBe(2);
        });

        it('refuses a type that is not allowed, by extension and by content', async () => {
            const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0)]);
            const byExtension = await upload(shopClient, requestId, file('setup.exe', exe));
            expect(byExtension).toMatchObject({
                __typename: 'QuoteRequestAttachmentTypeError',
                errorCode: 'QUOTE_REQUEST_ATTACHMENT_TYPE_ERROR',
                fileName: 'setup.exe',
            });
            expect((byExtension as { allowedTypes: string[] }).allowedTypes).toContain('.pdf');
            // An executable named .pdf: Vendure recognises the content.
            const disguised = await upload(shopClient, requestId, file('invoice.pdf', exe));
            expect(disguised).toMatchObject({
                __typename: 'QuoteRequestAttachmentTypeError',
                fileName: 'invoice.pdf',
            });
            expect(await attachmentCount(requestId)).toBe(2);
        });

        it('answers the refusal in Chinese for a zh_Hans request', async () => {
            const zhClient = newShopClient();
            await loginAsCustomer(zhClient, customers[0].emailAddress);
            const url = (zhClient as unknown as { apiUrl: string }).apiUrl;
            (zhClient as unknown as { apiUrl: string }).apiUrl = `${url}?languageCode=zh_Hans`;
            const result = await upload(zhClient, requestId, file('notes.exe', Buffer.from('MZ hello')));
            expect(result.__typename).toBe('QuoteRequestAttachmentTypeError');
            expect((result as { message: string }).message).toContain('文件类型不允许上传');
        });

        it('refuses more attachments than the limit', async () => {
            for (let i = (await attachmentCount(requestId)) + 1; i <= 10; i++) {
                const result = await upload(
                    shopClient,
                    requestId,
                    file(`sheet-${i}.csv`, Buffer.from(`a,b\n${i},2\n`)),
                );
                expect(result.__typename).toBe('QuoteRequestAttachment');
            }
            const eleventh = await upload(shopClient, requestId, file('sheet-11.csv', Buffer.from('a,b\n')));
            expect(eleventh).toMatchObject({
                __typename: 'QuoteRequestAttachmentLimitError',
                errorCode: 'QUOTE_REQUEST_ATTACHMENT_LIMIT_ERROR',
                maxCount: 10,
            });
            expect(await attachmentCount(requestId)).toBe(10);
        });

        it('removes an attachment, and its download is gone', async () => {
            const { myQuoteRequest } = await run(shopClient, RfqMyRequestAttachmentsDocument, {
                id: requestId,
            });
            const last = myQuoteRequest!.attachments[9];
            expect((await shopClient.fetch(last.url)).status).toBe(200);
            const { removeQuoteRequestAttachment } = await run(shopClient, RfqRemoveAttachmentDocument, {
                requestId,
                attachmentId: last.id,
            });
            if (removeQuoteRequestAttachment.__typename !== 'QuoteRequest') {
                throw new Error('remove failed');
            }
            expect(removeQuoteRequestAttachment.attachments.map(a => a.id)).not.toContain(last.id);
            expect((await shopClient.fetch(last.url)).status).toBe(404);
        });

        it("refuses another customer's request as not found", async () => {
            const message = await expectGraphQLError(otherCustomer, RfqRemoveAttachmentDocument, {
                requestId,
                attachmentId: pdfId,
            });
            expect(message).toMatch(/No QuoteRequest with the id/);
            await expect(upload(otherCustomer, requestId, file('mine.pdf', pdfBytes))).rejects.toThrow(
                /No QuoteRequest with the id/,
            );
            expect(await attachmentCount(requestId)).toBe(9);
        });

        it('refuses an anonymous upload', async () => {
            const anonymous = newShopClient();
            await expect(upload(anonymous, requestId, file('anon.pdf', pdfBytes))).rejects.toThrow(
                /not currently authorized/,
            );
        });
    });

    describe('confidentiality', () => {
        it('keeps the attachments out of the asset library', async () => {
            const { assets } = await run(adminClient, RfqAdminAssetsDocument);
            expect(assets.items.filter(a => a.name.startsWith('rfq-') || a.source.includes('rfq-'))).toEqual(
                [],
            );
        });

        it('stores the file under an unguessable name, not the buyer file name', () => {
            const stored = fs.readdirSync(storageDir, { recursive: true }).map(String);
            expect(stored.some(f => f.includes('drawing'))).toBe(false);
            expect(stored.some(f => /rfq-[0-9a-f]{32}\.pdf$/.test(f))).toBe(true);
        });

        it('lets the buyer download its file', async () => {
            const response = await shopClient.fetch(pdfUrl);
            expect(response.status).toBe(200);
            expect(response.headers.get('content-type')).toBe('application/pdf');
            expect(response.headers.get('content-disposition')).toContain('filename="drawing.pdf"');
            expect(response.headers.get('cache-control')).toBe('private, no-store');
            expect(Buffer.from(await response.arrayBuffer()).equals(pdfBytes)).toBe(true);
        });

        it('refuses the download to another customer and to anonymous callers', async () => {
            expect((await otherCustomer.fetch(pdfUrl)).status).toBe(404);
            expect((await fetch(pdfUrl)).status).toBe(404);
            expect((await fetch(pdfUrl.replace(/\/[^/]+$/, '/not-an-id'))).status).toBe(404);
        });

        it('refuses the download to a seller before the request reached it', async () => {
            expect((await routedSeller.client.fetch(pdfUrl)).status).toBe(404);
        });
    });

    describe('after submitting', () => {
        beforeAll(async () => {
            const { submitQuoteRequest } = await run(shopClient, RfqSubmitRequestDocument, { id: requestId });
            expect(submitQuoteRequest.__typename).toBe('QuoteRequest');
            await eventually(async () => {
                const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, { id: requestId });
                return quoteRequest?.routedAt ? quoteRequest : undefined;
            });
        });

        it('refuses adding or removing files once submitted', async () => {
            const added = await upload(shopClient, requestId, file('late.pdf', pdfBytes));
            expect(added).toMatchObject({
                __typename: 'QuoteRequestStateError',
                errorCode: 'QUOTE_REQUEST_STATE_ERROR',
            });
            const { removeQuoteRequestAttachment } = await run(shopClient, RfqRemoveAttachmentDocument, {
                requestId,
                attachmentId: pdfId,
            });
            expect(removeQuoteRequestAttachment).toMatchObject({ __typename: 'QuoteRequestStateError' });
            expect(await attachmentCount(requestId)).toBe(9);
        });

        it('shows the attachments to the seller the request reached, who can download them', async () => {
            const { quoteRequest } = await run(routedSeller.client, RfqAdminRequestAttachmentsDocument, {
                id: requestId,
            });
            expect(quoteRequest!.attachments).toHaveLength(9);
            expect(quoteRequest!.attachments[0]).toMatchObject({ id: pdfId, fileName: 'drawing.pdf' });
            const response = await routedSeller.client.fetch(pdfUrl);
            expect(response.status).toBe(200);
            expect(Buffer.from(await response.arrayBuffer()).equals(pdfBytes)).toBe(true);
        });

        it('hides the request and its files from a seller it did not reach', async () => {
            const { quoteRequest } = await run(otherSeller.client, RfqAdminRequestAttachmentsDocument, {
                id: requestId,
            });
            expect(quoteRequest).toBeNull();
            expect((await otherSeller.client.fetch(pdfUrl)).status).toBe(404);
        });

        it('lets the operator read them, but not an administrator without ReadQuoteRequest', async () => {
            const { quoteRequest } = await run(adminClient, RfqAdminRequestAttachmentsDocument, {
                id: requestId,
            });
            expect(quoteRequest!.attachments).toHaveLength(9);
            expect((await adminClient.fetch(pdfUrl)).status).toBe(200);

            const catalogueEditor = newAdminClient();
            await loginAsAdministratorWithPermissions(adminClient, catalogueEditor, [
                'ReadCatalog',
                'ReadAsset',
            ]);
            expect((await catalogueEditor.fetch(pdfUrl)).status).toBe(404);
            const reader = newAdminClient();
            await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadQuoteRequest']);
            expect((await reader.fetch(pdfUrl)).status).toBe(200);
        });

        it("does not open a seller's channel to a customer holding its channel token", async () => {
            const sneaky = newShopClient();
            await loginAsCustomer(sneaky, customers[1].emailAddress);
            const { quoteRequest } = await run(routedSeller.client, RfqAdminRequestAttachmentsDocument, {
                id: requestId,
            });
            expect(quoteRequest).not.toBeNull();
            const token = (routedSeller.client as unknown as { channelToken: string }).channelToken;
            sneaky.setChannelToken(token);
            expect((await sneaky.fetch(pdfUrl)).status).toBe(404);
        });
    });
});
