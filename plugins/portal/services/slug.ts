/**
 * A URL slug that keeps letters of every script (公司新闻-2026 stays readable; browsers percent-encode it), lower
 * case, with dashes for everything else. Vendure's default slug strategy drops non-Latin letters, which would
 * leave a Chinese title without a slug.
 */
export function normalizeSlug(value: string): string {
    return value
        .normalize('NFKC')
        .toLowerCase()
        .normalize('NFD')
        .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
        .normalize('NFC')
        .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 200)
        .replace(/-+$/, '');
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` says is free. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
    let candidate = base;
    for (let n = 2; await isTaken(candidate); n++) {
        candidate = `${base}-${n}`;
    }
    return candidate;
}
