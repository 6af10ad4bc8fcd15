import { BrowserTest, screenshot, withDashboardSession } from '../../../../src/testing/browser';

/** The demo's Thames administrator (see plugins/marketplace/demo). */
const THAMES = { username: 'seller-thames@triflow.local', password: 'seller-demo-1' };

export const browserTests: BrowserTest[] = [
    {
        name: 'Marketplace offers CSV: the operator must pick a seller before importing',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'en', async () => {
                await page.goto(`${baseUrl}/dashboard/offers`);
                await page.getByText('Import / export CSV').first().click();
                await page.getByText('Offers as CSV').first().waitFor();
                await page.getByTestId('offer-csv-seller').waitFor();
                await page.locator('textarea').fill('sku,price,quantityAvailable\nNO-SUCH-SKU,1.00,1\n');
                if (await page.getByRole('button', { name: 'Import', exact: true }).isEnabled()) {
                    throw new Error('the operator can import without picking a seller');
                }
                await screenshot(page, screenshotDir, 'marketplace-offer-csv-operator');
            });
        },
    },
    {
        name: 'Marketplace offers CSV: a seller administrator imports its own offers and reads the report, in Chinese',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(
                page,
                baseUrl,
                'zh_Hans',
                async () => {
                    await page.goto(`${baseUrl}/dashboard/offers-csv`);
                    await page.getByText('报价 CSV').first().waitFor();
                    if (await page.getByTestId('offer-csv-seller').count()) {
                        throw new Error('a seller administrator is offered a seller picker');
                    }
                    // A file whose only row names an unknown SKU: reported, nothing changes in the demo.
                    await page.locator('textarea').fill('sku,price,quantityAvailable\nNO-SUCH-SKU,1.00,1\n');
                    await page.getByRole('button', { name: '导入', exact: true }).click();
                    const report = page.getByTestId('offer-csv-report');
                    await report.getByText('被拒绝行数：').waitFor();
                    // the reason in the Dashboard's language too (the request's own is the content language)
                    await report
                        .getByText('未知的 SKU“NO-SUCH-SKU”：目录中没有该商品变体', { exact: true })
                        .waitFor();
                    await screenshot(page, screenshotDir, 'marketplace-offer-csv-seller-zh');
                },
                THAMES,
            );
        },
    },
];
