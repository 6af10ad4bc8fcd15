import type { Locator } from 'playwright-core';
import { isDeepStrictEqual } from 'util';

import {
    adminApi,
    BrowserTest,
    dashboardTokens,
    loginToDashboard,
    PageWatch,
    screenshot,
    withDashboardSession,
} from '../../../../src/testing/browser';

/** Waits until an input holds `expected`. */
async function waitForValue(input: Locator, expected: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await input.inputValue({ timeout: timeoutMs }).catch(() => undefined);
        if (value === expected) {
            return;
        }
        if (Date.now() > deadline) {
            throw new Error(`The input holds ${JSON.stringify(value)}, not ${JSON.stringify(expected)}`);
        }
        await new Promise(r => setTimeout(r, 100));
    }
}

const PLACEHOLDER = JSON.stringify({
    zones: [{ zone: 'Europe', firstWeight: 1000, firstPrice: 800, stepWeight: 500, stepPrice: 200 }],
});

export const browserTests: BrowserTest[] = [
    {
        name: "Logistics: the demo's rate-table method, its checker following the calculator's table, in English and Chinese",
        readOnly: true,
        async run({ page, baseUrl, screenshotDir }) {
            const texts = {
                en: {
                    empty: "No table here. Left empty, the eligibility checker uses the calculator's table",
                    zone: 'Asia',
                },
                zh_Hans: { empty: '此处没有运费表。资格检查器留空时使用计算器的运费表', zone: 'Asia' },
            } as const;
            for (const language of ['en', 'zh_Hans'] as const) {
                await withDashboardSession(page, baseUrl, language, async () => {
                    const watch = new PageWatch(page);
                    await page.goto(`${baseUrl}/dashboard/shipping-methods`);
                    await watch.assertHealthy(`shipping methods (${language})`);
                    const tokens = await dashboardTokens(page);
                    const { shippingMethods } = await adminApi<{
                        shippingMethods: { items: Array<{ id: string }> };
                    }>(
                        baseUrl,
                        tokens,
                        `{ shippingMethods(options: { filter: { code: { eq: "rate-table-delivery" } } }) { items { id } } }`,
                    );
                    const id = shippingMethods.items[0]?.id;
                    if (!id) {
                        throw new Error('the demo has no rate-table-delivery shipping method');
                    }
                    await page.goto(`${baseUrl}/dashboard/shipping-methods/${id}`);
                    const inputs = page.getByTestId('rate-table-input');
                    await inputs.first().waitFor();
                    // the checker's input: empty, saying it follows; the calculator's: the demo table's zones
                    await inputs.getByText(texts[language].empty).first().waitFor();
                    await inputs.getByText(texts[language].zone, { exact: true }).first().waitFor();
                    await watch.assertHealthy(`shipping method ${id} (${language})`);
                    await screenshot(page, screenshotDir, `logistics-demo-rate-table-method-${language}`);
                });
            }
        },
    },
    {
        name: 'Logistics: shipping-method rate table shown cell by cell, CSV imported with a bad row, saved',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            const tokens = await dashboardTokens(page);
            const code = `browser-rate-table-${Date.now()}`;
            const { createShippingMethod } = await adminApi<{ createShippingMethod: { id: string } }>(
                baseUrl,
                tokens,
                `mutation ($input: CreateShippingMethodInput!) { createShippingMethod(input: $input) { id } }`,
                {
                    input: {
                        code,
                        fulfillmentHandler: 'manual-fulfillment',
                        checker: {
                            code: 'rate-table-eligibility',
                            arguments: [{ name: 'table', value: PLACEHOLDER }],
                        },
                        calculator: {
                            code: 'rate-table',
                            arguments: [
                                { name: 'table', value: PLACEHOLDER },
                                { name: 'taxRate', value: '0' },
                            ],
                        },
                        translations: [{ languageCode: 'en', name: code, description: '' }],
                    },
                },
            );
            await page.goto(`${baseUrl}/dashboard/shipping-methods/${createShippingMethod.id}`);
            const inputs = page.getByTestId('rate-table-input');
            await inputs.first().waitFor();
            // The checker's and the calculator's table, each shown cell by cell.
            await inputs.nth(1).waitFor();
            await inputs.first().getByTestId('rate-table-zone-0-zone').getByText('Europe').waitFor();
            await waitForValue(inputs.first().getByTestId('rate-table-zone-0-firstPrice'), '8.00');

            const csv = [
                'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount',
                'zone,Europe,500,6.50,1000,1.75,,,,,',
                'zone,Europe,500,7.00,1000,1.75,,,,,',
                'remote,,,,,,,,BT,,4.00',
            ].join('\n');
            for (const i of [0, 1]) {
                const input = inputs.nth(i);
                await input.getByRole('button', { name: 'Import CSV' }).click();
                await input.locator('textarea').fill(csv);
                await input.getByRole('button', { name: 'Import', exact: true }).click();
                const report = input.getByTestId('rate-table-import-report');
                await report.getByText(/Rows imported:\s*2$/).waitFor();
                await report.getByText(/Rows rejected:\s*1$/).waitFor();
                await report.getByText(/already on line 2/).waitFor();
                await waitForValue(input.getByTestId('rate-table-zone-0-firstPrice'), '6.50');
            }
            await page.getByRole('button', { name: 'Update' }).click();
            const expected = {
                zones: [
                    { zone: 'Europe', firstWeight: 500, firstPrice: 650, stepWeight: 1000, stepPrice: 175 },
                ],
                remote: [{ prefix: 'BT', surcharge: 400 }],
            };
            const deadline = Date.now() + 20_000;
            for (;;) {
                const { shippingMethod } = await adminApi<{
                    shippingMethod: {
                        checker: { args: Array<{ name: string; value: string }> };
                        calculator: { args: Array<{ name: string; value: string }> };
                    };
                }>(
                    baseUrl,
                    tokens,
                    `query ($id: ID!) { shippingMethod(id: $id) { checker { args { name value } } calculator { args { name value } } } }`,
                    { id: createShippingMethod.id },
                );
                const tables = [shippingMethod.checker, shippingMethod.calculator].map(
                    op => op.args.find(a => a.name === 'table')?.value ?? '',
                );
                if (tables.every(t => t === JSON.stringify(expected))) {
                    break;
                }
                if (Date.now() > deadline) {
                    throw new Error(`The saved tables are ${tables.join(' and ')}`);
                }
                await new Promise(r => setTimeout(r, 250));
            }
        },
    },
    {
        name: "Logistics: rate table edited cell by cell (a zone's first price, a new remote surcharge), saved and reloaded, on a copy of the demo's rate-table method",
        async run({ page, baseUrl, screenshotDir }) {
            type Operation = { code: string; args: Array<{ name: string; value: string }> };
            type Method = {
                id: string;
                fulfillmentHandlerCode: string;
                checker: Operation;
                calculator: Operation;
            };
            const operation = `{ code args { name value } }`;
            const readMethod = async (filter: string) => {
                const tokens = await dashboardTokens(page);
                const { shippingMethods } = await adminApi<{ shippingMethods: { items: Method[] } }>(
                    baseUrl,
                    tokens,
                    `{ shippingMethods(options: { filter: ${filter} }) { items { id fulfillmentHandlerCode checker ${operation} calculator ${operation} } } }`,
                );
                return shippingMethods.items[0];
            };
            const tableOf = (op: Operation) => op.args.find(a => a.name === 'table')?.value ?? '';
            await loginToDashboard(page, baseUrl);
            const tokens = await dashboardTokens(page);
            // The demo's method as seeded; the test edits a copy of it, so that the demo (which other tests and
            // the seeded orders' checks read) is never changed, even by a failed run.
            const demo = await readMethod(`{ code: { eq: "rate-table-delivery" } }`);
            if (!demo) {
                throw new Error('the demo has no rate-table-delivery shipping method');
            }
            const demoTable = JSON.parse(tableOf(demo.calculator)) as {
                zones: Array<{ zone: string; firstPrice: number }>;
                remote: Array<Record<string, unknown>>;
            };
            const europe = demoTable.zones.findIndex(z => z.zone === 'Europe');
            if (europe < 0 || demoTable.zones[europe].firstPrice !== 800 || tableOf(demo.checker) !== '') {
                throw new Error(`The demo's rate table is not the seeded one: ${tableOf(demo.calculator)}`);
            }
            const code = `browser-rate-table-grid-${Date.now()}`;
            const { createShippingMethod: copy } = await adminApi<{ createShippingMethod: { id: string } }>(
                baseUrl,
                tokens,
                `mutation ($input: CreateShippingMethodInput!) { createShippingMethod(input: $input) { id } }`,
                {
                    input: {
                        code,
                        fulfillmentHandler: demo.fulfillmentHandlerCode,
                        checker: { code: demo.checker.code, arguments: demo.checker.args },
                        calculator: { code: demo.calculator.code, arguments: demo.calculator.args },
                        translations: [{ languageCode: 'en', name: code, description: '' }],
                    },
                },
            );
            try {
                const watch = new PageWatch(page);
                await page.goto(`${baseUrl}/dashboard/shipping-methods/${copy.id}`);
                const inputs = page.getByTestId('rate-table-input');
                const checker = inputs.nth(0);
                const calculator = inputs.nth(1);
                const firstPrice = calculator.getByTestId(`rate-table-zone-${europe}-firstPrice`);
                await waitForValue(firstPrice, '8.00');
                await calculator.getByTestId(`rate-table-zone-${europe}-zone`).getByText('Europe').waitFor();
                await checker.getByText("the eligibility checker uses the calculator's table").waitFor();
                await watch.assertHealthy(`shipping method ${copy.id}`);

                // A bad amount is marked and kept out of the form; a good one replaces it.
                await firstPrice.fill('8.755');
                await calculator
                    .getByText('An amount like 8.00: 0 or more, at most two decimals', { exact: true })
                    .waitFor();
                await calculator.getByTestId('rate-table-not-sent').waitFor();
                await firstPrice.fill('8.75');
                await calculator.getByTestId('rate-table-not-sent').waitFor({ state: 'detached' });

                // A new remote surcharge row: a postcode prefix and its surcharge.
                const newRow = demoTable.remote.length;
                await calculator.getByRole('button', { name: 'Add remote surcharge' }).click();
                await calculator.getByTestId(`rate-table-remote-${newRow}-prefix`).fill('ZE');
                await calculator.getByTestId('rate-table-not-sent').waitFor(); // no surcharge yet
                await calculator.getByTestId(`rate-table-remote-${newRow}-surcharge`).fill('6.5');
                await calculator.getByTestId('rate-table-not-sent').waitFor({ state: 'detached' });
                await watch.assertHealthy(`shipping method ${copy.id}, edited`);
                await screenshot(page, screenshotDir, 'logistics-rate-table-grid-edited-en');

                await page.getByRole('button', { name: 'Update' }).click();
                const expected = {
                    ...demoTable,
                    zones: demoTable.zones.map((z, i) => (i === europe ? { ...z, firstPrice: 875 } : z)),
                    remote: [...demoTable.remote, { prefix: 'ZE', surcharge: 650 }],
                };
                const deadline = Date.now() + 20_000;
                for (;;) {
                    const saved = await readMethod(`{ id: { eq: "${copy.id}" } }`);
                    const table = tableOf(saved.calculator);
                    if (table && isDeepStrictEqual(JSON.parse(table), expected)) {
                        if (tableOf(saved.checker) !== '') {
                            throw new Error(`The checker's table became ${tableOf(saved.checker)}`);
                        }
                        break;
                    }
                    if (Date.now() > deadline) {
                        throw new Error(`The saved table is ${table}`);
                    }
                    await new Promise(r => setTimeout(r, 250));
                }

                await page.reload();
                await waitForValue(firstPrice, '8.75');
                await waitForValue(calculator.getByTestId(`rate-table-remote-${newRow}-prefix`), 'ZE');
                await waitForValue(calculator.getByTestId(`rate-table-remote-${newRow}-surcharge`), '6.50');
                await checker.getByText("the eligibility checker uses the calculator's table").waitFor();
                await watch.assertHealthy(`shipping method ${copy.id}, reloaded`);

                // The same page in Chinese, with two problems marked (nothing saved).
                await withDashboardSession(page, baseUrl, 'zh_Hans', async () => {
                    await page.goto(`${baseUrl}/dashboard/shipping-methods/${copy.id}`);
                    await waitForValue(firstPrice, '8.75');
                    const second = europe === 0 ? 1 : 0;
                    await calculator.getByTestId(`rate-table-zone-${second}-zone`).click();
                    await page.getByRole('option', { name: 'Europe', exact: true }).click();
                    await calculator.getByText('该区域在上方已有一行：计算器只会使用那一行').waitFor();
                    await calculator.getByTestId(`rate-table-zone-${second}-stepWeight`).fill('0');
                    await calculator.getByText('请输入大于 0 的整数').waitFor();
                    await calculator.getByTestId('rate-table-not-sent').waitFor();
                    await watch.assertHealthy(`shipping method ${copy.id} in Chinese`);
                    await screenshot(page, screenshotDir, 'logistics-rate-table-grid-problems-zh_Hans');
                    // An import's rejected rows say why in Chinese too (the Dashboard asks for its display
                    // language; the API's own is the content language, English here). Nothing is saved.
                    await calculator.getByRole('button', { name: '导入 CSV' }).click();
                    await calculator
                        .locator('textarea')
                        .fill(
                            [
                                'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount',
                                'zone,Europe,500,6.50,1000,1.75,,,,,',
                                'zone,Europe,500,7.00,1000,1.75,,,,,',
                            ].join('\n'),
                        );
                    await calculator.getByRole('button', { name: '导入', exact: true }).click();
                    const report = calculator.getByTestId('rate-table-import-report');
                    await report.getByText('区域“Europe”已在第 2 行出现', { exact: true }).waitFor();
                    await screenshot(page, screenshotDir, 'logistics-rate-table-import-report-zh_Hans');
                });
            } finally {
                await adminApi(
                    baseUrl,
                    tokens,
                    `mutation ($id: ID!) { deleteShippingMethod(id: $id) { result } }`,
                    {
                        id: copy.id,
                    },
                );
            }
        },
    },
    {
        name: 'Logistics: shipments list filtered by stalled or not',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/shipments`);
            await page.getByText('SWX100000001').first().waitFor();
            const requests: string[] = [];
            page.on('request', r => {
                const body = r.postData();
                if (body?.includes('DashboardShipments')) {
                    requests.push(body);
                }
            });
            await page.getByRole('button', { name: 'Stalled' }).first().click();
            await page.getByRole('option', { name: 'Not stalled' }).click();
            // A delivered shipment is never stalled.
            await page.getByText('SWX100000001').first().waitFor();
            const deadline = Date.now() + 10_000;
            while (!requests.some(b => b.includes('"isNull":true')) && Date.now() < deadline) {
                await new Promise(r => setTimeout(r, 100));
            }
            if (!requests.some(b => b.includes('"stalledAt":{"isNull":true}'))) {
                throw new Error(
                    `The list was not asked for shipments that are not stalled: ${requests.join('\n')}`,
                );
            }
        },
    },
    {
        name: 'Logistics: /shipments/$id ship-from warehouse chosen with the stock location selector, then cleared',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            const tokens = await dashboardTokens(page);
            type From = { stockLocationId: string; name: string } | null;
            const { shipments } = await adminApi<{
                shipments: { items: Array<{ id: string; fromWarehouse: From }> };
            }>(
                baseUrl,
                tokens,
                `{ shipments(options: { take: 1 }) { items { id fromWarehouse { stockLocationId name } } } }`,
            );
            const shipment = shipments.items[0];
            if (!shipment) {
                throw new Error('The demo has no shipment');
            }
            const { stockLocations } = await adminApi<{
                stockLocations: { items: Array<{ id: string; name: string }> };
            }>(baseUrl, tokens, `{ stockLocations(options: { take: 100 }) { items { id name } } }`);
            const target = stockLocations.items.find(l => l.id !== shipment.fromWarehouse?.stockLocationId);
            if (!target) {
                throw new Error('The demo has a single stock location');
            }
            const fromWarehouse = async (): Promise<From> =>
                (
                    await adminApi<{ shipment: { fromWarehouse: From } }>(
                        baseUrl,
                        tokens,
                        `query ($id: ID!) { shipment(id: $id) { fromWarehouse { stockLocationId name } } }`,
                        { id: shipment.id },
                    )
                ).shipment.fromWarehouse;
            const waitFor = async (expected: string | null) => {
                const deadline = Date.now() + 15_000;
                for (;;) {
                    const current = await fromWarehouse();
                    if ((current?.stockLocationId ?? null) === expected) {
                        return;
                    }
                    if (Date.now() > deadline) {
                        throw new Error(
                            `The shipment ships from ${JSON.stringify(current)}, not ${expected}`,
                        );
                    }
                    await new Promise(r => setTimeout(r, 250));
                }
            };
            try {
                await page.goto(`${baseUrl}/dashboard/shipments/${shipment.id}`);
                const label = page.getByTestId('shipment-from-warehouse');
                await label.waitFor();
                const selector = page.getByTestId('shipment-from-warehouse-select');
                await selector.getByRole('button', { name: /Choose the warehouse|Change selection/ }).click();
                await page.getByPlaceholder('Search...').fill(target.name);
                await page.getByRole('option', { name: target.name }).first().click();
                await label.getByText(target.name).waitFor();
                await waitFor(target.id);
                // The chip's remove button clears the choice.
                await selector.locator('button:has(svg.lucide-x)').click();
                await label.getByText('Not set').waitFor();
                await waitFor(null);
            } finally {
                await adminApi(
                    baseUrl,
                    tokens,
                    `mutation ($id: ID!, $loc: ID) { setShipmentWarehouse(shipmentId: $id, stockLocationId: $loc) { id } }`,
                    { id: shipment.id, loc: shipment.fromWarehouse?.stockLocationId ?? null },
                );
            }
        },
    },
    {
        name: 'Logistics: /shipments/$id adds a tracking event by hand (the block shows for UpdateShipment)',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            const tokens = await dashboardTokens(page);
            type Listed = { id: string; status: string };
            const { shipments } = await adminApi<{ shipments: { items: Listed[] } }>(
                baseUrl,
                tokens,
                `{ shipments(options: { take: 50 }) { items { id status } } }`,
            );
            // One still on its way: an in-transit event does not move it backwards.
            const shipment = shipments.items.find(s => s.status === 'InTransit') ?? shipments.items[0];
            if (!shipment) {
                throw new Error('The demo has no shipment');
            }
            const text = `Sorting hub ${Date.now()}`;
            await page.goto(`${baseUrl}/dashboard/shipments/${shipment.id}`);
            await page.getByText('Add a tracking event').waitFor();
            await page.getByLabel('What happened').fill(text);
            await page.getByLabel('Where').fill('Shanghai');
            await page.getByRole('button', { name: 'Add event' }).click();
            // The timeline shows it, and the server has it.
            await page.getByText(text).first().waitFor();
            const { shipment: after } = await adminApi<{
                shipment: {
                    events: Array<{
                        status: string;
                        carrierStatusText: string | null;
                        location: string | null;
                    }>;
                };
            }>(
                baseUrl,
                tokens,
                `query ($id: ID!) { shipment(id: $id) { events { status carrierStatusText location } } }`,
                { id: shipment.id },
            );
            const added = after.events.find(e => e.carrierStatusText === text);
            if (!added || added.status !== 'InTransit' || added.location !== 'Shanghai') {
                throw new Error(
                    `The event was not stored as entered: ${JSON.stringify(after.events.slice(-3))}`,
                );
            }
        },
    },
];
