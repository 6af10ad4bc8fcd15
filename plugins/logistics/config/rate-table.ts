/**
 * A shipping rate table (the JSON argument of the `rate-table` calculator and checker). Weights in grams,
 * dimensions in millimetres, money in minor units.
 *
 * ```json
 * { "volumetricDivisor": 5000, "freeOver": 50000,
 *   "zones": [{ "zone": "Europe", "firstWeight": 1000, "firstPrice": 800, "stepWeight": 500, "stepPrice": 200,
 *               "maxWeight": 30000, "maxLength": 1200 }],
 *   "remote": [{ "prefix": "BT", "surcharge": 500 }, { "from": "850000", "to": "859999", "surcharge": 300 }] }
 * ```
 */
export interface RateTable {
    /** cm³ per kg for volumetric weight (5000 is common for couriers). Omit for no volumetric weight. */
    volumetricDivisor?: number;
    /** Order subtotal (with tax) from which the base rate is free. The remote surcharge still applies. */
    freeOver?: number;
    zones: RateTableZone[];
    remote?: RemoteSurcharge[];
}

export interface RateTableZone {
    /** Name of a Vendure zone. */
    zone: string;
    /** The first band: up to `firstWeight` grams costs `firstPrice`. */
    firstWeight: number;
    firstPrice: number;
    /** Each further `stepWeight` grams (or part of it) costs `stepPrice`. */
    stepWeight: number;
    stepPrice: number;
    /** Heaviest chargeable weight this zone takes (the checker refuses heavier orders). */
    maxWeight?: number;
    /** Longest side of any item this zone takes, in millimetres. */
    maxLength?: number;
}

/** A surcharge for postcodes starting with `prefix`, or between `from` and `to` (inclusive). */
export interface RemoteSurcharge {
    prefix?: string;
    from?: string;
    to?: string;
    surcharge: number;
}

/** One item to ship: weight in grams, dimensions in millimetres, quantity. */
export interface ShippableItem {
    weight: number;
    length: number;
    width: number;
    height: number;
    quantity: number;
}

/** Parses and checks a rate table; throws an Error saying what is wrong. */
export function parseRateTable(json: string): RateTable {
    let value: unknown;
    try {
        value = JSON.parse(json);
    } catch {
        throw new Error('The rate table is not valid JSON');
    }
    if (typeof value !== 'object' || value === null || !Array.isArray((value as RateTable).zones)) {
        throw new Error('The rate table needs a "zones" array');
    }
    const table = value as RateTable;
    const nonNegative = (n: unknown, name: string) => {
        if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
            throw new Error(`${name} must be a number >= 0`);
        }
    };
    if (table.volumetricDivisor !== undefined && !(table.volumetricDivisor > 0)) {
        throw new Error('volumetricDivisor must be > 0');
    }
    if (table.freeOver !== undefined) {
        nonNegative(table.freeOver, 'freeOver');
    }
    table.zones.forEach((z, i) => {
        if (typeof z.zone !== 'string' || !z.zone) {
            throw new Error(`zones[${i}].zone must name a zone`);
        }
        nonNegative(z.firstWeight, `zones[${i}].firstWeight`);
        nonNegative(z.firstPrice, `zones[${i}].firstPrice`);
        nonNegative(z.stepPrice, `zones[${i}].stepPrice`);
        if (!(typeof z.stepWeight === 'number' && z.stepWeight > 0)) {
            throw new Error(`zones[${i}].stepWeight must be > 0`);
        }
    });
    (table.remote ?? []).forEach((r, i) => {
        nonNegative(r.surcharge, `remote[${i}].surcharge`);
        if (!r.prefix && !(r.from && r.to)) {
            throw new Error(`remote[${i}] needs a prefix, or from and to`);
        }
    });
    return table;
}

/** Actual and volumetric weight (grams) of the items; the chargeable weight is the larger. */
export function chargeableWeight(table: RateTable, items: ShippableItem[]): number {
    let actual = 0;
    let volumeCm3 = 0;
    for (const item of items) {
        actual += item.weight * item.quantity;
        volumeCm3 += ((item.length * item.width * item.height) / 1000) * item.quantity;
    }
    const volumetric = table.volumetricDivisor ? (volumeCm3 / table.volumetricDivisor) * 1000 : 0;
    return Math.max(actual, Math.ceil(volumetric));
}

function normalizePostcode(value: string): string {
    return value.replace(/\s+/g, '').toUpperCase();
}

/** The remote surcharge for a postcode: the largest of the entries it matches, 0 if none. */
export function remoteSurcharge(table: RateTable, postcode: string | undefined | null): number {
    if (!postcode) {
        return 0;
    }
    const code = normalizePostcode(postcode);
    let surcharge = 0;
    for (const r of table.remote ?? []) {
        let match = false;
        if (r.prefix) {
            match = code.startsWith(normalizePostcode(r.prefix));
        } else if (r.from && r.to) {
            const from = normalizePostcode(r.from);
            const to = normalizePostcode(r.to);
            match =
                /^\d+$/.test(code) && /^\d+$/.test(from) && /^\d+$/.test(to)
                    ? Number(code) >= Number(from) && Number(code) <= Number(to)
                    : code.length === from.length && code >= from && code <= to;
        }
        if (match) {
            surcharge = Math.max(surcharge, r.surcharge);
        }
    }
    return surcharge;
}

/**
 * The price for a chargeable weight in a zone: the first band, plus each further step (or part of one), plus the
 * remote surcharge; the base rate is free when `subTotal >= freeOver`.
 */
export function ratePrice(
    table: RateTable,
    zone: RateTableZone,
    weight: number,
    subTotal: number,
    postcode: string | undefined | null,
): number {
    const steps = weight > zone.firstWeight ? Math.ceil((weight - zone.firstWeight) / zone.stepWeight) : 0;
    const base = zone.firstPrice + steps * zone.stepPrice;
    const free = table.freeOver !== undefined && subTotal >= table.freeOver;
    return Math.round((free ? 0 : base) + remoteSurcharge(table, postcode));
}
