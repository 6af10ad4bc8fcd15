import { LocalizedUserInputError } from '../../../src/common/localized-error-result';

/** Length limits of everything a client can write into the marketplace's entities. */
export const MARKETPLACE_INPUT_LIMITS = {
    name: 100,
    email: 255,
    taxId: 40,
    description: 2000,
    location: 200,
    reason: 1000,
    sku: 100,
    password: 128,
    passwordMin: 8,
    leadTimeDays: 365,
    quantity: 1_000_000_000,
} as const;

/** Trimmed text of at most `max` characters; null when empty and not required. */
export function checkText(value: string | null | undefined, field: string, max: number): string | null;
export function checkText(
    value: string | null | undefined,
    field: string,
    max: number,
    options: { required: true },
): string;
export function checkText(
    value: string | null | undefined,
    field: string,
    max: number,
    options: { required?: boolean } = {},
): string | null {
    const text = (value ?? '').trim();
    if (!text) {
        if (options.required) {
            throw new LocalizedUserInputError({ en: `${field} is required`, zh_Hans: `${field} 为必填项` });
        }
        return null;
    }
    if (text.length > max) {
        throw new LocalizedUserInputError({
            en: `${field} must be at most ${max} characters, got ${text.length}`,
            zh_Hans: `${field} 最多 ${max} 个字符，实有 ${text.length} 个`,
        });
    }
    return text;
}

/** A whole number in [min, max]. */
export function checkInt(value: number, field: string, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new LocalizedUserInputError({
            en: `${field} must be a whole number from ${min} to ${max}, got ${String(value)}`,
            zh_Hans: `${field} 应为 ${min} 到 ${max} 之间的整数，实为 ${String(value)}`,
        });
    }
    return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A syntactically valid email address, trimmed. */
export function checkEmail(value: string | null | undefined, field: string): string {
    const text = checkText(value, field, MARKETPLACE_INPUT_LIMITS.email, { required: true });
    if (!EMAIL.test(text)) {
        throw new LocalizedUserInputError({
            en: `${field} must be an email address, got "${text}"`,
            zh_Hans: `${field} 应为电子邮件地址，实为“${text}”`,
        });
    }
    return text;
}

/** Lower-case letters, digits and dashes from a name; empty when the name has none (e.g. Chinese only). */
export function slugify(name: string): string {
    return name
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40);
}
