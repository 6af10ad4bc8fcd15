/**
 * A part number as matched across sellers: upper case, without whitespace or dashes (any dash), so that
 * "ab-123 x", "AB123X" and "AB 123-X" are the same part. Null for empty input.
 */
export function normalizePartNumber(value: string | null | undefined): string | null {
    if (value == null) {
        return null;
    }
    const normalized = value.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212]+/g, '');
    return normalized === '' ? null : normalized;
}
