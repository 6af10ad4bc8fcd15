import type { Page } from 'playwright-core';

import { BrowserTest, screenshot, withDashboardSession } from '../../../../src/testing/browser';

/** Name of the demo's large-order rule (see plugins/alerts/demo/alerts-demo.ts). */
const LARGE = 'Large orders (demo)';

/** Toggles one option of the list's faceted filter titled `title`. */
async function toggleFilter(page: Page, title: string, option: string): Promise<void> {
    await page.getByRole('button', { name: title }).first().click();
    await page.getByRole('option', { name: option }).first().click();
    await page.keyboard.press('Escape');
}

export const browserTests: BrowserTest[] = [
    {
        name: 'Alerts: the inbox filters by status, and an alert is acknowledged on its page',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'en', async () => {
                await page.goto(`${baseUrl}/dashboard/alerts`);
                const largeRow = page.getByRole('row').filter({ hasText: LARGE });
                await largeRow.first().waitFor();

                // Only resolved alerts: the open large-order alert leaves the list; resolved or open: it is back.
                await toggleFilter(page, 'Status', 'Resolved');
                await largeRow.first().waitFor({ state: 'detached' });
                await toggleFilter(page, 'Status', 'Open');
                await largeRow.first().waitFor();
                await screenshot(page, screenshotDir, 'alerts-inbox-filtered');

                // Bulk: assign the selected alert to an administrator picked by name in the dialog.
                await largeRow.first().getByRole('checkbox').first().click();
                await page.getByRole('button', { name: 'Actions' }).click();
                await page.getByRole('menuitem', { name: 'Assign to…' }).click();
                const dialog = page.getByTestId('alerts-bulk-assign');
                await dialog.getByTestId('alerts-bulk-assign-admin').click();
                await page.getByPlaceholder('Search by name or email...').fill('superadmin');
                await page.getByRole('option').first().click();
                await dialog.getByTestId('alerts-bulk-assign-confirm').click();
                await page.getByText('Alerts assigned').first().waitFor();
                await dialog.waitFor({ state: 'detached' });
                await screenshot(page, screenshotDir, 'alerts-inbox-bulk-assigned');

                // Its subject links to the order's page.
                const subject = largeRow.first().locator('a[href*="/orders/"]');
                if ((await subject.count()) === 0) {
                    throw new Error('the subject does not link to its order');
                }

                await largeRow.first().locator('a[href*="/alerts/"]').first().click();
                await page.getByTestId('alert-message').waitFor();
                await page.getByText('Occurrences').first().waitFor();
                await page.getByTestId('alert-status').getByText('Open').waitFor();
                await page.getByTestId('alert-acknowledge').click();
                await page.getByTestId('alert-status').getByText('Acknowledged').waitFor();

                await page.getByLabel('Add a comment').fill('Called the customer');
                await page.getByRole('button', { name: 'Add comment' }).click();
                await page.getByTestId('alert-comments').getByText('Called the customer').waitFor();
                await screenshot(page, screenshotDir, 'alerts-detail-acknowledged');

                // The rule's page edits the condition with the generated form.
                await page.goto(`${baseUrl}/dashboard/alert-rules`);
                await page.getByRole('row').filter({ hasText: LARGE }).locator('a').first().click();
                await page.getByText('Order total above').first().waitFor();
                await page.getByText('Amount (with tax)').first().waitFor();
            });
        },
    },
    {
        name: 'Alerts: the inbox and the rule pages in Chinese (zh_Hans)',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'zh_Hans', async () => {
                await page.goto(`${baseUrl}/dashboard/alerts`);
                const largeRow = page.getByRole('row').filter({ hasText: LARGE }).first();
                await largeRow.waitFor();
                // The message in the interface language, though the content language stays English.
                await largeRow.getByText(/^订单 \S+ 金额 .+，超过 .+。$/).waitFor();
                await page.getByRole('button', { name: '严重程度' }).first().waitFor();
                await page.getByText('警告', { exact: true }).first().waitFor();
                await screenshot(page, screenshotDir, 'alerts-inbox-zh');
                await largeRow.locator('a[href*="/alerts/"]').first().click();
                await page
                    .getByTestId('alert-message')
                    .getByText(/^订单 \S+ 金额 /)
                    .waitFor();
                await page.goto(`${baseUrl}/dashboard/alert-rules`);
                await page.getByText('新建告警规则').first().waitFor();
                await page.getByRole('row').filter({ hasText: LARGE }).locator('a').first().click();
                await page.getByText('免打扰开始（UTC）').first().waitFor();
            });
        },
    },
];
