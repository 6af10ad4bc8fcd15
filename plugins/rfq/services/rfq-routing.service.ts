import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    EventBus,
    JobQueue,
    ProductVariant,
    JobQueueService,
    Logger,
    RequestContext,
    SerializedRequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { Brackets, In, MoreThan } from 'typeorm';

import { MarketplaceSeller, MarketplaceSellerStatus, Offer, OfferService } from '../../marketplace';
import { loggerCtx, RFQ_ROUTING_QUEUE } from '../constants';
import { OfferPartNumber } from '../entities/offer-part-number.entity';
import { QuoteRequestLine } from '../entities/quote-request-line.entity';
import { QuoteRequestRouting, RoutingMatch } from '../entities/quote-request-routing.entity';
import { QuoteRequest, QuoteRequestState } from '../entities/quote-request.entity';
import { VariantSku } from '../entities/variant-sku.entity';
import { QuoteRequestRoutedEvent } from '../events/quote-request-routed.event';
import { QuoteRequestSubmittedEvent } from '../events/quote-request-submitted.event';

import { normalizePartNumber } from './part-number';

interface RoutingJobData {
    ctx: SerializedRequestContext;
    requestId: ID;
}

/** Offers read per page when refreshing the normalised part numbers (Vendure's list limit is 100). */
const REFRESH_PAGE = 100;
/** Variants read per page when refreshing the normalised catalogue SKUs. */
const VARIANT_REFRESH_PAGE = 500;

/**
 * Routes submitted requests, on the job queue, to the approved sellers who carry each line: an active offer on
 * the line's variant, or an active offer whose seller SKU or manufacturer part number matches the line's
 * free-text part number once both are normalised.
 */
@Injectable()
export class RfqRoutingService implements OnApplicationBootstrap {
    private queue: JobQueue<RoutingJobData>;

    constructor(
        private connection: TransactionalConnection,
        private jobQueueService: JobQueueService,
        private offers: OfferService,
        private eventBus: EventBus,
    ) {}

    async onApplicationBootstrap(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue<RoutingJobData>({
            name: RFQ_ROUTING_QUEUE,
            process: async job => {
                const ctx = RequestContext.deserialize(job.data.ctx);
                return this.route(ctx, job.data.requestId);
            },
        });
        // Subscribers run after the submitting transaction committed, so the job reads the submitted request
        // (queued inside that transaction, a worker on PostgreSQL could still see the draft).
        this.eventBus.ofType(QuoteRequestSubmittedEvent).subscribe(event => {
            this.queue
                .add({ ctx: event.ctx.serialize(), requestId: event.request.id }, { retries: 3 })
                .catch(e => Logger.error(`Could not queue routing: ${String(e)}`, loggerCtx));
        });
    }

    /**
     * Records, per line, the sellers that carry it and marks the request routed. Idempotent: a retried job adds
     * only what is missing, and its `QuoteRequestRoutedEvent` names only the (seller, line) pairs it added, so a
     * seller is notified of a line once.
     */
    async route(ctx: RequestContext, requestId: ID): Promise<{ routings: number; unrouted: number }> {
        const outcome = await this.connection.withTransaction(ctx, async tx => {
            const request = await this.connection
                .getRepository(tx, QuoteRequest)
                .findOne({ where: { id: requestId } });
            if (!request || request.state !== QuoteRequestState.Submitted) {
                return undefined;
            }
            const lines = await this.connection
                .getRepository(tx, QuoteRequestLine)
                .find({ where: { requestId }, order: { position: 'ASC' } });
            const found = new Map<
                string,
                { lineId: ID; sellerId: ID; offerId: ID | null; matchedBy: RoutingMatch }
            >();
            const add = (lineId: ID, sellerId: ID, offerId: ID | null, matchedBy: RoutingMatch) => {
                const key = `${String(lineId)}:${String(sellerId)}`;
                if (!found.has(key)) {
                    found.set(key, { lineId, sellerId, offerId, matchedBy });
                }
            };
            const variantIds = [
                ...new Set(
                    lines.filter(l => l.productVariantId != null).map(l => String(l.productVariantId)),
                ),
            ];
            const carrying = await this.offers.findSellersCarrying(tx, variantIds);
            for (const line of lines) {
                for (const c of carrying) {
                    if (
                        line.productVariantId != null &&
                        String(c.productVariantId) === String(line.productVariantId)
                    ) {
                        add(line.id, c.sellerId, c.offerId, RoutingMatch.Variant);
                    }
                }
            }
            const partNumbers = [
                ...new Set(lines.map(l => l.partNumberNormalized).filter((p): p is string => !!p)),
            ];
            if (partNumbers.length) {
                await this.refreshPartNumbers(tx);
                const matches = await this.connection
                    .getRepository(tx, OfferPartNumber)
                    .createQueryBuilder('pn')
                    .innerJoin(Offer, 'offer', 'offer.id = pn.offerId AND offer.active = :active', {
                        active: true,
                    })
                    .innerJoin(
                        MarketplaceSeller,
                        'seller',
                        'seller.id = offer.sellerId AND seller.status = :approved',
                        {
                            approved: MarketplaceSellerStatus.Approved,
                        },
                    )
                    .where(
                        new Brackets(w =>
                            w
                                .where('pn.sellerSkuNormalized IN (:...partNumbers)', { partNumbers })
                                .orWhere('pn.manufacturerPartNumberNormalized IN (:...partNumbers)', {
                                    partNumbers,
                                }),
                        ),
                    )
                    .orderBy('pn.offerId', 'ASC')
                    .getMany();
                for (const line of lines) {
                    if (!line.partNumberNormalized) {
                        continue;
                    }
                    for (const m of matches) {
                        if (m.sellerSkuNormalized === line.partNumberNormalized) {
                            add(line.id, m.sellerId, m.offerId, RoutingMatch.SellerSku);
                        } else if (m.manufacturerPartNumberNormalized === line.partNumberNormalized) {
                            add(line.id, m.sellerId, m.offerId, RoutingMatch.ManufacturerPartNumber);
                        }
                    }
                }
                // The part number may be a catalogue variant's SKU: the sellers with an active offer on it.
                await this.refreshVariantSkus(tx);
                const skus = await this.connection
                    .getRepository(tx, VariantSku)
                    .find({ where: { skuNormalized: In(partNumbers) } });
                const bySku = await this.offers.findSellersCarrying(
                    tx,
                    skus.map(v => v.productVariantId),
                );
                for (const line of lines) {
                    if (!line.partNumberNormalized) {
                        continue;
                    }
                    const variants = new Set(
                        skus
                            .filter(v => v.skuNormalized === line.partNumberNormalized)
                            .map(v => String(v.productVariantId)),
                    );
                    for (const c of bySku) {
                        if (variants.has(String(c.productVariantId))) {
                            add(line.id, c.sellerId, c.offerId, RoutingMatch.VariantSku);
                        }
                    }
                }
            }
            const repo = this.connection.getRepository(tx, QuoteRequestRouting);
            const existing = await repo.find({ where: { requestId } });
            const have = new Set(existing.map(r => `${String(r.requestLineId)}:${String(r.sellerId)}`));
            const fresh = [...found.entries()]
                .filter(([key]) => !have.has(key))
                .map(
                    ([, f]) =>
                        new QuoteRequestRouting({
                            requestId,
                            requestLineId: f.lineId,
                            sellerId: f.sellerId,
                            offerId: f.offerId,
                            matchedBy: f.matchedBy,
                        }),
                );
            // Chunked: 500 sellers × 50 lines must not exceed the drivers' bound-parameter limits.
            for (let i = 0; i < fresh.length; i += 200) {
                await repo.insert(fresh.slice(i, i + 200));
            }
            await this.connection
                .getRepository(tx, QuoteRequest)
                .update({ id: requestId }, { routedAt: new Date() });
            // Only what this run recorded: a retried job (the first run committed, then the worker died or the
            // job failed after it) does not notify the sellers it already reached again; a seller reached anew
            // (an offer added since) hears of its new lines only.
            const linesBySeller = new Map<string, ID[]>();
            for (const f of fresh) {
                linesBySeller.set(String(f.sellerId), [
                    ...(linesBySeller.get(String(f.sellerId)) ?? []),
                    f.requestLineId,
                ]);
            }
            const routedLines = new Set([...found.values()].map(f => String(f.lineId)));
            const unrouted = lines.filter(l => !routedLines.has(String(l.id))).map(l => l.id);
            const updated = await this.connection
                .getRepository(tx, QuoteRequest)
                .findOneOrFail({ where: { id: requestId } });
            await this.eventBus.publish(new QuoteRequestRoutedEvent(tx, updated, linesBySeller, unrouted));
            return { routings: found.size, unrouted: unrouted.length };
        });
        if (outcome) {
            Logger.verbose(
                `Routed request ${String(requestId)}: ${outcome.routings} routings, ${outcome.unrouted} unrouted`,
                loggerCtx,
            );
        }
        return outcome ?? { routings: 0, unrouted: 0 };
    }

    /**
     * Copies the normalised SKUs of catalogue variants changed since the last refresh (by `updatedAt`, a second of
     * overlap), deleted ones without SKU.
     */
    async refreshVariantSkus(ctx: RequestContext): Promise<number> {
        const repo = this.connection.getRepository(ctx, VariantSku);
        const latest = await repo
            .createQueryBuilder('vs')
            .select('MAX(vs.variantUpdatedAt)', 'latest')
            .getRawOne<{ latest: string | Date | null }>();
        const after = latest?.latest ? new Date(new Date(latest.latest).getTime() - 1000) : undefined;
        let lastId: ID = 0;
        let copied = 0;
        for (;;) {
            const page = await this.connection.getRepository(ctx, ProductVariant).find({
                select: { id: true, sku: true, updatedAt: true, deletedAt: true },
                where: after
                    ? { id: MoreThan(lastId), updatedAt: MoreThan(after) }
                    : { id: MoreThan(lastId) },
                order: { id: 'ASC' },
                take: VARIANT_REFRESH_PAGE,
                withDeleted: true,
            });
            if (page.length === 0) {
                break;
            }
            const known = await repo.find({ where: { productVariantId: In(page.map(v => v.id)) } });
            const byVariant = new Map(known.map(k => [String(k.productVariantId), k]));
            await repo.save(
                page.map(
                    v =>
                        new VariantSku({
                            id: byVariant.get(String(v.id))?.id,
                            productVariantId: v.id,
                            skuNormalized: v.deletedAt
                                ? null
                                : (normalizePartNumber(v.sku)?.slice(0, 255) ?? null),
                            variantUpdatedAt: v.updatedAt,
                        }),
                ),
                { chunk: 100 },
            );
            copied += page.length;
            lastId = page[page.length - 1].id;
            if (page.length < VARIANT_REFRESH_PAGE) {
                break;
            }
        }
        return copied;
    }

    /**
     * Copies the normalised SKUs of offers changed since the last refresh (by `updatedAt`, a second of overlap so
     * that offers saved in the same instant are not missed). Reads offers through the marketplace's
     * `OfferService` as the operator.
     */
    async refreshPartNumbers(ctx: RequestContext): Promise<number> {
        const repo = this.connection.getRepository(ctx, OfferPartNumber);
        const latest = await repo
            .createQueryBuilder('pn')
            .select('MAX(pn.offerUpdatedAt)', 'latest')
            .getRawOne<{ latest: string | Date | null }>();
        const after = latest?.latest ? new Date(new Date(latest.latest).getTime() - 1000) : undefined;
        let skip = 0;
        let copied = 0;
        for (;;) {
            const page = await this.offers.findAll(
                ctx,
                {
                    skip,
                    take: REFRESH_PAGE,
                    sort: { id: 'ASC' as never },
                    filter: after ? { updatedAt: { after } } : undefined,
                },
                [],
            );
            if (page.items.length === 0) {
                break;
            }
            const ids = page.items.map(o => o.id);
            const known = await repo.find({ where: { offerId: In(ids) } });
            const byOffer = new Map(known.map(k => [String(k.offerId), k]));
            const rows = page.items.map(
                o =>
                    new OfferPartNumber({
                        id: byOffer.get(String(o.id))?.id,
                        offerId: o.id,
                        sellerId: o.sellerId,
                        productVariantId: o.productVariantId,
                        sellerSkuNormalized: normalizePartNumber(o.sellerSku),
                        manufacturerPartNumberNormalized: normalizePartNumber(o.manufacturerPartNumber),
                        offerUpdatedAt: o.updatedAt,
                    }),
            );
            await repo.save(rows, { chunk: 100 });
            copied += rows.length;
            skip += page.items.length;
            if (page.items.length < REFRESH_PAGE) {
                break;
            }
        }
        return copied;
    }
}
