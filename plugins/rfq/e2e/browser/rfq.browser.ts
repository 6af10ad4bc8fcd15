import { BrowserTest, screenshot, withDashboardSession } from '../../../../src/testing/browser';

/** The demo's Thames administrator (see plugins/marketplace/demo): reached by both demo requests, quoted neither. */
const THAMES = { username: 'seller-thames@triflow.local', password: 'seller-demo-1' };

export const browserTests: BrowserTest[] = [
    {
        name: 'RFQ quote-requests: the operator sees whom a request reached and the quotes side by side',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'en', async () => {
                await page.goto(`${baseUrl}/dashboard/quote-requests`);
                await page.getByText('Lin Wei 林伟').first().waitFor();
                // The open request (the closed one has no "Open" badge).
                await page
                    .getByRole('row')
                    .filter({ hasText: 'Open' })
                    .locator('a[href*="/quote-requests/"]')
                    .first()
                    .click();
                await page.getByText('Lines and reach').first().waitFor();
                await page.getByText('Thames Office Parts 泰晤士办公配件').first().waitFor();
                await page.getByText('No seller carries this part').first().waitFor();
                // The buyer's drawing: listed, and downloaded through the guarded route with the Dashboard's tokens.
                await page.getByText('XJ-9000-Q cooling fan spec.pdf').first().waitFor();
                const [download] = await Promise.all([
                    page.waitForEvent('download'),
                    page
                        .getByTestId('rfq-attachments')
                        .getByRole('button', { name: 'Download' })
                        .first()
                        .click(),
                ]);
                if (download.suggestedFilename() !== 'XJ-9000-Q cooling fan spec.pdf') {
                    throw new Error(`downloaded ${download.suggestedFilename()}`);
                }
                await page.getByText('Best price').first().waitFor();
                await page.getByText('Quotes and revisions').first().waitFor();
                await page.getByText('Revision 1').first().waitFor();
                // The operator answers no quote: no form.
                if (await page.getByText('Your quote').count()) {
                    throw new Error('the operator sees the seller quote form');
                }
                await screenshot(page, screenshotDir, 'rfq-operator-detail');
            });
        },
    },
    {
        name: 'RFQ quote-requests: a seller administrator quotes a request routed to it, in Chinese',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(
                page,
                baseUrl,
                'zh_Hans',
                async () => {
                    await page.goto(`${baseUrl}/dashboard/quote-requests`);
                    await page
                        .getByRole('row')
                        .filter({ hasText: '进行中' })
                        .locator('a[href*="/quote-requests/"]')
                        .first()
                        .click();
                    await page.getByText('您的报价').first().waitFor();
                    // The buyer's drawing, downloaded on the seller's channel (the request reached Thames).
                    const [download] = await Promise.all([
                        page.waitForEvent('download'),
                        page
                            .getByTestId('rfq-attachments')
                            .getByRole('button', { name: '下载' })
                            .first()
                            .click(),
                    ]);
                    if (download.suggestedFilename() !== 'XJ-9000-Q cooling fan spec.pdf') {
                        throw new Error(`downloaded ${download.suggestedFilename()}`);
                    }
                    // The line's inputs: the "quote this line" checkbox, then the unit price (the money input).
                    const price = page.getByTestId('quote-line-1').locator('input').nth(1);
                    await price.fill('1299.00');
                    await page.getByRole('button', { name: '提交报价' }).click();
                    await page.getByText('报价已提交').first().waitFor();
                    // Its own quote only, now listed with its revision.
                    await page.getByRole('button', { name: '修订报价' }).waitFor();
                    await page.getByText('修订版 1').first().waitFor();
                    if (await page.getByText('Rhine Industrial Supply 莱茵工业供应').count()) {
                        throw new Error("a seller sees another seller's quote");
                    }
                    await screenshot(page, screenshotDir, 'rfq-seller-quote-zh');
                },
                THAMES,
            );
        },
    },
];
