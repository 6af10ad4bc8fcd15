import fs from 'fs';
import path from 'path';

import { extractor } from '@lingui/cli/api';
import { ExtractedMessage, makeConfig } from '@lingui/conf';

/**
 * Every message of every plugin's Dashboard extension is translated, in English and in Simplified Chinese: the
 * Dashboard build compiles each plugin's `dashboard/i18n/<locale>.po`, and a message missing from a catalog
 * shows as its hashed id ("+T7RJw") in that language. Messages are extracted from the sources with lingui's own
 * extractor, as `lingui extract` does.
 */

const root = path.join(__dirname, '..');
const LOCALES = ['en', 'zh_Hans'];
const linguiConfig = makeConfig(
    { locales: LOCALES, sourceLocale: 'en', rootDir: root },
    { skipValidation: true },
);

interface PoEntry {
    msgid: string;
    msgctxt?: string;
    msgstr: string;
}

/** A minimal reader for the .po files lingui writes: msgctxt, msgid, msgstr, with continuation lines. */
function readPo(file: string): PoEntry[] {
    const entries: PoEntry[] = [];
    let current: Partial<PoEntry> = {};
    let field: keyof PoEntry | undefined;
    const unquote = (s: string) => JSON.parse(s) as string;
    const flush = () => {
        if (current.msgid !== undefined && current.msgid !== '') {
            entries.push({ msgid: current.msgid, msgctxt: current.msgctxt, msgstr: current.msgstr ?? '' });
        }
        current = {};
        field = undefined;
    };
    for (const raw of fs.readFileSync(file, 'utf-8').split('\n')) {
        const line = raw.trim();
        const m = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
        if (m) {
            if (m[1] === 'msgctxt' || (m[1] === 'msgid' && current.msgctxt === undefined)) {
                if (current.msgid !== undefined) {
                    flush();
                }
            }
            field = m[1] as keyof PoEntry;
            current[field] = unquote(m[2]);
        } else if (line.startsWith('"') && field) {
            current[field] = (current[field] ?? '') + unquote(line);
        } else if (line === '') {
            flush();
        }
    }
    flush();
    return entries;
}

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(d => {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) {
            return sourceFiles(p);
        }
        return /\.(ts|tsx)$/.test(d.name) && !/\.spec\.tsx?$/.test(d.name) ? [p] : [];
    });
}

async function extract(files: string[]): Promise<ExtractedMessage[]> {
    const messages: ExtractedMessage[] = [];
    for (const file of files) {
        await extractor.extract(file, fs.readFileSync(file, 'utf-8'), m => messages.push(m), {
            linguiConfig,
        });
    }
    return messages;
}

const dashboards = fs
    .readdirSync(path.join(root, 'plugins'))
    .sort()
    .map(plugin => ({ plugin, dir: path.join(root, 'plugins', plugin, 'dashboard') }))
    .filter(d => fs.existsSync(d.dir));

/** The Dashboard's own catalogs, which the build merges with the plugins'. */
const dashboardLocales = path.join(root, 'node_modules/@vendure/dashboard/src/i18n/locales');

describe('Dashboard extension translations', () => {
    it('finds the plugins with a Dashboard extension', () => {
        expect(dashboards.length).toBeGreaterThan(0);
    });

    it.each(LOCALES)('gives each message one translation in %s, the Dashboard included', locale => {
        // The Dashboard build merges its own catalog and every plugin's into one map per language: a message
        // (id and context) that two catalogs translate differently shows one of the two everywhere, the other
        // catalog's pages included (a plugin's "State" as a document status would turn the customer address
        // form's province into "status"). Same words and meaning: the same translation; another meaning: a
        // context (`<Trans context="…">`) or other words.
        const catalogs = [
            { name: '@vendure/dashboard', file: path.join(dashboardLocales, `${locale}.po`) },
            ...dashboards.map(d => ({ name: d.plugin, file: path.join(d.dir, 'i18n', `${locale}.po`) })),
        ];
        expect(fs.existsSync(catalogs[0].file)).toBe(true);
        const byMessage = new Map<string, Map<string, string[]>>();
        for (const catalog of catalogs.filter(c => fs.existsSync(c.file))) {
            for (const e of readPo(catalog.file)) {
                if (!e.msgstr.trim()) {
                    continue;
                }
                const message = e.msgctxt ? `${e.msgctxt}: ${e.msgid}` : e.msgid;
                const translations = byMessage.get(message) ?? new Map<string, string[]>();
                translations.set(e.msgstr, [...(translations.get(e.msgstr) ?? []), catalog.name]);
                byMessage.set(message, translations);
            }
        }
        const conflicts = [...byMessage.entries()]
            .filter(([, translations]) => translations.size > 1)
            .map(
                ([message, translations]) =>
                    `${message} → ${[...translations.entries()].map(([t, names]) => `"${t}" (${names.join(', ')})`).join(' / ')}`,
            );
        expect(conflicts).toEqual([]);
    });

    describe.each(dashboards)('$plugin', ({ dir }) => {
        let messages: ExtractedMessage[];

        beforeAll(async () => {
            messages = await extract(sourceFiles(dir));
        });

        it('has messages to translate', () => {
            expect(messages.length).toBeGreaterThan(0);
        });

        it.each(LOCALES)('translates every message in %s', locale => {
            const file = path.join(dir, 'i18n', `${locale}.po`);
            expect(fs.existsSync(file)).toBe(true);
            const entries = readPo(file);
            const key = (id: string, context?: string) => `${context ?? ''}\u0004${id}`;
            const translated = new Map(entries.map(e => [key(e.msgid, e.msgctxt), e.msgstr]));
            const missing = [
                ...new Set(
                    messages
                        .map(m => ({ source: m.message ?? m.id, context: m.context }))
                        .filter(m => !translated.get(key(m.source, m.context))?.trim())
                        .map(m => (m.context ? `${m.context}: ${m.source}` : m.source)),
                ),
            ];
            expect(missing).toEqual([]);
        });

        it.each(LOCALES)('keeps no message in %s that the sources no longer use', locale => {
            // Every entry is merged into the Dashboard's one map, used or not. Ids the Dashboard looks up itself
            // are used: `fieldName.<field>` (its column menus, by a list's field names) and `<plugin>.nav.<id>`
            // (navigation titles, handed to it as strings).
            const used = new Set(messages.map(m => `${m.context ?? ''}\u0004${m.message ?? m.id}`));
            const unused = readPo(path.join(dir, 'i18n', `${locale}.po`))
                .filter(e => !/^(fieldName|[a-z0-9]+\.nav)\./.test(e.msgid))
                .filter(e => !used.has(`${e.msgctxt ?? ''}\u0004${e.msgid}`))
                .map(e => (e.msgctxt ? `${e.msgctxt}: ${e.msgid}` : e.msgid));
            expect(unused).toEqual([]);
        });

        it('gives explicit ids English words in English', () => {
            // An explicit id (`fieldName.dueAt`, `b2b.nav.section`) has no source text: the English catalog is
            // where its words are, and an entry that repeats the id would show the id.
            const bare = readPo(path.join(dir, 'i18n', 'en.po'))
                .filter(e => /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(e.msgid) && e.msgstr === e.msgid)
                .map(e => e.msgid);
            expect(bare).toEqual([]);
        });

        it('puts no values into messages', () => {
            // The Dashboard build (3.7.3) loads plugin catalogs uncompiled, and lingui's production runtime does
            // not compile at run time: "Priority {priority}" would show its placeholder as is. Values go beside
            // the message, not into it.
            const withValues = messages
                .map(m => m.message ?? m.id)
                .filter(m => /\{[^}]*\}/.test(m) || /<\d+>/.test(m));
            expect(withValues).toEqual([]);
        });

        it('writes Chinese in the Chinese catalog', () => {
            const english = readPo(path.join(dir, 'i18n', 'zh_Hans.po')).filter(
                e => /[a-z]{3,}/i.test(e.msgstr) && !/[\u3400-\u9fff]/.test(e.msgstr),
            );
            // Codes and abbreviations (SKU, CSV) may stay as they are; words may not.
            expect(english.filter(e => /\b[a-z]{3,}\b/.test(e.msgstr)).map(e => e.msgid)).toEqual([]);
        });
    });
});
