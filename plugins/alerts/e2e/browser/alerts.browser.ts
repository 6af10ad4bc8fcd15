import type { Page } from 'playwright-core';

import {
    adminApi,
    BrowserTest,
    dashboardTokens,
    openDashboardPath,
    PageWatch,
    screenshot,
    withDashboardSession,
} from '../../../../src/testing/browser';

/** Name of the demo's large-order rule (see plugins/alerts/demo/alerts-demo.ts). */
const LARGE = 'Large orders (demo)';
/** Name of the demo's webhook endpoint, which the large-order rule notifies (see the same file). */
const DEMO_HOOK = 'Operations receiver (demo)';
/** What every delivery to the demo endpoint's address records: fetch refuses to call port 9. */
const DEMO_HOOK_ERROR = 'fetch failed: bad port';

/** Waits until the input holds the value (a detail page fills its form once its query answered). */
async function inputHolds(page: Page, selector: string, value: string): Promise<void> {
    await page.waitForFunction(
        ([sel, expected]) =>
            (
                globalThis as unknown as {
                    document: { querySelector(s: string): { value?: string } | null };
                }
            ).document.querySelector(sel)?.value === expected,
        [selector, value] as const,
    );
}

/**
 * Waits until the demo endpoint has a delivery: the worker attempts the demo alert's delivery moments after the
 * demo is seeded, and a test may start sooner than that on a server that has just started.
 */
async function demoDeliveryRecorded(page: Page, baseUrl: string): Promise<void> {
    const tokens = await dashboardTokens(page);
    const deadline = Date.now() + 60_000;
    for (;;) {
        const { webhookEndpoints } = await adminApi<{
            webhookEndpoints: { items: Array<{ lastDelivery: { id: string } | null }> };
        }>(
            baseUrl,
            tokens,
            'query ($name: String!) { webhookEndpoints(options: { filter: { name: { eq: $name } } }) { items { lastDelivery { id } } } }',
            { name: DEMO_HOOK },
        );
        if (webhookEndpoints.items[0]?.lastDelivery) {
            return;
        }
        if (Date.now() > deadline) {
            throw new Error(`The demo webhook endpoint "${DEMO_HOOK}" has no delivery after a minute`);
        }
        await new Promise(resolve => setTimeout(resolve, 1000));
    }
}

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
    {
        name: "Alerts: a webhook endpoint created on its page (rule picked, secret write-only), listed, disabled, bulk deleted; the demo endpoint's deliveries on its page and on the alert, a test sent and redelivered",
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'en', async () => {
                const watch = new PageWatch(page);
                const name = `Browser test hook ${Date.now()}`;
                await page.goto(`${baseUrl}/dashboard/alert-webhooks`);
                await demoDeliveryRecorded(page, baseUrl);
                await page.reload();

                // The demo endpoint: its rule, HMAC, and its last delivery failed (nothing listens there).
                const demoRow = page.getByRole('row').filter({ hasText: DEMO_HOOK }).first();
                await demoRow.getByRole('link', { name: LARGE }).waitFor();
                await demoRow.getByText('HMAC', { exact: true }).waitFor();
                await demoRow.getByText('Failed', { exact: true }).waitFor();
                await watch.assertHealthy('the webhook endpoint list');
                await screenshot(page, screenshotDir, 'alert-webhooks-list');

                // A new endpoint, from the demo endpoint's page (the router keeps the page mounted: the form must
                // start empty). A bad URL and a short secret are refused before anything is sent; the rule is
                // picked by name.
                await demoRow.locator('a[href*="/alert-webhooks/"]').first().click();
                await inputHolds(page, '#webhook-endpoint-name', DEMO_HOOK);
                await openDashboardPath(page, baseUrl, '/dashboard/alert-webhooks/new');
                await page.getByRole('heading', { name: 'New webhook endpoint' }).waitFor();
                await inputHolds(page, '#webhook-endpoint-name', '');
                await inputHolds(page, '#webhook-endpoint-url', '');
                await page.locator('#webhook-endpoint-name').fill(name);
                await page.locator('#webhook-endpoint-url').fill('not a url');
                await page.getByText('Enter an http or https URL.').waitFor();
                await page.locator('#webhook-endpoint-url').fill('http://127.0.0.1:9/browser-test');
                await page.locator('#webhook-endpoint-secret').fill('too short');
                await page.getByText('The secret needs at least 16 characters.').waitFor();
                if (!(await page.getByTestId('webhook-endpoint-save').isDisabled())) {
                    throw new Error('Create is enabled with a secret of 9 characters');
                }
                await page.locator('#webhook-endpoint-secret').fill('browser-test-secret-0123456789');
                await page.getByRole('combobox', { name: 'Signing' }).click();
                await page.getByRole('option', { name: 'JWS token (HS256)' }).click();
                await page.getByTestId('webhook-endpoint-add-rule').click();
                const popover = page.locator('[data-slot="popover-content"]').last();
                await popover.getByRole('combobox').fill('Large');
                await popover
                    .getByRole('option', { name: new RegExp(LARGE.replace(/[()]/g, '\\$&')) })
                    .click();
                await screenshot(page, screenshotDir, 'alert-webhook-new-filled');
                await page.getByTestId('webhook-endpoint-save').click();
                await page.waitForURL(url => /\/alert-webhooks\/(?!new)[^/]+$/.test(url.pathname));
                await page.getByText('Webhook endpoint created').first().waitFor();
                await watch.assertHealthy('the new webhook endpoint');

                // Saved as entered, after a reload: the secret is never shown, the rule and JWS are.
                await page.reload();
                const main = page.locator('main');
                await inputHolds(page, '#webhook-endpoint-name', name);
                if ((await page.locator('#webhook-endpoint-secret').inputValue()) !== '') {
                    throw new Error('The secret field shows a value after saving');
                }
                await page.locator('#webhook-endpoint-secret[placeholder="Leave empty to keep"]').waitFor();
                await page
                    .getByRole('combobox', { name: 'Signing' })
                    .getByText('JWS token (HS256)')
                    .waitFor();
                await main.locator('[data-slot="badge"]').getByText(LARGE).waitFor();
                await page.getByTestId('webhook-endpoint-deliveries').getByText('No delivery yet').waitFor();
                await watch.assertHealthy('the new webhook endpoint, reloaded');
                await screenshot(page, screenshotDir, 'alert-webhook-created');

                // Disabled, with the secret left empty (kept): Update goes through.
                await page.getByRole('switch', { name: 'Enabled' }).click();
                await page.getByTestId('webhook-endpoint-save').click();
                await page.getByText('Webhook endpoint updated').first().waitFor();
                await watch.assertHealthy('the webhook endpoint, disabled');

                // The list shows it with its rule, JWS, disabled, no delivery yet.
                await page.goto(`${baseUrl}/dashboard/alert-webhooks`);
                const row = page.getByRole('row').filter({ hasText: name }).first();
                await row.getByRole('link', { name: LARGE }).waitFor();
                await row.getByText('JWS', { exact: true }).waitFor();
                await row.getByText('Disabled', { exact: true }).waitFor();
                await row.getByText('None yet').waitFor();

                // The rule's page shows its endpoints as chips with a picker: both are there. Taken off there,
                // the new endpoint serves no rule any more; picked again, it does.
                await page.goto(`${baseUrl}/dashboard/alert-rules`);
                await page.getByRole('row').filter({ hasText: LARGE }).locator('a').first().click();
                const chips = main.locator('[data-slot="badge"]');
                await chips.getByText(DEMO_HOOK).waitFor();
                await chips.filter({ hasText: name }).waitFor();
                await watch.assertHealthy('the rule with its webhook endpoints');
                await screenshot(page, screenshotDir, 'alert-rule-webhook-endpoints');
                await chips.filter({ hasText: name }).getByRole('button', { name: 'Remove' }).click();
                await page.getByTestId('alert-rule-save').click();
                await page.getByText('Alert rule updated').first().waitFor();
                await watch.settle();
                await openDashboardPath(page, baseUrl, '/dashboard/alert-webhooks');
                await page.getByRole('row').filter({ hasText: name }).first().getByText('No rule').waitFor();
                // Back to the rule through the demo endpoint's rule link.
                await page
                    .getByRole('row')
                    .filter({ hasText: DEMO_HOOK })
                    .first()
                    .getByRole('link', { name: LARGE })
                    .click();
                await chips.getByText(DEMO_HOOK).waitFor();
                await page.getByTestId('alert-rule-add-webhook').click();
                const endpointPopover = page.locator('[data-slot="popover-content"]').last();
                await endpointPopover.getByRole('combobox').fill('browser-test');
                await endpointPopover.getByRole('option', { name: new RegExp(name) }).click();
                await page.getByTestId('alert-rule-save').click();
                await page.getByText('Alert rule updated').first().waitFor();
                await watch.settle();
                await openDashboardPath(page, baseUrl, '/dashboard/alert-webhooks');
                await page
                    .getByRole('row')
                    .filter({ hasText: name })
                    .first()
                    .getByRole('link', { name: LARGE })
                    .waitFor();
                await watch.assertHealthy('the endpoint taken off the rule and put back on its page');

                // The demo endpoint's deliveries, each linking to its alert; the alert lists them too.
                await page.goto(`${baseUrl}/dashboard/alert-webhooks`);
                await page
                    .getByRole('row')
                    .filter({ hasText: DEMO_HOOK })
                    .first()
                    .locator('a[href*="/alert-webhooks/"]')
                    .first()
                    .click();
                const deliveries = page.getByTestId('webhook-endpoint-deliveries');
                await deliveries.getByText(DEMO_HOOK_ERROR).first().waitFor();
                await deliveries.getByText('Failed', { exact: true }).first().waitFor();
                await watch.assertHealthy('the demo webhook endpoint with its deliveries');
                await screenshot(page, screenshotDir, 'alert-webhook-deliveries');
                // Send test: posted now (nothing listens at the demo address: it fails), listed as a test with
                // Redeliver, which queues it again.
                await page.getByTestId('webhook-endpoint-send-test').click();
                await page.getByText('Test delivery failed').first().waitFor();
                await deliveries.getByText('Test delivery').first().waitFor();
                await deliveries.getByTestId('webhook-delivery-redeliver').first().click();
                await page.getByText('Redelivery queued: the new attempts appear here.').first().waitFor();
                await watch.assertHealthy('the demo webhook endpoint after a test and a redelivery');
                await screenshot(page, screenshotDir, 'alert-webhook-test-redeliver');
                // Redeliver failed: asks first, then queues every failed alert delivery once.
                await page.getByTestId('webhook-endpoint-redeliver-failed').click();
                await page
                    .getByTestId('webhook-endpoint-redeliver-failed-dialog')
                    .getByText('Test deliveries are not included')
                    .waitFor();
                await screenshot(page, screenshotDir, 'alert-webhook-redeliver-failed-confirm');
                await page.getByTestId('webhook-endpoint-redeliver-failed-confirm').click();
                await page.getByText('Failed deliveries queued').first().waitFor();
                await watch.assertHealthy('the demo webhook endpoint after a bulk redelivery');
                await deliveries.locator('a[href*="/alerts/"]').first().click();
                const alertDeliveries = page.getByTestId('alert-webhook-deliveries');
                await alertDeliveries.getByRole('link', { name: DEMO_HOOK }).first().waitFor();
                await alertDeliveries.getByText(DEMO_HOOK_ERROR).first().waitFor();
                await page.getByTestId('alert-message').waitFor();
                await watch.assertHealthy('the alert with its webhook deliveries');
                await screenshot(page, screenshotDir, 'alert-detail-webhook-deliveries');

                // The signing key: shown in a dialog, rotated after a confirmation; the previous key stays listed.
                await page.goto(`${baseUrl}/dashboard/alert-webhooks`);
                await page.getByTestId('alert-signing-key-open').click();
                const keyDialog = page.getByTestId('alert-signing-key-dialog');
                await keyDialog.getByText('Active', { exact: true }).waitFor();
                const keysBefore = await keyDialog.locator('li').count();
                await page.getByTestId('alert-signing-key-rotate').click();
                await page.getByTestId('alert-signing-key-confirm-text').waitFor();
                await page.getByTestId('alert-signing-key-rotate-confirm').click();
                await page.getByText('Signing key rotated').first().waitFor();
                await keyDialog.getByText('Retired', { exact: true }).first().waitFor();
                await keyDialog.getByText('Published until').first().waitFor();
                if ((await keyDialog.locator('li').count()) !== keysBefore + 1) {
                    throw new Error('The rotated key set does not list the previous key beside the new one');
                }
                await watch.assertHealthy('the signing key dialog after a rotation');
                await screenshot(page, screenshotDir, 'alert-signing-key-rotated');
                await page.keyboard.press('Escape');

                // Bulk delete the new endpoint: it leaves the list, the demo endpoint stays.
                await page.goto(`${baseUrl}/dashboard/alert-webhooks`);
                const toDelete = page.getByRole('row').filter({ hasText: name }).first();
                await toDelete.getByRole('checkbox').first().click();
                await page.getByRole('button', { name: 'Actions' }).click();
                await page.getByRole('menu').getByText('Delete', { exact: true }).click();
                await page.getByRole('button', { name: 'Continue' }).click();
                await page.getByText('Webhook endpoints deleted').first().waitFor();
                await toDelete.waitFor({ state: 'detached' });
                await page.getByRole('row').filter({ hasText: DEMO_HOOK }).first().waitFor();
                await watch.assertHealthy('the webhook endpoint list after the delete');
            });
        },
    },
    {
        name: "Alerts: the webhook endpoint pages and the alert's deliveries in Chinese (zh_Hans)",
        readOnly: true,
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'zh_Hans', async () => {
                const watch = new PageWatch(page);
                await page.goto(`${baseUrl}/dashboard/alert-webhooks`);
                await demoDeliveryRecorded(page, baseUrl);
                await page.reload();
                const demoRow = page.getByRole('row').filter({ hasText: DEMO_HOOK }).first();
                await demoRow.getByText('失败', { exact: true }).waitFor();
                await page.getByRole('columnheader', { name: '签名方式' }).waitFor();
                await page.getByRole('columnheader', { name: '最近投递' }).waitFor();
                await page.getByText('新建 Webhook 端点').first().waitFor();
                await page.getByTestId('alert-signing-key-open').getByText('签名密钥').waitFor();
                await watch.assertHealthy('the webhook endpoint list (zh_Hans)');
                await screenshot(page, screenshotDir, 'alert-webhooks-list-zh');

                await demoRow.locator('a[href*="/alert-webhooks/"]').first().click();
                await page.getByText('接收方如何校验').first().waitFor();
                await page.locator('#webhook-endpoint-secret[placeholder="留空则保留"]').waitFor();
                await page
                    .getByRole('combobox', { name: '签名方式' })
                    .getByText('HMAC-SHA256 签名（默认）')
                    .waitFor();
                const deliveries = page.getByTestId('webhook-endpoint-deliveries');
                await deliveries.getByRole('columnheader', { name: '尝试次序' }).waitFor();
                await deliveries.getByText('失败', { exact: true }).first().waitFor();
                await watch.assertHealthy('the demo webhook endpoint (zh_Hans)');
                await screenshot(page, screenshotDir, 'alert-webhook-detail-zh');

                await deliveries.locator('a[href*="/alerts/"]').first().click();
                await page.getByText('Webhook 投递').first().waitFor();
                await page
                    .getByTestId('alert-webhook-deliveries')
                    .getByRole('columnheader', { name: '端点' })
                    .waitFor();
                await watch.assertHealthy('the alert with its webhook deliveries (zh_Hans)');
                await screenshot(page, screenshotDir, 'alert-detail-webhook-deliveries-zh');
            });
        },
    },
];
