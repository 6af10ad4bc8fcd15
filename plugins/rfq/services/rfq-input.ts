import { UserInputError } from '@vendure/core';

/** Limits on what a buyer or seller may send. */
export const RFQ_INPUT_LIMITS = {
    lines: 100,
    quantity: 1_000_000,
    text: 100,
    description: 1000,
    note: 2000,
    leadTimeDays: 365,
} as const;

/** Trimmed text or null; refuses text above `max` characters. */
export function checkText(value: string | null | undefined, field: string, max: number): string | null {
    if (value == null) {
        return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) {
        throw new UserInputError(`${field} must be at most ${max} characters`);
    }
    return trimmed === '' ? null : trimmed;
}

/** An integer within [min, max], or a UserInputError naming the field. */
export function checkInt(value: number, field: string, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new UserInputError(`${field} must be a whole number from ${min} to ${max}`);
    }
    return value;
}

/** A valid date, or a UserInputError naming the field. */
export function checkDate(value: unknown, field: string): Date {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) {
        throw new UserInputError(`${field} must be a date`);
    }
    return date;
}
