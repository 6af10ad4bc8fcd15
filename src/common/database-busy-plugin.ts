import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Logger } from '@vendure/core';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

const loggerCtx = 'Triflow';

/** pg-pool's error when no connection became free within `connectionTimeoutMillis`. */
const POOL_TIMEOUT =
    /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;
/** PostgreSQL's error when `statement_timeout` cancelled a statement. */
const STATEMENT_TIMEOUT = /canceling statement due to statement timeout/i;

/** Whether an error is the database's "no connection free" or "statement took too long" (worth a retry). */
export function isDatabaseBusyError(error: unknown): boolean {
    const text = error instanceof Error ? error.message : String(error);
    return POOL_TIMEOUT.test(text) || STATEMENT_TIMEOUT.test(text);
}

/**
 * Turns the database's "no connection free" and "statement took too long" failures into an answer a client can
 * act on: HTTP 503 with `Retry-After`, and a GraphQL error with code `DATABASE_BUSY` saying what happened,
 * instead of an anonymous internal error. The pool settings that bound the wait are in the message.
 */
export class DatabaseBusyPlugin implements ApolloServerPlugin {
    constructor(
        private settings: { acquireTimeoutMs: number; statementTimeoutMs: number; poolMax: number },
    ) {}

    // eslint-disable-next-line @typescript-eslint/require-await
    async requestDidStart() {
        return {
            // eslint-disable-next-line @typescript-eslint/require-await
            willSendResponse: async (requestContext: GraphQLRequestContextWillSendResponse<object>) => {
                const { response, errors } = requestContext;
                if (!errors?.length || response.body.kind !== 'single') {
                    return;
                }
                const result = response.body.singleResult;
                let busy = false;
                const rewritten = (result.errors ?? []).map((formatted, i): GraphQLFormattedError => {
                    const message = this.busyMessage(errors[i] ?? formatted);
                    if (!message) {
                        return formatted;
                    }
                    busy = true;
                    return { message, path: formatted.path, extensions: { code: 'DATABASE_BUSY' } };
                });
                if (busy) {
                    result.errors = rewritten;
                    response.http.status = 503;
                    response.http.headers.set('Retry-After', '1');
                    Logger.warn(
                        `Answered 503 DATABASE_BUSY to ${requestContext.operationName ?? 'an operation'}: ` +
                            `${rewritten.find(e => e.extensions?.code === 'DATABASE_BUSY')?.message ?? ''}`,
                        loggerCtx,
                    );
                }
            },
        };
    }

    private busyMessage(error: GraphQLError | GraphQLFormattedError): string | undefined {
        const original = error instanceof GraphQLError ? error.originalError : undefined;
        const text = `${error.message} ${original?.message ?? ''}`;
        if (POOL_TIMEOUT.test(text)) {
            return (
                `The server is busy: no database connection became free within ${this.settings.acquireTimeoutMs} ms ` +
                `(pool of ${this.settings.poolMax}). Nothing was changed; please retry.`
            );
        }
        if (STATEMENT_TIMEOUT.test(text)) {
            return (
                `The server is busy: a database statement ran longer than ${this.settings.statementTimeoutMs} ms ` +
                `and was cancelled. Nothing was changed; please retry.`
            );
        }
        return undefined;
    }
}
