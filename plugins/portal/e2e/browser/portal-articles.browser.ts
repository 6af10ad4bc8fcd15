import type { Page } from 'playwright-core';

import { BrowserTest, loginToDashboard } from '../../../../src/testing/browser';

/** What a reader (an anonymous visitor) gets for an article from the shop API. */
async function shopArticle(page: Page, baseUrl: string, slug: string): Promise<{ summary: string } | null> {
    const response = await page.request.post(`${baseUrl}/shop-api`, {
        headers: { 'content-type': 'application/json' },
        data: { query: 'query ($slug: String!) { article(slug: $slug) { summary } }', variables: { slug } },
    });
    const body = (await response.json()) as { data: { article: { summary: string } | null } };
    return body.data.article;
}

async function openArticle(page: Page, baseUrl: string, title: string): Promise<void> {
    await page.goto(`${baseUrl}/dashboard/articles`);
    await page
        .getByRole('button', { name: title })
        .or(page.getByText(title, { exact: true }))
        .first()
        .click();
    await page.waitForURL(url => /\/articles\/(?!new)[^/]+$/.test(url.pathname));
    await page.getByTestId('portal-article-status').waitFor();
}

async function confirmComment(page: Page): Promise<void> {
    await page.getByTestId('portal-comment').fill('Browser test');
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByTestId('portal-comment').waitFor({ state: 'detached' });
}

export const browserTests: BrowserTest[] = [
    {
        name: 'Portal: edit a published article; readers keep the live version; the history shows the diff; restore',
        async run({ page, baseUrl }) {
            const slug = 'laptop-market-outlook-q1';
            const original = (await shopArticle(page, baseUrl, slug))?.summary;
            if (!original) {
                throw new Error('The demo article is not published');
            }
            await loginToDashboard(page, baseUrl);
            await openArticle(page, baseUrl, 'Laptop market outlook for the first quarter');
            const summary = page.locator('textarea[name="translations.0.summary"]');
            await summary.fill('Memory prices double; laptop prices follow.');
            await page.getByRole('button', { name: 'Save', exact: true }).click();
            await page.getByText('This version has changes readers do not see yet').waitFor();
            // Readers still get the published summary.
            if ((await shopArticle(page, baseUrl, slug))?.summary !== original) {
                throw new Error('Editing a published article changed what readers see');
            }
            const history = page.getByTestId('portal-history');
            const saved = history.getByTestId('portal-revision').filter({ hasText: 'Saved' }).first();
            await saved.getByText('summary (en)').waitFor();
            await saved.locator('ins', { hasText: 'double' }).first().waitFor();

            // Restore the first revision: the working copy gets the original summary back.
            await history
                .getByTestId('portal-revision')
                .filter({ hasText: '#1 Created' })
                .getByTestId('portal-restore')
                .click();
            await page.getByRole('button', { name: 'Restore', exact: true }).last().click();
            await page.waitForFunction(
                `document.querySelector('textarea[name="translations.0.summary"]')?.value === ${JSON.stringify(original)}`,
            );
            await history
                .getByTestId('portal-revision')
                .filter({ hasText: 'Restored (#1)' })
                .first()
                .waitFor();
        },
    },
    {
        name: 'Portal: write an article in the rich-text editor, submit, approve and publish later',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/articles/new`);
            const title = `Browser test article ${Date.now()}`;
            await page.locator('input[name="translations.0.title"]').fill(title);
            await page.locator('.ProseMirror').first().click();
            await page.keyboard.type('Written in the rich-text editor.');
            await page.getByRole('button', { name: 'Create', exact: true }).click();
            await page.waitForURL(url => /\/articles\/(?!new)[^/]+$/.test(url.pathname));
            await page.getByTestId('portal-article-status').getByText('Draft').waitFor();

            await page.getByTestId('portal-submit').click();
            await confirmComment(page);
            await page.getByTestId('portal-article-status').getByText('In review').waitFor();
            await page.getByTestId('portal-approve').click();
            await confirmComment(page);
            await page.getByTestId('portal-article-status').getByText('Browser test').waitFor();

            // The "publish later" control: a date next month, from the Dashboard's date-time input.
            await page.getByTestId('portal-publish-later').click();
            const form = page.getByTestId('portal-publish-later-form');
            await form.getByRole('button').first().click();
            await page.getByRole('button', { name: /next month/i }).click();
            await page.getByRole('gridcell', { name: '15' }).first().click();
            await page.keyboard.press('Escape');
            await page.getByTestId('portal-schedule-confirm').click();
            await page.getByTestId('portal-article-status').getByText('Scheduled', { exact: true }).waitFor();
            await page.getByTestId('portal-scheduled-for').waitFor();

            await page.goto(`${baseUrl}/dashboard/articles`);
            await page.getByText(title).first().waitFor();
        },
    },
    {
        name: 'Portal: the topic tree — add a sub-topic and move a topic',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            await page.goto(`${baseUrl}/dashboard/topics`);
            const tree = page.getByTestId('portal-topic-tree');
            const market = tree.getByTestId('portal-topic-row').filter({ hasText: 'Market information' });
            await market.getByText('Add sub-topic').click();
            const name = `Steel ${Date.now()}`;
            await page.locator('input[name="translations.0.name"]').fill(name);
            await page.getByRole('button', { name: 'Create', exact: true }).click();
            await page.waitForURL(url => /\/topics\/(?!new)[^/]+$/.test(url.pathname));

            await page.goto(`${baseUrl}/dashboard/topics`);
            const rows = page.getByTestId('portal-topic-row');
            await rows.filter({ hasText: name }).waitFor();
            const texts = await rows.allTextContents();
            const marketIndex = texts.findIndex(t => t.includes('Market information'));
            if (!texts[marketIndex + 1]?.includes(name)) {
                throw new Error(`The sub-topic is not under Market information: ${texts.join(' | ')}`);
            }
            // Move "Company news" down: "Market information" comes first.
            await rows.filter({ hasText: 'Company news' }).getByRole('button', { name: 'Move down' }).click();
            await page.waitForFunction(
                `document.querySelector('[data-testid="portal-topic-row"]')?.textContent?.includes('Market information')`,
            );
        },
    },
];
