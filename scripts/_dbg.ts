import { chromium } from 'playwright-core';
import { loginToDashboard } from '../src/testing/browser';
(async () => {
    const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    const page = await b.newPage();
    await loginToDashboard(page, 'http://localhost:3202');
    await page.locator('[data-sidebar="footer"] [data-sidebar="menu-button"]').last().click();
    await page.getByRole('menu').getByText(/^(Language|语言)$/).first().click();
    await page.getByRole('dialog').getByRole('combobox').first().click();
    await page.waitForTimeout(500);
    const opts = await page.getByRole('option').evaluateAll(els => els.map(e => JSON.stringify(e.textContent)));
    console.log(opts.join('\n'));
    await b.close();
})();
