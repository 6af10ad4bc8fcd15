/** The message of an ErrorResult union member, or undefined when the result is the entity. */
export function errorResultMessage(result: unknown): string | undefined {
    const r = result as { errorCode?: string; message?: string } | null | undefined;
    return r?.errorCode ? (r.message ?? r.errorCode) : undefined;
}

/** A thrown error's message, for a toast. */
export function errorMessage(err: unknown): string {
    return err instanceof Error ? err.message : String(err);
}
