import { BigIntMoneyStrategy, MoneyStrategy, UserInputError } from '@vendure/core';

/**
 * Length and range limits of everything a client can write into the B2B plugin's entities. Every service checks
 * its input against these before it writes, and answers a `UserInputError` that names the field and the limit,
 * so nothing is ever cut short silently by the database.
 */
export const B2B_INPUT_LIMITS = {
    /** Company codes, agreement numbers, tier codes, tax ids. */
    code: 64,
    /** Company and price list names, address lines. */
    name: 255,
    /** Bank references, credit note numbers. */
    reference: 255,
    /** Purchase order numbers of orders paid on account. */
    purchaseOrderNumber: 64,
    /** Notes on ledger entries. */
    note: 2000,
    /** The terms text of a dealer agreement. */
    terms: 20_000,
    /** Tiers a price list targets. */
    tiers: 100,
} as const;

/** The largest amount a 32-bit money column holds (Vendure's default money strategy). */
const INT32_MAX = 2_147_483_647;

/**
 * Checks an optional text field: trimmed, at most `max` characters. Returns the trimmed value, or null when empty
 * and not required.
 */
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
    options?: { required?: boolean },
): string | null;
export function checkText(
    value: string | null | undefined,
    field: string,
    max: number,
    options: { required?: boolean } = {},
): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
        if (options.required) {
            throw new UserInputError(`"${field}" must not be empty`);
        }
        return null;
    }
    if (trimmed.length > max) {
        throw new UserInputError(`"${field}" may have at most ${max} characters, got ${trimmed.length}`);
    }
    return trimmed;
}

/**
 * The largest amount in minor units a money column holds under the configured money strategy: JavaScript's safe
 * integer range with `BigIntMoneyStrategy` (64-bit columns), else a 32-bit integer.
 */
export function maxMoneyAmount(moneyStrategy: MoneyStrategy | undefined): number {
    return moneyStrategy instanceof BigIntMoneyStrategy ? Number.MAX_SAFE_INTEGER : INT32_MAX;
}

/**
 * Checks an amount in minor units: a whole number, within what the money columns hold, and not negative unless
 * `allowNegative`. Throws a `UserInputError` naming the field and the range.
 */
export function checkMoneyAmount(
    amount: number,
    field: string,
    max: number,
    options: { allowNegative?: boolean; allowZero?: boolean } = {},
): number {
    if (typeof amount !== 'number' || !Number.isInteger(amount)) {
        throw new UserInputError(`"${field}" must be a whole number of minor units, got ${String(amount)}`);
    }
    const min = options.allowNegative ? -max : 0;
    if (amount < min || amount > max) {
        throw new UserInputError(
            options.allowNegative
                ? `"${field}" must be between ${-max} and ${max} minor units, got ${amount}`
                : `"${field}" must be between 0 and ${max} minor units, got ${amount}`,
        );
    }
    if (amount === 0 && options.allowZero === false) {
        throw new UserInputError(`"${field}" must not be zero`);
    }
    return amount;
}

/**
 * A tier code as stored: trimmed, lower-case, at most `B2B_INPUT_LIMITS.code` characters of letters, digits, "-",
 * "_" and "."; null when empty.
 */
export function normalizeTierCode(tier: string | null | undefined): string | null {
    const trimmed = checkText(tier, 'tier', B2B_INPUT_LIMITS.code);
    if (trimmed == null) {
        return null;
    }
    if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(trimmed)) {
        throw new UserInputError(
            `Tier "${trimmed}" may only contain letters, digits, "-", "_" and "." and must start with a letter or digit`,
        );
    }
    return trimmed.toLowerCase();
}
