import type { Page } from 'playwright-core';

import {
    adminApi,
    BrowserTest,
    dashboardTokens,
    DashboardTokens,
    openDashboardPath,
    PageWatch,
    screenshot,
    withDashboardSession,
} from '../../../../src/testing/browser';

/** The demo's sellers (see plugins/marketplace/demo): the split order buys from Rhine and Thames. */
const RHINE = 'Rhine Industrial Supply 莱茵工业供应';
const THAMES = 'Thames Office Parts 泰晤士办公配件';
/** The demo's Thames administrator, logged in on Thames's channel. */
const THAMES_ADMIN = { username: 'seller-thames@triflow.local', password: 'seller-demo-1' };

interface Profile {
    id: string;
    description: string | null;
    location: string | null;
    countryCode: string | null;
    logo: { id: string } | null;
}

const PROFILE_FIELDS = 'id description location countryCode logo { id }';

/** The demo split order (DEMO_SPLIT_ORDER): the buyer's aggregate order of Liu Yang. */
async function demoSplitOrderId(baseUrl: string, tokens: DashboardTokens): Promise<string> {
    const { orders } = await adminApi<{ orders: { items: Array<{ id: string }> } }>(
        baseUrl,
        tokens,
        `{ orders(options: { filter: { type: { eq: "Aggregate" }, customerLastName: { eq: "Liu 刘" } }, sort: { id: ASC }, take: 1 }) { items { id } } }`,
    );
    const id = orders.items[0]?.id;
    if (!id) {
        throw new Error('the demo has no split order (DEMO_SPLIT_ORDER)');
    }
    return id;
}

async function sellerProfileByName(baseUrl: string, tokens: DashboardTokens, name: string): Promise<Profile> {
    const { marketplaceSellers } = await adminApi<{ marketplaceSellers: { items: Profile[] } }>(
        baseUrl,
        tokens,
        `query ($name: String!) { marketplaceSellers(options: { filter: { name: { eq: $name } } }) { items { ${PROFILE_FIELDS} } } }`,
        { name },
    );
    const seller = marketplaceSellers.items[0];
    if (!seller) {
        throw new Error(`the demo has no seller ${name}`);
    }
    return seller;
}

/** Puts a seller's profile back as it was (as the operator). */
async function restoreProfile(baseUrl: string, tokens: DashboardTokens, p: Profile): Promise<void> {
    await adminApi(
        baseUrl,
        tokens,
        `mutation ($input: UpdateMarketplaceSellerProfileInput!) { updateMarketplaceSellerProfile(input: $input) { id } }`,
        {
            input: {
                id: p.id,
                description: p.description,
                location: p.location,
                countryCode: p.countryCode,
                logoId: p.logo?.id ?? null,
            },
        },
    );
}

/** Checks the seller block of the buyer's order: one part per seller, each with its frozen commission. */
async function expectSellerParts(page: Page, labels: { commission: string; sale: string }): Promise<void> {
    const block = page.getByTestId('order-sellers');
    await block.waitFor();
    const parts = block.getByTestId('order-seller-part');
    await parts.nth(1).waitFor();
    if ((await parts.count()) !== 2) {
        throw new Error(`the split order shows ${await parts.count()} seller parts, not 2`);
    }
    for (const seller of [RHINE, THAMES]) {
        const part = parts.filter({ hasText: seller });
        await part.getByRole('link', { name: seller }).waitFor();
        await part.getByText(labels.sale, { exact: true }).waitFor();
        await part.getByText(labels.commission, { exact: true }).waitFor();
        await part.getByText('(10%)').waitFor();
    }
}

export const browserTests: BrowserTest[] = [
    {
        name: "Marketplace orders: the demo's split order shows its two sellers with their commission, in English and Chinese",
        readOnly: true,
        async run({ page, baseUrl, screenshotDir }) {
            const texts = {
                en: { title: 'Sellers', sale: 'Sale', commission: 'Commission', partOf: 'Part of order' },
                zh_Hans: { title: '卖家', sale: '销售', commission: '佣金', partOf: '所属订单' },
            } as const;
            for (const language of ['en', 'zh_Hans'] as const) {
                await withDashboardSession(page, baseUrl, language, async () => {
                    const watch = new PageWatch(page);
                    await page.goto(`${baseUrl}/dashboard/orders`);
                    await watch.assertHealthy(`orders (${language})`);
                    const orderId = await demoSplitOrderId(baseUrl, await dashboardTokens(page));
                    await openDashboardPath(page, baseUrl, `/dashboard/orders/${orderId}`);
                    await page.getByText(texts[language].title, { exact: true }).first().waitFor();
                    await expectSellerParts(page, texts[language]);
                    await watch.assertHealthy(`split order ${orderId} (${language})`);
                    await page.getByTestId('order-sellers').scrollIntoViewIfNeeded();
                    await screenshot(page, screenshotDir, `marketplace-split-order-sellers-${language}`);

                    // A seller order's page names its seller and links back to the buyer's order.
                    await page
                        .getByTestId('order-seller-part')
                        .filter({ hasText: RHINE })
                        .getByRole('link')
                        .nth(1)
                        .click();
                    await page.waitForURL(url => /\/seller-orders\/[^/]+$/.test(url.pathname));
                    const block = page.getByTestId('order-sellers');
                    await block.getByRole('link', { name: RHINE }).waitFor();
                    await block.getByText(texts[language].partOf, { exact: true }).waitFor();
                    await block.getByText(texts[language].commission, { exact: true }).waitFor();
                    await watch.assertHealthy(`Rhine's seller order (${language})`);
                    await screenshot(page, screenshotDir, `marketplace-seller-order-seller-${language}`);
                });
            }
        },
    },
    {
        name: "Marketplace seller profile: the operator edits Rhine's description, location and logo; they show after reload",
        async run({ page, baseUrl, screenshotDir }) {
            const stamp = Date.now() % 100000;
            await withDashboardSession(page, baseUrl, 'en', async () => {
                const watch = new PageWatch(page);
                await page.goto(`${baseUrl}/dashboard/marketplace-sellers`);
                await watch.assertHealthy('sellers');
                const tokens = await dashboardTokens(page);
                const rhine = await sellerProfileByName(baseUrl, tokens, RHINE);
                try {
                    await openDashboardPath(page, baseUrl, `/dashboard/marketplace-sellers/${rhine.id}`);
                    const form = page.getByTestId('seller-profile-form');
                    await form.waitFor();
                    const description = `Refurbished industrial IT hardware (browser ${stamp})`;
                    const location = `Duisburg, North Rhine-Westphalia ${stamp}`;
                    await page.locator('#field-description').fill(description);
                    await page.locator('#field-location').fill(location);
                    // The logo, with the Dashboard's asset picker: the first asset of the catalogue.
                    await form.getByRole('button', { name: /^(Choose|Change) logo$/ }).click();
                    const dialog = page.getByRole('dialog');
                    await dialog.locator('button.group').first().click();
                    await dialog.getByRole('button', { name: 'Select Asset' }).click();
                    await dialog.waitFor({ state: 'hidden' });
                    await form.locator('img').first().waitFor();
                    await form.getByRole('button', { name: 'Save profile' }).click();
                    await page.getByText('Seller profile saved').first().waitFor();
                    await watch.assertHealthy("Rhine's profile saved");

                    await page.reload();
                    await page.getByTestId('seller-profile-form').waitFor();
                    await expectValue(page, '#field-description', description);
                    await expectValue(page, '#field-location', location);
                    await page.getByTestId('seller-profile-form').locator('img').first().waitFor();
                    await watch.assertHealthy("Rhine's profile after reload");
                    await screenshot(page, screenshotDir, 'marketplace-seller-profile-operator-en');
                } finally {
                    await restoreProfile(baseUrl, tokens, rhine);
                }
            });
        },
    },
    {
        name: "Marketplace seller profile: Thames's administrator edits its own from the navigation, in Chinese, and sees its seller order",
        async run({ page, baseUrl, screenshotDir }) {
            const stamp = Date.now() % 100000;
            await withDashboardSession(
                page,
                baseUrl,
                'zh_Hans',
                async () => {
                    const watch = new PageWatch(page);
                    await page.goto(`${baseUrl}/dashboard/offers`);
                    await watch.assertHealthy('offers of Thames');
                    const tokens = await dashboardTokens(page);
                    const { activeMarketplaceSeller: own } = await adminApi<{
                        activeMarketplaceSeller: Profile;
                    }>(baseUrl, tokens, `{ activeMarketplaceSeller { ${PROFILE_FIELDS} } }`);
                    try {
                        await page.getByRole('link', { name: '卖家资料' }).first().click();
                        await page.waitForURL(url => url.pathname.endsWith('/seller-profile'));
                        const form = page.getByTestId('seller-profile-form');
                        await form.waitFor();
                        await page.getByText(THAMES, { exact: true }).first().waitFor();
                        const description = `办公笔记本电脑和存储设备，英国次日达（${stamp}）`;
                        const location = `伦敦 ${stamp}`;
                        await page.locator('#field-description').fill(description);
                        await page.locator('#field-location').fill(location);
                        // The country, with the Dashboard's country selector.
                        await form.getByRole('button', { name: /^(选择国家|更换国家)$/ }).click();
                        await page.getByPlaceholder('Search countries...').fill('GB');
                        await page.getByRole('option').filter({ hasText: 'GB' }).first().click();
                        await form.getByTestId('seller-profile-country').getByText('GB').waitFor();
                        await form.getByRole('button', { name: '保存资料' }).click();
                        await page.getByText('卖家资料已保存').first().waitFor();
                        await watch.assertHealthy("Thames's own profile saved");

                        await page.reload();
                        await page.getByTestId('seller-profile-form').waitFor();
                        await expectValue(page, '#field-description', description);
                        await expectValue(page, '#field-location', location);
                        await page.getByTestId('seller-profile-country').getByText('GB').waitFor();
                        await watch.assertHealthy("Thames's own profile after reload");
                        await screenshot(page, screenshotDir, 'marketplace-seller-profile-seller-zh');
                    } finally {
                        await restoreProfile(baseUrl, tokens, own);
                    }

                    // Its seller order of the demo split: its seller and frozen commission, no buyer's order.
                    const { orders } = await adminApi<{ orders: { items: Array<{ id: string }> } }>(
                        baseUrl,
                        tokens,
                        `{ orders(options: { filter: { type: { eq: "Seller" } }, sort: { id: ASC }, take: 1 }) { items { id } } }`,
                    );
                    const sellerOrderId = orders.items[0]?.id;
                    if (!sellerOrderId) {
                        throw new Error('Thames has no seller order (DEMO_SPLIT_ORDER)');
                    }
                    await openDashboardPath(page, baseUrl, `/dashboard/orders/${sellerOrderId}`);
                    const block = page.getByTestId('order-sellers');
                    await block.getByRole('link', { name: THAMES }).waitFor();
                    await block.getByText('佣金', { exact: true }).waitFor();
                    if (await block.getByText('所属订单', { exact: true }).count()) {
                        throw new Error("a seller's administrator is shown the buyer's order");
                    }
                    await watch.assertHealthy("Thames's seller order");
                    await block.scrollIntoViewIfNeeded();
                    await screenshot(page, screenshotDir, 'marketplace-seller-order-seller-admin-zh');
                },
                THAMES_ADMIN,
            );
        },
    },
    {
        name: "Marketplace seller fulfilment: Thames's administrator fulfils its part of the demo split order in the Dashboard (Chinese)",
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(
                page,
                baseUrl,
                'zh_Hans',
                async () => {
                    const watch = new PageWatch(page);
                    await page.goto(`${baseUrl}/dashboard/orders`);
                    await watch.assertHealthy('orders (Thames)');
                    const tokens = await dashboardTokens(page);
                    const { orders } = await adminApi<{
                        orders: { items: Array<{ id: string; state: string }> };
                    }>(
                        baseUrl,
                        tokens,
                        `{ orders(options: { filter: { type: { eq: "Seller" } }, sort: { id: ASC }, take: 1 }) { items { id state } } }`,
                    );
                    const sellerOrder = orders.items[0];
                    if (!sellerOrder) {
                        throw new Error('Thames has no seller order (DEMO_SPLIT_ORDER)');
                    }
                    if (sellerOrder.state !== 'PaymentSettled') {
                        throw new Error(
                            `Thames's seller order is ${sellerOrder.state}, not paid (PaymentSettled)`,
                        );
                    }
                    await openDashboardPath(page, baseUrl, `/dashboard/orders/${sellerOrder.id}`);
                    await page.getByTestId('order-sellers').waitFor();
                    await page.getByRole('button', { name: '履行订单' }).first().click();
                    const dialog = page.getByRole('dialog');
                    await dialog.waitFor();
                    await watch.assertHealthy('the fulfil dialog');
                    await screenshot(page, screenshotDir, 'marketplace-seller-fulfil-dialog-zh');
                    await dialog.getByRole('button', { name: '履行订单' }).click();
                    await page.getByText('已成功履行订单').first().waitFor();
                    await watch.assertHealthy("Thames's fulfilment");

                    const { order } = await adminApi<{
                        order: { state: string; fulfillments: Array<{ state: string }> } | null;
                    }>(
                        baseUrl,
                        tokens,
                        `query ($id: ID!) { order(id: $id) { state fulfillments { state } } }`,
                        { id: sellerOrder.id },
                    );
                    if (order?.fulfillments.length !== 1 || order.fulfillments[0].state !== 'Pending') {
                        throw new Error(
                            `Thames's seller order has fulfilments ${JSON.stringify(order?.fulfillments)}, not one pending`,
                        );
                    }
                    await screenshot(page, screenshotDir, 'marketplace-seller-fulfilled-zh');
                },
                THAMES_ADMIN,
            );
        },
    },
    {
        name: "Marketplace own product: Thames's administrator lists a product of its own and finds it among its products and offers (Chinese)",
        async run({ page, baseUrl, screenshotDir }) {
            const stamp = Date.now() % 100000;
            const sku = `THAMES-OWN-${stamp}`;
            await withDashboardSession(
                page,
                baseUrl,
                'zh_Hans',
                async () => {
                    const watch = new PageWatch(page);
                    await page.goto(`${baseUrl}/dashboard/products`);
                    await watch.assertHealthy('products (Thames)');
                    const tokens = await dashboardTokens(page);
                    // Made through the admin API as Thames's administrator (Vendure's own product form does the same)
                    const { createProduct } = await adminApi<{ createProduct: { id: string } }>(
                        baseUrl,
                        tokens,
                        `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
                        {
                            input: {
                                enabled: true,
                                translations: [
                                    {
                                        languageCode: 'en',
                                        name: `USB-C dock ${stamp}`,
                                        slug: `thames-dock-${stamp}`,
                                        description: '',
                                    },
                                    {
                                        languageCode: 'zh_Hans',
                                        name: `USB-C 扩展坞 ${stamp}`,
                                        slug: `thames-dock-zh-${stamp}`,
                                        description: '',
                                    },
                                ],
                            },
                        },
                    );
                    const { createProductVariants } = await adminApi<{
                        createProductVariants: Array<{ id: string }>;
                    }>(
                        baseUrl,
                        tokens,
                        `mutation ($input: [CreateProductVariantInput!]!) { createProductVariants(input: $input) { id } }`,
                        {
                            input: [
                                {
                                    productId: createProduct.id,
                                    sku,
                                    price: 5900,
                                    stockOnHand: 30,
                                    translations: [
                                        { languageCode: 'en', name: `USB-C dock ${stamp}` },
                                        { languageCode: 'zh_Hans', name: `USB-C 扩展坞 ${stamp}` },
                                    ],
                                },
                            ],
                        },
                    );
                    try {
                        await page.reload();
                        // the interface is Chinese, the content language the channel's (English)
                        await page.getByText(`USB-C dock ${stamp}`).first().waitFor();
                        await watch.assertHealthy("Thames's products with its own");
                        await screenshot(page, screenshotDir, 'marketplace-own-product-list-zh');
                        // its offer, made with the variant, on its offers page
                        await openDashboardPath(page, baseUrl, '/dashboard/offers');
                        await page.getByText(sku).first().waitFor();
                        await watch.assertHealthy("Thames's offers with its own product's");
                        await screenshot(page, screenshotDir, 'marketplace-own-product-offer-zh');
                    } finally {
                        await adminApi(
                            baseUrl,
                            tokens,
                            `mutation ($id: ID!) { deleteProductVariant(id: $id) { result } }`,
                            {
                                id: createProductVariants[0].id,
                            },
                        );
                        await adminApi(
                            baseUrl,
                            tokens,
                            `mutation ($id: ID!) { deleteProduct(id: $id) { result } }`,
                            {
                                id: createProduct.id,
                            },
                        );
                    }
                },
                THAMES_ADMIN,
            );
        },
    },
];

async function expectValue(page: Page, selector: string, value: string): Promise<void> {
    const field = page.locator(selector);
    await field.waitFor();
    const deadline = Date.now() + 10_000;
    let seen = await field.inputValue();
    while (seen !== value && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 100));
        seen = await field.inputValue();
    }
    if (seen !== value) {
        throw new Error(`${selector} shows "${seen}", not "${value}"`);
    }
}
