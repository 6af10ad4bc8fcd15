import path from 'path';
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

/** The demo superadmin, as `npm start` seeds it (see README). */
export const DEMO_SUPERADMIN = { username: 'superadmin', password: 'superadmin' };

/** What a browser test gets: a fresh page, the server's base URL and a folder for its screenshots. */
export interface BrowserTestArgs {
    page: Page;
    baseUrl: string;
    /** Where screenshots go: `$CI_LOG_DIR/browser` when set, else a temp folder (printed by the runner). */
    screenshotDir: string;
}

/** One browser test: a name and what it does in a fresh page. Throw (or let a locator time out) to fail. */
export interface BrowserTest {
    name: string;
    run(args: BrowserTestArgs): Promise<void>;
    /**
     * The test only reads (opens pages, changes nothing but its administrator's own Dashboard settings, which
     * `withDashboardSession` puts back): the runner may run it beside other such tests, each in a session of its
     * own administrator. Tests that write run one at a time, after them.
     */
    readOnly?: boolean;
    /**
     * The test runs in a Dashboard session in this language that it leaves as it found it (it opens pages through
     * {@link openDashboardPath} inside {@link withDashboardSession}, and changes no data): the runner may hand
     * the next such test of the same language the same page, with the app still loaded, instead of a fresh
     * browser context that loads the whole app again (about 4 s of CPU each). After a failure the page is not
     * passed on.
     */
    sharedSession?: DashboardLanguage;
}

const pageAdministrators = new WeakMap<Page, { username: string; password: string }>();

/**
 * The administrator `withDashboardSession` logs a page in as when the test names none: the runner gives each
 * lane of read-only tests its own, so that their Dashboard settings (language, columns) never cross.
 */
export function setPageAdministrator(page: Page, credentials: { username: string; password: string }): void {
    pageAdministrators.set(page, credentials);
}

/** The Dashboard UI languages the page tests run in. */
export type DashboardLanguage = 'en' | 'zh_Hans';

const SESSION_TOKEN_KEY = 'vendure-session-token';
const CHANNEL_TOKEN_KEY = 'vendure-selected-channel-token';
const SETTINGS_STORE_KEY = 'vendure.dashboard.userSettings';

/** The browser globals the page callbacks use (the server tsconfig has no DOM library). */
interface PageGlobals {
    localStorage: { getItem(key: string): string | null };
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

/**
 * Opens a Dashboard path (`/dashboard/...`) the way a merchant's click does: inside the running app, through the
 * router's history, so the page keeps its loaded code instead of starting the whole app again (a full load per
 * page made the browser step the slowest part of CI). Falls back to a full load when the app is not open yet.
 */
export async function openDashboardPath(page: Page, baseUrl: string, dashboardPath: string): Promise<void> {
    const current = new URL(page.url());
    const inApp =
        current.origin === new URL(baseUrl).origin &&
        current.pathname.startsWith('/dashboard') &&
        !current.pathname.endsWith('/login');
    if (!inApp) {
        await page.goto(`${baseUrl}${dashboardPath}`);
        return;
    }
    const target = new URL(dashboardPath, baseUrl);
    await page.evaluate(href => {
        const history = (
            globalThis as unknown as {
                history: {
                    state: Record<string, unknown> | null;
                    pushState(s: unknown, t: string, u: string): void;
                };
            }
        ).history;
        const index = Number(history.state?.__TSR_index ?? 0) + 1;
        const key = Math.random().toString(36).slice(2, 10);
        // The router watches pushState (its history wraps it) and loads the route, as a link click does.
        history.pushState({ __TSR_index: index, key, __TSR_key: key }, '', href);
    }, `${target.pathname}${target.search}`);
    await page.waitForURL(url => url.pathname === target.pathname);
}

/** The Dashboard's session and channel tokens, as it keeps them in the browser. */
export interface DashboardTokens {
    session: string | null;
    channel: string | null;
}

/** Reads the logged-in Dashboard's tokens from the page. */
export function dashboardTokens(page: Page): Promise<DashboardTokens> {
    return page.evaluate(
        ([sessionKey, channelKey]) => ({
            session: (globalThis as unknown as PageGlobals).localStorage.getItem(sessionKey),
            channel: (globalThis as unknown as PageGlobals).localStorage.getItem(channelKey),
        }),
        [SESSION_TOKEN_KEY, CHANNEL_TOKEN_KEY],
    );
}

/**
 * Calls the admin API as the Dashboard's logged-in administrator (its session and channel tokens), from Node.
 * Throws on an HTTP error or a response with `errors`.
 */
export async function adminApi<T>(
    baseUrl: string,
    tokens: DashboardTokens,
    query: string,
    variables: Record<string, unknown> = {},
): Promise<T> {
    if (!tokens.session) {
        throw new Error('Not logged in to the Dashboard (no session token)');
    }
    const res = await fetch(`${baseUrl}/admin-api`, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tokens.session}`,
            ...(tokens.channel ? { 'vendure-token': tokens.channel } : {}),
        },
        body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (!res.ok || body.errors?.length || !body.data) {
        throw new Error(
            `admin API ${res.status}: ${body.errors?.map(e => e.message).join('; ') ?? 'no data'}`,
        );
    }
    return body.data;
}

/** The administrator's Dashboard settings as the server keeps them (null when never saved). */
function readDashboardSettings(baseUrl: string, tokens: DashboardTokens): Promise<unknown> {
    return adminApi<{ getSettingsStoreValue: unknown }>(
        baseUrl,
        tokens,
        'query ($key: String!) { getSettingsStoreValue(key: $key) }',
        { key: SETTINGS_STORE_KEY },
    ).then(r => r.getSettingsStoreValue);
}

/** Stores the administrator's Dashboard settings on the server. */
async function storeDashboardSettings(
    baseUrl: string,
    tokens: DashboardTokens,
    value: unknown,
): Promise<void> {
    await adminApi(
        baseUrl,
        tokens,
        'mutation ($input: SettingsStoreInput!) { setSettingsStoreValue(input: $input) { result error } }',
        { input: { key: SETTINGS_STORE_KEY, value } },
    );
}

/**
 * Runs `fn` and afterwards puts the administrator's Dashboard settings (UI language, table columns), which the
 * Dashboard keeps on the server, back as they were, so that one test's language or column choice does not leak
 * into the next. Call it logged in.
 */
export async function withDashboardSettingsRestored(
    page: Page,
    baseUrl: string,
    fn: () => Promise<void>,
): Promise<void> {
    const tokens = await dashboardTokens(page);
    const saved = await readDashboardSettings(baseUrl, tokens);
    try {
        await fn();
    } finally {
        // Let the Dashboard finish saving its own settings first, so that they do not land over the restored ones.
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await storeDashboardSettings(baseUrl, tokens, saved ?? {});
    }
}

/** Pages logged in by {@link openDashboardSession} and not closed yet: the language and the administrator. */
const openSessions = new WeakMap<Page, { language: DashboardLanguage; username: string }>();

/**
 * Runs `fn` with the page logged in to the Dashboard as `credentials`, in `language`, without going through the
 * login form and the language menu (each test would otherwise load the whole app three times before its page):
 * see {@link openDashboardSession}. Afterwards the settings are put back as they were, unless the page was in
 * that session already (the runner's shared page, see {@link BrowserTest.sharedSession}): then `fn` runs in it,
 * and whoever opened the session closes it. The login form and the language menu keep their own test
 * (`e2e/browser/dashboard.browser.ts`).
 */
export async function withDashboardSession(
    page: Page,
    baseUrl: string,
    language: DashboardLanguage,
    fn: () => Promise<void>,
    credentials: { username: string; password: string } = pageAdministrators.get(page) ?? DEMO_SUPERADMIN,
): Promise<void> {
    const open = openSessions.get(page);
    if (open && open.language === language && open.username === credentials.username) {
        return fn();
    }
    const close = await openDashboardSession(page, baseUrl, language, credentials);
    try {
        await fn();
    } finally {
        await close();
    }
}

/**
 * Logs the page in to the Dashboard as `credentials`, in `language`: logs in through the admin API, stores the
 * language with the administrator's Dashboard settings on the server (where the Dashboard reads them from), and
 * hands the session to the page before its first load. The next `page.goto` opens the app logged in. Answers a
 * function that puts the administrator's settings back as they were.
 */
export async function openDashboardSession(
    page: Page,
    baseUrl: string,
    language: DashboardLanguage,
    credentials: { username: string; password: string } = pageAdministrators.get(page) ?? DEMO_SUPERADMIN,
): Promise<() => Promise<void>> {
    const res = await fetch(`${baseUrl}/admin-api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on CurrentUser { channels { token code } } } }',
            variables: { u: credentials.username, p: credentials.password },
        }),
    });
    const body = (await res.json()) as {
        data?: { login: { __typename: string; channels?: Array<{ token: string; code: string }> } };
    };
    const session = res.headers.get('vendure-auth-token');
    const channels = body.data?.login.channels ?? [];
    if (!session || body.data?.login.__typename !== 'CurrentUser') {
        throw new Error(`Could not log in as ${credentials.username}: ${JSON.stringify(body)}`);
    }
    const channel = (channels.find(c => c.code === '__default_channel__') ?? channels[0])?.token ?? null;
    const tokens: DashboardTokens = { session, channel };
    const saved = await readDashboardSettings(baseUrl, tokens);
    const settings = { ...((saved as Record<string, unknown> | null) ?? {}), displayLanguage: language };
    await storeDashboardSettings(baseUrl, tokens, settings);
    await page.addInitScript(
        ({ keys, tokens, settings }) => {
            const storage = (
                globalThis as unknown as {
                    localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
                }
            ).localStorage;
            storage.setItem(keys.session, tokens.session ?? '');
            if (tokens.channel) {
                storage.setItem(keys.channel, tokens.channel);
            }
            // Only before the app's first load: afterwards the app keeps its own settings there.
            if (!storage.getItem(keys.settings)) {
                storage.setItem(keys.settings, JSON.stringify(settings));
            }
        },
        {
            keys: {
                session: SESSION_TOKEN_KEY,
                channel: CHANNEL_TOKEN_KEY,
                settings: 'vendure-user-settings',
            },
            tokens,
            settings,
        },
    );
    openSessions.set(page, { language, username: credentials.username });
    return async () => {
        openSessions.delete(page);
        // Let the Dashboard finish saving its own settings first, so that they do not land over the restored ones.
        await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
        await storeDashboardSettings(baseUrl, tokens, saved ?? {});
    };
}

/**
 * Switches the Dashboard's UI language the way an administrator does: the user menu at the foot of the
 * navigation, "Language", then the display language in the dialog. The choice is stored with the user's
 * settings; waits until it is stored.
 */
export async function switchDashboardLanguage(page: Page, language: DashboardLanguage): Promise<void> {
    const userMenu = page.locator('[data-sidebar="footer"] [data-sidebar="menu-button"]').last();
    await userMenu.click();
    await page
        .getByRole('menu')
        .getByText(/^(Language|语言)$/)
        .first()
        .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page
        .getByRole('option')
        .filter({ has: page.locator('span', { hasText: new RegExp(`^${language}$`) }) })
        .first()
        .click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The choice is stored with the user's settings: wait until it is.
    await page.waitForFunction(lang => {
        const raw = (globalThis as unknown as PageGlobals).localStorage.getItem('vendure-user-settings');
        return !!raw && (JSON.parse(raw) as { displayLanguage?: string }).displayLanguage === lang;
    }, language);
    await page.waitForLoadState('networkidle');
}

/** One thing that went wrong on a page. */
export interface PageProblem {
    kind: 'console error' | 'uncaught exception' | 'graphql' | 'error boundary';
    message: string;
}

/** The watch of each page (a shared page passes from test to test: only the current test's watch listens). */
const watches = new WeakMap<Page, PageWatch>();

/**
 * Watches a page for what a merchant would see as broken: console errors, uncaught exceptions, GraphQL requests
 * that fail (HTTP error, or a response with `errors`), and the Dashboard's error pages (a route's error
 * component "Error" or "An error occurred").
 */
export class PageWatch {
    readonly problems: PageProblem[] = [];
    private pendingBodies: Array<Promise<void>> = [];
    private inFlight = new Set<Request>();
    private lastActivity = Date.now();

    /** Watching a page that a test before this one used too (a shared page) stops that test's watch. */
    constructor(private readonly page: Page) {
        watches.get(page)?.detach();
        watches.set(page, this);
        const onConsole = (msg: ConsoleMessage) => {
            if (msg.type() === 'error') {
                this.problems.push({ kind: 'console error', message: msg.text() });
            }
        };
        const onPageError = (err: Error) => {
            this.problems.push({ kind: 'uncaught exception', message: err.stack ?? err.message });
        };
        const onRequest = (req: Request) => {
            this.inFlight.add(req);
            this.lastActivity = Date.now();
        };
        const done = (req: Request) => {
            this.inFlight.delete(req);
            this.lastActivity = Date.now();
        };
        const onResponse = (res: Response) => {
            if (/\/(admin|shop)-api$/.test(new URL(res.url()).pathname)) {
                this.pendingBodies.push(this.inspectGraphqlResponse(res));
            }
        };
        page.on('console', onConsole);
        page.on('pageerror', onPageError);
        page.on('request', onRequest);
        page.on('requestfinished', done);
        page.on('requestfailed', done);
        page.on('response', onResponse);
        this.detach = () => {
            page.off('console', onConsole);
            page.off('pageerror', onPageError);
            page.off('request', onRequest);
            page.off('requestfinished', done);
            page.off('requestfailed', done);
            page.off('response', onResponse);
        };
    }

    /** Stops watching the page. */
    readonly detach: () => void;

    /**
     * Waits until the page is quiet: no request in flight for half a second (a click's query starts a moment
     * after the click, and the page renders a moment after the answer) and no loading indicator.
     */
    async settle(quietMs = 500, timeoutMs = 30_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        const poll = () => new Promise(resolve => setTimeout(resolve, 50));
        for (;;) {
            await poll();
            const quiet = this.inFlight.size === 0 && Date.now() - this.lastActivity >= quietMs;
            if (quiet && (await this.page.locator('[aria-busy="true"]').count()) === 0) {
                break;
            }
            if (Date.now() > deadline) {
                throw new Error(
                    `The page did not settle within ${timeoutMs / 1000} s: ${[...this.inFlight]
                        .map(r => r.url())
                        .join(', ')}`,
                );
            }
        }
        await Promise.all(this.pendingBodies);
        this.pendingBodies = [];
    }

    /**
     * Settles, looks for an error page, and throws with every problem seen since the last call. `quietMs`: see
     * {@link settle}; shorter only where the caller has seen the change its click caused render already.
     */
    async assertHealthy(where: string, quietMs = 500): Promise<void> {
        await this.settle(quietMs);
        const boundary = this.page
            .locator('[data-slot="alert-title"]')
            .filter({ hasText: /^Error$/ })
            .or(this.page.getByText(/^An error occurred:/));
        if (await boundary.count()) {
            const text =
                (await this.page
                    .locator('[data-slot="alert"]')
                    .first()
                    .innerText()
                    .catch(() => '')) || '';
            this.problems.push({ kind: 'error boundary', message: text.replace(/\s+/g, ' ').trim() });
        }
        if (this.problems.length) {
            const found = this.problems.splice(0);
            throw new Error(
                `${where}: ${found.length} problem(s)\n` +
                    found
                        .map(p => `       - ${p.kind}: ${p.message.split('\n').slice(0, 4).join(' | ')}`)
                        .join('\n'),
            );
        }
    }

    private async inspectGraphqlResponse(res: Response): Promise<void> {
        const request = res.request();
        if (request.method() !== 'POST') {
            return;
        }
        const operation = /(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? '')?.[1] ?? 'anonymous';
        if (!res.ok()) {
            this.problems.push({ kind: 'graphql', message: `${operation}: HTTP ${res.status()}` });
            return;
        }
        try {
            const body = (await res.json()) as { errors?: Array<{ message: string; path?: unknown[] }> };
            if (body.errors?.length) {
                this.problems.push({
                    kind: 'graphql',
                    message: `${operation}: ${body.errors
                        .map(e => `${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`)
                        .join('; ')}`,
                });
            }
        } catch {
            // The page navigated away before the body arrived: nothing to judge.
        }
    }
}

/** Saves a full-page screenshot as `<dir>/<name>.png` and returns its path. */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
    const slug = name
        .replace(/\$/g, '')
        .replace(/[^a-z0-9_]+/gi, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase();
    const file = path.join(dir, `${slug}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}
