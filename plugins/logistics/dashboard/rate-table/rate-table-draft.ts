import { formatScaled, parseScaledDecimal } from '../../../../src/common/csv';

/**
 * The rate table as the cell-by-cell editor holds it: every cell as typed (strings), so that a half-typed or wrong
 * cell stays on screen with its message while the form keeps the last valid table. `buildRateTable` turns a draft
 * into the JSON argument, checking it as the server's `parseRateTable` (config/rate-table.ts) and the CSV import
 * (config/rate-table-csv.ts) do: weights and lengths whole grams and millimetres, money a decimal amount with at
 * most two places, read without a float (`parseScaledDecimal`), stored in minor units.
 */

/** Decimal places of money in the table, as in the CSV import (`8.00` = 800 minor units). */
export const MONEY_DECIMALS = 2;

export interface RateTableZoneValue {
    zone: string;
    firstWeight: number;
    firstPrice: number;
    stepWeight: number;
    stepPrice: number;
    maxWeight?: number;
    maxLength?: number;
}

export interface RemoteSurchargeValue {
    prefix?: string;
    from?: string;
    to?: string;
    surcharge: number;
}

export interface RateTableValue {
    volumetricDivisor?: number;
    freeOver?: number;
    zones: RateTableZoneValue[];
    remote?: RemoteSurchargeValue[];
}

export const ZONE_FIELDS = [
    'zone',
    'firstWeight',
    'firstPrice',
    'stepWeight',
    'stepPrice',
    'maxWeight',
    'maxLength',
] as const;
export type ZoneField = (typeof ZONE_FIELDS)[number];

export type ZoneDraft = { key: string } & Record<ZoneField, string>;

export interface RemoteDraft {
    key: string;
    kind: 'prefix' | 'range';
    prefix: string;
    from: string;
    to: string;
    surcharge: string;
}
export type RemoteField = 'prefix' | 'from' | 'to' | 'surcharge';

export interface RateTableDraft {
    zones: ZoneDraft[];
    remote: RemoteDraft[];
    volumetricDivisor: string;
    freeOver: string;
}

/** What is wrong with a cell (or the table as a whole); the input shows each as a translated message. */
export type DraftProblem =
    | 'zone-missing'
    | 'zone-repeated'
    | 'whole'
    | 'whole-positive'
    | 'money'
    | 'prefix-missing'
    | 'range-missing'
    | 'range-order'
    | 'range-length'
    | 'zones-needed'
    | 'table-needed';

/** Where a problem is: `zones.<key>.<field>`, `remote.<key>.<field>`, `volumetricDivisor`, `freeOver` or `table`. */
export type DraftProblems = Map<string, DraftProblem>;

export const zoneCell = (row: ZoneDraft, field: ZoneField) => `zones.${row.key}.${field}`;
export const remoteCell = (row: RemoteDraft, field: RemoteField) => `remote.${row.key}.${field}`;

let nextKey = 0;
/** A key for a new row (React keys and problem places; never stored). */
export function rowKey(): string {
    nextKey += 1;
    return `r${nextKey}`;
}

/** Minor units as the decimal amount typed in a cell (`800` → `8.00`); not a number → empty. */
export function moneyCell(value: unknown): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return '';
    }
    // A fraction of a minor unit is shown as it is, so the cell is flagged rather than silently rounded.
    return Number.isSafeInteger(value)
        ? formatScaled(value, MONEY_DECIMALS)
        : String(value / 10 ** MONEY_DECIMALS);
}

/** A whole number (weight, length, divisor) as typed in a cell; not a number → empty. */
export function wholeCell(value: unknown): string {
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** A typed amount (`8`, `8.5`, `8.50`) in minor units, or undefined when it is not one (negative, 3 places, text). */
export function parseMoney(raw: string): number | undefined {
    return parseScaledDecimal(raw, MONEY_DECIMALS);
}

/** A typed whole number ≥ 0 (or > 0), or undefined. */
export function parseWhole(raw: string, positive = false): number | undefined {
    const s = raw.trim();
    const value = /^\d+$/.test(s) ? Number(s) : NaN;
    return Number.isSafeInteger(value) && (!positive || value > 0) ? value : undefined;
}

/** The table of a `table` argument, or null when it is empty or not a table (not JSON, no `zones` array). */
export function parseTableValue(value: unknown): RateTableValue | null {
    if (typeof value !== 'string' || !value.trim()) {
        return null;
    }
    try {
        const table = JSON.parse(value) as RateTableValue | null;
        return table && typeof table === 'object' && Array.isArray(table.zones) ? table : null;
    } catch {
        return null;
    }
}

export function emptyZoneRow(): ZoneDraft {
    return {
        key: rowKey(),
        zone: '',
        firstWeight: '',
        firstPrice: '',
        stepWeight: '',
        stepPrice: '',
        maxWeight: '',
        maxLength: '',
    };
}

export function emptyRemoteRow(): RemoteDraft {
    return { key: rowKey(), kind: 'prefix', prefix: '', from: '', to: '', surcharge: '' };
}

/** The cells of a table (an empty draft for null). */
export function draftFromTable(table: RateTableValue | null): RateTableDraft {
    if (!table) {
        return { zones: [], remote: [], volumetricDivisor: '', freeOver: '' };
    }
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
        volumetricDivisor: wholeCell(table.volumetricDivisor),
        freeOver: moneyCell(table.freeOver),
        zones: table.zones.map(z => ({
            key: rowKey(),
            zone: text(z?.zone),
            firstWeight: wholeCell(z?.firstWeight),
            firstPrice: moneyCell(z?.firstPrice),
            stepWeight: wholeCell(z?.stepWeight),
            stepPrice: moneyCell(z?.stepPrice),
            maxWeight: wholeCell(z?.maxWeight),
            maxLength: wholeCell(z?.maxLength),
        })),
        remote: (Array.isArray(table.remote) ? table.remote : []).map(r => ({
            key: rowKey(),
            kind: r?.prefix || !(r?.from || r?.to) ? ('prefix' as const) : ('range' as const),
            prefix: text(r?.prefix),
            from: text(r?.from),
            to: text(r?.to),
            surcharge: moneyCell(r?.surcharge),
        })),
    };
}

/** True when the draft holds nothing at all (no rows, no settings). */
export function isEmptyDraft(draft: RateTableDraft): boolean {
    return (
        !draft.zones.length &&
        !draft.remote.length &&
        !draft.volumetricDivisor.trim() &&
        !draft.freeOver.trim()
    );
}

const normalizePostcode = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/**
 * The problem of a postcode range, judged as the calculator matches postcodes (`remoteSurcharge`): numerically when
 * both ends are digits, else as text of the same length.
 */
function rangeProblem(fromRaw: string, toRaw: string): DraftProblem | undefined {
    const from = normalizePostcode(fromRaw);
    const to = normalizePostcode(toRaw);
    if (!from || !to) {
        return 'range-missing';
    }
    if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
        return Number(from) > Number(to) ? 'range-order' : undefined;
    }
    if (from.length !== to.length) {
        return 'range-length';
    }
    return from > to ? 'range-order' : undefined;
}

export interface BuildResult {
    problems: DraftProblems;
    /**
     * The `table` argument for the draft when it has no problem: the table's JSON, or '' for an empty draft of an
     * argument that may be empty (the checker's, which then follows the calculator's table). Undefined otherwise.
     */
    value?: string;
}

/**
 * Checks every cell of the draft and, when all are good, gives the argument's JSON. `required`: the argument must
 * hold a table (the calculator's); else an empty draft gives ''.
 */
export function buildRateTable(draft: RateTableDraft, options: { required: boolean }): BuildResult {
    const problems: DraftProblems = new Map();
    if (isEmptyDraft(draft)) {
        if (options.required) {
            problems.set('table', 'table-needed');
            return { problems };
        }
        return { problems, value: '' };
    }
    if (!draft.zones.length) {
        problems.set('table', 'zones-needed');
    }
    const settings: Pick<RateTableValue, 'volumetricDivisor' | 'freeOver'> = {};
    if (draft.volumetricDivisor.trim()) {
        const divisor = parseWhole(draft.volumetricDivisor, true);
        if (divisor === undefined) {
            problems.set('volumetricDivisor', 'whole-positive');
        } else {
            settings.volumetricDivisor = divisor;
        }
    }
    if (draft.freeOver.trim()) {
        const freeOver = parseMoney(draft.freeOver);
        if (freeOver === undefined) {
            problems.set('freeOver', 'money');
        } else {
            settings.freeOver = freeOver;
        }
    }
    const zones: RateTableZoneValue[] = [];
    const seen = new Set<string>();
    for (const row of draft.zones) {
        const zone = row.zone.trim();
        if (!zone) {
            problems.set(zoneCell(row, 'zone'), 'zone-missing');
        } else if (seen.has(zone.toLowerCase())) {
            // The calculator takes the first row of a zone (names compared without case): a second one is dead.
            problems.set(zoneCell(row, 'zone'), 'zone-repeated');
        }
        seen.add(zone.toLowerCase());
        const whole = (field: ZoneField, positive = false) => {
            const n = parseWhole(row[field], positive);
            if (n === undefined) {
                problems.set(zoneCell(row, field), positive ? 'whole-positive' : 'whole');
            }
            return n ?? 0;
        };
        const optionalWhole = (field: ZoneField) => (row[field].trim() ? whole(field) : undefined);
        const money = (field: ZoneField) => {
            const n = parseMoney(row[field]);
            if (n === undefined) {
                problems.set(zoneCell(row, field), 'money');
            }
            return n ?? 0;
        };
        const value: RateTableZoneValue = {
            zone,
            firstWeight: whole('firstWeight'),
            firstPrice: money('firstPrice'),
            stepWeight: whole('stepWeight', true),
            stepPrice: money('stepPrice'),
        };
        const maxWeight = optionalWhole('maxWeight');
        const maxLength = optionalWhole('maxLength');
        if (maxWeight !== undefined) {
            value.maxWeight = maxWeight;
        }
        if (maxLength !== undefined) {
            value.maxLength = maxLength;
        }
        zones.push(value);
    }
    const remote: RemoteSurchargeValue[] = [];
    for (const row of draft.remote) {
        const surcharge = parseMoney(row.surcharge);
        if (surcharge === undefined) {
            problems.set(remoteCell(row, 'surcharge'), 'money');
        }
        if (row.kind === 'prefix') {
            const prefix = row.prefix.trim();
            if (!prefix) {
                problems.set(remoteCell(row, 'prefix'), 'prefix-missing');
            }
            remote.push({ prefix, surcharge: surcharge ?? 0 });
        } else {
            const problem = rangeProblem(row.from, row.to);
            if (problem) {
                // A missing end is flagged where it is missing; a wrong order or length on `from`.
                const where = problem === 'range-missing' && row.from.trim() ? 'to' : 'from';
                problems.set(remoteCell(row, where), problem);
            }
            remote.push({ from: row.from.trim(), to: row.to.trim(), surcharge: surcharge ?? 0 });
        }
    }
    if (problems.size) {
        return { problems };
    }
    // Keys in the order the README writes a table: settings, zones, remote surcharges.
    const table: RateTableValue = { ...settings, zones, ...(remote.length ? { remote } : {}) };
    return { problems, value: JSON.stringify(table) };
}
