import {
    BrowserTest,
    loginToDashboard,
    screenshot,
    withDashboardSession,
} from '../../../../src/testing/browser';

export const browserTests: BrowserTest[] = [
    {
        name: 'B2B: create a price list, import a CSV with a bad row, see the report and the entries, in English and Chinese',
        async run({ page, baseUrl, screenshotDir }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/price-lists/new`);
            const name = `Browser test list ${Date.now()}`;
            await page.locator('input[name="name"]').fill(name);
            // The currency defaults to the channel's (USD in the demo).
            await page.getByRole('button', { name: 'Create' }).click();
            await page.waitForURL(url => /\/price-lists\/(?!new)[^/]+$/.test(url.pathname));
            await page.getByText('Import CSV').first().waitFor();

            const csv = [
                'sku,minQuantity,price,percent',
                'L2201308,1,1199.00,',
                'L2201308,10,1099.00,',
                'NO-SUCH-SKU,1,5.00,',
            ];
            await page.locator('textarea').first().fill(csv.join('\n'));
            await page.getByRole('button', { name: 'Import', exact: true }).click();
            const report = page.getByTestId('csv-import-report');
            await report.getByText(/Rows imported:\s*2$/).waitFor();
            await report.getByText(/Rows rejected:\s*1$/).waitFor();
            await report.getByText('NO-SUCH-SKU', { exact: true }).waitFor();
            await report.getByText('Unknown SKU "NO-SUCH-SKU"', { exact: true }).waitFor();
            const listUrl = page.url();

            // The entries table shows the imported breaks.
            await page.getByText('1,099.00').or(page.getByText('1099.00')).first().waitFor();

            // And the list page lists the new price list.
            await page.goto(`${baseUrl}/dashboard/price-lists`);
            await page.getByText(name).first().waitFor();

            // In Chinese the report's reasons are Chinese too: the Dashboard asks for its display language (the
            // API's own language is the content language, English here).
            await withDashboardSession(page, baseUrl, 'zh_Hans', async () => {
                await page.goto(listUrl);
                await page.getByText('导入 CSV').first().waitFor();
                await page
                    .locator('textarea')
                    .first()
                    .fill(['sku,minQuantity,price,percent', 'NO-SUCH-SKU,1,5.00,'].join('\n'));
                await page.getByRole('button', { name: '导入', exact: true }).click();
                const zhReport = page.getByTestId('csv-import-report');
                await zhReport.getByText(/被拒绝行数：\s*1$/).waitFor();
                await zhReport.getByText('未知的 SKU“NO-SUCH-SKU”', { exact: true }).waitFor();
                await screenshot(page, screenshotDir, 'b2b-price-list-csv-report-zh_Hans');
            });
        },
    },
];
