import {
    BrowserTest,
    loginToDashboard,
    PageWatch,
    switchDashboardLanguage,
    withDashboardSettingsRestored,
} from '../../src/testing/browser';

export const browserTests: BrowserTest[] = [
    {
        name: 'Dashboard: the demo superadmin logs in and sees the sample products',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/products`);
            // Sample catalog products, as `npm start` seeds them: a full first page, then a filtered one.
            const rows = page.locator('table tbody tr');
            await page.getByText('Enabled', { exact: true }).first().waitFor();
            if ((await rows.count()) < 10) {
                throw new Error(`Expected a full page of sample products, saw ${await rows.count()} rows`);
            }
            await page.getByPlaceholder('Filter...').fill('Laptop');
            await page.getByText('Laptop', { exact: true }).first().waitFor();
            if ((await rows.count()) !== 1) {
                throw new Error(`Expected one product named Laptop, saw ${await rows.count()} rows`);
            }
        },
    },
    {
        // The page tests hand each page a session and a language directly; this one goes the merchant's way.
        name: 'Dashboard: an administrator switches the Dashboard to Simplified Chinese from the user menu',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await withDashboardSettingsRestored(page, baseUrl, async () => {
                const watch = new PageWatch(page);
                await switchDashboardLanguage(page, 'zh_Hans');
                // Our plugins' navigation sections, in Chinese, then back in English.
                await page.getByText('B2B 经销', { exact: true }).first().waitFor();
                await watch.assertHealthy('the Dashboard in zh_Hans');
                await switchDashboardLanguage(page, 'en');
                await page.getByText('B2B', { exact: true }).first().waitFor();
            });
        },
    },
];
