import crypto from 'crypto';
import http from 'http';

import { SEARCH_TERM } from '../data/catalog';
import { DEALER_BUYER_PASSWORD, dealerBuyerEmail, type GeneratedData, RFQ_BUYER } from '../data/summary';
import type { RequestSpec } from './cannon';
import { GqlSession, request } from './load';

export type ServerName = 'bare' | 'triflow' | 'floor';

export interface ServerUnderTest {
    name: ServerName;
    baseUrl: string;
    /** The server's process (its peak memory is read from /proc). */
    pid?: number;
}

/**
 * A scenario prepared against one server: the task the load driver repeats. A task returning a number reports
 * its own latency in ms (see `LoadOptions.task`).
 */
export type Task = (worker: number, agent: http.Agent) => Promise<void | number>;

export interface Scenario {
    id: string;
    title: string;
    /** What one task is: a request, a whole order, or one carrier event delivery. */
    unit: 'req' | 'order' | 'event';
    servers: ServerName[];
    /** Concurrency levels of this scenario when not the run's (`--concurrency`). */
    concurrencies?: number[];
    /**
     * With `--quick`, measured at the run's first concurrency level only: a task that takes seconds (a 50-line
     * order), where a round at c=32 completes none of them in its two seconds and then waits many seconds for the
     * 32 in flight, read nothing and cost the smoke run half a minute.
     */
    quickAtFirstConcurrency?: boolean;
    /** Triflow plugins the scenario cannot run without: `--without` one of them runs it on Triflow alone. */
    needs?: string[];
    /** Needs Triflow's worker process (the job queue) next to the server, as production runs. */
    worker?: boolean;
    /** A journey (several requests, session state): driven by the closed-loop driver of `load.ts`. */
    prepare?(server: ServerUnderTest, data: GeneratedData): Promise<Task>;
    /** One request repeated with varying input: driven by autocannon (`cannon.ts`). A scenario has one of the two. */
    requests?(server: ServerUnderTest, data: GeneratedData): Promise<RequestSpec>;
    /**
     * After every measurement of the scenario on that server: checks what the server stored (counted through its
     * API). `errors` are added to the scenario's errors; `note` is printed under the table.
     */
    verify?(server: ServerUnderTest): Promise<{ errors: number; note: string }>;
}

/** Scenarios of issue #22 that are not measured yet: listed in the report as "not yet" (none left). */
export const NOT_YET: Array<{ id: string; title: string; waitsFor: string }> = [];

const DEALER = { username: 'dealer.buyer@triflow.demo', password: 'dealer-demo' };

const PRODUCT_DETAIL = `query BenchProduct($slug: String!) {
    product(slug: $slug) {
        id name slug description
        featuredAsset { id preview }
        facetValues { id code name facet { id code } }
        variants { id name sku price priceWithTax currencyCode stockLevel }
    }
}`;

const SEARCH = `query BenchSearch($input: SearchInput!) {
    search(input: $input) {
        totalItems
        items {
            productName slug sku productAsset { preview }
            priceWithTax { ... on PriceRange { min max } ... on SinglePrice { value } }
        }
        facetValues { count facetValue { id name facet { code } } }
    }
}`;

const ORDER = `... on Order { code state } ... on ErrorResult { errorCode message }`;

type ProductData = { product: { variants: Array<{ id: string; sku: string }> } | null };
type OrderResult = Record<string, { code?: string; state?: string; errorCode?: string; message?: string }>;

function shopUrl(server: ServerUnderTest): string {
    return `${server.baseUrl}/shop-api`;
}

async function dealerSession(
    server: ServerUnderTest,
    agent: http.Agent,
    login: { username: string; password: string } = DEALER,
): Promise<GqlSession> {
    const session = new GqlSession(shopUrl(server));
    const res = await session.query<{ login: { id?: string; errorCode?: string } }>(
        agent,
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
            ... on CurrentUser { id } ... on ErrorResult { errorCode } } }`,
        { u: login.username, p: login.password },
    );
    if (!res.login.id) {
        throw new Error(`dealer login failed on ${server.name}: ${res.login.errorCode ?? '?'}`);
    }
    return session;
}

/** A GraphQL POST to the shop API, with the dealer's bearer token when there is one (as a storefront sends it). */
function shopRequest(
    server: ServerUnderTest,
    token: string | undefined,
): Pick<RequestSpec, 'url' | 'method' | 'headers'> {
    return {
        url: shopUrl(server),
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
    };
}

/** Fails on an HTTP error or a GraphQL error; returns the answer's `data`. */
function gqlData<T>(status: number, body: string): T {
    if (status >= 400) throw new Error(`HTTP ${status}: ${body.slice(0, 200)}`);
    const parsed = JSON.parse(body) as { data?: T; errors?: Array<{ message: string }> };
    if (parsed.errors?.length) throw new Error(`GraphQL: ${parsed.errors[0].message}`);
    if (!parsed.data) throw new Error('no data');
    return parsed.data;
}

function productDetail(dealer: boolean): NonNullable<Scenario['requests']> {
    return async (server, data) => {
        const slugs = data.productSlugs;
        if (server.name === 'floor') {
            return {
                url: `${server.baseUrl}/product/${slugs[0]}`,
                method: 'GET',
                next: n => ({ path: `/product/${slugs[n % slugs.length]}` }),
                check: status => {
                    if (status !== 200) throw new Error(`floor answered ${status}`);
                },
            };
        }
        const setup = new http.Agent({ keepAlive: false });
        const session = dealer ? await dealerSession(server, setup) : undefined;
        return {
            ...shopRequest(server, session?.token),
            next: n => ({
                body: JSON.stringify({ query: PRODUCT_DETAIL, variables: { slug: slugs[n % slugs.length] } }),
            }),
            check: (status, body) => {
                const { product } = gqlData<ProductData>(status, body);
                if (!product?.variants.length) throw new Error('no product');
            },
        };
    };
}

function search(dealer: boolean): NonNullable<Scenario['requests']> {
    return async server => {
        const setup = new http.Agent({ keepAlive: false });
        const session = dealer ? await dealerSession(server, setup) : undefined;
        const probe = new GqlSession(shopUrl(server));
        const all = await probe.query<{
            search: {
                facetValues: Array<{ facetValue: { id: string; name: string; facet: { code: string } } }>;
            };
        }>(setup, SEARCH, { input: { term: SEARCH_TERM, groupByProduct: true, take: 1 } });
        const brands = all.search.facetValues.filter(f => f.facetValue.facet.code === 'brand').slice(0, 3);
        if (!brands.length) throw new Error(`no brand facet values for "${SEARCH_TERM}" on ${server.name}`);
        const input = {
            term: SEARCH_TERM,
            groupByProduct: true,
            take: 12,
            facetValueFilters: [{ or: brands.map(b => b.facetValue.id) }],
        };
        const body = JSON.stringify({ query: SEARCH, variables: { input } });
        return {
            ...shopRequest(server, session?.token),
            next: () => ({ body }),
            check: (status, answer) => {
                if (!gqlData<{ search: { totalItems: number } }>(status, answer).search.totalItems) {
                    throw new Error('search found nothing');
                }
            },
        };
    };
}

/**
 * Scenario 5: a guest checkout of one line, the storefront journey. Scenario 5b: the same journey with the 50 lines of
 * scenario 4 (the same variants and quantities, added in one `addItemsToOrder`), so that 4 can be read against what
 * bare Vendure itself takes for an order of that size.
 */
/** Scenario 4's quick order (and 5b's): the first 50 variants, quantities crossing the price breaks (1, 10, 50). */
function fiftyLines(variantIds: string[]): Array<{ productVariantId: string; quantity: number }> {
    return variantIds.slice(0, 50).map((id, i) => ({ productVariantId: id, quantity: [1, 10, 50][i % 3] }));
}

const guestCheckout =
    (lineCount: 1 | 50): NonNullable<Scenario['prepare']> =>
    async (server, data) => {
        const setup = new http.Agent({ keepAlive: false });
        const probe = new GqlSession(shopUrl(server));
        const variantIds: string[] = [];
        for (const slug of data.productSlugs.filter(s => s !== 'laptop').slice(0, 10)) {
            const { product } = await probe.query<ProductData>(setup, PRODUCT_DETAIL, { slug });
            variantIds.push(...(product?.variants.map(v => v.id) ?? []));
        }
        await probe.query(
            setup,
            `mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) { ${ORDER} } }`,
            {
                v: variantIds[0],
            },
        );
        const { eligibleShippingMethods } = await probe.query<{
            eligibleShippingMethods: Array<{ id: string; code: string }>;
        }>(setup, `{ eligibleShippingMethods { id code } }`);
        const shipping = eligibleShippingMethods.find(m => m.code === 'standard-shipping');
        if (!shipping) throw new Error(`no standard-shipping on ${server.name}`);
        let n = 0;
        const step = (r: OrderResult, field: string) => {
            const o = r[field];
            if (!o?.code) throw new Error(`${field}: ${o?.errorCode ?? 'no order'} ${o?.message ?? ''}`);
            return o;
        };
        return async (_w, agent) => {
            const i = n++;
            const shop = new GqlSession(shopUrl(server));
            if (lineCount === 1) {
                step(
                    await shop.query<OrderResult>(
                        agent,
                        `mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) { ${ORDER} } }`,
                        { v: variantIds[i % variantIds.length] },
                    ),
                    'addItemToOrder',
                );
            } else {
                const added = await shop.query<{
                    addItemsToOrder: {
                        order: { code: string } | null;
                        errorResults: Array<{ message: string }>;
                    };
                }>(
                    agent,
                    `mutation($l: [AddItemInput!]!) { addItemsToOrder(inputs: $l) {
                    order { code } errorResults { ... on ErrorResult { errorCode message } } } }`,
                    { l: fiftyLines(variantIds) },
                );
                if (added.addItemsToOrder.errorResults.length || !added.addItemsToOrder.order) {
                    throw new Error(
                        `addItemsToOrder: ${added.addItemsToOrder.errorResults[0]?.message ?? 'no order'}`,
                    );
                }
            }
            step(
                await shop.query<OrderResult>(
                    agent,
                    `mutation($c: CreateCustomerInput!) { setCustomerForOrder(input: $c) { ${ORDER} } }`,
                    {
                        c: {
                            firstName: 'Bench',
                            lastName: `Guest ${i}`,
                            emailAddress: `bench-${server.name}-${process.pid}-${i}@example.com`,
                        },
                    },
                ),
                'setCustomerForOrder',
            );
            const prepared = await shop.query<OrderResult>(
                agent,
                `mutation($a: CreateAddressInput!, $s: [ID!]!) {
                setOrderShippingAddress(input: $a) { ${ORDER} }
                setOrderShippingMethod(shippingMethodId: $s) { ${ORDER} }
            }`,
                {
                    a: {
                        fullName: 'Bench Guest',
                        streetLine1: '1 Bench St',
                        city: 'Leeds',
                        postalCode: 'LS1',
                        countryCode: 'GB',
                    },
                    s: [shipping.id],
                },
            );
            step(prepared, 'setOrderShippingAddress');
            step(prepared, 'setOrderShippingMethod');
            step(
                await shop.query<OrderResult>(
                    agent,
                    `mutation { transitionOrderToState(state: "ArrangingPayment") { ${ORDER} } }`,
                ),
                'transitionOrderToState',
            );
            const paid = step(
                await shop.query<OrderResult>(
                    agent,
                    `mutation { addPaymentToOrder(input: { method: "standard-payment", metadata: {} }) { ${ORDER} } }`,
                ),
                'addPaymentToOrder',
            );
            if (paid.state !== 'PaymentAuthorized' && paid.state !== 'PaymentSettled') {
                throw new Error(`order ended in ${paid.state ?? '?'}`);
            }
        };
    };

/**
 * Scenario 4: a buyer of the Gold distributor fills a 50-line cart in one `addItemsToOrder` (a quick-order form),
 * quantities crossing the price breaks (1, 10, 50), then pays on account (`placeOrderOnAccount`: the credit check
 * and reservation). One buyer per client: each customer has one active order.
 */
const dealerCheckoutOnAccount: NonNullable<Scenario['prepare']> = async (server, data) => {
    const setup = new http.Agent({ keepAlive: false });
    const probe = new GqlSession(shopUrl(server));
    const variantIds: string[] = [];
    for (const slug of data.productSlugs.filter(s => s !== 'laptop').slice(0, 10)) {
        const { product } = await probe.query<ProductData>(setup, PRODUCT_DETAIL, { slug });
        variantIds.push(...(product?.variants.map(v => v.id) ?? []));
    }
    const lines = fiftyLines(variantIds);
    const sessions: GqlSession[] = [];
    for (let i = 0; i < data.dealerBuyers; i++) {
        sessions.push(
            await dealerSession(server, setup, {
                username: dealerBuyerEmail(i),
                password: DEALER_BUYER_PASSWORD,
            }),
        );
    }
    await sessions[0].query(
        setup,
        `mutation($l: [AddItemInput!]!) { addItemsToOrder(inputs: $l) { order { code } } }`,
        {
            l: lines.slice(0, 1),
        },
    );
    const { eligibleShippingMethods } = await sessions[0].query<{
        eligibleShippingMethods: Array<{ id: string; code: string }>;
    }>(setup, `{ eligibleShippingMethods { id code } }`);
    const shipping = eligibleShippingMethods.find(m => m.code === 'standard-shipping');
    if (!shipping) throw new Error(`no standard-shipping on ${server.name}`);
    let n = 0;
    return async (w, agent) => {
        const shop = sessions[w % sessions.length];
        const added = await shop.query<{
            addItemsToOrder: {
                order: { code: string; lines: Array<{ id: string }> };
                errorResults: Array<{ message: string }>;
            };
        }>(
            agent,
            `mutation($l: [AddItemInput!]!) { addItemsToOrder(inputs: $l) {
                order { code lines { id } } errorResults { ... on ErrorResult { errorCode message } } } }`,
            { l: lines },
        );
        if (added.addItemsToOrder.errorResults.length) {
            throw new Error(`addItemsToOrder: ${added.addItemsToOrder.errorResults[0].message}`);
        }
        const prepared = await shop.query<OrderResult>(
            agent,
            `mutation($a: CreateAddressInput!, $s: [ID!]!) {
                setOrderShippingAddress(input: $a) { ${ORDER} }
                setOrderShippingMethod(shippingMethodId: $s) { ${ORDER} }
            }`,
            {
                a: {
                    fullName: 'Bench Buyer',
                    streetLine1: '1 Dealer Rd',
                    city: 'Shanghai',
                    postalCode: '200000',
                    countryCode: 'CN',
                },
                s: [shipping.id],
            },
        );
        for (const f of ['setOrderShippingAddress', 'setOrderShippingMethod']) {
            if (!prepared[f]?.code)
                throw new Error(`${f}: ${prepared[f]?.errorCode ?? '?'} ${prepared[f]?.message ?? ''}`);
        }
        const placed = await shop.query<{
            placeOrderOnAccount: { __typename: string; state?: string; message?: string };
        }>(
            agent,
            `mutation($i: PlaceOrderOnAccountInput) { placeOrderOnAccount(input: $i) {
                __typename ... on Order { code state } ... on ErrorResult { errorCode message } } }`,
            { i: { purchaseOrderNumber: `PO-BENCH-${process.pid}-${n++}` } },
        );
        if (placed.placeOrderOnAccount.__typename !== 'Order') {
            throw new Error(
                `placeOrderOnAccount: ${placed.placeOrderOnAccount.__typename} ${placed.placeOrderOnAccount.message ?? ''}`,
            );
        }
    };
};

/** The superadministrator the harness gives every server (run.ts sets it; production refuses the default). */
export const BENCH_SUPERADMIN = { username: 'superadmin', password: 'bench-superadmin-not-a-secret' };

export async function adminSession(server: ServerUnderTest, agent: http.Agent): Promise<GqlSession> {
    const admin = new GqlSession(`${server.baseUrl}/admin-api`);
    const res = await admin.query<{ login: { id?: string; errorCode?: string } }>(
        agent,
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
            ... on CurrentUser { id } ... on ErrorResult { errorCode } } }`,
        { u: BENCH_SUPERADMIN.username, p: BENCH_SUPERADMIN.password },
    );
    if (!res.login.id)
        throw new Error(`superadmin login failed on ${server.name}: ${res.login.errorCode ?? '?'}`);
    return admin;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Sellers reached per routed request of scenario 6 (every request must reach every seller). */
const rfqReached: number[] = [];
let rfqExpected = 0;

/**
 * Scenario 6: the buyer submits a quote request for the part every generated seller carries (shop API, as a
 * storefront does); routing runs on the job queue, in the worker process. The task's latency is from the submit
 * until the buyer's request shows `routedAt` (routing writes every seller's routing row and `routedAt` in one
 * transaction, so that is the moment every seller is reached), polled every 25 ms. The draft is created before
 * the clock starts; the operator's view (`quoteRequest.routings`, admin API) then counts the sellers reached,
 * and a request that reached fewer than all of them is an error.
 */
const rfqRouting: NonNullable<Scenario['prepare']> = async (server, data) => {
    const setup = new http.Agent({ keepAlive: false });
    const buyer = await dealerSession(server, setup, RFQ_BUYER);
    const admin = await adminSession(server, setup);
    const { product } = await new GqlSession(shopUrl(server)).query<ProductData>(setup, PRODUCT_DETAIL, {
        slug: data.rfq.productSlug,
    });
    const variant = product?.variants.find(v => v.sku === data.rfq.sku);
    if (!variant) throw new Error(`no variant ${data.rfq.sku} on ${server.name}`);
    rfqExpected = data.rfq.sellers;
    const one = async (agent: http.Agent): Promise<number> => {
        // createQuoteRequest answers the draft itself (malformed input is a GraphQL error, which fails the task)
        const created = await buyer.query<{ createQuoteRequest: { id: string } }>(
            agent,
            `mutation($i: CreateQuoteRequestInput!) { createQuoteRequest(input: $i) { id } }`,
            {
                i: {
                    lines: [{ productVariantId: variant.id, quantity: 20 }],
                    responseDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
                    note: 'bench',
                },
            },
        );
        const id = created.createQuoteRequest.id;
        const t0 = process.hrtime.bigint();
        const submitted = await buyer.query<{
            submitQuoteRequest: { __typename: string; routedAt?: string | null; message?: string };
        }>(
            agent,
            `mutation($id: ID!) { submitQuoteRequest(id: $id) {
                __typename ... on QuoteRequest { routedAt } ... on ErrorResult { message } } }`,
            { id },
        );
        if (submitted.submitQuoteRequest.__typename !== 'QuoteRequest') {
            throw new Error(`submitQuoteRequest: ${submitted.submitQuoteRequest.message ?? '?'}`);
        }
        let routedAt = submitted.submitQuoteRequest.routedAt;
        const deadline = Date.now() + 120_000;
        while (!routedAt) {
            if (Date.now() > deadline) throw new Error(`request ${id} not routed within 2 minutes`);
            await sleep(25);
            const res = await buyer.query<{ myQuoteRequest: { routedAt: string | null } | null }>(
                agent,
                `query($id: ID!) { myQuoteRequest(id: $id) { routedAt } }`,
                { id },
            );
            routedAt = res.myQuoteRequest?.routedAt;
        }
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const { quoteRequest } = await admin.query<{
            quoteRequest: { routings: Array<{ sellerId: string }> } | null;
        }>(agent, `query($id: ID!) { quoteRequest(id: $id) { routings { sellerId } } }`, { id });
        const reached = new Set(quoteRequest?.routings.map(r => r.sellerId) ?? []).size;
        rfqReached.push(reached);
        if (reached !== data.rfq.sellers) {
            throw new Error(`request ${id} reached ${reached} of ${data.rfq.sellers} sellers`);
        }
        return ms;
    };
    // one request before measuring: the worker may still be starting, and the first routing fills the
    // part-number index from every offer
    await one(setup);
    rfqReached.length = 0;
    return async (_w, agent) => one(agent);
};

const rfqVerify: NonNullable<Scenario['verify']> = () => {
    if (!rfqReached.length) return Promise.resolve({ errors: 0, note: '6: no request was routed' });
    const short = rfqReached.filter(n => n !== rfqExpected).length;
    return Promise.resolve({
        errors: 0, // each short request already failed its task
        note:
            `6: ${rfqReached.length} requests routed, sellers reached per request ${Math.min(...rfqReached)}–` +
            `${Math.max(...rfqReached)} of ${rfqExpected}${short ? ` (${short} short)` : ' (every seller, every time)'}`,
    });
};

/** Scenario 7's state on the Triflow server: the carrier, the shipment, and the events accepted with a 202. */
const webhook = {
    carrierCode: 'bench-webhook-carrier',
    trackingNumber: `BENCH-TRK-${process.pid}`,
    secret: '',
    shipmentId: '',
    accepted: new Set<string>(),
    deliveries: 0,
};

/**
 * Scenario 7: carrier webhook ingestion. Prepared through the APIs: a carrier with the `generic-webhook`
 * adapter, a guest order paid, settled and fulfilled with `carrier-fulfillment` (which opens the shipment).
 * Task n posts one signed tracking event, event ⌊n/2⌋: every event is delivered twice, by two clients at about
 * the same time (a carrier's retry racing its first attempt). The rate counts deliveries (webhook requests,
 * each with one event) answered 202.
 */
const carrierWebhook: NonNullable<Scenario['prepare']> = async (server, data) => {
    const setup = new http.Agent({ keepAlive: false });
    const admin = await adminSession(server, setup);
    const created = await admin.query<{
        createCarrier: { __typename: string; webhookSecret?: string; message?: string };
    }>(
        setup,
        `mutation($i: CreateCarrierInput!) { createCarrier(input: $i) {
            __typename ... on Carrier { webhookSecret } ... on ErrorResult { message } } }`,
        {
            i: {
                code: webhook.carrierCode,
                name: 'Bench Webhook Carrier',
                adapterCode: 'generic-webhook',
                trackingUrlTemplate: 'https://track.example/{trackingNumber}',
            },
        },
    );
    if (!created.createCarrier.webhookSecret) {
        throw new Error(
            `createCarrier: ${created.createCarrier.message ?? created.createCarrier.__typename}`,
        );
    }
    webhook.secret = created.createCarrier.webhookSecret;

    // one guest order, paid, settled and shipped with the carrier
    const shop = new GqlSession(shopUrl(server));
    const slug = data.productSlugs.find(s => s !== 'laptop') ?? data.productSlugs[0];
    const { product } = await shop.query<ProductData>(setup, PRODUCT_DETAIL, { slug });
    const steps: Array<[string, string, Record<string, unknown>]> = [
        [
            'addItemToOrder',
            `mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) { ${ORDER} } }`,
            { v: product?.variants[0]?.id },
        ],
        [
            'setCustomerForOrder',
            `mutation($c: CreateCustomerInput!) { setCustomerForOrder(input: $c) { ${ORDER} } }`,
            {
                c: {
                    firstName: 'Bench',
                    lastName: 'Shipment',
                    emailAddress: `bench-ship-${process.pid}@example.com`,
                },
            },
        ],
        [
            'setOrderShippingAddress',
            `mutation($a: CreateAddressInput!) { setOrderShippingAddress(input: $a) { ${ORDER} } }`,
            {
                a: {
                    fullName: 'Bench',
                    streetLine1: '1 Bench St',
                    city: 'Leeds',
                    postalCode: 'LS1',
                    countryCode: 'GB',
                },
            },
        ],
    ];
    for (const [field, q, v] of steps) {
        const r = await shop.query<OrderResult>(setup, q, v);
        if (!r[field]?.code)
            throw new Error(`${field}: ${r[field]?.errorCode ?? '?'} ${r[field]?.message ?? ''}`);
    }
    const { eligibleShippingMethods } = await shop.query<{
        eligibleShippingMethods: Array<{ id: string; code: string }>;
    }>(setup, `{ eligibleShippingMethods { id code } }`);
    if (!eligibleShippingMethods.length) throw new Error(`no shipping method on ${server.name}`);
    await shop.query(
        setup,
        `mutation($s: [ID!]!) { setOrderShippingMethod(shippingMethodId: $s) { ${ORDER} } }`,
        {
            s: [eligibleShippingMethods[0].id],
        },
    );
    await shop.query(setup, `mutation { transitionOrderToState(state: "ArrangingPayment") { ${ORDER} } }`);
    const paid = await shop.query<OrderResult>(
        setup,
        `mutation { addPaymentToOrder(input: { method: "standard-payment", metadata: {} }) { ${ORDER} } }`,
    );
    const code = paid.addPaymentToOrder?.code;
    if (!code) throw new Error(`addPaymentToOrder: ${paid.addPaymentToOrder?.message ?? '?'}`);
    const { orders } = await admin.query<{
        orders: {
            items: Array<{
                lines: Array<{ id: string; quantity: number }>;
                payments: Array<{ id: string; state: string }>;
            }>;
        };
    }>(
        setup,
        `query($c: String!) { orders(options: { filter: { code: { eq: $c } } }) {
            items { lines { id quantity } payments { id state } } } }`,
        { c: code },
    );
    const order = orders.items[0];
    if (!order) throw new Error(`order ${code} not found`);
    for (const p of order.payments.filter(x => x.state === 'Authorized')) {
        await admin.query(setup, `mutation($id: ID!) { settlePayment(id: $id) { __typename } }`, {
            id: p.id,
        });
    }
    const fulfilled = await admin.query<{ addFulfillmentToOrder: { __typename: string; message?: string } }>(
        setup,
        `mutation($i: FulfillOrderInput!) { addFulfillmentToOrder(input: $i) {
            __typename ... on ErrorResult { message } } }`,
        {
            i: {
                lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                handler: {
                    code: 'carrier-fulfillment',
                    arguments: [
                        { name: 'carrierCode', value: webhook.carrierCode },
                        { name: 'trackingNumber', value: webhook.trackingNumber },
                    ],
                },
            },
        },
    );
    if (fulfilled.addFulfillmentToOrder.__typename !== 'Fulfillment') {
        throw new Error(`addFulfillmentToOrder: ${fulfilled.addFulfillmentToOrder.message ?? '?'}`);
    }
    const { shipments } = await admin.query<{ shipments: { items: Array<{ id: string }> } }>(
        setup,
        `query($t: String!) { shipments(options: { filter: { trackingNumber: { eq: $t } } }) { items { id } } }`,
        { t: webhook.trackingNumber },
    );
    if (!shipments.items[0]) throw new Error(`no shipment ${webhook.trackingNumber}`);
    webhook.shipmentId = shipments.items[0].id;

    const url = `${server.baseUrl}/logistics/webhook/${webhook.carrierCode}`;
    const since = Date.now() - 2 * 86_400_000;
    let n = 0;
    return async (_w, agent) => {
        const e = Math.floor(n++ / 2);
        const id = `bench-${process.pid}-${e}`;
        const body = JSON.stringify({
            events: [
                {
                    id,
                    trackingNumber: webhook.trackingNumber,
                    status: 'InTransit',
                    subStatus: 'departed-hub',
                    code: 'DEP',
                    description: `Departed hub ${e}`,
                    location: 'Leeds, GB',
                    occurredAt: new Date(since + e * 1000).toISOString(),
                },
            ],
        });
        const timestamp = Math.floor(Date.now() / 1000);
        const signature = `sha256=${crypto.createHmac('sha256', webhook.secret).update(`${timestamp}.${body}`).digest('hex')}`;
        const res = await request(agent, url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                'x-triflow-timestamp': String(timestamp),
                'x-triflow-signature': signature,
            },
            body,
        });
        if (res.status !== 202) throw new Error(`webhook answered ${res.status}: ${res.body.slice(0, 200)}`);
        webhook.accepted.add(id);
        webhook.deliveries++;
    };
};

/** Scenario 7's check: every accepted event stored exactly once (the shipment's timeline, admin API). */
const webhookVerify: NonNullable<Scenario['verify']> = async server => {
    const admin = await adminSession(server, new http.Agent({ keepAlive: false }));
    const { shipment } = await admin.query<{
        shipment: { events: Array<{ carrierEventId: string | null }> } | null;
    }>(
        new http.Agent({ keepAlive: false }),
        `query($id: ID!) { shipment(id: $id) { events { carrierEventId } } }`,
        { id: webhook.shipmentId },
    );
    const stored = (shipment?.events ?? []).map(e => e.carrierEventId ?? '');
    const distinct = new Set(stored);
    const duplicates = stored.length - distinct.size;
    const missing = [...webhook.accepted].filter(id => !distinct.has(id)).length;
    const unexpected = [...distinct].filter(id => !webhook.accepted.has(id)).length;
    const errors = duplicates + missing + unexpected;
    return {
        errors,
        note:
            `7: ${webhook.deliveries} deliveries answered 202 for ${webhook.accepted.size} distinct events; ` +
            `${stored.length} stored` +
            (errors
                ? `: MISMATCH (${duplicates} duplicates, ${missing} missing, ${unexpected} unexpected)`
                : ', each exactly once'),
    };
};

/** The scenarios that run today, in the order they run (reads first, then the ones that write). */
export const SCENARIOS: Scenario[] = [
    {
        id: '1',
        title: 'Product detail, anonymous',
        unit: 'req',
        servers: ['bare', 'triflow', 'floor'],
        requests: productDetail(false),
    },
    {
        id: '2',
        title: 'Product detail, Gold dealer',
        unit: 'req',
        servers: ['bare', 'triflow'],
        requests: productDetail(true),
    },
    {
        id: '3a',
        title: 'Search term + facets, anonymous',
        unit: 'req',
        servers: ['bare', 'triflow'],
        requests: search(false),
    },
    {
        id: '3b',
        title: 'Search term + facets, Gold dealer',
        unit: 'req',
        servers: ['bare', 'triflow'],
        requests: search(true),
    },
    {
        id: '5',
        title: 'B2C guest checkout end to end',
        unit: 'order',
        servers: ['bare', 'triflow'],
        prepare: guestCheckout(1),
    },
    {
        id: '5b',
        title: "B2C guest checkout of 4's 50 lines",
        unit: 'order',
        servers: ['bare', 'triflow'],
        quickAtFirstConcurrency: true,
        prepare: guestCheckout(50),
    },
    {
        id: '4',
        title: 'Dealer 50-line cart on account',
        unit: 'order',
        servers: ['triflow'],
        // pays on the dealer's credit account
        needs: ['b2b'],
        quickAtFirstConcurrency: true,
        prepare: dealerCheckoutOnAccount,
    },
    {
        id: '6',
        title: 'Quote request routed to every seller (submit → routed)',
        unit: 'req',
        servers: ['triflow'],
        concurrencies: [1],
        worker: true,
        prepare: rfqRouting,
        verify: rfqVerify,
    },
    {
        id: '7',
        title: 'Carrier webhook ingestion, each event twice',
        unit: 'event',
        servers: ['triflow'],
        worker: true,
        prepare: carrierWebhook,
        verify: webhookVerify,
    },
];
