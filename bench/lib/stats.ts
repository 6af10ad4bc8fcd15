/** The finite values, ascending (null, NaN and ±Infinity left out: a measurement that could not be read). */
function finiteSorted(values: ReadonlyArray<number | null | undefined>): number[] {
    return values
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
        .sort((a, b) => a - b);
}

/** Median of the finite values (the mean of the middle two for an even count); NaN when there are none. */
export function median(values: ReadonlyArray<number | null | undefined>): number {
    const s = finiteSorted(values);
    if (!s.length) {
        return NaN;
    }
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, least and greatest of the finite values; null when there are none. */
export function spread(
    values: ReadonlyArray<number | null | undefined>,
): { median: number; min: number; max: number } | null {
    const s = finiteSorted(values);
    return s.length ? { median: median(s), min: s[0], max: s[s.length - 1] } : null;
}
