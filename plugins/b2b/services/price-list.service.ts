import { Inject, Injectable } from '@nestjs/common';
import { CurrencyCode, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    ConfigService,
    CustomerGroup,
    EntityNotFoundError,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    ProductVariant,
    RelationPaths,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { insertPlainRows } from '../../../src/common/bulk-write';
import { localize, LocalizedText } from '../../../src/common/localized-error-result';
import { MalformedPriceListCsvError } from '../api/error-results';
import { B2B_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { Company } from '../entities/company.entity';
import { PriceList, PriceListStatus } from '../entities/price-list.entity';
import { PriceListEntry } from '../entities/price-list-entry.entity';
import { ResolvedB2bPluginOptions } from '../types';
import {
    B2B_INPUT_LIMITS,
    checkMoneyAmount,
    checkText,
    maxMoneyAmount,
    normalizeTierCode,
} from './input-limits';

import {
    csvField,
    CsvSyntaxError,
    formatScaled,
    parseScaledDecimal,
    PRICE_LIST_CSV_COLUMNS,
    readCsv,
    scanCsv,
} from './price-list-csv';

export interface CreatePriceListInput {
    name: string;
    currencyCode: CurrencyCode;
    priority?: number | null;
    validFrom?: Date | null;
    validTo?: Date | null;
    status?: PriceListStatus | null;
    tiers?: string[] | null;
    companyIds?: ID[] | null;
    customerGroupIds?: ID[] | null;
}

export interface UpdatePriceListInput {
    id: ID;
    name?: string | null;
    priority?: number | null;
    validFrom?: Date | null;
    validTo?: Date | null;
    status?: PriceListStatus | null;
}

export interface PriceListTargetsInput {
    priceListId: ID;
    companyIds?: ID[] | null;
    tiers?: string[] | null;
    customerGroupIds?: ID[] | null;
}

export interface PriceListEntryInput {
    productVariantId: ID;
    minQuantity?: number | null;
    /** Minor units. */
    price?: number | null;
    /** Percent off the channel price, e.g. 12.5. */
    percentOff?: number | null;
}

export enum PriceListImportMode {
    /** Add new breaks and update existing ones; keep the rest. */
    Merge = 'MERGE',
    /** Replace all entries of the list with the file's. */
    Replace = 'REPLACE',
}

export interface PriceListImportRejection {
    line: number;
    sku: string;
    reason: string;
}

export interface PriceListImportReport {
    accepted: number;
    rejected: PriceListImportRejection[];
}

const LOOKUP_CHUNK = 900;
const MONEY_DECIMALS = 2;

/** Dealer price lists, their targets and entries, and their CSV import/export. */
@Injectable()
export class PriceListService {
    constructor(
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private listQueryBuilder: ListQueryBuilder,
        @Inject(B2B_PLUGIN_OPTIONS) private options: ResolvedB2bPluginOptions,
        private configService: ConfigService,
    ) {}

    /** The largest price the money columns hold. */
    private get maxAmount(): number {
        return maxMoneyAmount(this.configService.entityOptions.moneyStrategy);
    }

    findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<PriceList>,
        relations?: RelationPaths<PriceList>,
    ): Promise<PaginatedList<PriceList>> {
        return this.listQueryBuilder
            .build(PriceList, options, { ctx, channelId: ctx.channelId, relations: relations ?? [] })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    async findOne(ctx: RequestContext, id: ID): Promise<PriceList | undefined> {
        const list = await this.connection
            .getRepository(ctx, PriceList)
            .createQueryBuilder('list')
            .innerJoin('list.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('list.id = :id', { id })
            .getOne();
        return list ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<PriceList> {
        const list = await this.findOne(ctx, id);
        if (!list) {
            throw new EntityNotFoundError('PriceList', id);
        }
        return list;
    }

    async create(ctx: RequestContext, input: CreatePriceListInput): Promise<PriceList> {
        this.checkCurrency(ctx, input.currencyCode);
        this.checkValidity(input.validFrom ?? null, input.validTo ?? null);
        const list = new PriceList({
            name: this.requireName(input.name),
            currencyCode: input.currencyCode,
            priority: this.checkPriority(input.priority ?? 0),
            validFrom: input.validFrom ?? null,
            validTo: input.validTo ?? null,
            status: input.status ?? PriceListStatus.Enabled,
            tiers: this.normalizeTiers(input.tiers ?? []),
            companies: await this.getCompanies(ctx, input.companyIds ?? []),
            customerGroups: await this.getCustomerGroups(ctx, input.customerGroupIds ?? []),
        });
        // Prices are per channel: unlike companies, a list is not also assigned to the default channel, so a
        // branch's lists never apply to the head office's orders.
        list.channels = [ctx.channel];
        const saved = await this.connection.getRepository(ctx, PriceList).save(list);
        return this.getOrThrow(ctx, saved.id);
    }

    async update(ctx: RequestContext, input: UpdatePriceListInput): Promise<PriceList> {
        const list = await this.getOrThrow(ctx, input.id);
        if (input.name != null) {
            list.name = this.requireName(input.name);
        }
        if (input.priority != null) {
            list.priority = this.checkPriority(input.priority);
        }
        if (input.validFrom !== undefined) {
            list.validFrom = input.validFrom;
        }
        if (input.validTo !== undefined) {
            list.validTo = input.validTo;
        }
        if (input.status != null) {
            list.status = input.status;
        }
        this.checkValidity(list.validFrom, list.validTo);
        await this.connection.getRepository(ctx, PriceList).save(list, { reload: false });
        return this.getOrThrow(ctx, list.id);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        const list = await this.getOrThrow(ctx, id);
        await this.connection.getRepository(ctx, PriceListEntry).delete({ priceListId: list.id });
        await this.connection.getRepository(ctx, PriceList).remove(list);
        return DeletionResult.DELETED;
    }

    async assignTargets(ctx: RequestContext, input: PriceListTargetsInput): Promise<PriceList> {
        const list = await this.getWithTargets(ctx, input.priceListId);
        const companies = await this.getCompanies(ctx, input.companyIds ?? []);
        const groups = await this.getCustomerGroups(ctx, input.customerGroupIds ?? []);
        list.companies = uniqueById([...list.companies, ...companies]);
        list.customerGroups = uniqueById([...list.customerGroups, ...groups]);
        list.tiers = this.normalizeTiers([...list.tiers, ...(input.tiers ?? [])]);
        await this.connection.getRepository(ctx, PriceList).save(list, { reload: false });
        return this.getOrThrow(ctx, list.id);
    }

    async unassignTargets(ctx: RequestContext, input: PriceListTargetsInput): Promise<PriceList> {
        const list = await this.getWithTargets(ctx, input.priceListId);
        const companyIds = new Set((input.companyIds ?? []).map(String));
        const groupIds = new Set((input.customerGroupIds ?? []).map(String));
        const tiers = new Set(this.normalizeTiers(input.tiers ?? []));
        list.companies = list.companies.filter(c => !companyIds.has(String(c.id)));
        list.customerGroups = list.customerGroups.filter(g => !groupIds.has(String(g.id)));
        list.tiers = list.tiers.filter(t => !tiers.has(t));
        await this.connection.getRepository(ctx, PriceList).save(list, { reload: false });
        return this.getOrThrow(ctx, list.id);
    }

    /** Companies (of this channel) a list is assigned to. */
    async getAssignedCompanies(ctx: RequestContext, priceListId: ID): Promise<Company[]> {
        return this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .innerJoin(PriceList, 'list', 'list.id = :priceListId', { priceListId })
            .innerJoin('list.companies', 'assigned', 'assigned.id = company.id')
            .orderBy('company.name', 'ASC')
            .getMany();
    }

    async getAssignedCustomerGroups(ctx: RequestContext, priceListId: ID): Promise<CustomerGroup[]> {
        const list = await this.connection
            .getRepository(ctx, PriceList)
            .findOne({ where: { id: priceListId }, relations: { customerGroups: true } });
        return list?.customerGroups ?? [];
    }

    /** Lists of this channel assigned directly to a company. */
    getListsForCompany(ctx: RequestContext, companyId: ID): Promise<PriceList[]> {
        return this.connection
            .getRepository(ctx, PriceList)
            .createQueryBuilder('list')
            .innerJoin('list.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .innerJoin('list.companies', 'company', 'company.id = :companyId', { companyId })
            .orderBy('list.priority', 'DESC')
            .getMany();
    }

    countEntries(ctx: RequestContext, priceListId: ID): Promise<number> {
        return this.connection.getRepository(ctx, PriceListEntry).count({ where: { priceListId } });
    }

    async getEntries(
        ctx: RequestContext,
        priceListId: ID,
        options?: ListQueryOptions<PriceListEntry>,
    ): Promise<PaginatedList<PriceListEntry>> {
        await this.getOrThrow(ctx, priceListId);
        const [items, totalItems] = await this.listQueryBuilder
            .build(PriceListEntry, options, {
                ctx,
                relations: ['productVariant'],
                where: { priceListId },
                orderBy: { productVariantId: 'ASC', minQuantity: 'ASC' },
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    /** Adds or updates breaks (keyed by variant and minQuantity). */
    async upsertEntries(
        ctx: RequestContext,
        priceListId: ID,
        entries: PriceListEntryInput[],
    ): Promise<PriceListEntry[]> {
        const list = await this.getOrThrow(ctx, priceListId);
        const variantIds = [...new Set(entries.map(e => String(e.productVariantId)))];
        const found = await this.findVariantsInChannel(ctx, 'id', variantIds);
        const rows = entries.map(e => {
            if (!found.has(String(e.productVariantId))) {
                throw new EntityNotFoundError('ProductVariant', e.productVariantId);
            }
            return this.toRow(list.id, e);
        });
        this.checkNoDuplicates(rows);
        await this.bulkUpsert(ctx, rows);
        return this.connection.getRepository(ctx, PriceListEntry).find({
            where: { priceListId: list.id, productVariantId: In(variantIds) },
            relations: { productVariant: true },
            order: { productVariantId: 'ASC', minQuantity: 'ASC' },
        });
    }

    async removeEntries(ctx: RequestContext, priceListId: ID, entryIds: ID[]): Promise<DeletionResult> {
        const list = await this.getOrThrow(ctx, priceListId);
        if (!entryIds.length) {
            return DeletionResult.NOT_DELETED;
        }
        const result = await this.connection
            .getRepository(ctx, PriceListEntry)
            .delete({ priceListId: list.id, id: In(entryIds) });
        return result.affected ? DeletionResult.DELETED : DeletionResult.NOT_DELETED;
    }

    /**
     * Imports a CSV (see `price-list-csv.ts`). A file that cannot be read as a whole (syntax, header, size)
     * imports nothing and returns MalformedPriceListCsvError; otherwise good rows are written (in this one
     * transaction) and each bad row is reported with its line and reason. The reasons and the error's message are
     * in `languageCode` (English, or Simplified Chinese for `zh*`), by default the request's.
     */
    async importCsv(
        ctx: RequestContext,
        priceListId: ID,
        csv: string,
        mode: PriceListImportMode = PriceListImportMode.Merge,
        languageCode: string | null = ctx.languageCode,
    ): Promise<PriceListImportReport | MalformedPriceListCsvError> {
        const list = await this.getOrThrow(ctx, priceListId);
        const malformed = (text: LocalizedText, line: number | null) =>
            new MalformedPriceListCsvError(text, line).pinTo(languageCode);
        const started = Date.now();
        // A first pass checks the whole file (syntax, header, size) without keeping its records: a file that cannot
        // be read as a whole imports nothing.
        let shape;
        try {
            shape = scanCsv(csv);
        } catch (e) {
            if (e instanceof CsvSyntaxError) {
                return malformed(
                    {
                        en: `The file is not valid CSV: ${e.message}`,
                        zh_Hans: `文件不是有效的 CSV：${e.text.zh_Hans}`,
                    },
                    e.line,
                );
            }
            throw e;
        }
        const { header, rows: rowCount } = shape;
        if (!header) {
            return malformed(
                {
                    en: `The file is empty: expected the header "${PRICE_LIST_CSV_COLUMNS.join(',')}"`,
                    zh_Hans: `文件为空：应有表头 "${PRICE_LIST_CSV_COLUMNS.join(',')}"`,
                },
                1,
            );
        }
        const columns = header.fields.map(f => f.trim().toLowerCase());
        const index = new Map(columns.map((c, i) => [c, i]));
        const known = PRICE_LIST_CSV_COLUMNS.map(c => c.toLowerCase());
        const unknown = columns.filter(c => !known.includes(c));
        const duplicated = columns.filter((c, i) => columns.indexOf(c) !== i);
        if (
            unknown.length ||
            duplicated.length ||
            !index.has('sku') ||
            !(index.has('price') || index.has('percent'))
        ) {
            return malformed(
                {
                    en: `Wrong header "${header.fields.join(',')}": expected the columns ${PRICE_LIST_CSV_COLUMNS.join(
                        ',',
                    )} (minQuantity and one of price or percent may be left out)`,
                    zh_Hans: `表头 "${header.fields.join(',')}" 有误：列应为 ${PRICE_LIST_CSV_COLUMNS.join(
                        ',',
                    )}（minQuantity 可省略，price 与 percent 可只给其一）`,
                },
                header.line,
            );
        }
        const expected = columns;
        if (rowCount > this.options.maxCsvRows) {
            return malformed(
                {
                    en: `The file has ${rowCount} rows; at most ${this.options.maxCsvRows} are accepted per import`,
                    zh_Hans: `文件有 ${rowCount} 行；每次导入最多接受 ${this.options.maxCsvRows} 行`,
                },
                null,
            );
        }
        const col = (r: string[], name: string) => (r[index.get(name.toLowerCase()) ?? -1] ?? '').trim();
        const rejected: PriceListImportRejection[] = [];
        type Parsed = {
            line: number;
            sku: string;
            minQuantity: number;
            price: number | null;
            bp: number | null;
        };
        const parsed: Parsed[] = [];
        // the second pass: each record is parsed as it is read and let go (only the parsed values are kept)
        const records = readCsv(csv);
        records.next(); // the header
        for (const rec of records) {
            const sku = col(rec.fields, 'sku');
            const reject = (reason: LocalizedText) =>
                rejected.push({ line: rec.line, sku, reason: localize(reason, languageCode) });
            if (rec.fields.length !== expected.length) {
                reject({
                    en: `Expected ${expected.length} columns, found ${rec.fields.length}`,
                    zh_Hans: `应有 ${expected.length} 列，实有 ${rec.fields.length} 列`,
                });
                continue;
            }
            if (!sku) {
                reject({ en: 'Missing SKU', zh_Hans: '缺少 SKU' });
                continue;
            }
            const rawQty = col(rec.fields, 'minQuantity');
            const minQuantity = rawQty === '' ? 1 : Number(rawQty);
            if (!/^\d*$/.test(rawQty) || !Number.isSafeInteger(minQuantity) || minQuantity < 1) {
                reject({
                    en: `minQuantity "${rawQty}" is not a whole number of at least 1`,
                    zh_Hans: `minQuantity“${rawQty}”不是不小于 1 的整数`,
                });
                continue;
            }
            const rawPrice = col(rec.fields, 'price');
            const rawPercent = col(rec.fields, 'percent');
            if ((rawPrice === '') === (rawPercent === '')) {
                reject({
                    en: 'Give exactly one of price and percent',
                    zh_Hans: 'price 与 percent 须给出且只给出其中之一',
                });
                continue;
            }
            let price: number | null = null;
            let bp: number | null = null;
            if (rawPrice !== '') {
                price = parseScaledDecimal(rawPrice, MONEY_DECIMALS) ?? null;
                if (price == null || price > this.maxAmount) {
                    reject({
                        en: `price "${rawPrice}" is not an amount like 1099.50`,
                        zh_Hans: `price“${rawPrice}”不是形如 1099.50 的金额`,
                    });
                    continue;
                }
            } else {
                bp = parseScaledDecimal(rawPercent, 2) ?? null;
                if (bp == null || bp > 10_000) {
                    reject({
                        en: `percent "${rawPercent}" is not a number from 0 to 100 with at most 2 decimals`,
                        zh_Hans: `percent“${rawPercent}”不是 0 到 100 之间、最多两位小数的数`,
                    });
                    continue;
                }
            }
            parsed.push({ line: rec.line, sku, minQuantity, price, bp });
        }
        const variants = await this.findVariantsInChannel(ctx, 'sku', [...new Set(parsed.map(p => p.sku))]);
        const seen = new Map<string, number>();
        const rows: EntryRow[] = [];
        for (const p of parsed) {
            const variantId = variants.get(p.sku);
            if (variantId == null) {
                rejected.push({
                    line: p.line,
                    sku: p.sku,
                    reason: localize(
                        { en: `Unknown SKU "${p.sku}"`, zh_Hans: `未知的 SKU“${p.sku}”` },
                        languageCode,
                    ),
                });
                continue;
            }
            const key = `${String(variantId)}:${p.minQuantity}`;
            const firstLine = seen.get(key);
            if (firstLine != null) {
                rejected.push({
                    line: p.line,
                    sku: p.sku,
                    reason: localize(
                        {
                            en: `Duplicate of line ${firstLine} (same SKU and minQuantity)`,
                            zh_Hans: `与第 ${firstLine} 行重复（SKU 与 minQuantity 相同）`,
                        },
                        languageCode,
                    ),
                });
                continue;
            }
            seen.set(key, p.line);
            rows.push({
                priceListId: list.id,
                productVariantId: variantId,
                minQuantity: p.minQuantity,
                price: p.price,
                percentOffBasisPoints: p.bp,
            });
        }
        // REPLACE only replaces with something: a header-only or all-bad file must not empty the list.
        if (mode === PriceListImportMode.Replace && rows.length > 0) {
            await this.connection.getRepository(ctx, PriceListEntry).delete({ priceListId: list.id });
        }
        await this.bulkUpsert(ctx, rows);
        rejected.sort((a, b) => a.line - b.line);
        Logger.info(
            `Imported ${rows.length} entries into price list ${String(list.id)} (${rejected.length} rejected) in ${
                Date.now() - started
            } ms`,
            loggerCtx,
        );
        return { accepted: rows.length, rejected };
    }

    /** The list's entries as CSV, in the format `importCsv` reads. */
    async exportCsv(ctx: RequestContext, priceListId: ID): Promise<string> {
        const list = await this.getOrThrow(ctx, priceListId);
        const rows = await this.connection
            .getRepository(ctx, PriceListEntry)
            .createQueryBuilder('entry')
            .innerJoin('entry.productVariant', 'variant')
            .select('variant.sku', 'sku')
            .addSelect('entry.minQuantity', 'minQuantity')
            .addSelect('entry.price', 'price')
            .addSelect('entry.percentOffBasisPoints', 'bp')
            .where('entry.priceListId = :id', { id: list.id })
            .orderBy('variant.sku', 'ASC')
            .addOrderBy('entry.minQuantity', 'ASC')
            .getRawMany<{ sku: string; minQuantity: number; price: number | null; bp: number | null }>();
        const lines = [PRICE_LIST_CSV_COLUMNS.join(',')];
        for (const r of rows) {
            lines.push(
                [
                    csvField(r.sku),
                    String(r.minQuantity),
                    r.price != null ? formatScaled(Number(r.price), MONEY_DECIMALS) : '',
                    r.bp != null ? stripZeros(formatScaled(Number(r.bp), 2)) : '',
                ].join(','),
            );
        }
        return lines.join('\n') + '\n';
    }

    /**
     * Writes entries, updating the price of those the list already has for the variant and break: plain multi-row
     * statements (`insertPlainRows`), not TypeORM's insert builder, whose intermediate objects (a few kilobytes a
     * row) made most of a 100,000-row import's memory. No two rows may share variant and break.
     */
    private async bulkUpsert(ctx: RequestContext, rows: EntryRow[]): Promise<void> {
        await insertPlainRows(
            this.connection.getRepository(ctx, PriceListEntry),
            rows as unknown as Array<Record<string, unknown>>,
            {
                upsert: {
                    key: ['priceListId', 'productVariantId', 'minQuantity'],
                    update: ['price', 'percentOffBasisPoints'],
                },
            },
        );
    }

    /** Live variants of this channel by id or SKU → id, looked up in chunks. */
    private async findVariantsInChannel(
        ctx: RequestContext,
        by: 'id' | 'sku',
        keys: string[],
    ): Promise<Map<string, ID>> {
        const result = new Map<string, ID>();
        for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
            const rows = await this.connection
                .getRepository(ctx, ProductVariant)
                .createQueryBuilder('variant')
                .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', {
                    channelId: ctx.channelId,
                })
                .select('variant.id', 'id')
                .addSelect('variant.sku', 'sku')
                .where(`variant.${by} IN (:...keys)`, { keys: keys.slice(i, i + LOOKUP_CHUNK) })
                .andWhere('variant.deletedAt IS NULL')
                .getRawMany<{ id: ID; sku: string }>();
            for (const v of rows) {
                result.set(by === 'id' ? String(v.id) : v.sku, v.id);
            }
        }
        return result;
    }

    private toRow(priceListId: ID, e: PriceListEntryInput): EntryRow {
        const minQuantity = e.minQuantity ?? 1;
        if (!Number.isInteger(minQuantity) || minQuantity < 1) {
            throw new UserInputError(`minQuantity must be a whole number of at least 1, got ${minQuantity}`);
        }
        const hasPrice = e.price != null;
        const hasPercent = e.percentOff != null;
        if (hasPrice === hasPercent) {
            throw new UserInputError('Give exactly one of price and percentOff for each entry');
        }
        if (hasPrice) {
            checkMoneyAmount(e.price as number, 'price', this.maxAmount);
        }
        const bp = hasPercent ? Math.round((e.percentOff as number) * 100) : null;
        if (
            hasPercent &&
            (bp == null || bp < 0 || bp > 10_000 || Math.abs(bp / 100 - (e.percentOff as number)) > 1e-9)
        ) {
            throw new UserInputError(
                `percentOff must be from 0 to 100 with at most 2 decimals, got ${e.percentOff}`,
            );
        }
        return {
            priceListId,
            productVariantId: e.productVariantId,
            minQuantity,
            price: hasPrice ? (e.price as number) : null,
            percentOffBasisPoints: bp,
        };
    }

    private checkNoDuplicates(rows: EntryRow[]): void {
        const keys = new Set<string>();
        for (const r of rows) {
            const key = `${String(r.productVariantId)}:${r.minQuantity}`;
            if (keys.has(key)) {
                throw new UserInputError(
                    `Variant ${String(r.productVariantId)} has two entries for minQuantity ${r.minQuantity}`,
                );
            }
            keys.add(key);
        }
    }

    private async getWithTargets(ctx: RequestContext, id: ID): Promise<PriceList> {
        await this.getOrThrow(ctx, id);
        return this.connection.getRepository(ctx, PriceList).findOneOrFail({
            where: { id },
            relations: { companies: true, customerGroups: true },
        });
    }

    private async getCompanies(ctx: RequestContext, ids: ID[]): Promise<Company[]> {
        if (!ids.length) {
            return [];
        }
        const companies = await this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where({ id: In(ids) })
            .getMany();
        const missing = ids.find(id => !companies.some(c => String(c.id) === String(id)));
        if (missing != null) {
            throw new EntityNotFoundError('Company', missing);
        }
        return companies;
    }

    private async getCustomerGroups(ctx: RequestContext, ids: ID[]): Promise<CustomerGroup[]> {
        if (!ids.length) {
            return [];
        }
        const groups = await this.connection
            .getRepository(ctx, CustomerGroup)
            .find({ where: { id: In(ids) } });
        const missing = ids.find(id => !groups.some(g => String(g.id) === String(id)));
        if (missing != null) {
            throw new EntityNotFoundError('CustomerGroup', missing);
        }
        return groups;
    }

    private checkCurrency(ctx: RequestContext, currencyCode: CurrencyCode): void {
        const available = ctx.channel.availableCurrencyCodes ?? [ctx.channel.defaultCurrencyCode];
        if (!available.includes(currencyCode)) {
            throw new UserInputError(
                `Currency ${currencyCode} is not available in this channel (available: ${available.join(', ')})`,
            );
        }
    }

    private checkValidity(from: Date | null, to: Date | null): void {
        if (from && to && new Date(from).getTime() >= new Date(to).getTime()) {
            throw new UserInputError('validFrom must be before validTo');
        }
    }

    private checkPriority(priority: number): number {
        if (!Number.isInteger(priority)) {
            throw new UserInputError(`priority must be a whole number, got ${priority}`);
        }
        return priority;
    }

    private requireName(name: string): string {
        return checkText(name, 'name', B2B_INPUT_LIMITS.name, { required: true });
    }

    private normalizeTiers(tiers: string[]): string[] {
        const normalized = [
            ...new Set(tiers.map(t => normalizeTierCode(t)).filter((t): t is string => t != null)),
        ].sort();
        if (normalized.length > B2B_INPUT_LIMITS.tiers) {
            throw new UserInputError(`A price list may target at most ${B2B_INPUT_LIMITS.tiers} tiers`);
        }
        return normalized;
    }
}

interface EntryRow {
    priceListId: ID;
    productVariantId: ID;
    minQuantity: number;
    price: number | null;
    percentOffBasisPoints: number | null;
}

function uniqueById<T extends { id: ID }>(items: T[]): T[] {
    const seen = new Set<string>();
    return items.filter(i => (seen.has(String(i.id)) ? false : (seen.add(String(i.id)), true)));
}

function stripZeros(s: string): string {
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
