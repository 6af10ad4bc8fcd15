import {
    csvField,
    CsvRecord,
    CsvSyntaxError,
    formatScaled,
    parseCsv,
    parseScaledDecimal,
} from '../../../src/common/csv';
import { localize, LocalizedText } from '../../../src/common/localized-error-result';

import { RateTable, RateTableZone, RemoteSurcharge } from './rate-table';

/**
 * The rate table CSV format: a header with the column `type` and any of the other columns below (any order,
 * case-insensitive), then one row per zone, remote surcharge or setting. Weights and lengths are whole grams and
 * millimetres; money (`firstPrice`, `stepPrice`, `amount` of `freeOver` and `remote`) a decimal amount with at most
 * two places (`8.00` = 800 minor units). Cells of columns a row type does not use must stay empty.
 *
 * | type | columns |
 * |---|---|
 * | `zone` | `zone`, `firstWeight`, `firstPrice`, `stepWeight` (> 0), `stepPrice`; optional `maxWeight`, `maxLength` |
 * | `remote` | `postcode` (a prefix) or `postcode` and `postcodeTo` (an inclusive range), `amount` (the surcharge) |
 * | `freeOver` | `amount` (at most one row) |
 * | `volumetricDivisor` | `amount` (a whole number > 0, at most one row) |
 */
export const RATE_TABLE_CSV_COLUMNS = [
    'type',
    'zone',
    'firstWeight',
    'firstPrice',
    'stepWeight',
    'stepPrice',
    'maxWeight',
    'maxLength',
    'postcode',
    'postcodeTo',
    'amount',
] as const;

type Column = (typeof RATE_TABLE_CSV_COLUMNS)[number];

const ROW_COLUMNS: Record<string, Column[]> = {
    zone: ['zone', 'firstWeight', 'firstPrice', 'stepWeight', 'stepPrice', 'maxWeight', 'maxLength'],
    remote: ['postcode', 'postcodeTo', 'amount'],
    freeOver: ['amount'],
    volumetricDivisor: ['amount'],
};

const MONEY_DECIMALS = 2;

/** A row that was not imported. */
export interface RateTableCsvRejection {
    line: number;
    type: string;
    reason: string;
}

/**
 * Why a file cannot be read as a whole: `message` in English, `text` in English and Simplified Chinese (for the
 * ErrorResult answered in the request's language).
 */
export interface RateTableCsvMalformed {
    message: string;
    text: LocalizedText;
    line: number | null;
}

export type RateTableCsvResult =
    | { malformed: RateTableCsvMalformed }
    | { table: RateTable; accepted: number; rejected: RateTableCsvRejection[] };

const malformed = (text: LocalizedText, line: number | null): { malformed: RateTableCsvMalformed } => ({
    malformed: { message: text.en, text, line },
});

class RowError extends Error {
    constructor(readonly text: LocalizedText) {
        super(text.en);
    }
}

/**
 * Reads a rate table CSV: good rows make the table, bad rows are reported with their line and a reason in
 * `languageCode` (English, or Simplified Chinese for `zh*`); a file that cannot be read as a whole (syntax,
 * header, size) gives `malformed`.
 */
export function readRateTableCsv(
    text: string,
    maxRows: number,
    languageCode?: string | null,
): RateTableCsvResult {
    let records: CsvRecord[];
    try {
        records = parseCsv(text);
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
    if (!records.length) {
        return malformed(
            {
                en: 'The file is empty: expected a header with the column "type"',
                zh_Hans: '文件为空：应有包含 "type" 列的表头',
            },
            1,
        );
    }
    const [header, ...body] = records;
    const columns = header.fields.map(f => f.trim().toLowerCase());
    const known = RATE_TABLE_CSV_COLUMNS.map(c => c.toLowerCase());
    if (
        columns.some(c => !known.includes(c)) ||
        columns.some((c, i) => columns.indexOf(c) !== i) ||
        !columns.includes('type')
    ) {
        return malformed(
            {
                en: `Wrong header "${header.fields.join(',')}": expected the column type and any of ${RATE_TABLE_CSV_COLUMNS.join(
                    ',',
                )}, each once`,
                zh_Hans: `表头 "${header.fields.join(',')}" 有误：应包含 type 列，可用的列为 ${RATE_TABLE_CSV_COLUMNS.join(
                    ',',
                )}，每列只能出现一次`,
            },
            header.line,
        );
    }
    if (body.length > maxRows) {
        return malformed(
            {
                en: `The file has ${body.length} rows; at most ${maxRows} are accepted per import`,
                zh_Hans: `文件有 ${body.length} 行；每次导入最多 ${maxRows} 行`,
            },
            null,
        );
    }
    const table: RateTable = { zones: [], remote: [] };
    const rejected: RateTableCsvRejection[] = [];
    const zoneLines = new Map<string, number>();
    const settingLines = new Map<string, number>();
    let accepted = 0;
    for (const rec of body) {
        const cell = (name: Column) => (rec.fields[columns.indexOf(name.toLowerCase())] ?? '').trim();
        const type = cell('type');
        try {
            const rowType = Object.keys(ROW_COLUMNS).find(t => t.toLowerCase() === type.toLowerCase());
            if (!rowType) {
                throw new RowError({
                    en: `Unknown type "${type}": expected ${Object.keys(ROW_COLUMNS).join(', ')}`,
                    zh_Hans: `未知的 type“${type}”：应为 ${Object.keys(ROW_COLUMNS).join(', ')} 之一`,
                });
            }
            if (rec.fields.length > columns.length) {
                throw new RowError({
                    en: `The row has ${rec.fields.length} cells; the header has ${columns.length}`,
                    zh_Hans: `该行有 ${rec.fields.length} 个单元格，表头只有 ${columns.length} 列`,
                });
            }
            const stray = RATE_TABLE_CSV_COLUMNS.filter(
                c => c !== 'type' && !ROW_COLUMNS[rowType].includes(c) && cell(c) !== '',
            );
            if (stray.length) {
                throw new RowError({
                    en: `A ${rowType} row leaves ${stray.join(', ')} empty`,
                    zh_Hans: `${rowType} 行的 ${stray.join(', ')} 应留空`,
                });
            }
            const whole = (name: Column, positive = false): number => {
                const raw = cell(name);
                const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
                if (!Number.isSafeInteger(value) || (positive && value <= 0)) {
                    throw new RowError({
                        en: `${name} must be a whole number ${positive ? '> 0' : '>= 0'}, got "${raw}"`,
                        zh_Hans: `${name} 应为${positive ? '大于 0 ' : '不小于 0 '}的整数，实为“${raw}”`,
                    });
                }
                return value;
            };
            const optionalWhole = (name: Column): number | undefined =>
                cell(name) === '' ? undefined : whole(name);
            const money = (name: Column) => {
                const value = parseScaledDecimal(cell(name), MONEY_DECIMALS);
                if (value === undefined) {
                    throw new RowError({
                        en: `${name} must be an amount like 8.00 (at most ${MONEY_DECIMALS} decimals), got "${cell(name)}"`,
                        zh_Hans: `${name} 应为形如 8.00 的金额（最多 ${MONEY_DECIMALS} 位小数），实为“${cell(name)}”`,
                    });
                }
                return value;
            };
            if (rowType === 'zone') {
                const zone = cell('zone');
                if (!zone) {
                    throw new RowError({
                        en: 'zone must name a Vendure zone',
                        zh_Hans: 'zone 应填写 Vendure 中的一个区域',
                    });
                }
                const row: RateTableZone = {
                    zone,
                    firstWeight: whole('firstWeight'),
                    firstPrice: money('firstPrice'),
                    stepWeight: whole('stepWeight', true),
                    stepPrice: money('stepPrice'),
                };
                const maxWeight = optionalWhole('maxWeight');
                const maxLength = optionalWhole('maxLength');
                if (maxWeight !== undefined) {
                    row.maxWeight = maxWeight;
                }
                if (maxLength !== undefined) {
                    row.maxLength = maxLength;
                }
                const earlier = zoneLines.get(zone.toLowerCase());
                if (earlier !== undefined) {
                    throw new RowError({
                        en: `The zone "${zone}" is already on line ${earlier}`,
                        zh_Hans: `区域“${zone}”已在第 ${earlier} 行出现`,
                    });
                }
                zoneLines.set(zone.toLowerCase(), rec.line);
                table.zones.push(row);
            } else if (rowType === 'remote') {
                const postcode = cell('postcode');
                const to = cell('postcodeTo');
                if (!postcode) {
                    throw new RowError({
                        en: 'postcode must hold a postcode prefix, or the start of a range',
                        zh_Hans: 'postcode 应填写邮编前缀，或邮编区间的起点',
                    });
                }
                const surcharge = money('amount');
                const row: RemoteSurcharge = to
                    ? { from: postcode, to, surcharge }
                    : { prefix: postcode, surcharge };
                table.remote?.push(row);
            } else {
                const earlier = settingLines.get(rowType);
                if (earlier !== undefined) {
                    throw new RowError({
                        en: `${rowType} is already set on line ${earlier}`,
                        zh_Hans: `${rowType} 已在第 ${earlier} 行设置`,
                    });
                }
                if (rowType === 'freeOver') {
                    table.freeOver = money('amount');
                } else {
                    table.volumetricDivisor = whole('amount', true);
                }
                settingLines.set(rowType, rec.line);
            }
            accepted++;
        } catch (e) {
            if (!(e instanceof RowError)) {
                throw e;
            }
            rejected.push({ line: rec.line, type, reason: localize(e.text, languageCode) });
        }
    }
    if (!table.remote?.length) {
        delete table.remote;
    }
    return { table, accepted, rejected };
}

/** The table as CSV, in the format {@link readRateTableCsv} reads. */
export function writeRateTableCsv(table: RateTable): string {
    const row = (values: Partial<Record<Column, string | number | undefined>>) =>
        RATE_TABLE_CSV_COLUMNS.map(c => (values[c] === undefined ? '' : csvField(String(values[c])))).join(
            ',',
        );
    const money = (value: number) => formatScaled(Math.round(value), MONEY_DECIMALS);
    const lines = [RATE_TABLE_CSV_COLUMNS.join(',')];
    if (table.volumetricDivisor !== undefined) {
        lines.push(row({ type: 'volumetricDivisor', amount: table.volumetricDivisor }));
    }
    if (table.freeOver !== undefined) {
        lines.push(row({ type: 'freeOver', amount: money(table.freeOver) }));
    }
    for (const z of table.zones) {
        lines.push(
            row({
                type: 'zone',
                zone: z.zone,
                firstWeight: z.firstWeight,
                firstPrice: money(z.firstPrice),
                stepWeight: z.stepWeight,
                stepPrice: money(z.stepPrice),
                maxWeight: z.maxWeight,
                maxLength: z.maxLength,
            }),
        );
    }
    for (const r of table.remote ?? []) {
        lines.push(
            row({
                type: 'remote',
                postcode: r.prefix ?? r.from,
                postcodeTo: r.prefix ? undefined : r.to,
                amount: money(r.surcharge),
            }),
        );
    }
    return lines.join('\n') + '\n';
}
