import { INestApplicationContext } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Customer,
    CustomerService,
    isGraphQlErrorResult,
    Logger,
    ProductVariant,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { Readable } from 'stream';

import { MarketplaceSeller } from '../../marketplace';
import { loggerCtx } from '../constants';
import { QuoteRequestRouting } from '../entities/quote-request-routing.entity';
import { QuoteRequest, QuoteRequestState } from '../entities/quote-request.entity';
import { Quote, QuoteState } from '../entities/quote.entity';
import {
    CreateQuoteRequestInput,
    QuoteRequestLineInput,
    QuoteRequestService,
} from '../services/quote-request.service';
import { QuoteService, SubmitQuoteLineInput } from '../services/quote.service';
import { QuoteRequestAttachmentService } from '../services/quote-request-attachment.service';
import { RfqRoutingService } from '../services/rfq-routing.service';

/** The demo buyer who asks for quotes (a plain customer: requests need no dealer company). */
export const DEMO_RFQ_BUYER = { email: 'parts.buyer@triflow.demo', password: 'buyer-demo-1' };

const DAY = 24 * 60 * 60 * 1000;

/**
 * Requests for quotation on the marketplace demo: an open request from the demo buyer for the 15-inch laptop
 * (carried by Rhine and Thames), Corsair memory by part number (Shenzhen and Rhine by manufacturer part number)
 * and a part nobody carries; Rhine has quoted and revised its quote, the others are pending. And a closed
 * request: Thames's quote expired, Rhine declined with a reason. Seeds once (nothing is done when the demo buyer
 * has a request).
 */
export async function seedRfqDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    const buyer = await demoBuyer(app, ctx);
    if (await connection.getRepository(ctx, QuoteRequest).exists({ where: { customerId: buyer.id } })) {
        return;
    }
    const contexts = app.get(RequestContextService);
    const buyerCtx = await contexts.create({
        apiType: 'shop',
        user: buyer.user,
        channelOrToken: ctx.channel,
        languageCode: ctx.languageCode,
    });
    const laptop = await connection
        .getRepository(ctx, ProductVariant)
        .findOne({ where: { sku: 'L2201508' }, select: { id: true } });
    const laptopLine = (quantity: number): QuoteRequestLineInput =>
        laptop
            ? { productVariantId: laptop.id, quantity }
            : { partNumber: 'L2201508', description: 'Laptop 15 inch 8GB · 15 英寸笔记本 8GB', quantity };

    const open = await submitAndRoute(
        app,
        buyerCtx,
        {
            lines: [
                laptopLine(5),
                {
                    partNumber: 'cmk32gx4m2ac08',
                    manufacturer: 'Corsair',
                    description: 'Memory kit 32 GB (2 × 16 GB) · 内存套装 32 GB（2 × 16 GB）',
                    quantity: 10,
                },
                {
                    partNumber: 'XJ-9000-Q',
                    manufacturer: 'Kestrel Avionics',
                    description: 'Cooling fan for the test bench · 测试台冷却风扇',
                    quantity: 2,
                },
            ],
            neededBy: new Date(Date.now() + 21 * DAY),
            responseDeadline: new Date(Date.now() + 7 * DAY),
            deliveryAddress: {
                company: 'Triflow Demo Workshop 演示车间',
                streetLine1: '88 Century Avenue',
                city: 'Shanghai',
                postalCode: '200120',
                countryCode: 'CN',
            },
            note: 'Maintenance of line 3 in week 50 · 第 50 周 3 号线检修',
        },
        [
            {
                fileName: 'XJ-9000-Q cooling fan spec.pdf',
                content: demoPdf([
                    'XJ-9000-Q cooling fan',
                    'Airflow 120 m3/h, 24 V DC, 92 x 92 x 25 mm',
                    'Triflow demo drawing',
                ]),
            },
        ],
    );
    const rhine = await sellerNamed(app, ctx, open, 'Rhine');
    if (rhine) {
        await quote(app, rhine, open, 0.97, 'First offer · 首次报价');
        await quote(
            app,
            rhine,
            open,
            0.93,
            'Revised: 4 % off for the full quantity · 修订：全量采购再优惠 4%',
        );
    }

    const closed = await submitAndRoute(app, buyerCtx, {
        lines: [laptopLine(2)],
        responseDeadline: new Date(Date.now() + 3 * DAY),
        note: 'Spare laptops for the service desk · 服务台备用笔记本',
    });
    const thames = await sellerNamed(app, ctx, closed, 'Thames');
    if (thames) {
        await quote(app, thames, closed, 1, 'Next-day delivery · 次日送达');
    }
    const rhineAgain = await sellerNamed(app, ctx, closed, 'Rhine');
    if (rhineAgain) {
        await app
            .get(QuoteService)
            .decline(
                rhineAgain,
                closed.id,
                'We sell this model in packs of five only · 该型号仅以五台一组出售',
            );
    }
    // The deadline passed: closed, the open quote expired (what the rfq-close-expired task does).
    const past = new Date(Date.now() - DAY);
    await connection
        .getRepository(ctx, QuoteRequest)
        .update(
            { id: closed.id },
            { state: QuoteRequestState.Closed, responseDeadline: past, closedAt: past },
        );
    await connection
        .getRepository(ctx, Quote)
        .update({ requestId: closed.id, state: QuoteState.Submitted }, { state: QuoteState.Expired });
    Logger.info('Seeded the RFQ demo (an open request with a revised quote, a closed request)', loggerCtx);
}

async function demoBuyer(app: INestApplicationContext, ctx: RequestContext): Promise<Customer> {
    const connection = app.get(TransactionalConnection);
    const existing = await connection
        .getRepository(ctx, Customer)
        .findOne({ where: { emailAddress: DEMO_RFQ_BUYER.email }, relations: { user: true } });
    if (existing) {
        return existing;
    }
    const created = await app
        .get(CustomerService)
        .create(
            ctx,
            { emailAddress: DEMO_RFQ_BUYER.email, firstName: 'Lin', lastName: 'Wei 林伟' },
            DEMO_RFQ_BUYER.password,
        );
    if (isGraphQlErrorResult(created)) {
        throw new Error(created.message);
    }
    return connection
        .getRepository(ctx, Customer)
        .findOneOrFail({ where: { id: created.id }, relations: { user: true } });
}

/**
 * Creates the request as the buyer, submits it and routes it at once (the routing the job queue would run; no
 * job is queued, so nothing routes it twice).
 */
async function submitAndRoute(
    app: INestApplicationContext,
    buyerCtx: RequestContext,
    input: CreateQuoteRequestInput,
    attachments: Array<{ fileName: string; content: Buffer }> = [],
): Promise<QuoteRequest> {
    const connection = app.get(TransactionalConnection);
    const request = await app.get(QuoteRequestService).create(buyerCtx, input);
    for (const file of attachments) {
        const result = await app.get(QuoteRequestAttachmentService).add(buyerCtx, request.id, {
            filename: file.fileName,
            mimetype: 'application/pdf',
            createReadStream: () => Readable.from(file.content),
        });
        if (isGraphQlErrorResult(result)) {
            Logger.warn(`Demo attachment ${file.fileName} not added: ${result.message}`, loggerCtx);
        }
    }
    await connection
        .getRepository(buyerCtx, QuoteRequest)
        .update({ id: request.id }, { state: QuoteRequestState.Submitted, submittedAt: new Date() });
    await app.get(RfqRoutingService).route(buyerCtx, request.id);
    return connection.getRepository(buyerCtx, QuoteRequest).findOneOrFail({ where: { id: request.id } });
}

/**
 * A one-page PDF with these lines of (ASCII) text, made here so no binary file sits in the repository. Offsets in
 * the cross-reference table are byte offsets of each object.
 */
export function demoPdf(lines: string[]): Buffer {
    const escape = (t: string) => t.replace(/[\\()]/g, c => `\\${c}`);
    const text = lines.map((l, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td (${escape(l)}) Tj ET`).join('\n');
    const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    let pdf = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((body, i) => {
        offsets.push(Buffer.byteLength(pdf));
        pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(pdf);
    pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    pdf += offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(pdf, 'latin1');
}

/** The admin context of a reached seller whose name contains `name` (its seller channel), if it was reached. */
async function sellerNamed(
    app: INestApplicationContext,
    ctx: RequestContext,
    request: QuoteRequest,
    name: string,
): Promise<RequestContext | undefined> {
    const connection = app.get(TransactionalConnection);
    const routings = await connection
        .getRepository(ctx, QuoteRequestRouting)
        .find({ where: { requestId: request.id } });
    const sellerIds = [...new Set(routings.map(r => String(r.sellerId)))];
    for (const id of sellerIds) {
        const seller = await connection
            .getRepository(ctx, MarketplaceSeller)
            .findOne({ where: { id: id as ID }, relations: { channel: true } });
        if (seller?.name.includes(name)) {
            return app.get(RequestContextService).create({
                apiType: 'admin',
                channelOrToken: seller.channel,
                languageCode: ctx.languageCode,
            });
        }
    }
    return undefined;
}

/** The seller quotes every line routed to it at `factor` × its offer's price (the catalogue's without one). */
async function quote(
    app: INestApplicationContext,
    sellerCtx: RequestContext,
    request: QuoteRequest,
    factor: number,
    note: string,
): Promise<void> {
    const visible = await app.get(QuoteRequestService).findOneForAdmin(sellerCtx, request.id);
    if (!visible) {
        return;
    }
    const lines = await app.get(QuoteRequestService).visibleLines(sellerCtx, visible);
    const connection = app.get(TransactionalConnection);
    const quoted: SubmitQuoteLineInput[] = [];
    for (const line of lines) {
        const variant = line.productVariantId
            ? await connection.getRepository(sellerCtx, ProductVariant).findOne({
                  where: { id: line.productVariantId },
                  relations: { productVariantPrices: true },
              })
            : null;
        const base = variant?.productVariantPrices[0]?.price ?? 13900;
        quoted.push({
            requestLineId: line.id,
            unitPrice: Math.round(base * factor),
            quantity: line.quantity,
            quantityAvailable: Math.max(0, line.quantity - 2),
            leadTimeDays: factor < 1 ? 4 : 1,
            note: null,
        });
    }
    const result = await app.get(QuoteService).submit(sellerCtx, {
        requestId: request.id,
        validUntil: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
        note,
        lines: quoted,
    });
    if (!(result instanceof Quote)) {
        throw new Error(`Demo quote: ${result.message}`);
    }
}
