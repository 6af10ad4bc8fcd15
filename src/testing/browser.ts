import type { Page } from 'playwright-core';

/** The demo superadmin, as `npm start` seeds it (see README). */
export const DEMO_SUPERADMIN = { username: 'superadmin', password: 'superadmin' };

/** One browser test: a name and what it does in a fresh page. Throw (or let a locator time out) to fail. */
export interface BrowserTest {
    name: string;
    run(args: { page: Page; baseUrl: string }): Promise<void>;
}

/** Logs in to the Dashboard and waits until its shell (the navigation) is there. */
export async function loginToDashboard(
    page: Page,
    baseUrl: string,
    credentials: { username: string; password: string } = DEMO_SUPERADMIN,
): Promise<void> {
    await page.goto(`${baseUrl}/dashboard/login`);
    await page.locator('input[name="username"]').fill(credentials.username);
    await page.locator('input[name="password"]').fill(credentials.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(url => !url.pathname.endsWith('/login'));
}
