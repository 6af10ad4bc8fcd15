import { BrowserTest, loginToDashboard } from '../../../../src/testing/browser';

export const browserTests: BrowserTest[] = [
    {
        name: 'B2B: create a price list, import a CSV with a bad row, see the report and the entries',
        async run({ page, baseUrl }) {
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

            // The entries table shows the imported breaks.
            await page.getByText('1,099.00').or(page.getByText('1099.00')).first().waitFor();

            // And the list page lists the new price list.
            await page.goto(`${baseUrl}/dashboard/price-lists`);
            await page.getByText(name).first().waitFor();
        },
    },
];
