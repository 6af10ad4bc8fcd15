import { Inject, Injectable } from '@nestjs/common';
import { CurrencyCode, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Channel,
    ChannelService,
    EntityNotFoundError,
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    OrderLine,
    ProductVariant,
    RelationPaths,
    RequestContext,
    StockLevel,
    TransactionalConnection,
    TranslatorService,
    UserInputError,
} from '@vendure/core';
import { IsNull } from 'typeorm';

import {
    activeOrderIdOf,
    activeOrderVariantIds,
    knowsActiveOrderVariantIds,
    rememberActiveOrderVariantIds,
    requestedVariantIds,
} from '../../../src/common/active-order-variants';
import { afterPromiseJobs } from '../../../src/common/after-promise-jobs';
import { LocalizedUserInputError } from '../../../src/common/localized-error-result';
import { PlainSql } from '../../../src/common/plain-sql';
import {
    inTransaction,
    peekTransactionScopedCache,
    transactionScopedCache,
} from '../../../src/common/transaction-scoped-cache';
import { DuplicateOfferError } from '../api/error-results';
import { MARKETPLACE_PLUGIN_OPTIONS } from '../constants';
import { MarketplaceSeller, MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';
import { Offer, OFFER_CONDITIONS, OfferCondition } from '../entities/offer.entity';
import { ResolvedMarketplacePluginOptions } from '../types';

import { buyBoxOrder } from './buy-box';
import { announceBuyBoxChange } from './buy-box-price-events';
import { checkInt, checkText, MARKETPLACE_INPUT_LIMITS } from './input-checks';
import { MarketplaceSellerService } from './marketplace-seller.service';
import { TickBatch } from './tick-batch';

export interface CreateOfferInput {
    /** Required for the operator; a seller administrator creates offers for their own seller only. */
    sellerId?: ID | null;
    productVariantId: ID;
    price: number;
    currencyCode?: CurrencyCode | null;
    quantityAvailable: number;
    leadTimeDays?: number | null;
    condition?: OfferCondition | null;
    minimumOrderQuantity?: number | null;
    sellerSku?: string | null;
    manufacturerPartNumber?: string | null;
    active?: boolean | null;
}

export interface UpdateOfferInput {
    id: ID;
    price?: number | null;
    currencyCode?: CurrencyCode | null;
    quantityAvailable?: number | null;
    leadTimeDays?: number | null;
    condition?: OfferCondition | null;
    minimumOrderQuantity?: number | null;
    sellerSku?: string | null;
    manufacturerPartNumber?: string | null;
    active?: boolean | null;
}

/** A seller carrying a variant: one row per active offer of an approved seller. */
export interface SellerCarrying {
    productVariantId: ID;
    sellerId: ID;
    offerId: ID;
    price: number;
    currencyCode: CurrencyCode;
    quantityAvailable: number;
    leadTimeDays: number;
    condition: OfferCondition;
}

/** The sellers' stock of a variant (see {@link OfferService.offerStock}). */
type OfferStock = { sellable: number; held: number };

/** A row of the sellers' stock, with the buy-box price where the query read it. */
type OfferStockRow = {
    variantId: ID;
    sellable?: string | number | null;
    held?: string | number | null;
    price?: string | number | null;
};

function toOfferStock(row: OfferStockRow): OfferStock {
    return { sellable: Number(row.sellable ?? 0), held: Math.max(0, Number(row.held ?? 0)) };
}

/**
 * A storefront read outside a transaction: what a page shows (a product page, a listing), not what a cart or a
 * checkout decides with.
 */
function isDisplayRead(ctx: RequestContext): boolean {
    return ctx.apiType === 'shop' && !inTransaction(ctx);
}

/** The request cache key of the sellers' stock read with a page's prices, per currency (offers are per currency). */
function primedOfferStockKey(ctx: RequestContext): string {
    return `marketplace-primed-offer-stock-${ctx.currencyCode}`;
}

/**
 * The sellers' stock of an order's other variants, read with the first variant a storefront transaction checks
 * (see {@link OfferService.offerStock}): each entry answers one question, for the channel and currency it was read
 * in.
 */
interface OfferStockReadAhead {
    channelId: string;
    currencyCode: CurrencyCode;
    values: Map<string, OfferStock>;
}

/** Largest price a money column takes (BigIntMoneyStrategy: up to JavaScript's safe integers). */
const MAX_PRICE = Number.MAX_SAFE_INTEGER;

/**
 * Sellers' offers on catalogue variants. The operator (default channel) manages every seller's offers; a seller
 * administrator (on their seller channel) only their own: another seller's offer is not found.
 */
@Injectable()
export class OfferService {
    /** Per request context: the batch of {@link offerStock} questions of the current turn. */
    private readonly offerStockBatches = new WeakMap<
        RequestContext,
        TickBatch<{ sellable: number; held: number }>
    >();
    /**
     * Per HTTP request (its contexts' `req`): the variants of its first read of the sellers' stock, then the stock
     * read ahead for its order's variants, or `spent` once the request has moved sellers' stock (see
     * {@link loadOfferStockReadingAhead}).
     */
    private readonly offerStockReadAheads = new WeakMap<
        object,
        { firstAsked: Set<string> } | OfferStockReadAhead | 'spent'
    >();

    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private channelService: ChannelService,
        private translator: TranslatorService,
        private sellers: MarketplaceSellerService,
        private eventBus: EventBus,
        @Inject(MARKETPLACE_PLUGIN_OPTIONS) private options: ResolvedMarketplacePluginOptions,
    ) {
        this.sql = new PlainSql(connection);
    }

    /** Plain reads of the storefront's hot path: the buy-box prices and the sellers' stock of a page's variants. */
    private readonly sql: PlainSql;

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<Offer>,
        relations?: RelationPaths<Offer>,
    ): Promise<PaginatedList<Offer>> {
        const sellerId = await this.scopedSellerId(ctx);
        const [items, totalItems] = await this.listQueryBuilder
            .build(Offer, options, {
                ctx,
                relations: relations ?? ['seller'],
                where: sellerId === undefined ? undefined : { sellerId },
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    /** The offer, if the request may see it (any for the operator, the seller's own on a seller channel). */
    async findOne(ctx: RequestContext, id: ID): Promise<Offer | undefined> {
        const sellerId = await this.scopedSellerId(ctx);
        const offer = await this.connection.getRepository(ctx, Offer).findOne({
            where: sellerId === undefined ? { id } : { id, sellerId },
            relations: { seller: true },
        });
        return offer ?? undefined;
    }

    /**
     * The seller whose offers the request works on: the given one for the operator (required), the channel's own
     * seller on a seller channel (another seller's id is not found).
     */
    async sellerForWrite(
        ctx: RequestContext,
        sellerId: ID | undefined | null,
        purpose: 'write' | 'read' = 'write',
    ): Promise<MarketplaceSeller> {
        const scope = await this.sellers.getScope(ctx);
        let seller: MarketplaceSeller | undefined;
        if (scope.operator) {
            if (sellerId == null) {
                throw new UserInputError(
                    `sellerId is required when the operator ${purpose === 'read' ? 'reads' : 'changes'} a seller's offers`,
                );
            }
            seller = await this.sellers.findOne(ctx, sellerId);
        } else if (
            scope.sellerId != null &&
            (sellerId == null || String(sellerId) === String(scope.sellerId))
        ) {
            seller = await this.sellers.findOne(ctx, scope.sellerId);
        }
        if (!seller) {
            throw new EntityNotFoundError('MarketplaceSeller', sellerId ?? '');
        }
        return seller;
    }

    async create(ctx: RequestContext, input: CreateOfferInput): Promise<Offer | DuplicateOfferError> {
        const seller = await this.sellerForWrite(ctx, input.sellerId);
        const variant = await this.connection
            .getRepository(ctx, ProductVariant)
            .createQueryBuilder('variant')
            .where('variant.id = :id', { id: input.productVariantId })
            .andWhere('variant.deletedAt IS NULL')
            .getOne();
        if (!variant) {
            throw new EntityNotFoundError('ProductVariant', input.productVariantId);
        }
        const values = await this.checkOfferValues(ctx, {
            price: input.price,
            currencyCode: input.currencyCode,
            quantityAvailable: input.quantityAvailable,
            leadTimeDays: input.leadTimeDays ?? 0,
            condition: input.condition ?? OfferCondition.New,
            minimumOrderQuantity: input.minimumOrderQuantity ?? 1,
            sellerSku: input.sellerSku,
            manufacturerPartNumber: input.manufacturerPartNumber,
        });
        const existing = await this.findDuplicate(
            ctx,
            seller.id,
            variant.id,
            values.condition,
            values.currencyCode,
        );
        if (existing) {
            return new DuplicateOfferError(existing.id);
        }
        const offer = await this.connection.getRepository(ctx, Offer).save(
            new Offer({
                ...values,
                sellerId: seller.id,
                productVariantId: variant.id,
                active: input.active ?? true,
            }),
        );
        await announceBuyBoxChange(ctx, this.connection, this.eventBus, [variant.id]);
        return (await this.findOne(ctx, offer.id)) as Offer;
    }

    async update(ctx: RequestContext, input: UpdateOfferInput): Promise<Offer | DuplicateOfferError> {
        const offer = await this.findOne(ctx, input.id);
        if (!offer) {
            throw new EntityNotFoundError('Offer', input.id);
        }
        const values = await this.checkOfferValues(ctx, {
            price: input.price ?? offer.price,
            currencyCode: input.currencyCode ?? offer.currencyCode,
            quantityAvailable: input.quantityAvailable ?? offer.quantityAvailable,
            leadTimeDays: input.leadTimeDays ?? offer.leadTimeDays,
            condition: input.condition ?? offer.condition,
            minimumOrderQuantity: input.minimumOrderQuantity ?? offer.minimumOrderQuantity,
            sellerSku: input.sellerSku === undefined ? offer.sellerSku : input.sellerSku,
            manufacturerPartNumber:
                input.manufacturerPartNumber === undefined
                    ? offer.manufacturerPartNumber
                    : input.manufacturerPartNumber,
        });
        const existing = await this.findDuplicate(
            ctx,
            offer.sellerId,
            offer.productVariantId,
            values.condition,
            values.currencyCode,
        );
        if (existing && String(existing.id) !== String(offer.id)) {
            return new DuplicateOfferError(existing.id);
        }
        await this.connection
            .getRepository(ctx, Offer)
            .update({ id: offer.id }, { ...values, active: input.active ?? offer.active });
        await announceBuyBoxChange(ctx, this.connection, this.eventBus, [offer.productVariantId]);
        return (await this.findOne(ctx, offer.id)) as Offer;
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        const offer = await this.findOne(ctx, id);
        if (!offer) {
            throw new EntityNotFoundError('Offer', id);
        }
        await this.connection.getRepository(ctx, Offer).delete({ id: offer.id });
        await announceBuyBoxChange(ctx, this.connection, this.eventBus, [offer.productVariantId]);
        return DeletionResult.DELETED;
    }

    /**
     * Who carries these variants: the active offers of approved sellers, in any currency and stock (for the RFQ
     * work, which asks sellers to quote). One indexed query on `(productVariantId, active)`.
     */
    async findSellersCarrying(ctx: RequestContext, variantIds: ID[]): Promise<SellerCarrying[]> {
        if (variantIds.length === 0) {
            return [];
        }
        const offers = await this.connection
            .getRepository(ctx, Offer)
            .createQueryBuilder('offer')
            .innerJoin('offer.seller', 'seller', 'seller.status = :approved', {
                approved: MarketplaceSellerStatus.Approved,
            })
            .where('offer.productVariantId IN (:...variantIds)', { variantIds })
            .andWhere('offer.active = :active', { active: true })
            .orderBy('offer.productVariantId', 'ASC')
            .addOrderBy('offer.price', 'ASC')
            .addOrderBy('offer.id', 'ASC')
            .getMany();
        return offers.map(o => ({
            productVariantId: o.productVariantId,
            sellerId: o.sellerId,
            offerId: o.id,
            price: o.price,
            currencyCode: o.currencyCode,
            quantityAvailable: o.quantityAvailable,
            leadTimeDays: o.leadTimeDays,
            condition: o.condition,
        }));
    }

    /**
     * What the storefront shows: active, in-stock offers of approved sellers in the request's currency, for the
     * given variants, in buy-box order (see {@link OfferService.rank}).
     */
    async findStorefrontOffers(ctx: RequestContext, variantIds: ID[]): Promise<Offer[]> {
        if (variantIds.length === 0) {
            return [];
        }
        // plain SQL: every storefront `addItemToOrder` without an offer asks (OfferSelectionHook); the offers and
        // their sellers whole, dates included, as they reach GraphQL
        const rows = await this.sql.rows<Record<string, unknown>>(
            ctx,
            `SELECT ${this.sql.columns(Offer, 'o', true)}, ${this.sql.columns(MarketplaceSeller, 's', true)}
            FROM ${this.sql.table(Offer)} o
            INNER JOIN ${this.sql.table(MarketplaceSeller)} s ON s."id" = o."sellerId" AND s."status" = :approved
            WHERE o."productVariantId" IN (:...variantIds) AND o."active" = :active
                AND o."quantityAvailable" > 0 AND o."currencyCode" = :currencyCode`,
            {
                approved: MarketplaceSellerStatus.Approved,
                variantIds,
                active: true,
                currencyCode: ctx.currencyCode,
            },
        );
        const offers = rows.map(row => {
            const offer = this.sql.hydrate(Offer, row, 'o', true) as Offer;
            offer.seller = this.sql.hydrate(MarketplaceSeller, row, 's', true) as MarketplaceSeller;
            return offer;
        });
        return this.rank(ctx, offers);
    }

    /**
     * The buy-box price of a variant in the request's currency (null when nobody offers it): what
     * `addItemToOrder` without an offer charges. Looked up together with every other variant asked for in the same
     * burst of the request (a product's variants, a page of search results): one offer query instead of one per
     * variant; answered once per request.
     */
    buyBoxPrice(ctx: RequestContext, variantId: ID): Promise<number | null> {
        const batch = this.buyBoxBatch(ctx);
        const key = String(variantId);
        const known = batch.results.get(key);
        if (known) {
            return known;
        }
        const promise = new Promise<number | null>((resolve, reject) => {
            batch.pending.push({ id: key, resolve, reject });
        });
        batch.results.set(key, promise);
        if (!batch.scheduled) {
            batch.scheduled = true;
            // after the current burst of field resolvers has asked for its variants
            afterPromiseJobs(() => {
                const pending = batch.pending.splice(0);
                batch.scheduled = false;
                this.buyBoxPricesOfBatch(
                    ctx,
                    pending.map(p => p.id),
                ).then(
                    ({ prices, alsoRead }) => {
                        for (const id of alsoRead) {
                            if (!batch.results.has(id)) {
                                batch.results.set(id, Promise.resolve(prices.get(id) ?? null));
                            }
                        }
                        pending.forEach(p => p.resolve(prices.get(p.id) ?? null));
                    },
                    (e: unknown) => pending.forEach(p => p.reject(e)),
                );
            });
        }
        return promise;
    }

    /**
     * The buy-box prices of a batch of variants and, at the first lookup of a storefront request, of the variants
     * of its active order too (Vendure prices an order's lines one after the other, so the rest of the cart is
     * answered from this read), and of those an `addItemsToOrder` of the request is adding. `alsoRead`: the
     * variants read besides the batch's. When the request has not read its order's variants yet, one query reads
     * both (and hands the order's variants on to other lookups of the request, see
     * `rememberActiveOrderVariantIds`): a storefront mutation loads and prices the order, so this is one query
     * fewer in each step of a checkout.
     */
    private async buyBoxPricesOfBatch(
        ctx: RequestContext,
        variantIds: string[],
    ): Promise<{ prices: Map<string, number>; alsoRead: string[] }> {
        const orderId = activeOrderIdOf(ctx);
        const asked = [...new Set([...variantIds, ...requestedVariantIds(ctx)])];
        if (orderId == null || knowsActiveOrderVariantIds(ctx) || asked.length > 500) {
            const orderVariantIds = await activeOrderVariantIds(this.connection, ctx);
            const ids = [...variantIds, ...orderVariantIds];
            return {
                prices: isDisplayRead(ctx)
                    ? await this.findBuyBoxPricesAndOfferStock(ctx, ids)
                    : await this.findBuyBoxPrices(ctx, ids),
                alsoRead: orderVariantIds,
            };
        }
        const sql = this.sql;
        const display = isDisplayRead(ctx);
        const stock = display ? `, ${this.offerStockColumnsSql('"ids"."variantId"')}` : '';
        const query =
            `SELECT "ids"."variantId" AS "variantId", "ids"."inOrder" AS "inOrder", ` +
            `(SELECT MIN("offer"."price") ${this.sellableOffersSql('= "ids"."variantId"')}) AS "price"${stock} ` +
            `FROM (SELECT "line"."productVariantId" AS "variantId", 1 AS "inOrder" ` +
            `FROM ${sql.table(OrderLine)} "line" WHERE "line"."orderId" = :orderId ` +
            `UNION ALL SELECT "variant"."id" AS "variantId", 0 AS "inOrder" ` +
            `FROM ${sql.table(ProductVariant)} "variant" WHERE "variant"."id" IN (:...ids)) "ids"`;
        const rows = await sql.rows<OfferStockRow & { inOrder: number | string }>(ctx, query, {
            ids: asked,
            orderId,
            approved: MarketplaceSellerStatus.Approved,
            active: true,
            currencyCode: ctx.currencyCode,
        });
        const prices = new Map<string, number>();
        const inOrder = new Set<string>();
        if (display) {
            this.primeOfferStock(ctx, rows, asked);
        }
        for (const row of rows) {
            if (row.price != null) {
                prices.set(String(row.variantId), Number(row.price));
            }
            if (Number(row.inOrder) === 1) {
                inOrder.add(String(row.variantId));
            }
        }
        rememberActiveOrderVariantIds(ctx, [...inOrder]);
        return { prices, alsoRead: [...new Set([...inOrder, ...asked])] };
    }

    /**
     * `FROM … WHERE …` of the offers the storefront sells, for plain SQL: active, in stock, of an approved seller,
     * in the request's currency (parameters `:approved`, `:active`, `:currencyCode`), for the variants that
     * `variantCondition` (e.g. `IN (:...ids)`) names. One definition for the buy-box prices and the sellers' stock,
     * so that what the storefront shows and what it counts stay the same offers.
     */
    private sellableOffersSql(variantCondition: string): string {
        const sql = this.sql;
        return (
            `FROM ${sql.table(Offer)} "offer" ` +
            `INNER JOIN ${sql.table(MarketplaceSeller)} "seller" ON "seller"."id" = "offer"."sellerId" ` +
            `AND "seller"."status" = :approved ` +
            `WHERE "offer"."productVariantId" ${variantCondition} AND "offer"."active" = :active ` +
            `AND "offer"."quantityAvailable" > 0 AND "offer"."currencyCode" = :currencyCode`
        );
    }

    /**
     * `"sellable"` and `"held"` of {@link offerStock} as two select-list subqueries for the variant named by
     * `variantColumn` (of one seller with `sellerId`: parameter `:sellerId`), each on an index (offers by variant,
     * stock levels by variant, sellers by stock location).
     */
    private offerStockColumnsSql(variantColumn: string, sellerId?: ID): string {
        const sql = this.sql;
        const ofSeller = sellerId === undefined ? '' : ' AND "offer"."sellerId" = :sellerId';
        const heldBySeller = sellerId === undefined ? '' : ' AND "holder"."id" = :sellerId';
        return (
            `(SELECT COALESCE(SUM("offer"."quantityAvailable"), 0) ${this.sellableOffersSql(`= ${variantColumn}`)}` +
            `${ofSeller}) AS "sellable", ` +
            `(SELECT COALESCE(SUM("level"."stockAllocated"), 0) FROM ${sql.table(StockLevel)} "level" ` +
            `INNER JOIN ${sql.table(MarketplaceSeller)} "holder" ON "holder"."stockLocationId" = "level"."stockLocationId" ` +
            `WHERE "level"."productVariantId" = ${variantColumn}${heldBySeller}) AS "held"`
        );
    }

    private buyBoxBatch(ctx: RequestContext) {
        // shared by the savepoints of the request's transaction, which Vendure gives copies of the context
        return transactionScopedCache(ctx, `marketplace-buy-box-batch-${ctx.currencyCode}`, () => ({
            results: new Map<string, Promise<number | null>>(),
            pending: [] as Array<{
                id: string;
                resolve: (price: number | null) => void;
                reject: (e: unknown) => void;
            }>,
            scheduled: false,
        }));
    }

    /**
     * Variant id → the price of its buy-box offer, for the variants someone offers. The buy box ranks by price
     * first (see `buyBoxOrder`), so the winner's price is the lowest price of the offers {@link findBuyBoxes}
     * ranks: one grouped plain query, without reading the offers themselves (a product page or a search page
     * prices every variant it shows through this).
     */
    private async findBuyBoxPrices(ctx: RequestContext, variantIds: ID[]): Promise<Map<string, number>> {
        const ids = [...new Set(variantIds.map(String))];
        const prices = new Map<string, number>();
        const sql = this.sql;
        const query =
            `SELECT "offer"."productVariantId" AS "variantId", MIN("offer"."price") AS "price" ` +
            `${this.sellableOffersSql('IN (:...ids)')} ` +
            `GROUP BY "offer"."productVariantId"`;
        for (let i = 0; i < ids.length; i += 500) {
            const rows = await sql.rows<{ variantId: ID; price: string | number }>(ctx, query, {
                ids: ids.slice(i, i + 500),
                approved: MarketplaceSellerStatus.Approved,
                active: true,
                currencyCode: ctx.currencyCode,
            });
            for (const row of rows) {
                prices.set(String(row.variantId), Number(row.price));
            }
        }
        return prices;
    }

    /**
     * {@link findBuyBoxPrices} for a storefront read outside a transaction (a product page, a listing: what it
     * shows), reading the sellers' stock of the same variants in the same query ({@link offerStock}'s `sellable`
     * and `held`), kept for the request: the page's stock levels, asked for after its prices, need no query of
     * their own. What a transaction decides with (a cart, a checkout) still reads the stock when it asks.
     */
    private async findBuyBoxPricesAndOfferStock(
        ctx: RequestContext,
        variantIds: ID[],
    ): Promise<Map<string, number>> {
        const ids = [...new Set(variantIds.map(String))];
        const prices = new Map<string, number>();
        for (let i = 0; i < ids.length; i += 500) {
            const slice = ids.slice(i, i + 500);
            const rows = await this.offerStockRows(ctx, slice, undefined, true);
            this.primeOfferStock(ctx, rows, slice);
            for (const row of rows) {
                if (row.price != null) {
                    prices.set(String(row.variantId), Number(row.price));
                }
            }
        }
        return prices;
    }

    /** Keeps the sellers' stock read with a page's prices for the request's {@link offerStock}. */
    private primeOfferStock(ctx: RequestContext, rows: OfferStockRow[], asked: string[]): void {
        const primed = transactionScopedCache(
            ctx,
            primedOfferStockKey(ctx),
            () => new Map<string, OfferStock>(),
        );
        for (const row of rows) {
            primed.set(String(row.variantId), toOfferStock(row));
        }
        // a variant id that names no variant has no stock either
        for (const id of asked) {
            if (!primed.has(id)) {
                primed.set(id, { sellable: 0, held: 0 });
            }
        }
    }

    /** Variant id → its buy-box offer (see {@link OfferService.rank}), for the variants someone offers. */
    async findBuyBoxes(ctx: RequestContext, variantIds: ID[]): Promise<Map<string, Offer>> {
        const ids = [...new Set(variantIds.map(String))];
        const winners = new Map<string, Offer>();
        // in slices: a quick-order form or an indexer batch may name many variants
        for (let i = 0; i < ids.length; i += 500) {
            // in buy-box order: the first offer of a variant is its winner
            for (const offer of await this.findStorefrontOffers(ctx, ids.slice(i, i + 500))) {
                const id = String(offer.productVariantId);
                if (!winners.has(id)) {
                    winners.set(id, offer);
                }
            }
        }
        return winners;
    }

    /**
     * The sellers' stock of a variant, in one query: `sellable`, the units sellers can sell now (the sum of
     * `quantityAvailable` over the active offers of approved sellers in the request's currency: the offers the
     * storefront shows), and `held`, the units sold from offers and not yet fulfilled (allocated at the sellers'
     * stock locations, whatever the seller's status now: the orders still need them). With `sellerId`, that
     * seller's only.
     */
    async offerStock(
        ctx: RequestContext,
        variantId: ID,
        sellerId?: ID,
    ): Promise<{ sellable: number; held: number }> {
        if (sellerId === undefined) {
            // read with the page's prices (see findBuyBoxPricesAndOfferStock)
            const primed = isDisplayRead(ctx)
                ? peekTransactionScopedCache<Map<string, OfferStock>>(ctx, primedOfferStockKey(ctx))?.get(
                      String(variantId),
                  )
                : undefined;
            if (primed) {
                return primed;
            }
            const readAhead = this.takeReadAhead(ctx, String(variantId));
            if (readAhead) {
                return readAhead;
            }
            // The sellers' stock of every variant asked for in the same turn (a check of an order's lines, a
            // list of variants) is read with one query per batch instead of one per variant.
            let batch = this.offerStockBatches.get(ctx);
            if (!batch) {
                batch = new TickBatch(
                    ids => this.loadOfferStockReadingAhead(ctx, ids),
                    () => ({ sellable: 0, held: 0 }),
                );
                this.offerStockBatches.set(ctx, batch);
            }
            return batch.get(variantId);
        }
        return this.offerStockOf(ctx, variantId, sellerId);
    }

    /**
     * Forgets the sellers' stock read ahead for the request, and reads no more ahead in it: called before the
     * request moves sellers' stock (an allocation, sale, release or cancellation at a seller's stock location, an
     * offer's quantity taken at placement), so that no check after the move is answered from a read before it.
     */
    forgetOfferStockReadAhead(ctx: RequestContext): void {
        this.offerStockReadAheads.set(ctx.req ?? ctx, 'spent');
    }

    /**
     * Vendure checks an order's lines one after the other (each `addItemsToOrder` input, each line on the move to
     * `ArrangingPayment`), so the batch of a turn holds one variant there: a 50-line order read the sellers' stock
     * 50 times per check. In a storefront transaction, the batch that shows such a loop (the request's second, when
     * it asks about another variant than the first; or its first when an `addItemsToOrder` announced its variants)
     * reads the stock of the order's other variants
     * with its own, and each answers the next question about its variant once ({@link takeReadAhead}). One read
     * ahead per request, none after the request moved sellers' stock ({@link forgetOfferStockReadAhead}); a
     * request that asks about one variant (an `addItemToOrder`) reads only that.
     */
    private async loadOfferStockReadingAhead(
        ctx: RequestContext,
        variantIds: string[],
    ): Promise<Map<string, OfferStock>> {
        const owner = ctx.req ?? ctx;
        const state = this.offerStockReadAheads.get(owner);
        if (
            ctx.apiType !== 'shop' ||
            !inTransaction(ctx) ||
            state === 'spent' ||
            (state !== undefined && 'values' in state)
        ) {
            return this.loadOfferStock(ctx, variantIds);
        }
        if (state === undefined && requestedVariantIds(ctx).length === 0) {
            this.offerStockReadAheads.set(owner, { firstAsked: new Set(variantIds) });
            return this.loadOfferStock(ctx, variantIds);
        }
        if (state !== undefined && variantIds.every(id => state.firstAsked.has(id))) {
            // the same variant again (a check and a guard of one line): no loop over lines
            return this.loadOfferStock(ctx, variantIds);
        }
        // filled once read, unless forgotten meanwhile
        const readAhead: OfferStockReadAhead = {
            channelId: String(ctx.channelId),
            currencyCode: ctx.currencyCode,
            values: new Map(),
        };
        this.offerStockReadAheads.set(owner, readAhead);
        const asked = new Set([...variantIds, ...(state?.firstAsked ?? [])]);
        const others = (await activeOrderVariantIds(this.connection, ctx))
            .filter(id => !asked.has(id))
            .slice(0, Math.max(0, 500 - variantIds.length));
        const loaded = await this.loadOfferStock(ctx, [...variantIds, ...others]);
        if (this.offerStockReadAheads.get(owner) === readAhead) {
            for (const id of others) {
                readAhead.values.set(id, loaded.get(id) ?? { sellable: 0, held: 0 });
            }
        }
        return loaded;
    }

    /** The read-ahead answer for the variant, if there is one for this channel and currency (used up). */
    private takeReadAhead(ctx: RequestContext, variantId: string): OfferStock | undefined {
        const readAhead = this.offerStockReadAheads.get(ctx.req ?? ctx);
        if (
            typeof readAhead !== 'object' ||
            !('values' in readAhead) ||
            readAhead.channelId !== String(ctx.channelId) ||
            readAhead.currencyCode !== ctx.currencyCode ||
            !inTransaction(ctx)
        ) {
            return undefined;
        }
        const value = readAhead.values.get(variantId);
        readAhead.values.delete(variantId);
        return value;
    }

    private async offerStockOf(
        ctx: RequestContext,
        variantId: ID,
        sellerId?: ID,
    ): Promise<{ sellable: number; held: number }> {
        return (
            (await this.loadOfferStock(ctx, [String(variantId)], sellerId)).get(String(variantId)) ?? {
                sellable: 0,
                held: 0,
            }
        );
    }

    /**
     * {@link offerStock} for many variants (of one seller with `sellerId`, else of all): one plain query per
     * slice of 500 variants, each sum a correlated subquery on an index (offers by variant, stock levels by
     * variant, sellers by stock location).
     */
    private async loadOfferStock(
        ctx: RequestContext,
        variantIds: string[],
        sellerId?: ID,
    ): Promise<Map<string, OfferStock>> {
        const result = new Map<string, OfferStock>();
        for (let i = 0; i < variantIds.length; i += 500) {
            for (const row of await this.offerStockRows(ctx, variantIds.slice(i, i + 500), sellerId, false)) {
                result.set(String(row.variantId), toOfferStock(row));
            }
        }
        return result;
    }

    /**
     * The rows of {@link loadOfferStock} for at most 500 variants, with each variant's buy-box price too when
     * `withPrice` (the lowest price of the same offers `sellable` counts; null when none).
     */
    private offerStockRows(
        ctx: RequestContext,
        variantIds: string[],
        sellerId: ID | undefined,
        withPrice: boolean,
    ): Promise<OfferStockRow[]> {
        const sql = this.sql;
        const price = withPrice
            ? `(SELECT MIN("offer"."price") ${this.sellableOffersSql('= "variant"."id"')}) AS "price", `
            : '';
        const query =
            `SELECT "variant"."id" AS "variantId", ${price}${this.offerStockColumnsSql('"variant"."id"', sellerId)} ` +
            `FROM ${sql.table(ProductVariant)} "variant" WHERE "variant"."id" IN (:...ids)`;
        return sql.rows(ctx, query, {
            ids: variantIds,
            approved: MarketplaceSellerStatus.Approved,
            active: true,
            currencyCode: ctx.currencyCode,
            sellerId,
        });
    }

    /** The buy-box winner for a variant, or undefined when no seller offers it (see README, "Buy box"). */
    async findBuyBox(ctx: RequestContext, variantId: ID): Promise<Offer | undefined> {
        return (await this.findBuyBoxes(ctx, [variantId])).get(String(variantId));
    }

    /**
     * The offer an order line is bought from, if it exists for this variant and currency. With `sellable`, only
     * when it may be sold now (active, approved seller, in stock): what adding to the cart requires; pricing
     * keeps an offer the buyer already holds in the cart.
     */
    async findOfferForLine(
        ctx: RequestContext,
        offerId: ID,
        productVariantId: ID,
        currencyCode: CurrencyCode,
        options: { sellable?: boolean } = {},
    ): Promise<Offer | undefined> {
        const qb = this.connection
            .getRepository(ctx, Offer)
            .createQueryBuilder('offer')
            .innerJoinAndSelect('offer.seller', 'seller')
            .where('offer.id = :offerId', { offerId })
            .andWhere('offer.productVariantId = :productVariantId', { productVariantId })
            .andWhere('offer.currencyCode = :currencyCode', { currencyCode });
        if (options.sellable) {
            qb.andWhere('offer.active = :active', { active: true })
                .andWhere('offer.quantityAvailable > 0')
                .andWhere('seller.status = :approved', { approved: MarketplaceSellerStatus.Approved });
        }
        return (await qb.getOne()) ?? undefined;
    }

    /** The default channel's variants (the catalogue), for picking the variant of an offer. */
    async findOfferableVariants(
        ctx: RequestContext,
        options?: ListQueryOptions<ProductVariant>,
    ): Promise<PaginatedList<ProductVariant>> {
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const [items, totalItems] = await this.listQueryBuilder
            .build(ProductVariant, options, {
                ctx,
                channelId: defaultChannel.id,
                relations: ['translations', 'product', 'product.translations'],
                where: { deletedAt: IsNull() },
            })
            .getManyAndCount();
        return {
            items: items.map(v => this.translator.translate(v, ctx, ['product'])),
            totalItems,
        };
    }

    /** Ids of the variants a seller has offers for (any state): their buy box changes with the seller's status. */
    async variantIdsOfSeller(ctx: RequestContext, sellerId: ID): Promise<ID[]> {
        const rows = await this.connection
            .getRepository(ctx, Offer)
            .createQueryBuilder('offer')
            .select('DISTINCT offer.productVariantId', 'id')
            .where('offer.sellerId = :sellerId', { sellerId })
            .getRawMany<{ id: ID }>();
        return rows.map(r => r.id);
    }

    /** Ids of the product's variants (not deleted). */
    async variantIdsOfProduct(ctx: RequestContext, productId: ID): Promise<ID[]> {
        const rows = await this.connection
            .getRepository(ctx, ProductVariant)
            .createQueryBuilder('variant')
            .select('variant.id', 'id')
            .where('variant.productId = :productId', { productId })
            .andWhere('variant.deletedAt IS NULL')
            .getRawMany<{ id: ID }>();
        return rows.map(r => r.id);
    }

    /** Sorts offers in buy-box order (see {@link buyBoxOrder}), with the ratings of the configured strategy. */
    async rank(ctx: RequestContext, offers: Offer[]): Promise<Offer[]> {
        const ratings = await this.options.sellerRatingStrategy.getRatings(ctx, [
            ...new Set(offers.map(o => o.sellerId)),
        ]);
        return buyBoxOrder(offers, ratings);
    }

    /** Undefined for the operator (all sellers); a seller's id on its channel; -1 (nothing) on other channels. */
    private async scopedSellerId(ctx: RequestContext): Promise<ID | undefined> {
        const scope = await this.sellers.getScope(ctx);
        if (scope.operator) {
            return undefined;
        }
        return scope.sellerId ?? -1;
    }

    private findDuplicate(
        ctx: RequestContext,
        sellerId: ID,
        productVariantId: ID,
        condition: OfferCondition,
        currencyCode: CurrencyCode,
    ): Promise<Offer | null> {
        return this.connection
            .getRepository(ctx, Offer)
            .findOne({ where: { sellerId, productVariantId, condition, currencyCode } });
    }

    /** Checks an offer's values (throws `UserInputError` saying what to fix); the currency defaults to the channel's. */
    async checkOfferValues(ctx: RequestContext, v: OfferValuesInput) {
        return this.checkOfferValuesIn(await this.channelService.getDefaultChannel(ctx), v);
    }

    /**
     * {@link checkOfferValues} against the default channel the caller already has: a CSV import checks thousands of
     * rows against one channel, without a promise per row.
     */
    checkOfferValuesIn(defaultChannel: Channel, v: OfferValuesInput) {
        const limits = MARKETPLACE_INPUT_LIMITS;
        const currencyCode = v.currencyCode ?? defaultChannel.defaultCurrencyCode;
        if (!defaultChannel.availableCurrencyCodes.includes(currencyCode)) {
            throw new LocalizedUserInputError({
                en: `currencyCode ${currencyCode} is not sold in this store (${defaultChannel.availableCurrencyCodes.join(', ')})`,
                zh_Hans: `本店不以 ${currencyCode} 销售（可用币种：${defaultChannel.availableCurrencyCodes.join(', ')}）`,
            });
        }
        if (!OFFER_CONDITIONS.has(v.condition)) {
            throw new LocalizedUserInputError({
                en: `condition must be one of ${[...OFFER_CONDITIONS].join(', ')}`,
                zh_Hans: `condition 应为 ${[...OFFER_CONDITIONS].join(', ')} 之一`,
            });
        }
        return {
            price: checkInt(v.price, 'price (minor units)', 0, MAX_PRICE),
            currencyCode,
            quantityAvailable: checkInt(v.quantityAvailable, 'quantityAvailable', 0, limits.quantity),
            leadTimeDays: checkInt(v.leadTimeDays, 'leadTimeDays', 0, limits.leadTimeDays),
            condition: v.condition,
            minimumOrderQuantity: checkInt(
                v.minimumOrderQuantity,
                'minimumOrderQuantity',
                1,
                limits.quantity,
            ),
            sellerSku: checkText(v.sellerSku, 'sellerSku', limits.sku),
            manufacturerPartNumber: checkText(v.manufacturerPartNumber, 'manufacturerPartNumber', limits.sku),
        };
    }
}

/** The values `checkOfferValues` checks. */
export interface OfferValuesInput {
    price: number;
    currencyCode?: CurrencyCode | null;
    quantityAvailable: number;
    leadTimeDays: number;
    condition: OfferCondition;
    minimumOrderQuantity: number;
    sellerSku?: string | null;
    manufacturerPartNumber?: string | null;
}
