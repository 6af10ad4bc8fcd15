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

describe('Dashboard extension translations', () => {
    it('finds the plugins with a Dashboard extension', () => {
        expect(dashboards.length).toBeGreaterThan(0);
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
