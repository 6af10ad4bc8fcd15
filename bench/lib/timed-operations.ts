import http from 'http';

import { generatedSku } from '../data/catalog';
import type { GeneratedData } from '../data/summary';
import { peakRssMb, resetPeakRss, rssMb } from './peak-rss';
import { adminSession, ServerUnderTest } from './scenarios';

/** One timed run of a single operation: how long it took and the server's peak memory meanwhile. */
export interface TimedRun {
    label: string;
    ms: number;
    /** The server's peak RSS during the run (MB), or since it started where the peak cannot be reset. */
    peakRssMb: number | null;
    /** The server's RSS when the run started (MB): what the process held before (heap kept from earlier work). */
    rssBeforeMb: number | null;
}

/**
 * A scenario that times one big operation on the Triflow server (scenarios 8 and 9): not a load at a concurrency,
 * but a few runs of one request each, with the server's peak memory during each.
 */
export interface TimedOperation {
    id: string;
    title: string;
    /** The target of issue #22, as printed. */
    target: string;
    run(
        server: ServerUnderTest,
        data: GeneratedData,
    ): Promise<{ runs: TimedRun[]; note: string; errors: number }>;
}

/** Runs `op` once on the server: wall time of the request and the server's peak RSS while it ran. */
async function timed<T>(
    server: ServerUnderTest,
    label: string,
    op: () => Promise<T>,
): Promise<[TimedRun, T]> {
    const rssBeforeMb = rssMb(server.pid);
    const reset = resetPeakRss(server.pid);
    const t0 = process.hrtime.bigint();
    const result = await op();
    const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10;
    const peak = peakRssMb(server.pid);
    return [
        { label: reset ? label : `${label} (peak since start)`, ms, peakRssMb: peak, rssBeforeMb },
        result,
    ];
}

/** Alert scans timed per scenario 8 (the first raises the alerts, the next ones find them active). */
const SCANS = 3;

/**
 * Scenario 8: `alertRules` rules of the `order-not-shipped` condition (24 h, 48 h, … after payment; created with
 * `createAlertRule`) over the generated order history, then `runAlertScan` (admin API: the scan the worker's
 * scheduled task runs, for the channel) timed 3 times. The first scan raises and notifies; the later ones bump the
 * active alerts and check whether each still holds (auto-resolve): the steady state of a scheduled scan.
 */
const alertScan: TimedOperation['run'] = async (server, data) => {
    const agent = new http.Agent({ keepAlive: false });
    const admin = await adminSession(server, agent);
    admin.timeoutMs = 600_000;
    const severities = ['info', 'warning', 'critical'];
    for (let i = 0; i < data.sizes.alertRules; i++) {
        const hours = 24 * (i + 1);
        await admin.query(
            agent,
            `mutation($i: CreateAlertRuleInput!) { createAlertRule(input: $i) { id } }`,
            {
                i: {
                    name: `Bench: not shipped ${hours} h after payment`,
                    condition: {
                        code: 'order-not-shipped',
                        arguments: [{ name: 'hours', value: String(hours) }],
                    },
                    severity: severities[i % severities.length],
                },
            },
        );
    }
    const runs: TimedRun[] = [];
    const results: string[] = [];
    for (let n = 1; n <= SCANS; n++) {
        const [run, res] = await timed(server, `scan ${n}`, () =>
            admin.query<{
                runAlertScan: { raised: number; resolved: number; reopened: number; notified: number };
            }>(agent, `mutation { runAlertScan { raised resolved reopened notified } }`),
        );
        runs.push(run);
        const r = res.runAlertScan;
        results.push(
            `scan ${n}: ${r.raised} raised or bumped, ${r.resolved} resolved, ${r.notified} notified`,
        );
    }
    const { alerts } = await admin.query<{ alerts: { totalItems: number } }>(
        agent,
        `{ alerts(options: { take: 1 }) { totalItems } }`,
    );
    return {
        runs,
        errors: alerts.totalItems > 0 ? 0 : 1,
        note:
            `8: ${data.sizes.alertRules} order-not-shipped rules over ${data.history.orders} orders ` +
            `(${data.history.notShipped} paid and not shipped); ${results.join('; ')}; ${alerts.totalItems} alerts in the channel`,
    };
};

/** Quantity breaks of the price-list CSV: every generated variant once per break, as many as the rows need. */
const BREAKS = [1, 2, 3, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const CONDITIONS = ['new', 'used', 'refurbished'];
/** Currencies the offer CSV spreads over (one per offer key: variant, condition, currency). */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'CHF'];

function generatedSkus(data: GeneratedData): string[] {
    const skus: string[] = [];
    for (let p = 0; p < data.sizes.products; p++) {
        for (let v = 0; v < data.sizes.variantsPerProduct; v++) skus.push(generatedSku(p + 1, v));
    }
    return skus;
}

/**
 * Scenario 9: a price-list CSV of `csvRows` rows (every generated variant at several quantity breaks, prices and
 * percentages) into a new price list (`importPriceListCsv`, B2B), and an offer CSV of `csvRows` rows (every
 * generated variant in each condition and as many currencies as needed; the default channel is given those
 * currencies first) for one marketplace seller (`importOffersCsv`, the operator naming the seller), then the
 * seller's next feed: the same offers with new prices, quantities and a few deactivated (every row an update).
 * Each CSV is sent as text in the request (the admin API accepts JSON bodies of up to 32 MB), once, on the Triflow
 * server.
 */
const csvImports: TimedOperation['run'] = async (server, data) => {
    const agent = new http.Agent({ keepAlive: false });
    const admin = await adminSession(server, agent);
    admin.timeoutMs = 600_000;
    const skus = generatedSkus(data);
    const rows = data.sizes.csvRows;
    const runs: TimedRun[] = [];
    const notes: string[] = [];
    let errors = 0;

    const { activeChannel } = await admin.query<{
        activeChannel: { id: string; defaultCurrencyCode: string; availableCurrencyCodes: string[] };
    }>(agent, `{ activeChannel { id defaultCurrencyCode availableCurrencyCodes } }`);
    const list = await admin.query<{ createPriceList: { id: string } }>(
        agent,
        `mutation($i: CreatePriceListInput!) { createPriceList(input: $i) { id } }`,
        {
            i: {
                name: 'Bench CSV import',
                currencyCode: activeChannel.defaultCurrencyCode,
                status: 'disabled',
            },
        },
    );
    if (rows > skus.length * BREAKS.length) {
        throw new Error(
            `${rows} price-list rows need more than ${skus.length} variants × ${BREAKS.length} breaks`,
        );
    }
    const priceCsv = ['sku,minQuantity,price,percent'];
    for (let i = 0; i < rows; i++) {
        const sku = skus[i % skus.length];
        const qty = BREAKS[Math.floor(i / skus.length)];
        priceCsv.push(
            i % 4 === 3
                ? `${sku},${qty},,${(i % 30) + 0.5}`
                : `${sku},${qty},${(100 + (i % 900)).toFixed(2)},`,
        );
    }
    const [priceRun, priceRes] = await timed(server, `price list ${rows} rows`, () =>
        admin.query<{
            importPriceListCsv: { accepted?: number; rejected?: unknown[]; message?: string };
        }>(
            agent,
            `mutation($id: ID!, $csv: String!) { importPriceListCsv(priceListId: $id, csv: $csv) {
                ... on PriceListImportReport { accepted rejected { line } } ... on ErrorResult { message } } }`,
            { id: list.createPriceList.id, csv: priceCsv.join('\n') + '\n' },
        ),
    );
    runs.push(priceRun);
    const p = priceRes.importPriceListCsv;
    if (p.accepted !== rows) errors++;
    notes.push(
        `price list: ${p.accepted ?? 0} of ${rows} rows accepted${p.message ? ` (${p.message})` : ''}` +
            `${p.rejected?.length ? `, ${p.rejected.length} rejected` : ''}`,
    );

    const currencies = Math.ceil(rows / (skus.length * CONDITIONS.length));
    const needed = [
        activeChannel.defaultCurrencyCode,
        ...CURRENCIES.filter(c => c !== activeChannel.defaultCurrencyCode),
    ].slice(0, currencies);
    if (needed.length < currencies) {
        throw new Error(
            `${rows} offer rows need more than ${skus.length} variants × 3 conditions × 8 currencies`,
        );
    }
    const available = [...new Set([...activeChannel.availableCurrencyCodes, ...needed])];
    await admin.query(
        agent,
        `mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { __typename } }`,
        {
            i: { id: activeChannel.id, availableCurrencyCodes: available },
        },
    );
    const { marketplaceSellers } = await admin.query<{
        marketplaceSellers: { items: Array<{ id: string }> };
    }>(
        agent,
        `{ marketplaceSellers(options: { filter: { code: { eq: "bench-parts-0001" } } }) { items { id } } }`,
    );
    const sellerId = marketplaceSellers.items[0]?.id;
    if (!sellerId) throw new Error('no marketplace seller bench-parts-0001');
    const offerCsv = [
        'sku,price,currencyCode,quantityAvailable,leadTimeDays,condition,minimumOrderQuantity,sellerSku,active',
    ];
    for (let i = 0; i < rows; i++) {
        const sku = skus[i % skus.length];
        const k = Math.floor(i / skus.length);
        offerCsv.push(
            `${sku},${(50 + (i % 950)).toFixed(2)},${needed[Math.floor(k / CONDITIONS.length)]},${i % 200},${i % 15},` +
                `${CONDITIONS[k % CONDITIONS.length]},1,S-${i},true`,
        );
    }
    /** One timed offer import for the seller; `expected` tells a right report from a wrong one. */
    const importOffers = async (
        label: string,
        csv: string[],
        expected: (created: number, updated: number) => boolean,
    ) => {
        const [run, res] = await timed(server, `${label} ${rows} rows`, () =>
            admin.query<{
                importOffersCsv: {
                    created?: number;
                    updated?: number;
                    rejected?: unknown[];
                    message?: string;
                };
            }>(
                agent,
                `mutation($s: ID!, $csv: String!) { importOffersCsv(sellerId: $s, csv: $csv) {
                ... on OfferImportReport { created updated rejected { line } } ... on ErrorResult { message } } }`,
                { s: sellerId, csv: csv.join('\n') + '\n' },
            ),
        );
        runs.push(run);
        const o = res.importOffersCsv;
        if (!expected(o.created ?? 0, o.updated ?? 0)) errors++;
        notes.push(
            `${label}: ${o.created ?? 0} created, ${o.updated ?? 0} updated of ${rows} rows` +
                `${o.message ? ` (${o.message})` : ''}${o.rejected?.length ? `, ${o.rejected.length} rejected` : ''}`,
        );
    };
    await importOffers('offers', offerCsv, (created, updated) => created + updated === rows);

    // The seller's next feed: the same offers with new prices and quantities, every row an update (a seller's
    // daily stock and price file).
    const feed = [offerCsv[0]];
    for (let i = 0; i < rows; i++) {
        const sku = skus[i % skus.length];
        const k = Math.floor(i / skus.length);
        feed.push(
            `${sku},${(60 + (i % 940)).toFixed(2)},${needed[Math.floor(k / CONDITIONS.length)]},${(i + 7) % 200},${i % 15},` +
                `${CONDITIONS[k % CONDITIONS.length]},1,S-${i},${i % 50 !== 0}`,
        );
    }
    await importOffers('offers again', feed, (created, updated) => created === 0 && updated === rows);
    return { runs, errors, note: `9: ${notes.join('; ')}` };
};

/**
 * Scenarios 9 and 8: single operations on the Triflow server, after the load scenarios; the imports first, so that
 * the memory the scan's 50,000 alerts leave in the heap does not count as theirs.
 */
export const TIMED_OPERATIONS: TimedOperation[] = [
    {
        id: '9',
        title: 'CSV imports: B2B price list, marketplace offers',
        target: 'under 60 s and 500 MB peak each',
        run: csvImports,
    },
    {
        id: '8',
        title: 'Alert scan: order-not-shipped rules over the order history',
        target: 'under 10 s per scan',
        run: alertScan,
    },
];
