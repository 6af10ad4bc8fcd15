/**
 * Browser tests: headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core; nothing is
 * downloaded) against the built server. Finds every `*.browser.ts` in `e2e/browser/` and
 * `plugins/<name>/e2e/browser/`; each exports `browserTests: BrowserTest[]`.
 *
 *   npm run build && npm run test:browser              starts the built server on a fresh demo database
 *   BASE_URL=http://localhost:3000 npm run test:browser   runs against a server that is already up
 *   BROWSER_TEST_FILTER='zh_Hans' npm run test:browser    runs only the tests whose name contains the text
 *   BROWSER_TEST_LANES=1 npm run test:browser             read-only tests one at a time (default: 2 side by side)
 *
 * Read-only tests (`readOnly: true`: the page and list checks) run first, in BROWSER_TEST_LANES lanes side by side,
 * each lane logged in as its own administrator (made on the first run: `browser-lane-N@triflow.local`, a
 * superadmin), so that their Dashboard settings never cross. The tests that change data then run one at a time.
 * A lane hands its page, with the Dashboard still loaded, from one test to the next of the same `sharedSession`
 * (language): loading the whole app in a fresh context cost each page test about 4 s of CPU (2026-12-04).
 *
 * Screenshots (each test's last state, and the pages the tests take) go to `$CI_LOG_DIR/browser` when
 * CI_LOG_DIR is set, else to a new temp folder; the runner prints where.
 *
 * Prints a line per test and `N passed, M failed`; exits non-zero when anything failed.
 */
import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';

import type { BrowserContext, Page } from 'playwright-core';

import {
    type BrowserTest,
    DEMO_SUPERADMIN,
    type DashboardLanguage,
    openDashboardSession,
    setPageAdministrator,
} from '../src/testing/browser';

const root = path.join(__dirname, '..');

function discover(): Array<{ file: string; test: BrowserTest }> {
    const dirs = [path.join(root, 'e2e', 'browser')];
    const pluginsDir = path.join(root, 'plugins');
    if (fs.existsSync(pluginsDir)) {
        for (const p of fs.readdirSync(pluginsDir).sort()) {
            dirs.push(path.join(pluginsDir, p, 'e2e', 'browser'));
        }
    }
    const found: Array<{ file: string; test: BrowserTest }> = [];
    for (const dir of dirs.filter(d => fs.existsSync(d))) {
        for (const f of fs
            .readdirSync(dir)
            .filter(n => n.endsWith('.browser.ts'))
            .sort()) {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const mod = require(path.join(dir, f)) as { browserTests: BrowserTest[] };
            mod.browserTests.forEach(test =>
                found.push({ file: path.relative(root, path.join(dir, f)), test }),
            );
        }
    }
    return found;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            if ((await fetch(url)).ok) {
                return;
            }
        } catch {
            // not up yet
        }
        await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function startServer(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
    const port = Number(process.env.BROWSER_TEST_PORT ?? 3150);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'triflow-browser-'));
    const entry = path.join(root, 'dist', 'src', 'start.js');
    if (!fs.existsSync(entry)) {
        throw new Error('Build first: npm run build');
    }
    const child: ChildProcess = spawn(process.execPath, [entry], {
        cwd: root,
        env: {
            ...process.env,
            PORT: String(port),
            DATA_DIR: dataDir,
            LOG_LEVEL: 'warn',
            NODE_ENV: 'development',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
    });
    const baseUrl = `http://localhost:${port}`;
    await waitFor(`${baseUrl}/health`, 300_000);
    return {
        baseUrl,
        stop: async () => {
            child.kill('SIGTERM');
            await new Promise(r => child.once('exit', r));
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

const LANE_PASSWORD = 'browser-lane';

/** Calls the admin API as the demo superadmin. */
async function asSuperadmin<T>(
    baseUrl: string,
    query: string,
    variables: Record<string, unknown> = {},
): Promise<T> {
    const call = async (body: unknown, token?: string) => {
        const res = await fetch(`${baseUrl}/admin-api`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify(body),
        });
        return { res, json: (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> } };
    };
    const login = await call({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
        variables: { u: DEMO_SUPERADMIN.username, p: DEMO_SUPERADMIN.password },
    });
    const token = login.res.headers.get('vendure-auth-token') ?? undefined;
    const { json } = await call({ query, variables }, token);
    if (json.errors?.length || !json.data) {
        throw new Error(`admin API: ${json.errors?.map(e => e.message).join('; ') ?? 'no data'}`);
    }
    return json.data as T;
}

/** The administrator of lane `n` (lane 1 is the demo superadmin), made the first time it is needed. */
async function laneAdministrator(
    baseUrl: string,
    n: number,
): Promise<{ username: string; password: string }> {
    if (n === 1) {
        return DEMO_SUPERADMIN;
    }
    const email = `browser-lane-${n}@triflow.local`;
    const found = await asSuperadmin<{ administrators: { totalItems: number } }>(
        baseUrl,
        'query ($e: String!) { administrators(options: { filter: { emailAddress: { eq: $e } } }) { totalItems } }',
        { e: email },
    );
    if (!found.administrators.totalItems) {
        const roles = await asSuperadmin<{ roles: { items: Array<{ id: string }> } }>(
            baseUrl,
            'query { roles(options: { filter: { code: { eq: "__super_admin_role__" } } }) { items { id } } }',
        );
        await asSuperadmin(
            baseUrl,
            'mutation ($input: CreateAdministratorInput!) { createAdministrator(input: $input) { id } }',
            {
                input: {
                    firstName: 'Browser',
                    lastName: `Lane ${n}`,
                    emailAddress: email,
                    password: LANE_PASSWORD,
                    roleIds: roles.roles.items.map(r => r.id),
                },
            },
        );
    }
    return { username: email, password: LANE_PASSWORD };
}

async function main(): Promise<void> {
    const filter = process.env.BROWSER_TEST_FILTER;
    const tests = discover().filter(t => !filter || t.test.name.includes(filter));
    const server = process.env.BASE_URL
        ? { baseUrl: process.env.BASE_URL.replace(/\/$/, ''), stop: () => Promise.resolve() }
        : await startServer();
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    const shotsDir = process.env.CI_LOG_DIR
        ? path.join(process.env.CI_LOG_DIR, 'browser')
        : fs.mkdtempSync(path.join(os.tmpdir(), 'triflow-browser-shots-'));
    fs.mkdirSync(shotsDir, { recursive: true });
    console.log(`Screenshots: ${shotsDir}`);
    let passed = 0;
    let failed = 0;
    const laneAdministrators = new Map<number, { username: string; password: string }>();
    /** A lane's page kept for its next test of the same shared session (see `BrowserTest.sharedSession`). */
    interface SharedPage {
        language: DashboardLanguage;
        context: BrowserContext;
        page: Page;
        close: () => Promise<void>;
    }
    const sharedPages = new Map<number, SharedPage>();
    const closeShared = async (lane: number) => {
        const shared = sharedPages.get(lane);
        sharedPages.delete(lane);
        if (shared) {
            await shared.close().catch(() => undefined);
            await shared.context.close();
        }
    };
    const newPage = async (lane: number) => {
        const context = await browser.newContext({
            viewport: { width: 1400, height: 900 },
            locale: 'en-GB',
        });
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        let administrator = laneAdministrators.get(lane);
        if (!administrator) {
            administrator = await laneAdministrator(server.baseUrl, lane);
            laneAdministrators.set(lane, administrator);
        }
        setPageAdministrator(page, administrator);
        return { context, page };
    };
    const runOne = async ({ file, test }: { file: string; test: BrowserTest }, lane: number) => {
        const language = test.sharedSession;
        if (sharedPages.get(lane)?.language !== language) {
            await closeShared(lane);
        }
        let shared = language ? sharedPages.get(lane) : undefined;
        if (language && !shared) {
            const { context, page } = await newPage(lane);
            try {
                const close = await openDashboardSession(page, server.baseUrl, language);
                shared = { language, context, page, close };
                sharedPages.set(lane, shared);
            } catch (e) {
                failed++;
                console.log(`FAIL ${test.name} (${file}): ${e instanceof Error ? e.message : String(e)}`);
                await context.close();
                return;
            }
        }
        const { context, page } = shared ?? (await newPage(lane));
        const started = Date.now();
        const shot = path.join(
            shotsDir,
            `test-${test.name
                .replace(/[^a-z0-9_]+/gi, '-')
                .replace(/^-|-$/g, '')
                .toLowerCase()}.png`,
        );
        try {
            await test.run({ page, baseUrl: server.baseUrl, screenshotDir: shotsDir });
            await page.screenshot({ path: shot });
            passed++;
            console.log(`PASS ${test.name} (${file}) ${Date.now() - started}ms`);
        } catch (e) {
            failed++;
            await page.screenshot({ path: shot }).catch(() => undefined);
            console.log(`FAIL ${test.name} (${file}): ${e instanceof Error ? e.message : String(e)}`);
            console.log(`     screenshot: ${shot}`);
            // the next test starts afresh, not on whatever the failure left behind
            if (shared) {
                await closeShared(lane);
            }
        } finally {
            if (!shared) {
                await context.close();
            }
        }
    };
    try {
        // Read-only tests in lanes side by side, then the others one at a time.
        const lanes = Math.max(1, Number(process.env.BROWSER_TEST_LANES ?? 2));
        const queue = tests.filter(t => t.test.readOnly);
        await Promise.all(
            Array.from({ length: lanes }, async (_, i) => {
                for (let next = queue.shift(); next; next = queue.shift()) {
                    await runOne(next, i + 1);
                }
                await closeShared(i + 1);
            }),
        );
        for (const t of tests.filter(t => !t.test.readOnly)) {
            await runOne(t, 1);
        }
        await closeShared(1);
    } finally {
        await browser.close();
        await server.stop();
    }
    const shots = fs.readdirSync(shotsDir).filter(f => f.endsWith('.png')).length;
    console.log(`${shots} screenshots in ${shotsDir}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
}

main().catch(err => {
    console.error(err instanceof Error ? err.stack : err);
    console.log('0 passed, 1 failed');
    process.exit(1);
});
