import { BrowserTest, loginToDashboard } from '../../src/testing/browser';

export const browserTests: BrowserTest[] = [
    {
        name: 'Dashboard: the demo superadmin logs in and sees the sample products',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/products`);
            // Sample catalog products, as `npm start` seeds them: the first page, then a filtered one.
            await page.getByText('Aloe Vera', { exact: true }).first().waitFor();
            await page.getByPlaceholder('Filter...').fill('Laptop');
            await page.getByText('Laptop', { exact: true }).first().waitFor();
            const rows = page.locator('table tbody tr');
            if ((await rows.count()) !== 1) {
                throw new Error(`Expected one product named Laptop, saw ${await rows.count()} rows`);
            }
        },
    },
];
