import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';

import {
    BrowserTest,
    DashboardLanguage,
    openDashboardPath,
    PageWatch,
    screenshot,
    withDashboardSession,
} from '../../src/testing/browser';
import { readDashboardExtensions } from '../../src/testing/dashboard-routes';

/**
 * Every page of the Dashboard that our plugins add, and the core pages a merchant visits around them, opened in
 * English and in Simplified Chinese: each fails on a console error, an uncaught exception, an error page or a
 * failed GraphQL request, and is screenshotted. The routes come from the plugins' Dashboard extensions
 * themselves (see `readDashboardExtensions`): a new plugin's pages are covered without editing this file.
 * A detail route is opened with real ids, by following the first and the last matching link on the page above
 * it (its list), and its "new" page too when the list links to one.
 */

const root = path.join(__dirname, '..', '..');
const manifest = readDashboardExtensions(root);
const extensionRoutes = manifest.routes.map(r => r.path);

/** Core detail pages by the page id plugins place blocks on. */
const CORE_DETAIL_ROUTES: Record<string, string> = {
    'customer-detail': '/customers/$id',
    'customer-group-detail': '/customer-groups/$id',
    'order-detail': '/orders/$id',
    'product-detail': '/products/$id',
    'product-variant-detail': '/product-variants/$id',
    'collection-detail': '/collections/$id',
    'facet-detail': '/facets/$id',
    'administrator-detail': '/administrators/$id',
    'channel-detail': '/channels/$id',
    'seller-detail': '/sellers/$id',
    'stock-location-detail': '/stock-locations/$id',
    'shipping-method-detail': '/shipping-methods/$id',
    'payment-method-detail': '/payment-methods/$id',
    'promotion-detail': '/promotions/$id',
};

/** Core pages a merchant works with around B2B, visited whatever the plugins register. */
const CORE_PAGES = ['/customers', '/customer-groups', '/orders', '/payment-methods'];

interface PageSpec {
    /** Route path, `$param` segments for ids. */
    path: string;
    /** Where a real id is found: pages (route paths) whose links lead to this route, tried in order. */
    via?: string[];
    /** Whether the page is ours (a plugin's): its labels are held to be translated. */
    ours: boolean;
}

function pageSpecs(): PageSpec[] {
    const specs: PageSpec[] = extensionRoutes.map(p => ({ path: p, ours: true }));
    const extensionDetailRoutes = extensionRoutes.filter(p => p.includes('$'));
    const coreDetails = new Set(
        manifest.pageBlocks.map(b => CORE_DETAIL_ROUTES[b.pageId]).filter((p): p is string => !!p),
    );
    for (const p of CORE_PAGES) {
        specs.push({ path: p, ours: false });
    }
    for (const p of [...coreDetails].sort()) {
        // A core page a plugin adds a block to: opened from a plugin page that links to it (a company's
        // member opens a customer who has a company), else from the core list.
        specs.push({ path: p, via: [...extensionDetailRoutes, parentOf(p)], ours: false });
    }
    return specs;
}

/** `/companies/$id` → `/companies`; `/a/$x/b/$y` → `/a/$x/b`. */
function parentOf(routePath: string): string {
    const segments = routePath.split('/');
    const last = segments.map(s => s.startsWith('$')).lastIndexOf(true);
    return segments.slice(0, last).join('/') || '/';
}

function routePattern(routePath: string): RegExp {
    const body = routePath
        .split('/')
        .map(s => (s.startsWith('$') ? '(?!new$)[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
    return new RegExp(`^/dashboard${body}$`);
}

/** The bits of the DOM the page callbacks use (the server tsconfig has no DOM library). */
interface PageNode {
    textContent: string | null;
    querySelectorAll(selector: string): { forEach(fn: (n: { remove(): void }) => void): void };
}

interface PageElement {
    href: string;
    innerText: string;
    offsetParent: unknown;
    closest(selector: string): unknown;
    getAttribute(name: string): string | null;
}

async function linkedPaths(page: Page): Promise<string[]> {
    return page.$$eval('a[href]', (anchors: PageElement[]) => anchors.map(a => new URL(a.href).pathname));
}

/** Up to `max` of the links, the first and the last row first (a list's extremes differ the most). */
function spread(links: string[], max: number): string[] {
    return [...new Set([links[0], links[links.length - 1], ...links.slice(1, -1)])].slice(0, max);
}

/**
 * The links each Dashboard path showed when a test read them (ids are the same in every language, and the
 * read-only tests change no data): a later test looking for a link to some route finds it here before walking
 * the pages that might link to it again.
 */
const linksSeen = new Map<string, string[]>();

/** Links to `pattern` that a page of the source route showed to an earlier test, if any. */
function seenLinksTo(source: string, pattern: RegExp): { url: string; matching: string[] } | undefined {
    const sourcePattern = routePattern(source);
    for (const [url, links] of linksSeen) {
        const matching = sourcePattern.test(url) ? [...new Set(links.filter(l => pattern.test(l)))] : [];
        if (matching.length) {
            return { url, matching };
        }
    }
    return undefined;
}

/**
 * Concrete URL paths (under /dashboard) for a route: itself when it has no parameter, else up to `max` paths
 * linked from the first page it is reached from that links to it, plus its "new" page when its list links to
 * one. Every page opened on the way is checked as well.
 */
async function resolveRoute(
    page: Page,
    watch: PageWatch,
    baseUrl: string,
    spec: { path: string; via?: string[] },
    max = 2,
): Promise<{ entities: string[]; newPage?: string }> {
    if (!spec.path.includes('$')) {
        return { entities: [`/dashboard${spec.path}`] };
    }
    const pattern = routePattern(spec.path);
    const newPath = `/dashboard${parentOf(spec.path)}/new`;
    const sources = spec.via ?? [parentOf(spec.path)];
    for (const source of sources) {
        const seen = seenLinksTo(source, pattern);
        if (seen) {
            const offersNew =
                source === parentOf(spec.path) && (linksSeen.get(seen.url) ?? []).includes(newPath);
            return { entities: spread(seen.matching, max), newPage: offersNew ? newPath : undefined };
        }
    }
    for (const source of sources) {
        let sourceUrls: string[];
        try {
            sourceUrls = (await resolveRoute(page, watch, baseUrl, { path: source }, 3)).entities;
        } catch (e) {
            // A page that might link here has nothing to open itself: its own test says so; try the next one.
            if (spec.via) {
                continue;
            }
            throw e;
        }
        for (const sourceUrl of sourceUrls) {
            await openDashboardPath(page, baseUrl, sourceUrl);
            await watch.assertHealthy(sourceUrl);
            // Data arrives after the page loads. On the entity's own list, wait for its first link (the demo has
            // rows there); on another page that may link to it, wait until the page stops fetching.
            const settled =
                source === parentOf(spec.path)
                    ? page.waitForFunction(
                          (source: string) =>
                              Array.from(
                                  (
                                      globalThis as unknown as {
                                          document: { querySelectorAll(s: string): ArrayLike<PageElement> };
                                      }
                                  ).document.querySelectorAll('a[href]'),
                              ).some(a => new RegExp(source).test(new URL(a.href).pathname)),
                          pattern.source,
                          { timeout: 20_000 },
                      )
                    : page.waitForLoadState('networkidle', { timeout: 5_000 });
            await settled.catch(() => undefined);
            const links = await linkedPaths(page);
            linksSeen.set(sourceUrl, links);
            const matching = [...new Set(links.filter(l => pattern.test(l)))];
            if (matching.length) {
                const offersNew = source === parentOf(spec.path) && links.includes(newPath);
                return { entities: spread(matching, max), newPage: offersNew ? newPath : undefined };
            }
        }
    }
    throw new Error(`No link to ${spec.path} on ${sources.join(', ')}: the demo has nothing to open`);
}

/** Labels a merchant reads: page and block titles, table headers, form labels, buttons, badges. */
const LABEL_SELECTOR = [
    'main h1',
    'main h2',
    'main h3',
    'main th',
    'main label',
    'main button',
    'main dt',
    'main [data-slot="badge"]',
    'main [data-slot="card-title"]',
].join(', ');

/**
 * What stays as it is in Chinese: codes, units, abbreviations, and the date format the Dashboard's own date
 * input shows as its placeholder.
 */
const UNTRANSLATED_OK = /^(SKU|CSV|ID|PO|VAT|#|[A-Z]{3}|[\d\s.,:%/#()+-]*|[A-Z]?\d+|[MDYhmsa/: ]+)$/;

/**
 * Vendure's own components show a few messages its Chinese catalog leaves untranslated ("Change selection" on the
 * relation selector): read from that catalog, so these gaps are Vendure's and are not counted against our pages,
 * while any message of ours still is. `{0}` in a message stands for a value.
 */
const VENDURE_UNTRANSLATED: RegExp[] = (() => {
    const file = path.join(root, 'node_modules/@vendure/dashboard/src/i18n/locales/zh_Hans.po');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // entries: msgid "…" (continued on "…" lines), then msgstr "…" (continued likewise)
    const entries: Array<{ msgid: string; msgstr: string }> = [];
    let current: { msgid: string; msgstr: string } | undefined;
    let field: 'msgid' | 'msgstr' | undefined;
    for (const line of fs.readFileSync(file, 'utf-8').split('\n')) {
        if (line.startsWith('msgid ')) {
            current = { msgid: JSON.parse(line.slice(6)) as string, msgstr: '' };
            entries.push(current);
            field = 'msgid';
        } else if (line.startsWith('msgstr ') && current) {
            current.msgstr = JSON.parse(line.slice(7)) as string;
            field = 'msgstr';
        } else if (line.startsWith('"') && current && field) {
            current[field] += JSON.parse(line) as string;
        } else {
            field = undefined;
        }
    }
    return entries
        .filter(e => e.msgid && !e.msgstr)
        .map(
            e =>
                new RegExp(
                    `^${e.msgid
                        .split(/\{\w+\}/)
                        .map(escape)
                        .join('.+?')}$`,
                ),
        );
})();

/**
 * Labels still in English on a page shown in Chinese (our pages only: Vendure's own gaps are not ours). Data
 * (codes, tier names, amounts) is marked `translate="no"`, as HTML has it for "not to be translated"; the
 * app's header bar is Vendure's.
 */
async function untranslatedLabels(page: Page): Promise<string[]> {
    const texts = await page.$$eval(
        LABEL_SELECTOR,
        (els: Array<PageElement & { cloneNode(deep: boolean): PageNode }>) =>
            els
                .filter(el => el.offsetParent !== null && !el.closest('[translate="no"], header, .sr-only'))
                .map(el => {
                    // The label without the data inside it (a selector showing the chosen tier).
                    const copy = el.cloneNode(true);
                    copy.querySelectorAll('[translate="no"], .sr-only').forEach(n => n.remove());
                    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
                }),
    );
    return [
        ...new Set(
            texts.filter(
                t =>
                    t &&
                    /[a-z]{3,}/i.test(t) &&
                    !/[\u3400-\u9fff]/.test(t) &&
                    !UNTRANSLATED_OK.test(t) &&
                    !VENDURE_UNTRANSLATED.some(r => r.test(t)),
            ),
        ),
    ];
}

function pageTest(spec: PageSpec, language: DashboardLanguage): BrowserTest {
    return {
        name: `Dashboard page ${spec.path} (${language})`,
        readOnly: true,
        sharedSession: language,
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, language, async () => {
                const watch = new PageWatch(page);
                const { entities, newPage } = await resolveRoute(page, watch, baseUrl, spec);
                const visits = [...entities, ...(newPage ? [newPage] : [])];
                for (const url of visits) {
                    await openDashboardPath(page, baseUrl, url);
                    await watch.assertHealthy(`${url} (${language})`);
                    await page.locator('main').first().waitFor();
                    const text = await page.locator('main').innerText();
                    if (text.trim() === '') {
                        throw new Error(`${url} (${language}) shows an empty page`);
                    }
                    const placeholder = /\{[A-Za-z_]\w*\}/.exec(text);
                    if (placeholder) {
                        throw new Error(
                            `${url} (${language}) shows a message placeholder as is: ${placeholder[0]}`,
                        );
                    }
                    const name = spec.path.includes('$')
                        ? `${parentOf(spec.path)}-${url.split('/').pop()}`
                        : spec.path;
                    await screenshot(page, screenshotDir, `page-${language}-${name}`);
                    // An entity's page (a list's rows may still be arriving: lists are read in resolveRoute).
                    if (spec.path.includes('$')) {
                        linksSeen.set(url, await linkedPaths(page));
                    }
                    if (language === 'zh_Hans' && spec.ours) {
                        const english = await untranslatedLabels(page);
                        if (english.length) {
                            throw new Error(
                                `${url} (zh_Hans) shows untranslated labels: ${english.join(' | ')}`,
                            );
                        }
                    }
                }
            });
        },
    };
}

/** The table's header texts, left to right. */
async function tableHeaders(page: Page): Promise<string[]> {
    return (await page.locator('main table thead th').allInnerTexts()).map(t =>
        t.replace(/\s+/g, ' ').trim(),
    );
}

/** The table's cell texts, row by row (the header row left out). */
async function tableCells(page: Page): Promise<string[][]> {
    return page.$$eval('main table tbody tr', (rows: Array<PageElement & { cells: PageElement[] }>) =>
        Array.from(rows).map(r => Array.from(r.cells).map(c => c.innerText.replace(/\s+/g, ' ').trim())),
    );
}

/**
 * A list page fetches only the fields of its visible columns, so a cell that reads another field breaks, or
 * shows nothing, when that field's column is hidden. Through the column settings menu, as a merchant does:
 * shows every column, notes each column's cells, then shows each column alone and checks the page is healthy
 * and the column shows the same cells as with every column. Columns the menu does not list (row selection,
 * actions, a column a page always shows) stay throughout; a column is found among them by its header.
 *
 * Each click re-renders the table and refetches its page, which is most of this check's time on a small machine:
 * it goes from the page's own columns to every column, to none, and then from one column alone straight to the
 * next (showing the next, then hiding the one before), so each column costs two renders.
 */
function listColumnsTest(listPath: string): BrowserTest {
    return {
        name: `Dashboard list ${listPath}: every column alone shows what it shows among all`,
        readOnly: true,
        // Leaves its list's columns hidden until the session closes (its settings are put back then); no later
        // test opens that list in the same session (the page tests run first).
        sharedSession: 'en',
        async run({ page, baseUrl, screenshotDir }) {
            await withDashboardSession(page, baseUrl, 'en', async () => {
                const watch = new PageWatch(page);
                await openDashboardPath(page, baseUrl, `/dashboard${listPath}`);
                await watch.assertHealthy(listPath);
                const trigger = page.getByTestId('dt-column-settings-trigger');
                const table = page.locator('main table');
                // The list's table and its column menu render together, once the route's code and first answer
                // are in (settling is not enough for that: a list skipped here would pass unchecked).
                await trigger
                    .or(table)
                    .first()
                    .waitFor({ timeout: 8_000 })
                    .catch(() => undefined);
                if ((await trigger.count()) === 0) {
                    // Not a list page, or a table of its own (the page test covers it).
                    return;
                }
                await trigger.click();
                const items = page.locator('[role="menuitemcheckbox"]');
                await items.first().waitFor();
                const count = await items.count();
                if (count === 0) {
                    throw new Error(`${listPath}: the column settings menu lists no columns`);
                }
                const labels = await items.allInnerTexts();
                const isChecked = await items.evaluateAll(els =>
                    (els as unknown as PageElement[]).map(el => el.getAttribute('aria-checked') === 'true'),
                );
                // The menu stays open and still, so a click need not wait for the item to be stable (a wait
                // of two animation frames, long while the table renders); the item's state, rendered, is what
                // is waited for.
                const setChecked = async (i: number, checked: boolean) => {
                    if (isChecked[i] !== checked) {
                        const item = items.nth(i);
                        await item.click({ force: true });
                        await item.and(page.locator(`[aria-checked="${checked}"]`)).waitFor();
                        isChecked[i] = checked;
                    }
                };
                // A column's header shows as its click renders; its cells' query starts in that render, so once
                // the headers are there a short quiet spell shows the answer in.
                const headersAre = (n: number) =>
                    page.waitForFunction(
                        (n: number) =>
                            (
                                globalThis as unknown as {
                                    document: { querySelectorAll(s: string): { length: number } };
                                }
                            ).document.querySelectorAll('main table thead th').length === n,
                        n,
                    );

                // The table's own columns (row selection, actions): those shown less the menu's checked ones.
                const allHeaderCount =
                    (await tableHeaders(page)).length - isChecked.filter(Boolean).length + count;

                for (let i = 0; i < count; i++) {
                    await setChecked(i, true);
                }
                await headersAre(allHeaderCount);
                await watch.assertHealthy(`${listPath} with every column`, 250);
                await screenshot(page, screenshotDir, `list-all-columns-${listPath}`);
                let all = await tableCells(page);
                const allHeaders = await tableHeaders(page);
                if (all.length === 0) {
                    throw new Error(`${listPath}: the demo has no rows to check the columns with`);
                }
                if (all.some(r => r.length !== allHeaderCount)) {
                    throw new Error(
                        `${listPath}: ${all.map(r => r.length).join(', ')} cells a row with every column shown, ` +
                            `expected ${allHeaderCount} (its headers)`,
                    );
                }

                // No data column: what is left are the table's own columns.
                for (let i = 0; i < count; i++) {
                    await setChecked(i, false);
                }
                await headersAre(allHeaderCount - count);
                await watch.assertHealthy(`${listPath} with no column`, 250);
                const fixedHeaders = await tableHeaders(page);
                const fixed = (await tableCells(page))[0]?.length ?? 0;
                if (fixed !== fixedHeaders.length) {
                    throw new Error(
                        `${listPath}: ${fixed} cells a row with no column shown, expected ${fixedHeaders.length}`,
                    );
                }

                for (let i = 0; i < count; i++) {
                    // From the column before alone to this one alone.
                    await setChecked(i, true);
                    if (i > 0) {
                        await setChecked(i - 1, false);
                    }
                    const where = `${listPath} with only the column "${labels[i]}"`;
                    await headersAre(fixedHeaders.length + 1);
                    await watch.assertHealthy(where, 250);
                    // the one header not among the fixed ones, and the same header with every column shown
                    const headers = await tableHeaders(page);
                    let at = headers.findIndex((h, k) => h !== fixedHeaders[k]);
                    at = at < 0 ? fixedHeaders.length : at;
                    const atAll = allHeaders.indexOf(headers[at]);
                    if (atAll < 0 || allHeaders.lastIndexOf(headers[at]) !== atAll) {
                        throw new Error(
                            `${where}: the header "${headers[at]}" is not found once among ${JSON.stringify(allHeaders)}`,
                        );
                    }
                    const alone = (await tableCells(page)).map(r => r[at]);
                    let amongAll = all.map(r => r[atAll]);
                    if (JSON.stringify(alone) !== JSON.stringify(amongAll)) {
                        // The data may have changed meanwhile (the demo's alert webhooks retry, and their last
                        // delivery moves on): every column again, and compare with that.
                        for (let k = 0; k < count; k++) {
                            await setChecked(k, true);
                        }
                        await headersAre(allHeaderCount);
                        await watch.assertHealthy(`${listPath} with every column`, 250);
                        all = await tableCells(page);
                        amongAll = all.map(r => r[atAll]);
                        for (let k = 0; k < count; k++) {
                            await setChecked(k, k === i);
                        }
                        await headersAre(fixedHeaders.length + 1);
                        await watch.assertHealthy(where, 250);
                    }
                    const aloneNow = (await tableCells(page)).map(r => r[at]);
                    if (JSON.stringify(aloneNow) !== JSON.stringify(amongAll)) {
                        throw new Error(
                            `${where}: shows ${JSON.stringify(aloneNow)}, with every column ${JSON.stringify(amongAll)}` +
                                ' (a cell reads a field other than its own: declare it in meta.dependencies)',
                        );
                    }
                }
                await page.keyboard.press('Escape');
            });
        },
    };
}

const specs = pageSpecs();

export const browserTests: BrowserTest[] = [
    ...(['en', 'zh_Hans'] as const).flatMap(language => specs.map(spec => pageTest(spec, language))),
    ...extensionRoutes.filter(p => !p.includes('$')).map(listColumnsTest),
];
