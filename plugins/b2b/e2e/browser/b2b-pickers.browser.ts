import type { Locator, Page } from 'playwright-core';

import { BrowserTest, loginToDashboard, PageWatch } from '../../../../src/testing/browser';

/** A form field (label, control, description) by its label. */
function field(scope: Locator, label: string): Locator {
    return scope
        .locator('[data-slot="field"]')
        .filter({ has: scope.page().getByText(label, { exact: true }) });
}

/**
 * Opens one of the Dashboard's relation selectors by its button (within `scope`), searches, and picks the first
 * match.
 */
async function pick(
    page: Page,
    button: string | RegExp,
    search: string,
    option: RegExp,
    scope: Page | Locator = page,
): Promise<void> {
    await scope.getByRole('button', { name: button }).first().click();
    const popover = page.locator('[data-slot="popover-content"]').last();
    await popover.getByRole('combobox').fill(search);
    await popover.getByRole('option', { name: option }).first().click();
}

/** Chooses an option of one of the Dashboard's selects, found by its current text. */
async function choose(page: Page, scope: Locator, current: string, option: string) {
    await scope.getByRole('combobox').filter({ hasText: current }).first().click();
    await page.getByRole('option', { name: option, exact: true }).click();
}

export const browserTests: BrowserTest[] = [
    {
        name: 'B2B: create a company by picking its parent, a new tier and a sales representative; add a member created in the customer picker',
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            const watch = new PageWatch(page);
            const stamp = Date.now();
            await page.goto(`${baseUrl}/dashboard/companies/new`);
            await page.locator('input[name="name"]').fill(`Picker test dealer ${stamp}`);
            await page.locator('input[name="code"]').fill(`picker-${stamp}`);

            // A tier nobody uses yet: typed into the picker's search, then offered as a new tier.
            await page.getByTestId('tier-selector').click();
            const tierPopover = page.locator('[data-slot="popover-content"]').last();
            await tierPopover.getByRole('combobox').fill(`Platinum-${stamp}`);
            await tierPopover.getByRole('option', { name: /New tier/ }).click();
            await page.getByTestId('tier-selector').getByText(`platinum-${stamp}`).waitFor();

            await pick(page, 'Select an administrator', 'super', /Super\s+Admin/);
            await pick(page, 'Select a company', 'east-china', /East China Distribution/);
            await page.getByRole('button', { name: 'Create', exact: true }).click();
            await page.waitForURL(url => /\/companies\/(?!new)[^/]+$/.test(url.pathname));
            await watch.assertHealthy('the new company');

            // Saved as picked: the parent in the hierarchy, the tier and the sales representative in the form.
            const hierarchy = page.locator('main').getByText('Parent company').locator('..');
            await hierarchy.getByRole('link', { name: /East China Distribution/ }).waitFor();
            await page.getByTestId('tier-selector').getByText(`platinum-${stamp}`).waitFor();
            await page.getByText('superadmin').first().waitFor();

            // A member: a new customer, created in the customer picker, made company admin.
            const email = `picker.${stamp}@triflow.test`;
            await page.getByRole('button', { name: 'Choose a customer' }).click();
            const popover = page.locator('[data-slot="popover-content"]').last();
            await popover.getByRole('tab', { name: 'Create new customer' }).click();
            await field(popover, 'First name').locator('input').fill('Picker');
            await field(popover, 'Last name').locator('input').fill(`Test ${stamp}`);
            await field(popover, 'Email address').locator('input').fill(email);
            await popover.getByRole('button', { name: 'Create customer' }).click();
            await page.locator('main').getByText(email).first().waitFor();
            await choose(page, page.locator('main'), 'Buyer', 'Company admin');
            await page.getByRole('button', { name: 'Add member', exact: true }).click();
            const member = page.locator('main table').getByRole('row').filter({ hasText: email });
            await member.getByRole('combobox').filter({ hasText: 'Company admin' }).waitFor();
            await watch.assertHealthy('the company with its new member');

            // An existing customer is found by name or email (the members of this company included).
            await page.getByRole('button', { name: 'Choose a customer' }).click();
            const search = page.locator('[data-slot="popover-content"]').last();
            await search.getByRole('combobox').fill(`Test ${stamp}`);
            await search.getByRole('option', { name: new RegExp(email.replace(/\./g, '\\.')) }).waitFor();
            await page.keyboard.press('Escape');
            await watch.assertHealthy('the company with its new member');
        },
    },
    {
        name: "B2B: a price list's entries added and edited one at a time; its companies and tiers picked",
        async run({ page, baseUrl }) {
            await loginToDashboard(page, baseUrl);
            const watch = new PageWatch(page);
            await page.goto(`${baseUrl}/dashboard/price-lists/new`);
            await page.locator('input[name="name"]').fill(`Picker test list ${Date.now()}`);
            await page.getByRole('button', { name: 'Create', exact: true }).click();
            await page.waitForURL(url => /\/price-lists\/(?!new)[^/]+$/.test(url.pathname));
            await watch.assertHealthy('the new price list');

            // Add a break: a variant picked by SKU, from 5 units, at a fixed price.
            await page.getByRole('button', { name: 'Add entry', exact: true }).click();
            const editor = page.getByTestId('price-list-entry-editor');
            await pick(page, 'Select a product variant', 'L2201308', /L2201308/, editor);
            await field(editor, 'From quantity').locator('input').fill('5');
            await field(editor, 'Unit price').locator('input').fill('999.00');
            await editor.getByRole('button', { name: 'Add entry', exact: true }).click();
            await editor.waitFor({ state: 'detached' });
            const rows = page.locator('main').getByRole('row').filter({ hasText: 'L2201308' });
            await rows.filter({ hasText: '999.00' }).waitFor();
            await watch.assertHealthy('the list with its first entry');

            // Edit it: from 10 units, 12.5 % off instead of a fixed price. The old break goes.
            await rows.first().getByRole('button', { name: 'Edit' }).click();
            await field(editor, 'From quantity').locator('input').fill('10');
            await choose(page, editor, 'Fixed unit price', 'Percent off the channel price');
            await field(editor, 'Percent off').locator('input').fill('12.5');
            await editor.getByRole('button', { name: 'Save entry' }).click();
            await editor.waitFor({ state: 'detached' });
            await rows.filter({ hasText: '12.5 %' }).waitFor();
            if ((await rows.count()) !== 1) {
                throw new Error(`Expected one break for L2201308 after the edit, saw ${await rows.count()}`);
            }
            const cells = await rows.first().getByRole('cell').allInnerTexts();
            if (cells[2].trim() !== '10') {
                throw new Error(`Expected the break from 10 units, saw ${cells.join(' | ')}`);
            }

            // Targets: a company picked by code, a tier picked from those in use.
            await pick(page, 'Add company', 'dealer-suzhou', /Suzhou Dealer/);
            await page.getByTestId('tier-selector').click();
            await page
                .locator('[data-slot="popover-content"]')
                .last()
                .getByRole('option', { name: 'gold' })
                .click();
            await watch.assertHealthy('the list with its targets');

            await page.reload();
            const targets = page.locator('main').getByText('Applies to').locator('../..');
            await targets
                .getByText(/Suzhou Dealer/)
                .first()
                .waitFor();
            await targets.getByText('gold', { exact: true }).waitFor();
            await watch.assertHealthy('the list after a reload');
        },
    },
];
