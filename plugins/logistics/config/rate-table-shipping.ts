import { LanguageCode } from '@vendure/common/lib/generated-types';
import {
    Injector,
    Logger,
    Order,
    RequestContext,
    ShippingCalculator,
    ShippingEligibilityChecker,
    ZoneService,
} from '@vendure/core';

import { loggerCtx } from '../constants';

import {
    chargeableWeight,
    parseRateTable,
    RateTable,
    RateTableZone,
    ratePrice,
    ShippableItem,
} from './rate-table';

let zoneService: ZoneService | undefined;

/** Code of the rate-table shipping calculator. */
export const RATE_TABLE_CALCULATOR_CODE = 'rate-table';
/** Code of the rate-table eligibility checker. */
export const RATE_TABLE_CHECKER_CODE = 'rate-table-eligibility';
/** Most rows one rate table CSV import may hold. */
export const RATE_TABLE_CSV_MAX_ROWS = 10_000;
/** Dashboard input component of the table argument (plugins/logistics/dashboard/rate-table). */
export const RATE_TABLE_INPUT_COMPONENT = 'logistics-rate-table-input';

const tableArg = {
    type: 'string' as const,
    required: true,
    ui: { component: RATE_TABLE_INPUT_COMPONENT },
    label: [
        { languageCode: LanguageCode.en, value: 'Rate table' },
        { languageCode: LanguageCode.zh_Hans, value: '运费表' },
    ],
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'Zones with first-weight band and step prices, volumetric divisor, free-over amount and remote postcode surcharges: see the logistics README',
        },
        {
            languageCode: LanguageCode.zh_Hans,
            value: '按区域的首重价格与续重价格、体积重除数、免运费金额和偏远邮编附加费：见物流插件说明',
        },
    ],
};

/** The items of an order with the variants' shipping weight and dimensions (custom fields; missing counts as 0). */
export function orderItems(order: Order): ShippableItem[] {
    return order.lines.map(line => {
        const f = (line.productVariant?.customFields ?? {}) as Record<string, unknown>;
        const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
        return {
            weight: n(f.shippingWeight),
            length: n(f.shippingLength),
            width: n(f.shippingWidth),
            height: n(f.shippingHeight),
            quantity: line.quantity,
        };
    });
}

/** The table and the row for the order's shipping country, or undefined (bad table, no address, no row). */
async function resolve(
    ctx: RequestContext,
    order: Order,
    json: string,
): Promise<{ table: RateTable; zone: RateTableZone } | undefined> {
    let table: RateTable;
    try {
        table = parseRateTable(json);
    } catch (e) {
        Logger.warn(`Rate table refused: ${(e as Error).message}`, loggerCtx);
        return undefined;
    }
    const countryCode = order.shippingAddress?.countryCode;
    if (!countryCode || !zoneService) {
        return undefined;
    }
    const zones = await zoneService.getAllWithMembers(ctx);
    const names = new Set(
        zones.filter(z => z.members.some(m => m.code === countryCode)).map(z => z.name.toLowerCase()),
    );
    const zone = table.zones.find(z => names.has(z.zone.toLowerCase()));
    return zone ? { table, zone } : undefined;
}

/**
 * Shipping fees from a rate table: per zone, a first-weight-band price plus a price per further weight step, on
 * the chargeable weight (volumetric when larger), free over an order amount, plus a remote-postcode surcharge.
 * Orders to a zone without a row get no price (the method is not offered).
 */
export const rateTableShippingCalculator = new ShippingCalculator({
    code: RATE_TABLE_CALCULATOR_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Rate table by zone, weight, volume and postcode' },
        { languageCode: LanguageCode.zh_Hans, value: '按区域、重量、体积和邮编的运费表' },
    ],
    args: {
        table: tableArg,
        taxRate: {
            type: 'int',
            defaultValue: 0,
            ui: { component: 'number-form-input', suffix: '%' },
            label: [
                { languageCode: LanguageCode.en, value: 'Tax rate' },
                { languageCode: LanguageCode.zh_Hans, value: '税率' },
            ],
        },
    },
    init(injector: Injector) {
        zoneService = injector.get(ZoneService);
    },
    calculate: async (ctx, order, args) => {
        const resolved = await resolve(ctx, order, args.table);
        if (!resolved) {
            return undefined;
        }
        const weight = chargeableWeight(resolved.table, orderItems(order));
        return {
            price: ratePrice(
                resolved.table,
                resolved.zone,
                weight,
                order.subTotalWithTax,
                order.shippingAddress?.postalCode,
            ),
            priceIncludesTax: ctx.channel.pricesIncludeTax,
            taxRate: args.taxRate,
            metadata: { chargeableWeight: weight, zone: resolved.zone.zone },
        };
    },
});

/** Offers the method when the table has a row for the order's zone, within its weight and length limits. */
export const rateTableEligibilityChecker = new ShippingEligibilityChecker({
    code: RATE_TABLE_CHECKER_CODE,
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'Ships to the rate table’s zones, within weight and size limits',
        },
        { languageCode: LanguageCode.zh_Hans, value: '仅限运费表中的区域及重量、尺寸限制之内' },
    ],
    args: { table: tableArg },
    init(injector: Injector) {
        zoneService = injector.get(ZoneService);
    },
    check: async (ctx, order, args) => {
        const resolved = await resolve(ctx, order, args.table);
        if (!resolved) {
            return false;
        }
        const items = orderItems(order);
        const { zone, table } = resolved;
        if (zone.maxWeight !== undefined && chargeableWeight(table, items) > zone.maxWeight) {
            return false;
        }
        const maxLength = zone.maxLength;
        return (
            maxLength === undefined || items.every(i => Math.max(i.length, i.width, i.height) <= maxLength)
        );
    },
});
