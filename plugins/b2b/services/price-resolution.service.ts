import { Injectable } from '@nestjs/common';
import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, RequestContextCacheService, TransactionalConnection } from '@vendure/core';

import { activeOrderVariantIds } from '../../../src/common/active-order-variants';
import { afterPromiseJobs } from '../../../src/common/after-promise-jobs';
import { PlainSql } from '../../../src/common/plain-sql';
import { CompanyStatus } from '../entities/company.entity';
import { PriceList, PriceListStatus } from '../entities/price-list.entity';
import { PriceListEntry } from '../entities/price-list-entry.entity';

import { CompanyService } from './company.service';

/** How specifically a list targets the buyer: lower is more specific. */
export enum PriceListMatch {
    Company = 0,
    Tier = 1,
    /** Ancestor at depth d (parent = 0) ranks `Ancestor + d`. */
    Ancestor = 2,
    CustomerGroup = 1_000_000,
}

/** A price list that applies to a buyer, with its rank in resolution order. */
export interface ApplicablePriceList {
    id: ID;
    name: string;
    /** Lower is more specific (see {@link PriceListMatch}). */
    rank: number;
    priority: number;
}

/** The compact form of an entry used during resolution. */
interface EntryRow {
    priceListId: ID;
    productVariantId: ID;
    minQuantity: number;
    price: number | null;
    percentOffBasisPoints: number | null;
}

/** One row of a dealer's price break table. */
export interface QuantityBreak {
    minQuantity: number;
    /** Unit price in minor units, net or gross as the channel's prices are. */
    price: number;
    priceListId: ID;
}

/** Variant ids → (list id → entries sorted by minQuantity descending). */
type EntryIndex = Map<string, Map<string, EntryRow[]>>;

/**
 * Resolves dealer prices. For a buyer, the candidate lists are the enabled lists of the channel, valid now, in
 * the currency, that are assigned to the buyer's company (most specific), its tier, its ancestor companies
 * (nearest first) or one of the customer's groups (least specific); then by priority, highest first. For a
 * variant and quantity, the first list (in that order) with a break not above the quantity wins, and within
 * it the largest such break. Non-members only get customer-group lists; closed companies get no company lists.
 *
 * Candidate lists are computed once per request and buyer; entries are fetched with one indexed query per
 * (list set, variant set) — for a cart, all its variants at once.
 */
@Injectable()
export class PriceResolutionService {
    constructor(
        private connection: TransactionalConnection,
        private companyService: CompanyService,
        private requestCache: RequestContextCacheService,
    ) {
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;

    /** The lists applying to this customer in the currency, most specific first, then highest priority. */
    getApplicableLists(
        ctx: RequestContext,
        customerId: ID,
        currencyCode: CurrencyCode,
    ): Promise<ApplicablePriceList[]> {
        return this.requestCache.get(ctx, `b2b-lists-${String(customerId)}-${currencyCode}`, () =>
            this.loadApplicableLists(ctx, customerId, currencyCode),
        );
    }

    /** Unit price for a quantity, or undefined when no list has a price for it (the channel price applies). */
    async resolveUnitPrice(
        ctx: RequestContext,
        customerId: ID,
        currencyCode: CurrencyCode,
        variant: { id: ID; listPrice: number },
        quantity: number,
        otherVariantIds: ID[] = [],
    ): Promise<number | undefined> {
        const lists = await this.getApplicableLists(ctx, customerId, currencyCode);
        if (!lists.length) {
            return undefined;
        }
        const index = await this.getEntries(ctx, lists, [variant.id, ...otherVariantIds]);
        return this.pick(lists, index.get(String(variant.id)), quantity, variant.listPrice)?.price;
    }

    /**
     * The break table a buyer sees for a variant: for each quantity where the resolved unit price changes,
     * that quantity and the price.
     */
    async getQuantityBreaks(
        ctx: RequestContext,
        customerId: ID,
        currencyCode: CurrencyCode,
        variant: { id: ID; listPrice: number },
    ): Promise<QuantityBreak[]> {
        const lists = await this.getApplicableLists(ctx, customerId, currencyCode);
        if (!lists.length) {
            return [];
        }
        const byList =
            (await this.getEntriesBatched(ctx, lists, variant.id)) ?? new Map<string, EntryRow[]>();
        const quantities = new Set<number>([1]);
        byList.forEach(rows => rows.forEach(r => quantities.add(r.minQuantity)));
        const result: QuantityBreak[] = [];
        for (const q of [...quantities].sort((a, b) => a - b)) {
            const picked = this.pick(lists, byList, q, variant.listPrice);
            const price = picked?.price ?? variant.listPrice;
            if (!result.length || result[result.length - 1].price !== price) {
                result.push({ minQuantity: q, price, priceListId: picked?.priceListId ?? '' });
            }
        }
        return result.length === 1 && result[0].priceListId === '' ? [] : result;
    }

    /**
     * Unit price at quantity 1 for product pages. Concurrent calls in one request (a page of variants) are
     * gathered into one query.
     */
    async resolveSingleUnitPrice(
        ctx: RequestContext,
        customerId: ID,
        currencyCode: CurrencyCode,
        variant: { id: ID; listPrice: number },
    ): Promise<number | undefined> {
        const lists = await this.getApplicableLists(ctx, customerId, currencyCode);
        if (!lists.length) {
            return undefined;
        }
        const byList = await this.getEntriesBatched(ctx, lists, variant.id);
        return this.pick(lists, byList, 1, variant.listPrice)?.price;
    }

    private pick(
        lists: ApplicablePriceList[],
        byList: Map<string, EntryRow[]> | undefined,
        quantity: number,
        channelPrice: number,
    ): { price: number; priceListId: ID } | undefined {
        if (!byList) {
            return undefined;
        }
        for (const list of lists) {
            // sorted by minQuantity descending: the first that fits is the largest break not above the quantity
            const row = byList.get(String(list.id))?.find(r => r.minQuantity <= quantity);
            if (row) {
                return { price: this.priceOf(row, channelPrice), priceListId: list.id };
            }
        }
        return undefined;
    }

    private priceOf(row: EntryRow, channelPrice: number): number {
        if (row.price != null) {
            return row.price;
        }
        const bp = row.percentOffBasisPoints ?? 0;
        return Math.max(0, Math.round((channelPrice * (10_000 - bp)) / 10_000));
    }

    private async getEntries(
        ctx: RequestContext,
        lists: ApplicablePriceList[],
        variantIds: ID[],
    ): Promise<EntryIndex> {
        const listKey = lists.map(l => String(l.id)).join(',');
        const cache = this.requestCache.get(
            ctx,
            `b2b-entries-${listKey}`,
            () => new Map<string, Map<string, EntryRow[]>>(),
        );
        const missing = [...new Set(variantIds.map(String))].filter(id => !cache.has(id));
        if (missing.length) {
            const fetched = await this.queryEntries(ctx, lists, missing);
            for (const id of missing) {
                cache.set(id, fetched.get(id) ?? new Map<string, EntryRow[]>());
            }
        }
        return cache;
    }

    private getEntriesBatched(
        ctx: RequestContext,
        lists: ApplicablePriceList[],
        variantId: ID,
    ): Promise<Map<string, EntryRow[]> | undefined> {
        const listKey = lists.map(l => String(l.id)).join(',');
        const batch = this.requestCache.get(ctx, `b2b-entry-batch-${listKey}`, () => ({
            results: new Map<string, Promise<Map<string, EntryRow[]> | undefined>>(),
            pending: [] as Array<{
                id: string;
                resolve: (v: Map<string, EntryRow[]> | undefined) => void;
                reject: (e: unknown) => void;
            }>,
            scheduled: false,
        }));
        const key = String(variantId);
        const known = batch.results.get(key);
        if (known) {
            return known;
        }
        // Fetched already in this request with a cart's other variants (resolveUnitPrice): an order's lines are
        // priced one after the other, so without this each line's variant price would be a query of its own.
        const fetched = this.requestCache
            .get(ctx, `b2b-entries-${listKey}`, () => new Map<string, Map<string, EntryRow[]>>())
            .get(key);
        if (fetched) {
            return Promise.resolve(fetched);
        }
        const promise = new Promise<Map<string, EntryRow[]> | undefined>((resolve, reject) => {
            batch.pending.push({ id: key, resolve, reject });
        });
        batch.results.set(key, promise);
        if (!batch.scheduled) {
            batch.scheduled = true;
            // after the current burst of field resolvers has queued its variants
            afterPromiseJobs(() => {
                const pending = batch.pending.splice(0);
                batch.scheduled = false;
                // At the first lookup of a storefront request, the variants of its active order too: Vendure
                // prices an order's lines one after the other, so the cart is answered from this one query.
                activeOrderVariantIds(this.connection, ctx)
                    .then(orderVariantIds =>
                        this.getEntries(ctx, lists, [...pending.map(p => p.id), ...orderVariantIds]),
                    )
                    .then(
                        index => pending.forEach(p => p.resolve(index.get(p.id))),
                        (e: unknown) => pending.forEach(p => p.reject(e)),
                    );
            });
        }
        return promise;
    }

    private async queryEntries(
        ctx: RequestContext,
        lists: ApplicablePriceList[],
        variantIds: string[],
    ): Promise<EntryIndex> {
        const index: EntryIndex = new Map();
        const listIds = lists.map(l => l.id);
        // stay well below SQLite's bound-parameter limit on very large carts
        for (let i = 0; i < variantIds.length; i += 500) {
            const rows = await this.sql.rows<EntryRow>(
                ctx,
                `SELECT e."priceListId" AS "priceListId", e."productVariantId" AS "productVariantId",
                    e."minQuantity" AS "minQuantity", e."price" AS "price",
                    e."percentOffBasisPoints" AS "percentOffBasisPoints"
                FROM ${this.sql.table(PriceListEntry)} e
                WHERE e."priceListId" IN (:...listIds) AND e."productVariantId" IN (:...variantIds)
                ORDER BY e."minQuantity" DESC`,
                { listIds, variantIds: variantIds.slice(i, i + 500) },
            );
            for (const raw of rows) {
                // money is a bigint column: PostgreSQL answers it as a string
                const row: EntryRow = {
                    priceListId: raw.priceListId,
                    productVariantId: raw.productVariantId,
                    minQuantity: Number(raw.minQuantity),
                    price: raw.price == null ? null : Number(raw.price),
                    percentOffBasisPoints:
                        raw.percentOffBasisPoints == null ? null : Number(raw.percentOffBasisPoints),
                };
                const v = String(row.productVariantId);
                let byList = index.get(v);
                if (!byList) {
                    byList = new Map();
                    index.set(v, byList);
                }
                const l = String(row.priceListId);
                const arr = byList.get(l) ?? [];
                arr.push(row);
                byList.set(l, arr);
            }
        }
        return index;
    }

    private async loadApplicableLists(
        ctx: RequestContext,
        customerId: ID,
        currencyCode: CurrencyCode,
    ): Promise<ApplicablePriceList[]> {
        const buyer = await this.companyService.getBuyer(ctx, customerId);
        const company =
            buyer?.company && buyer.company.status !== CompanyStatus.Closed ? buyer.company : undefined;
        const groupIds = buyer?.groupIds ?? [];
        if (!company && !groupIds.length) {
            return [];
        }
        // the company is in the channel: its first ancestor is its parent, a root has none
        const ancestorIds =
            company && company.parentId != null
                ? await this.companyService.getAncestorIds(ctx, company.id)
                : [];
        const candidates = await this.loadCandidateLists(ctx, currencyCode, {
            companyIds: company ? [company.id, ...ancestorIds] : [],
            tier: company?.tier ?? undefined,
            groupIds,
        });
        const rankOfCompany = new Map<string, number>();
        if (company) {
            rankOfCompany.set(String(company.id), PriceListMatch.Company);
            ancestorIds.forEach((id, depth) =>
                rankOfCompany.set(String(id), PriceListMatch.Ancestor + depth),
            );
        }
        const groups = new Set(groupIds.map(String));
        const result: ApplicablePriceList[] = [];
        for (const list of candidates) {
            let rank = Number.POSITIVE_INFINITY;
            for (const c of list.companyIds) {
                rank = Math.min(rank, rankOfCompany.get(c) ?? Number.POSITIVE_INFINITY);
            }
            if (company?.tier && list.tiers.includes(company.tier)) {
                rank = Math.min(rank, PriceListMatch.Tier);
            }
            if (list.groupIds.some(g => groups.has(g))) {
                rank = Math.min(rank, PriceListMatch.CustomerGroup);
            }
            if (Number.isFinite(rank)) {
                result.push({ id: list.id, name: list.name, rank, priority: list.priority });
            }
        }
        return result.sort(
            (a, b) => a.rank - b.rank || b.priority - a.priority || String(a.id).localeCompare(String(b.id)),
        );
    }

    /**
     * The enabled lists of the channel in the currency, valid now, that are assigned to one of the buyer's
     * companies (its own and its ancestors), its tier or one of its customer groups, with those assignments: one
     * query (a row per list, matching company and matching group). Only the buyer's lists are returned: a channel
     * with a contract list for each of thousands of dealers costs a request its few lists, not all of them.
     */
    private async loadCandidateLists(
        ctx: RequestContext,
        currencyCode: CurrencyCode,
        buyer: { companyIds: ID[]; tier?: string; groupIds: ID[] },
    ): Promise<CandidateList[]> {
        const { companyIds, tier, groupIds } = buyer;
        const matches: string[] = [];
        if (companyIds.length) {
            matches.push('lc."companyId" IS NOT NULL');
        }
        if (groupIds.length) {
            matches.push('lg."customerGroupId" IS NOT NULL');
        }
        if (tier) {
            // `tiers` is JSON text (simple-json): a coarse match here, the exact one in loadApplicableLists
            matches.push('l."tiers" LIKE :tierPattern');
        }
        if (!matches.length) {
            return [];
        }
        const rows = await this.sql.rows<CandidateRow>(
            ctx,
            `SELECT l."id" AS "id", l."name" AS "name", l."priority" AS "priority", l."tiers" AS "tiers",
                ${companyIds.length ? 'lc."companyId"' : 'NULL'} AS "companyId",
                ${groupIds.length ? 'lg."customerGroupId"' : 'NULL'} AS "groupId"
            FROM ${this.sql.table(PriceList)} l
            INNER JOIN ${this.sql.table(PriceList, 'channels')} ch
                ON ch."priceListId" = l."id" AND ch."channelId" = :channelId
            ${
                companyIds.length
                    ? `LEFT JOIN ${this.sql.table(PriceList, 'companies')} lc
                        ON lc."priceListId" = l."id" AND lc."companyId" IN (:...companyIds)`
                    : ''
            }
            ${
                groupIds.length
                    ? `LEFT JOIN ${this.sql.table(PriceList, 'customerGroups')} lg
                        ON lg."priceListId" = l."id" AND lg."customerGroupId" IN (:...groupIds)`
                    : ''
            }
            WHERE l."status" = :status AND l."currencyCode" = :currencyCode
                AND (l."validFrom" IS NULL OR l."validFrom" <= :now)
                AND (l."validTo" IS NULL OR l."validTo" > :now)
                AND (${matches.join(' OR ')})`,
            {
                channelId: ctx.channelId,
                status: PriceListStatus.Enabled,
                currencyCode,
                now: new Date(),
                companyIds,
                groupIds,
                tierPattern: `%${JSON.stringify(tier ?? '')}%`,
            },
        );
        const byId = new Map<string, CandidateList>();
        for (const row of rows) {
            const key = String(row.id);
            let list = byId.get(key);
            if (!list) {
                list = {
                    id: row.id,
                    name: row.name,
                    priority: Number(row.priority),
                    tiers: parseTiers(row.tiers),
                    companyIds: [],
                    groupIds: [],
                };
                byId.set(key, list);
            }
            if (row.companyId != null && !list.companyIds.includes(String(row.companyId))) {
                list.companyIds.push(String(row.companyId));
            }
            if (row.groupId != null && !list.groupIds.includes(String(row.groupId))) {
                list.groupIds.push(String(row.groupId));
            }
        }
        return [...byId.values()];
    }
}

/** A candidate list with the ids (as strings) of the companies and groups it is assigned to. */
interface CandidateList {
    id: ID;
    name: string;
    priority: number;
    tiers: string[];
    companyIds: string[];
    groupIds: string[];
}

interface CandidateRow {
    id: ID;
    name: string;
    priority: number | string;
    tiers: string | string[] | null;
    companyId: ID | null;
    groupId: ID | null;
}

/** `PriceList.tiers` is a simple-json column: a JSON array as text. */
function parseTiers(value: string | string[] | null): string[] {
    if (value == null || value === '') {
        return [];
    }
    if (Array.isArray(value)) {
        return value;
    }
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
}
