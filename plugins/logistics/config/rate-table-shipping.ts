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

/**
 * The checker's table argument may be left empty: the checker then reads the table of the method's own `rate-table`
 * calculator, so a merchant keeps one table per method (an own table still wins, for limits that differ).
 */
const checkerTableArg = {
    ...tableArg,
    required: false,
    defaultValue: '',
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'Leave empty to use the table of this method’s rate-table calculator (one table to keep). An own table here decides eligibility alone: see the logistics README',
        },
        {
            languageCode: LanguageCode.zh_Hans,
            value: '留空则使用本配送方式运费表计算器中的运费表（只需维护一份）。在此填写的运费表将单独决定是否可用：见物流插件说明',
        },
    ],
};

/** The table the checker decides by: its own, or else the method's rate-table calculator's; undefined if neither. */
export function checkerTable(
    ownTable: string | undefined,
    method: { calculator?: { code: string; args: Array<{ name: string; value: string }> } },
): string | undefined {
    if (ownTable?.trim()) {
        return ownTable;
    }
    const calculator = method.calculator;
    if (calculator?.code !== RATE_TABLE_CALCULATOR_CODE) {
        return undefined;
    }
    return calculator.args.find(a => a.name === 'table')?.value || undefined;
}

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

/**
 * Offers the method when the table has a row for the order's zone, within its weight and length limits. The table
 * is the checker's own or, left empty, the method's rate-table calculator's ({@link checkerTable}).
 */
export const rateTableEligibilityChecker = new ShippingEligibilityChecker({
    code: RATE_TABLE_CHECKER_CODE,
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'Ships to the rate table’s zones, within weight and size limits',
        },
        { languageCode: LanguageCode.zh_Hans, value: '仅限运费表中的区域及重量、尺寸限制之内' },
    ],
    args: { table: checkerTableArg },
    init(injector: Injector) {
        zoneService = injector.get(ZoneService);
    },
    check: async (ctx, order, args, method) => {
        const json = checkerTable(args.table, method);
        if (!json) {
            Logger.warn(
                `Shipping method ${method.code}: the rate-table checker has no table of its own and the method's calculator is not a rate table`,
                loggerCtx,
            );
            return false;
        }
        const resolved = await resolve(ctx, order, json);
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
