import { UserInputError } from '@vendure/core';

/** A text in each language the platform writes: English, and Simplified Chinese for `zh*` request languages. */
export interface LocalizedText {
    en: string;
    zh_Hans: string;
}

/** Whether a request language reads Simplified Chinese (`zh`, `zh_Hans`, `zh-CN`, …). */
export function readsChinese(languageCode: string | null | undefined): boolean {
    return (languageCode ?? '').toLowerCase().startsWith('zh');
}

/** The text in the request's language. */
export function localize(text: LocalizedText, languageCode: string | null | undefined): string {
    return readsChinese(languageCode) ? text.zh_Hans : text.en;
}

/**
 * An ErrorResult of a Triflow plugin written in English and Simplified Chinese. `message` is English when the error
 * is made (or in the language given to the constructor); the platform's interceptor (`OperationHooksInterceptor`,
 * `operation-hooks.ts`) sets it in the request's language (`?languageCode=zh_Hans`, as
 * the Dashboard and storefronts send it) before the answer leaves the API. Vendure translates its own ErrorResults
 * through its i18n files; ours carry their texts, because i18next cannot interpolate ICU placeholders for the
 * locale `zh_Hans`.
 */
export abstract class LocalizedErrorResult {
    abstract readonly __typename: string;
    abstract readonly errorCode: string;
    message: string;
    readonly #text: LocalizedText;
    #pinned = false;

    /**
     * @param languageCode the request's language where the maker knows it: the message is then right even where
     * the interceptor does not reach (an ErrorResult inside another answer); otherwise English until intercepted.
     */
    protected constructor(text: LocalizedText, languageCode?: string | null) {
        this.#text = text;
        this.message = localize(text, languageCode);
    }

    /** Sets `message` in the language, unless it was {@link pinTo pinned} to one. */
    localizeTo(languageCode: string | null | undefined): void {
        if (!this.#pinned) {
            this.message = localize(this.#text, languageCode);
        }
    }

    /**
     * Sets `message` in the language and keeps it there: for an answer whose language the client chose in an
     * argument (the Dashboard asks for its display language, while the request's `languageCode` is its content
     * language), which the interceptor must not change back.
     */
    pinTo(languageCode: string | null | undefined): this {
        this.message = localize(this.#text, languageCode);
        this.#pinned = true;
        return this;
    }
}

/**
 * A `UserInputError` whose text is also in Simplified Chinese. `message` is English, as for any
 * `UserInputError`; code that reports the error inside an answer (a CSV import's rejected rows) reads `text` in
 * the language it answers in.
 */
export class LocalizedUserInputError extends UserInputError {
    constructor(readonly text: LocalizedText) {
        super(text.en);
    }
}

/** The error's text in the language: a {@link LocalizedUserInputError}'s own, or any other error's message. */
export function localizedMessage(error: Error, languageCode: string | null | undefined): string {
    return error instanceof LocalizedUserInputError ? localize(error.text, languageCode) : error.message;
}
