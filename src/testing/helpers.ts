import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { mergeConfig, resetConfig, VendureConfig } from '@vendure/core';
import { createTestEnvironment, SimpleGraphQLClient, TestServer } from '@vendure/testing';
import gql from 'graphql-tag';
import type { Server } from 'http';
import path from 'path';

import { keepConnectionsAlive } from '../common/http-server';

import { initialData } from './fixtures/initial-data';
import { populationKey, setPopulationKey } from './shared-population';
import { schemaVersion, triflowTestConfig } from './test-config';

export { initialData };

/** The seven-product catalog every spec starts from (Laptop with two variants, Tablet, …, Printer Paper). */
export const productsCsvPath = path.join(__dirname, 'fixtures', 'products.csv');

/** Password of every customer `server.init({ customerCount })` creates. */
export const TEST_CUSTOMER_PASSWORD = 'test';

export interface TriflowTestEnvironment {
    server: TestServer;
    adminClient: SimpleGraphQLClient;
    shopClient: SimpleGraphQLClient;
}

/** A new client of the spec's admin API with its own session (a seller's administrator, a second branch's). */
export function newAdminClient(): SimpleGraphQLClient {
    const config = triflowTestConfig();
    return new SimpleGraphQLClient(
        config,
        `http://localhost:${config.apiOptions.port}/${config.apiOptions.adminApiPath}`,
    );
}

/** A new client of the spec's shop API with its own session: one more guest or customer. */
export function newShopClient(): SimpleGraphQLClient {
    const config = triflowTestConfig();
    return new SimpleGraphQLClient(
        config,
        `http://localhost:${config.apiOptions.port}/${config.apiOptions.shopApiPath}`,
    );
}

/**
 * A server with every Triflow plugin, on the database `DB` names (sql.js or PostgreSQL), and its two clients.
 * Call `startTestServer(env)` in `beforeAll` and `env.server.destroy()` in `afterAll`.
 */
export function createTriflowTestEnvironment(overrides: Partial<VendureConfig> = {}): TriflowTestEnvironment {
    return createTestEnvironment(mergeConfig(triflowTestConfig(), overrides));
}

/** How many fixture customers a test database holds at least (see `startTestServer`). */
const SHARED_CUSTOMER_COUNT = 10;

/**
 * Populates (or loads the cached) test database with the fixtures (`customerCount`: at least that many customers)
 * and logs the admin client in as superadmin.
 */
export async function startTestServer(
    env: TriflowTestEnvironment,
    options: { customerCount?: number } = {},
): Promise<void> {
    // TestServer names the cached sql.js file and the PostgreSQL database after the file that calls init():
    // that must be the spec, not this kit, or every spec would share one database.
    const specPath = callingSpecFile();
    if (specPath) {
        (env.server as unknown as { getCallerFilename: () => string }).getCallerFilename = () => specPath;
    }
    freshConfigOnEveryBoot(env.server);
    // At least the customers asked for: every spec gets the same ten (Vendure's fixture customers are seeded, so the
    // first n are the same whatever the count), and specs that differ only in how many they asked for share one
    // populated template.
    const customerCount = Math.max(options.customerCount ?? 3, SHARED_CUSTOMER_COUNT);
    // Specs whose population would write the same data start from copies of one populated template.
    const config = (env.server as unknown as { vendureConfig: VendureConfig }).vendureConfig;
    setPopulationKey(
        populationKey({
            schemaVersion,
            customerCount,
            db: config.dbConnectionOptions.type,
            plugins: (config.plugins ?? []).map(p => {
                const plugin = (typeof p === 'function' ? p : (p as { module?: unknown }).module) as
                    { name?: string; options?: unknown } | undefined;
                return [plugin?.name, plugin?.options];
            }),
            customFields: config.customFields,
            authOptions: config.authOptions,
            entityOptions: config.entityOptions,
        }),
    );
    await env.server.init({ initialData, productsCsvPath, customerCount });
    // As src/index.ts does in production: no ECONNRESET when a client reuses an idle connection under load.
    keepConnectionsAlive(env.server.app.getHttpServer() as Server, 65_000);
    await env.adminClient.asSuperAdmin();
    await env.adminClient.query(enableChineseMutation);
}

/**
 * Vendure keeps the configuration it boots with in a process-wide variable, and merges the next boot's into it: a
 * second boot in the same module registry would wrap the strategies our plugins wrapped there (price, stock
 * location, order seller, authentication) once more, around wrappers initialised by the server before, and push
 * their permissions and custom fields again. A spec's server boots twice when it populates its template, and the
 * specs of an e2e bundle each boot one. Each boot starts from Vendure's defaults, as a new process does.
 */
function freshConfigOnEveryBoot(server: TestServer): void {
    const bootstrap = (TestServer.prototype as unknown as Bootable).bootstrapForTesting;
    // an own property: TestServer passes `this.bootstrapForTesting` to the population as a plain function
    (server as unknown as Bootable).bootstrapForTesting = config => {
        resetConfig();
        return bootstrap.call(server, config);
    };
}

/** TestServer's (private) boot of one server. */
interface Bootable {
    bootstrapForTesting(config: Required<VendureConfig>): Promise<unknown>;
}

/**
 * The spec file this call comes from. Jest's test file is the spec itself, or an e2e bundle that loads several
 * specs one after the other (src/testing/e2e-bundles.js): then it is the spec file found on the call's stack.
 */
function callingSpecFile(): string | undefined {
    const testPath = expect.getState().testPath;
    if (!testPath?.endsWith('.e2e-bundle.js')) {
        return testPath;
    }
    const { prepareStackTrace, stackTraceLimit } = Error;
    Error.prepareStackTrace = (_, frames) => frames;
    Error.stackTraceLimit = 50;
    const frames = new Error().stack as unknown as NodeJS.CallSite[];
    Object.assign(Error, { prepareStackTrace, stackTraceLimit });
    const spec = frames.map(f => f.getFileName()).find(f => f?.endsWith('.e2e-spec.ts'));
    if (!spec) {
        // Named after the bundle, two specs of one bundle would share a database file.
        throw new Error(`startTestServer: no e2e spec file on the stack of a call from ${testPath}`);
    }
    return spec;
}

/** As in the demo: English and Simplified Chinese on the default channel, so specs can check both. */
const enableChineseMutation = gql`
    mutation TestKitEnableChinese {
        updateGlobalSettings(input: { availableLanguages: [en, zh_Hans] }) {
            ... on GlobalSettings {
                id
            }
        }
        updateChannel(input: { id: "T_1", availableLanguageCodes: [en, zh_Hans] }) {
            ... on Channel {
                id
            }
        }
    }
`;

/** Runs a typed document: variables and result are checked against the generated types. */
export function run<R, V extends Record<string, unknown>>(
    client: SimpleGraphQLClient,
    document: TypedDocumentNode<R, V>,
    ...variables: Record<never, never> extends V ? [V?] : [V]
): Promise<R> {
    return client.query<R, V>(document, variables[0]);
}

/**
 * Runs a document that must fail and returns the first GraphQL error message (for UserInputError,
 * ForbiddenError and the like). Fails the test if the call succeeds.
 */
export async function expectGraphQLError<R, V extends Record<string, unknown>>(
    client: SimpleGraphQLClient,
    document: TypedDocumentNode<R, V>,
    ...variables: Record<never, never> extends V ? [V?] : [V]
): Promise<string> {
    try {
        await client.query<R, V>(document, variables[0]);
    } catch (e) {
        const err = e as { message?: string; errors?: Array<{ message: string }> };
        return err.errors?.[0]?.message ?? err.message ?? String(e);
    }
    throw new Error('Expected the operation to fail with a GraphQL error, but it succeeded');
}

/**
 * Waits until `read()` returns a value `accept` takes (Vendure delivers events to subscribers after
 * the publishing transaction commits, which can be after the mutation has answered), then returns it.
 * After `timeoutMs` it returns the last value read, so the caller's `expect` reports what was seen.
 */
export async function eventually<T>(
    read: () => T,
    accept: (value: T) => boolean,
    timeoutMs = 20_000,
): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = read();
    while (!accept(value) && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 20));
        value = read();
    }
    return value;
}

const customersQuery = gql`
    query TestKitCustomers {
        customers(options: { sort: { id: ASC } }) {
            items {
                id
                emailAddress
            }
        }
    }
`;

/** The customers the fixtures created, in id order: log one in with `loginAsCustomer`. */
export async function getTestCustomers(
    adminClient: SimpleGraphQLClient,
): Promise<Array<{ id: string; emailAddress: string }>> {
    const result = await adminClient.query<{
        customers: { items: Array<{ id: string; emailAddress: string }> };
    }>(customersQuery);
    return result.customers.items;
}

/** Logs the shop client in as a fixture customer (their password is `test`). */
export async function loginAsCustomer(shopClient: SimpleGraphQLClient, emailAddress: string): Promise<void> {
    await shopClient.asUserWithCredentials(emailAddress, TEST_CUSTOMER_PASSWORD);
}

const createRoleMutation = gql`
    mutation TestKitCreateRole($input: CreateRoleInput!) {
        createRole(input: $input) {
            id
        }
    }
`;
const createAdministratorMutation = gql`
    mutation TestKitCreateAdministrator($input: CreateAdministratorInput!) {
        createAdministrator(input: $input) {
            id
        }
    }
`;

let adminCounter = 0;

/**
 * Creates a role with exactly these permissions (on the default channel unless channel ids are given) and an
 * administrator holding it, then logs `client` in as that administrator. Used for permission-boundary tests.
 * Leaves `adminClient` logged in as superadmin.
 */
export async function loginAsAdministratorWithPermissions(
    adminClient: SimpleGraphQLClient,
    client: SimpleGraphQLClient,
    permissions: string[],
    channelIds?: string[],
): Promise<{ emailAddress: string; password: string; administratorId: string }> {
    adminCounter += 1;
    const code = `test-role-${process.pid}-${adminCounter}`;
    await adminClient.asSuperAdmin();
    const { createRole } = await adminClient.query<{ createRole: { id: string } }>(createRoleMutation, {
        input: { code, description: code, permissions, channelIds },
    });
    const emailAddress = `${code}@triflow.test`;
    const password = 'test-admin-password';
    const { createAdministrator } = await adminClient.query<{ createAdministrator: { id: string } }>(
        createAdministratorMutation,
        {
            input: { firstName: 'Test', lastName: code, emailAddress, password, roleIds: [createRole.id] },
        },
    );
    await client.asUserWithCredentials(emailAddress, password);
    return { emailAddress, password, administratorId: createAdministrator.id };
}
