import { SimpleGraphQLClient } from '@vendure/testing';

/**
 * Another admin API client on the same test server, for a second administrator. It reuses the first client's
 * configuration: calling `triflowTestConfig()` again would re-initialise the plugins (and a spec's clock).
 */
export function secondAdminClient(client: SimpleGraphQLClient): SimpleGraphQLClient {
    const internals = client as unknown as {
        vendureConfig: ConstructorParameters<typeof SimpleGraphQLClient>[0];
        apiUrl: string;
    };
    const other = new SimpleGraphQLClient(internals.vendureConfig, internals.apiUrl);
    other.setChannelToken('e2e-default-channel');
    return other;
}

/** Narrows a workflow result to the article, failing the test with the error's message otherwise. */
export function articleOf<T extends object>(result: T): Extract<T, { status: unknown }> {
    if ('errorCode' in result) {
        const { errorCode, message } = result as { errorCode: unknown; message?: unknown };
        throw new Error(`Expected an article, got ${String(errorCode)}: ${String(message)}`);
    }
    return result as Extract<T, { status: unknown }>;
}
