/*
 * Tokens of the portal's full-text index, the same on every database: Latin (and other alphabetic) text is split
 * into words, lower-cased, stripped of accents and lightly stemmed (plural "s", "es", "ies"); Chinese, Japanese
 * and Korean text, written without spaces, is indexed as single characters and character pairs (bigrams), so a
 * two-character word such as 市场 is found wherever it occurs, with no dictionary.
 */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const LETTER = `(?![${CJK}])[\\p{L}\\p{N}\\p{M}]`;
const RUN = new RegExp(`([${CJK}]+)|((?:${LETTER})+(?:['’](?:${LETTER})+)*)`, 'gu');

/** The longest token kept (a column limit); longer words are cut. */
export const MAX_TOKEN_LENGTH = 64;

/** At most this many distinct tokens of a query are used. */
export const MAX_QUERY_TOKENS = 24;

/** Where a token occurs, for the ranking weights. */
export type SearchField = 'title' | 'summary' | 'body';

/** A title match outranks any summary match, which outranks any body match. */
const WEIGHTS: Record<SearchField, { weight: number; cap: number }> = {
    title: { weight: 100, cap: 3 },
    summary: { weight: 10, cap: 3 },
    body: { weight: 1, cap: 5 },
};

function normalize(text: string): string {
    return text.normalize('NFKC').toLowerCase();
}

/** A light English stemmer, applied to index and query alike so that "policy" finds "policies". */
export function stemWord(word: string): string {
    let w = word
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/['’]s$/, '');
    if (/^[a-z]+$/.test(w)) {
        if (w.length > 4 && w.endsWith('ies')) {
            w = w.slice(0, -3) + 'y';
        } else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) {
            w = w.slice(0, -2);
        } else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) {
            w = w.slice(0, -1);
        }
    }
    return w.slice(0, MAX_TOKEN_LENGTH);
}

function* runs(text: string): Generator<{ cjk: boolean; value: string }> {
    for (const m of normalize(text).matchAll(RUN)) {
        if (m[1]) {
            yield { cjk: true, value: m[1] };
        } else if (m[2]) {
            yield { cjk: false, value: m[2] };
        }
    }
}

/** Every token of a text with its number of occurrences: words, CJK characters and CJK bigrams. */
export function indexTokens(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const run of runs(text)) {
        if (run.cjk) {
            const chars = [...run.value];
            chars.forEach((c, i) => {
                add(c);
                if (i + 1 < chars.length) {
                    add(c + chars[i + 1]);
                }
            });
        } else {
            const word = stemWord(run.value);
            if (word) {
                add(word);
            }
        }
    }
    return counts;
}

/**
 * The tokens of a search query, all of which an article must contain: words; a single CJK character as itself; a
 * longer CJK run as its bigrams (so 市场信息 needs 市场, 场信 and 信息, close to a phrase match).
 */
export function queryTokens(query: string): string[] {
    const tokens = new Set<string>();
    for (const run of runs(query)) {
        if (run.cjk) {
            const chars = [...run.value];
            if (chars.length === 1) {
                tokens.add(chars[0]);
            } else {
                for (let i = 0; i + 1 < chars.length; i++) {
                    tokens.add(chars[i] + chars[i + 1]);
                }
            }
        } else {
            const word = stemWord(run.value);
            if (word) {
                tokens.add(word);
            }
        }
    }
    return [...tokens].slice(0, MAX_QUERY_TOKENS);
}

/**
 * The score of each token of one language version of an article: occurrences (capped) times the weight of the
 * field, summed over the fields.
 */
export function scoreTokens(fields: Record<SearchField, string>): Map<string, number> {
    const scores = new Map<string, number>();
    for (const field of Object.keys(WEIGHTS) as SearchField[]) {
        const { weight, cap } = WEIGHTS[field];
        for (const [token, count] of indexTokens(fields[field])) {
            scores.set(token, (scores.get(token) ?? 0) + Math.min(count, cap) * weight);
        }
    }
    return scores;
}
