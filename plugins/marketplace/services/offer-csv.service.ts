import { Inject, Injectable } from '@nestjs/common';
import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    EventBus,
    Logger,
    ProductVariant,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';

import { chunked, insertPlainRows } from '../../../src/common/bulk-write';
import { localize, localizedMessage, LocalizedText } from '../../../src/common/localized-error-result';
import {
    CsvRecord,
    CsvSyntaxError,
    csvField,
    formatScaled,
    parseScaledDecimal,
    readCsv,
    scanCsv,
} from '../../../src/common/csv';
import { MalformedOfferCsvError } from '../api/error-results';
import { loggerCtx, MARKETPLACE_PLUGIN_OPTIONS } from '../constants';
import { Offer, OFFER_CONDITIONS, OfferCondition } from '../entities/offer.entity';
import { ResolvedMarketplacePluginOptions } from '../types';

import { announceBuyBoxChange } from './buy-box-price-events';
import { OfferService } from './offer.service';

/**
 * The offer CSV format: a header naming the columns (any order, case-insensitive) and one row per offer. `sku` (the
 * catalogue variant's SKU), `price` (a decimal amount like `1099.50`) and `quantityAvailable` are required; the
 * others may be left out (column or cell) and then take the defaults of `createOffer` for a new offer, or keep
 * the offer's value for an existing one. A row updates the seller's offer with the same variant, condition and
 * currency, or creates one.
 */
export const OFFER_CSV_COLUMNS = [
    'sku',
    'price',
    'currencyCode',
    'quantityAvailable',
    'leadTimeDays',
    'condition',
    'minimumOrderQuantity',
    'sellerSku',
    'manufacturerPartNumber',
    'active',
] as const;

const REQUIRED_COLUMNS = ['sku', 'price', 'quantityAvailable'];
/** Money is entered with two decimals, as in the B2B price list CSV. */
const MONEY_DECIMALS = 2;
/**
 * Rows looked up and written together (one query for their SKUs, one for the seller's offers, the inserts). 5,000
 * kept more of a slice alive across its queries; 250 was no better than 1,000 and slower (bench/README.md,
 * "Investigations": what grew memory was records kept or built needlessly, not the slice size).
 */
const IMPORT_SLICE = 1_000;
/** Values a row may give, made once: a 100,000-row import checks every row against them. */
const CURRENCY_SET = new Set(Object.values(CurrencyCode) as string[]);
const ACTIVE_VALUES = new Map<string, boolean>([
    ['true', true],
    ['yes', true],
    ['1', true],
    ['false', false],
    ['no', false],
    ['0', false],
]);
/** SKUs or variant ids per lookup query: a whole slice's. */
const LOOKUP_CHUNK = IMPORT_SLICE;

/** A CSV row that was not imported. */
export interface OfferImportRejection {
    line: number;
    sku: string;
    reason: string;
}

/** What an offer CSV import did. */
export interface OfferImportReport {
    created: number;
    updated: number;
    rejected: OfferImportRejection[];
}

interface ParsedRow {
    line: number;
    sku: string;
    price: number;
    currencyCode?: CurrencyCode;
    quantityAvailable: number;
    leadTimeDays?: number;
    condition?: OfferCondition;
    minimumOrderQuantity?: number;
    sellerSku?: string | null;
    manufacturerPartNumber?: string | null;
    active?: boolean;
}

/** The unique key of an offer: one per seller, variant, condition and currency. */
const OFFER_KEY = ['sellerId', 'productVariantId', 'condition', 'currencyCode'];

/** What a row updates on an existing offer: price and quantity always, the others where the row gives them. */
const UPDATABLE_FIELDS: Array<{ name: keyof ParsedRow & keyof Offer; always?: boolean }> = [
    { name: 'price', always: true },
    { name: 'quantityAvailable', always: true },
    { name: 'leadTimeDays' },
    { name: 'minimumOrderQuantity' },
    { name: 'sellerSku' },
    { name: 'manufacturerPartNumber' },
    { name: 'active' },
];

/** Each known column's position in the file's header, -1 where the file leaves it out. */
type ColumnPositions = Record<(typeof OFFER_CSV_COLUMNS)[number], number>;

/** The trimmed cell at a column's position, undefined for a column the file leaves out. */
function cellAt(fields: string[], position: number): string | undefined {
    return position < 0 ? undefined : (fields[position] ?? '').trim();
}

/** A whole-number cell: undefined when left out or empty, or why it is not one. */
function wholeNumber(fields: string[], position: number, name: string): number | undefined | LocalizedText {
    const raw = cellAt(fields, position);
    if (raw === undefined || raw === '') {
        return undefined;
    }
    return /^\d+$/.test(raw) && Number.isSafeInteger(Number(raw))
        ? Number(raw)
        : { en: `${name} "${raw}" is not a whole number`, zh_Hans: `${name}“${raw}”不是整数` };
}

/** A text cell: undefined when the column is left out (the offer keeps its value), null when the cell is empty. */
function optionalText(fields: string[], position: number): string | null | undefined {
    const raw = cellAt(fields, position);
    return raw === undefined ? undefined : raw === '' ? null : raw;
}

/**
 * Imports and exports a seller's offers as CSV, with the report rules of the B2B price list import: bad rows are
 * reported with their line and reason, good rows imported, and a file that cannot be read as a whole (syntax,
 * header, size) imports nothing.
 */
@Injectable()
export class OfferCsvService {
    constructor(
        private connection: TransactionalConnection,
        private offers: OfferService,
        private eventBus: EventBus,
        private channelService: ChannelService,
        @Inject(MARKETPLACE_PLUGIN_OPTIONS) private options: ResolvedMarketplacePluginOptions,
    ) {}

    /**
     * Imports the CSV for the seller (the caller's own for a seller's administrator). The rejection reasons and the
     * error's message are in `languageCode` (English, or Simplified Chinese for `zh*`), by default the request's.
     */
    async importCsv(
        ctx: RequestContext,
        sellerId: ID | undefined | null,
        csv: string,
        languageCode: string | null = ctx.languageCode,
    ): Promise<OfferImportReport | MalformedOfferCsvError> {
        const seller = await this.offers.sellerForWrite(ctx, sellerId);
        const malformed = (text: LocalizedText, line: number | null) =>
            new MalformedOfferCsvError(text, line).pinTo(languageCode);
        // A first pass reads the whole file without keeping its records: a file that cannot be read as a whole
        // (syntax, header, size) imports nothing, and that is known before the first row is written.
        let header: CsvRecord | undefined;
        let rowCount = 0;
        try {
            ({ header, rows: rowCount } = scanCsv(csv));
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
        if (!header) {
            return malformed(
                {
                    en: `The file is empty: expected a header such as "${OFFER_CSV_COLUMNS.join(',')}"`,
                    zh_Hans: `文件为空：应有表头，例如 "${OFFER_CSV_COLUMNS.join(',')}"`,
                },
                1,
            );
        }
        const columns = header.fields.map(f => f.trim().toLowerCase());
        const known = OFFER_CSV_COLUMNS.map(c => c.toLowerCase());
        const unknown = columns.filter(c => !known.includes(c));
        const duplicated = columns.filter((c, i) => columns.indexOf(c) !== i);
        const missing = REQUIRED_COLUMNS.filter(c => !columns.includes(c.toLowerCase()));
        if (unknown.length || duplicated.length || missing.length) {
            const problems = [
                unknown.length ? `unknown ${unknown.join(', ')}` : '',
                duplicated.length ? `repeated ${[...new Set(duplicated)].join(', ')}` : '',
                missing.length ? `missing ${missing.join(', ')}` : '',
            ].filter(Boolean);
            const problemsZh = [
                unknown.length ? `未知列 ${unknown.join(', ')}` : '',
                duplicated.length ? `重复列 ${[...new Set(duplicated)].join(', ')}` : '',
                missing.length ? `缺少列 ${missing.join(', ')}` : '',
            ].filter(Boolean);
            return malformed(
                {
                    en: `Wrong header "${header.fields.join(',')}" (${problems.join('; ')}): the columns are ${OFFER_CSV_COLUMNS.join(
                        ',',
                    )}, of which ${REQUIRED_COLUMNS.join(', ')} are required`,
                    zh_Hans: `表头 "${header.fields.join(',')}" 有误（${problemsZh.join('；')}）：列为 ${OFFER_CSV_COLUMNS.join(
                        ',',
                    )}，其中 ${REQUIRED_COLUMNS.join(', ')} 为必填`,
                },
                header.line,
            );
        }
        const maxRows = this.options.maxOfferCsvRows;
        if (rowCount > maxRows) {
            return malformed(
                {
                    en: `The file has ${rowCount} rows; at most ${maxRows} are accepted per import`,
                    zh_Hans: `文件有 ${rowCount} 行；每次导入最多 ${maxRows} 行`,
                },
                null,
            );
        }
        // each known column's position in the file, found once (not per cell of 100,000 rows)
        const at = Object.fromEntries(
            OFFER_CSV_COLUMNS.map(name => [name, columns.indexOf(name.toLowerCase())]),
        ) as ColumnPositions;
        const rejected: OfferImportRejection[] = [];
        const reject = (row: ParsedRow, reason: string) =>
            rejected.push({ line: row.line, sku: row.sku, reason });
        const rejectIn = (row: ParsedRow, reason: LocalizedText) =>
            reject(row, localize(reason, languageCode));
        const offerKey = (variantId: ID, condition: string, currencyCode: string) =>
            `${String(variantId)}:${condition}:${currencyCode}`;
        const repo = this.connection.getRepository(ctx, Offer);
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        // the first line of each variant + condition + currency, across the whole file
        const seen = new Map<string, number>();
        let created = 0;
        let updated = 0;
        const touchedVariants = new Set<string>();
        // The second pass reads the records again, a slice at a time: each slice is checked, looked up (one query
        // for its SKUs, one for the seller's offers on those variants) and written (new offers in multi-row
        // INSERTs, same transaction), then let go, so that memory is bounded by the slice and not the file. The
        // outcome is that of the whole file at once: a later repeat of a key is rejected by `seen` before it could
        // match an offer an earlier slice wrote. Each record is checked as soon as it is read and let go: only the
        // parsed rows (a few numbers and the SKU) wait for the slice's queries, so that no record lives long enough
        // to be promoted out of V8's young generation (where a 100,000-row import's garbage would pile up).
        const records = readCsv(csv);
        records.next(); // the header
        for (let endOfFile = false; !endOfFile;) {
            const parsed: ParsedRow[] = [];
            for (let read = 0; read < IMPORT_SLICE; read++) {
                const next = records.next();
                if (next.done) {
                    endOfFile = true;
                    break;
                }
                const rec = next.value;
                const sku = cellAt(rec.fields, at.sku) ?? '';
                if (rec.fields.length !== columns.length) {
                    rejected.push({
                        line: rec.line,
                        sku,
                        reason: localize(
                            {
                                en: `Expected ${columns.length} columns, found ${rec.fields.length}`,
                                zh_Hans: `应有 ${columns.length} 列，实有 ${rec.fields.length} 列`,
                            },
                            languageCode,
                        ),
                    });
                    continue;
                }
                const row = this.parseRow(rec.line, sku, rec.fields, at);
                if ('en' in row) {
                    rejected.push({ line: rec.line, sku, reason: localize(row, languageCode) });
                    continue;
                }
                parsed.push(row);
            }
            if (!parsed.length) {
                continue;
            }
            const variants = await this.findCatalogueVariants(ctx, [...new Set(parsed.map(p => p.sku))]);
            // the keys of the seller's offers among the slice's rows: those rows update, the others create
            const existing = new Set(
                (
                    await this.findSellerOffers(
                        ctx,
                        seller.id,
                        [...new Set(variants.values())],
                        [...new Set(parsed.map(p => p.condition ?? OfferCondition.New))],
                        [...new Set(parsed.map(p => p.currencyCode ?? defaultChannel.defaultCurrencyCode))],
                    )
                ).map(o => offerKey(o.productVariantId, o.condition, o.currencyCode)),
            );
            const inserts: Array<Record<string, unknown>> = [];
            const updates = new Map<number, { fields: string[]; rows: Array<Record<string, unknown>> }>();
            for (const row of parsed) {
                const variantId = variants.get(row.sku);
                if (variantId == null) {
                    rejectIn(row, {
                        en: `Unknown SKU "${row.sku}": no catalogue variant has it`,
                        zh_Hans: `未知的 SKU“${row.sku}”：目录中没有该商品变体`,
                    });
                    continue;
                }
                let values;
                try {
                    values = this.offers.checkOfferValuesIn(defaultChannel, {
                        price: row.price,
                        currencyCode: row.currencyCode,
                        quantityAvailable: row.quantityAvailable,
                        leadTimeDays: row.leadTimeDays ?? 0,
                        condition: row.condition ?? OfferCondition.New,
                        minimumOrderQuantity: row.minimumOrderQuantity ?? 1,
                        sellerSku: row.sellerSku ?? null,
                        manufacturerPartNumber: row.manufacturerPartNumber ?? null,
                    });
                } catch (e) {
                    if (e instanceof UserInputError) {
                        reject(row, localizedMessage(e, languageCode));
                        continue;
                    }
                    throw e;
                }
                const key = offerKey(variantId, values.condition, values.currencyCode);
                const firstLine = seen.get(key);
                if (firstLine !== undefined) {
                    rejectIn(row, {
                        en: `Duplicate of line ${firstLine} (same SKU, condition and currency)`,
                        zh_Hans: `与第 ${firstLine} 行重复（SKU、成色与币种相同）`,
                    });
                    continue;
                }
                seen.set(key, row.line);
                const offer = {
                    sellerId: seller.id,
                    productVariantId: variantId,
                    price: values.price,
                    currencyCode: values.currencyCode,
                    quantityAvailable: values.quantityAvailable,
                    leadTimeDays: values.leadTimeDays,
                    condition: values.condition,
                    minimumOrderQuantity: values.minimumOrderQuantity,
                    sellerSku: values.sellerSku,
                    manufacturerPartNumber: values.manufacturerPartNumber,
                    active: row.active ?? true,
                };
                if (existing.has(key)) {
                    // What the row leaves out (column or cell) keeps the offer's value: the rows that give the
                    // same fields are written together, each updating its offer (by the offer's unique key).
                    let mask = 0;
                    for (let f = 0; f < UPDATABLE_FIELDS.length; f++) {
                        if (UPDATABLE_FIELDS[f].always || row[UPDATABLE_FIELDS[f].name] !== undefined) {
                            mask |= 1 << f;
                        }
                    }
                    let group = updates.get(mask);
                    if (!group) {
                        group = {
                            fields: UPDATABLE_FIELDS.filter((_, f) => mask & (1 << f)).map(f => f.name),
                            rows: [],
                        };
                        updates.set(mask, group);
                    }
                    group.rows.push(offer);
                    updated++;
                } else {
                    inserts.push(offer);
                    created++;
                }
                touchedVariants.add(String(variantId));
            }
            await insertPlainRows(repo, inserts);
            for (const { fields, rows } of updates.values()) {
                await insertPlainRows(repo, rows, { upsert: { key: OFFER_KEY, update: fields } });
            }
        }
        await announceBuyBoxChange(ctx, this.connection, this.eventBus, [...touchedVariants]);
        rejected.sort((a, b) => a.line - b.line);
        Logger.info(
            `Seller ${String(seller.id)} imported offers: ${created} created, ${updated} updated, ${rejected.length} rejected`,
            loggerCtx,
        );
        return { created, updated, rejected };
    }

    /** The seller's offers as CSV, in the format `importCsv` reads (all columns, sorted by SKU). */
    async exportCsv(ctx: RequestContext, sellerId: ID | undefined | null): Promise<string> {
        const seller = await this.offers.sellerForWrite(ctx, sellerId, 'read');
        const offers = await this.connection
            .getRepository(ctx, Offer)
            .createQueryBuilder('offer')
            .innerJoinAndSelect('offer.productVariant', 'variant')
            .where('offer.sellerId = :sellerId', { sellerId: seller.id })
            .orderBy('variant.sku', 'ASC')
            .addOrderBy('offer.condition', 'ASC')
            .addOrderBy('offer.currencyCode', 'ASC')
            .getMany();
        const lines = [OFFER_CSV_COLUMNS.join(',')];
        for (const o of offers) {
            lines.push(
                [
                    csvField(o.productVariant.sku),
                    formatScaled(o.price, MONEY_DECIMALS),
                    o.currencyCode,
                    String(o.quantityAvailable),
                    String(o.leadTimeDays),
                    o.condition,
                    String(o.minimumOrderQuantity),
                    csvField(o.sellerSku ?? ''),
                    csvField(o.manufacturerPartNumber ?? ''),
                    o.active ? 'true' : 'false',
                ].join(','),
            );
        }
        return lines.join('\n') + '\n';
    }

    /** The row's values, or why it is rejected. */
    private parseRow(
        line: number,
        sku: string,
        fields: string[],
        at: ColumnPositions,
    ): ParsedRow | LocalizedText {
        if (!sku) {
            return { en: 'Missing SKU', zh_Hans: '缺少 SKU' };
        }
        const rawPrice = cellAt(fields, at.price) ?? '';
        const price = parseScaledDecimal(rawPrice, MONEY_DECIMALS);
        if (price === undefined) {
            return {
                en: `price "${rawPrice}" is not an amount like 1099.50`,
                zh_Hans: `price“${rawPrice}”不是形如 1099.50 的金额`,
            };
        }
        const quantityAvailable = wholeNumber(fields, at.quantityAvailable, 'quantityAvailable');
        if (quantityAvailable === undefined) {
            return { en: 'Missing quantityAvailable', zh_Hans: '缺少 quantityAvailable' };
        }
        if (typeof quantityAvailable === 'object') {
            return quantityAvailable;
        }
        const leadTimeDays = wholeNumber(fields, at.leadTimeDays, 'leadTimeDays');
        if (typeof leadTimeDays === 'object') {
            return leadTimeDays;
        }
        const minimumOrderQuantity = wholeNumber(fields, at.minimumOrderQuantity, 'minimumOrderQuantity');
        if (typeof minimumOrderQuantity === 'object') {
            return minimumOrderQuantity;
        }
        const rawCondition = (cellAt(fields, at.condition) ?? '').toLowerCase();
        if (rawCondition && !OFFER_CONDITIONS.has(rawCondition)) {
            return {
                en: `condition "${rawCondition}" is not one of ${[...OFFER_CONDITIONS].join(', ')}`,
                zh_Hans: `condition“${rawCondition}”不是 ${[...OFFER_CONDITIONS].join(', ')} 之一`,
            };
        }
        const rawCurrency = (cellAt(fields, at.currencyCode) ?? '').toUpperCase();
        if (rawCurrency && !CURRENCY_SET.has(rawCurrency)) {
            return {
                en: `currencyCode "${rawCurrency}" is not an ISO 4217 currency code`,
                zh_Hans: `currencyCode“${rawCurrency}”不是 ISO 4217 币种代码`,
            };
        }
        const rawActive = (cellAt(fields, at.active) ?? '').toLowerCase();
        const active = ACTIVE_VALUES.get(rawActive);
        if (rawActive && active === undefined) {
            return {
                en: `active "${rawActive}" is not true or false`,
                zh_Hans: `active“${rawActive}”不是 true 或 false`,
            };
        }
        return {
            line,
            sku,
            price,
            currencyCode: rawCurrency ? (rawCurrency as CurrencyCode) : undefined,
            quantityAvailable,
            leadTimeDays,
            condition: rawCondition ? (rawCondition as OfferCondition) : undefined,
            minimumOrderQuantity,
            sellerSku: optionalText(fields, at.sellerSku),
            manufacturerPartNumber: optionalText(fields, at.manufacturerPartNumber),
            active,
        };
    }

    /**
     * Live catalogue variants (the default channel's) by SKU → id: plain rows of id and SKU, one query per slice of
     * the import (at most `IMPORT_SLICE` SKUs, well within the databases' bound-parameter limits).
     */
    private async findCatalogueVariants(ctx: RequestContext, skus: string[]): Promise<Map<string, ID>> {
        const result = new Map<string, ID>();
        for (const part of chunked(skus, LOOKUP_CHUNK)) {
            const rows = await this.connection
                .getRepository(ctx, ProductVariant)
                .createQueryBuilder('variant')
                .select('variant.id', 'id')
                .addSelect('variant.sku', 'sku')
                .where('variant.sku IN (:...skus)', { skus: part })
                .andWhere('variant.deletedAt IS NULL')
                .getRawMany<{ id: ID; sku: string }>();
            for (const v of rows) {
                result.set(v.sku, v.id);
            }
        }
        return result;
    }

    /**
     * The seller's offers on these variants in these conditions and currencies: plain rows of what the import
     * matches on, not entities. Only the slice's conditions and currencies: a file listing each variant in several
     * of them read back every offer the earlier slices had written for its variants (about 450,000 rows over a
     * 100,000-row import), which on PostgreSQL was most of the import's garbage.
     */
    private async findSellerOffers(
        ctx: RequestContext,
        sellerId: ID,
        variantIds: ID[],
        conditions: string[],
        currencyCodes: string[],
    ): Promise<Array<{ productVariantId: ID; condition: string; currencyCode: string }>> {
        const offers: Array<{ productVariantId: ID; condition: string; currencyCode: string }> = [];
        for (const part of chunked(variantIds, LOOKUP_CHUNK)) {
            const rows = await this.connection
                .getRepository(ctx, Offer)
                .createQueryBuilder('offer')
                .select('offer.productVariantId', 'productVariantId')
                .addSelect('offer.condition', 'condition')
                .addSelect('offer.currencyCode', 'currencyCode')
                .where('offer.sellerId = :sellerId', { sellerId })
                .andWhere('offer.productVariantId IN (:...ids)', { ids: part })
                .andWhere('offer.condition IN (:...conditions)', { conditions })
                .andWhere('offer.currencyCode IN (:...currencyCodes)', { currencyCodes })
                .getRawMany<{ productVariantId: ID; condition: string; currencyCode: string }>();
            for (const row of rows) {
                offers.push(row);
            }
        }
        return offers;
    }
}
