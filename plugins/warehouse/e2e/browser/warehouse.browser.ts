import type { Page } from 'playwright-core';

import { adminApi, BrowserTest, dashboardTokens, loginToDashboard } from '../../../../src/testing/browser';

/** Picks an entity in a Dashboard RelationSelector opened by the button labelled `buttonLabel`. */
async function pick(page: Page, buttonLabel: string, search: string, option: RegExp): Promise<void> {
    await page.getByRole('button', { name: buttonLabel }).first().click();
    await page.getByPlaceholder('Search...').fill(search);
    await page.getByRole('option', { name: option }).first().click();
    await page.keyboard.press('Escape');
    // The popover closes with an animation; a selector opened before it has gone shows a second search box,
    // so wait until this one has left the page.
    const searchBoxes = page.getByPlaceholder('Search...');
    for (let i = 0; i < 50 && (await searchBoxes.count()) > 0; i++) {
        await page.waitForTimeout(100);
    }
}

/** Adds a variant with the Dashboard's product variant selector. */
async function addVariant(page: Page, search: string): Promise<string> {
    await page.getByRole('combobox').filter({ hasText: 'Add item to order' }).first().click();
    await page.getByPlaceholder('Add item to order...').fill(search);
    const option = page.getByRole('option').first();
    await option.waitFor();
    const text = (await option.innerText()).split('\n');
    await option.click();
    return text[text.length - 1];
}

/** Switches the Dashboard's display language through the user menu's language dialog. */
async function setDisplayLanguage(page: Page, option: RegExp): Promise<void> {
    await page.getByText('superadmin', { exact: true }).last().click();
    await page
        .getByText(/^(Language|语言)$/)
        .first()
        .click();
    await page.getByRole('dialog').getByRole('combobox').first().click();
    await page.getByRole('option', { name: option }).first().click();
    await page.keyboard.press('Escape');
}

export const browserTests: BrowserTest[] = [
    {
        name: 'Warehouse: warehouses, suppliers, reorder points, the variant ledger and every list page',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/warehouses`);
            await page.getByText('London branch 伦敦分仓').first().waitFor();
            await page.getByText('Beijing branch 北京分仓').first().waitFor();
            await page.getByText('Shanghai central warehouse 上海中央仓库').first().click();
            await page.getByText('Stock on hand').first().waitFor();
            await page.getByTestId('warehouse-stock').locator('tbody tr').first().waitFor();

            // A new warehouse from the form, zones picked with the relation selector.
            await page.goto(`${baseUrl}/dashboard/warehouses/new`);
            await page.locator('input[name="name"]').fill('Shenzhen branch');
            await page.locator('input[name="code"]').fill(`SZ-${Date.now() % 100000}`);
            await pick(page, 'Select zones', 'Asia', /Asia/);
            await page.getByRole('button', { name: 'Create' }).click();
            await page.waitForURL(url => /\/warehouses\/(?!new)[^/]+$/.test(url.pathname));
            await page.getByText('Zones served').first().waitFor();
            await page.goto(`${baseUrl}/dashboard/warehouses`);
            await page.getByRole('row').filter({ hasText: 'Shenzhen branch' }).getByText('Active').waitFor();

            await page.goto(`${baseUrl}/dashboard/suppliers`);
            await page.getByText('Shenzhen Electronics Co. 深圳电子有限公司').first().waitFor();
            await page.goto(`${baseUrl}/dashboard/suppliers/new`);
            await page.locator('input[name="name"]').fill('Browser Supplies');
            await page.locator('input[name="code"]').fill(`BS-${Date.now() % 100000}`);
            await page.getByRole('button', { name: 'Create' }).click();
            await page.waitForURL(url => /\/suppliers\/(?!new)[^/]+$/.test(url.pathname));

            await page.goto(`${baseUrl}/dashboard/reorder-points`);
            await page.getByText('Below minimum').first().waitFor();
            // The low-stock widget on the Insights page lists the demo's reorder point below its minimum.
            await page.goto(`${baseUrl}/dashboard`);
            await page.getByTestId('low-stock-widget').getByText('London branch 伦敦分仓').waitFor();
            await page.goto(`${baseUrl}/dashboard/goods-receipts`);
            await page
                .getByText(/^GR-\d{6}$/)
                .first()
                .waitFor();
            await page.goto(`${baseUrl}/dashboard/stock-counts`);
            await page.getByText('Open a stock count').first().waitFor();

            // The variant page carries stock per warehouse and the ledger.
            await page.goto(`${baseUrl}/dashboard/product-variants/1`);
            await page.getByText('Stock per warehouse and ledger').first().waitFor();
            await page.getByTestId('variant-warehouse-stock').getByText('London branch 伦敦分仓').waitFor();
            await page.getByTestId('variant-stock-ledger').getByText('Goods receipt').first().waitFor();
        },
    },
    {
        name: 'Warehouse: draft and send a purchase order, receive it with a rejection on the receiving screen',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/purchase-orders`);
            await page.getByText('Partially received').first().waitFor();
            await page.goto(`${baseUrl}/dashboard/purchase-orders/new`);
            await pick(page, 'Select a supplier', 'Shenzhen', /Shenzhen Electronics/);
            await pick(page, 'Select a warehouse', 'London', /London branch/);
            const sku = await addVariant(page, 'Laptop');
            await page.getByLabel(`quantity ${sku}`).fill('5');
            await page.getByRole('button', { name: 'Create' }).click();
            await page.waitForURL(url => /\/purchase-orders\/(?!new)[^/]+$/.test(url.pathname));
            await page.getByRole('button', { name: 'Send to supplier' }).click();
            await page.getByText('Sent', { exact: true }).first().waitFor();

            await page.getByRole('button', { name: 'Receive goods' }).click();
            await page.waitForURL(url => url.pathname.endsWith('/receiving'));
            await page.getByLabel(`received ${sku}`).waitFor();
            await page.getByLabel(`rejected ${sku}`).fill('1');
            await page.getByLabel(`note ${sku}`).fill('one screen cracked');
            await page.getByRole('button', { name: 'Post receipt' }).click();
            await page.waitForURL(url => /\/goods-receipts\/[^/]+$/.test(url.pathname));
            await page.getByText('Received with discrepancies').waitFor();
            await page.getByTestId('receipt-lines').getByText('one screen cracked').waitFor();
        },
    },
    {
        name: 'Warehouse: receive the transfer in transit, then count stock with the scan screen',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/stock-transfers`);
            await page.getByRole('row').filter({ hasText: 'In transit' }).locator('a').first().click();
            await page.getByText('In transit: sellable in neither warehouse until received.').waitFor();
            await page.getByRole('button', { name: 'Receive at destination' }).click();
            await page.waitForURL(url => url.pathname.endsWith('/receiving'));
            await page.getByTestId('receiving-lines').locator('tbody tr').first().waitFor();
            await page.getByRole('button', { name: 'Post receipt' }).click();
            await page.waitForURL(url => /\/goods-receipts\/[^/]+$/.test(url.pathname));

            await page.goto(`${baseUrl}/dashboard/stock-counts/new`);
            await pick(page, 'Select a warehouse', 'London', /London branch/);
            await page.getByRole('button', { name: 'Open count' }).click();
            await page.waitForURL(url => /\/stock-counts\/(?!new)[^/]+$/.test(url.pathname));
            const firstSku = await page.getByTestId('count-lines').locator('tbody tr td').first().innerText();
            await page.getByLabel('barcode').fill(firstSku);
            await page.getByRole('button', { name: 'Add scan' }).click();
            await page
                .getByTestId('last-scan')
                .getByText(/counted 1$/)
                .waitFor();
            await page.getByLabel('barcode').fill('NO-SUCH-BARCODE');
            await page.getByRole('button', { name: 'Add scan' }).click();
            await page.getByTestId('last-scan').getByText('NO-SUCH-BARCODE').waitFor();
            await page.getByRole('button', { name: 'Post count' }).click();
            await page.getByText('Posted', { exact: true }).first().waitFor();
        },
    },
    {
        name: 'Warehouse: the pages in Simplified Chinese',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/warehouses`);
            await setDisplayLanguage(page, /Chinese|中文|zh_hans/i);
            try {
                await page.goto(`${baseUrl}/dashboard/warehouses`);
                await page.getByText('仓储', { exact: true }).first().waitFor();
                await page.getByText('发货优先级', { exact: true }).first().waitFor();
                await page.goto(`${baseUrl}/dashboard/stock-counts/new`);
                await page.getByText('盘点该仓库所有有库存的变体').waitFor();
                await page.goto(`${baseUrl}/dashboard/purchase-orders`);
                await page.getByText('新建采购单').first().waitFor();
            } finally {
                await setDisplayLanguage(page, /^en(\s|$)|English|英语/i);
            }
        },
    },
    {
        name: 'Warehouse: /orders/$id shows the pick-up warehouse a buyer chose',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            const tokens = await dashboardTokens(page);
            const { warehouses } = await adminApi<{
                warehouses: {
                    items: Array<{
                        id: string;
                        name: string;
                        code: string;
                        pickupPoint: boolean;
                        active: boolean;
                        pickupInstructions: string | null;
                    }>;
                };
            }>(
                baseUrl,
                tokens,
                `{ warehouses(options: { take: 100 }) { items { id name code pickupPoint active pickupInstructions } } }`,
            );
            let chosen: { warehouse: (typeof warehouses.items)[number]; variantId: string } | undefined;
            for (const warehouse of warehouses.items.filter(w => w.pickupPoint && w.active)) {
                const { warehouseStockLevels } = await adminApi<{
                    warehouseStockLevels: {
                        items: Array<{ available: number; productVariant: { id: string } }>;
                    };
                }>(
                    baseUrl,
                    tokens,
                    `query ($id: ID!) { warehouseStockLevels(warehouseId: $id, take: 50) { items { available productVariant { id } } } }`,
                    { id: warehouse.id },
                );
                const level = warehouseStockLevels.items.find(l => l.available > 0);
                if (level) {
                    chosen = { warehouse, variantId: level.productVariant.id };
                    break;
                }
            }
            if (!chosen) {
                throw new Error('The demo has no active pick-up warehouse with stock');
            }
            // A buyer (an anonymous shop session, its cookie kept by hand) orders the variant and picks it up there.
            let cookie = '';
            const shop = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
                const res = await fetch(`${baseUrl}/shop-api`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
                    body: JSON.stringify({ query, variables }),
                });
                const set = res.headers.getSetCookie().map(c => c.split(';')[0]);
                if (set.length) {
                    cookie = set.join('; ');
                }
                const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
                if (!body.data || body.errors?.length) {
                    throw new Error(`shop API: ${body.errors?.map(e => e.message).join('; ')}`);
                }
                return body.data;
            };
            const { addItemToOrder } = await shop<{ addItemToOrder: { id?: string; message?: string } }>(
                `mutation ($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) {
                    ... on Order { id } ... on ErrorResult { message } } }`,
                { id: chosen.variantId },
            );
            if (!addItemToOrder.id) {
                throw new Error(`addItemToOrder: ${addItemToOrder.message}`);
            }
            const { setOrderPickupWarehouse } = await shop<{
                setOrderPickupWarehouse: { __typename: string; message?: string };
            }>(
                `mutation ($id: ID!) { setOrderPickupWarehouse(warehouseId: $id) {
                    __typename ... on ErrorResult { message } } }`,
                { id: chosen.warehouse.id },
            );
            if (setOrderPickupWarehouse.__typename !== 'Order') {
                throw new Error(`setOrderPickupWarehouse: ${setOrderPickupWarehouse.message}`);
            }
            await page.goto(`${baseUrl}/dashboard/orders/${addItemToOrder.id}`);
            const block = page.getByTestId('order-pickup-warehouse');
            await block.getByText(chosen.warehouse.name).waitFor();
            await block.getByText(chosen.warehouse.code).waitFor();
            if (chosen.warehouse.pickupInstructions) {
                await block.getByText(chosen.warehouse.pickupInstructions).waitFor();
            }
            // Without a choice the block says the order is delivered.
            await shop(`mutation { unsetOrderPickupWarehouse { __typename } }`, {});
            await page.reload();
            await page.getByTestId('order-pickup-warehouse').getByText('Delivery').waitFor();
        },
    },
];
