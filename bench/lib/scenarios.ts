import http from 'http';

import { SEARCH_TERM } from '../data/catalog';
import { DEALER_BUYER_PASSWORD, dealerBuyerEmail, type GeneratedData } from '../data/summary';
import { GqlSession, request } from './load';

export type ServerName = 'bare' | 'triflow' | 'floor';

export interface ServerUnderTest {
    name: ServerName;
    baseUrl: string;
}

/** A scenario prepared against one server: the task the load driver repeats. */
export type Task = (worker: number, agent: http.Agent) => Promise<void>;

export interface Scenario {
    id: string;
    title: string;
    /** What one task is: a request, or a whole order. */
    unit: 'req' | 'order';
    servers: ServerName[];
    prepare(server: ServerUnderTest, data: GeneratedData): Promise<Task>;
}

/** Scenarios of issue #22 whose plugins have not landed: listed in the report as "not yet". */
export const NOT_YET: Array<{ id: string; title: string; waitsFor: string }> = [
    { id: '6', title: 'Quote request routed to 500 sellers', waitsFor: 'RFQ plugin' },
    { id: '7', title: 'Carrier webhook ingestion (events/s)', waitsFor: 'logistics plugin' },
    { id: '8', title: 'Alert scan over 100,000 orders with 50 rules', waitsFor: 'alerts plugin' },
    {
        id: '9',
        title: 'Price-list and offer CSV imports of 100,000 rows',
        waitsFor: 'the harness (next step)',
    },
];

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

function productDetail(dealer: boolean): Scenario['prepare'] {
    return async (server, data) => {
        const slugs = data.productSlugs;
        let n = 0;
        if (server.name === 'floor') {
            return async (_w, agent) => {
                const slug = slugs[n++ % slugs.length];
                const res = await request(agent, `${server.baseUrl}/product/${slug}`);
                if (res.status !== 200) throw new Error(`floor answered ${res.status}`);
            };
        }
        const setup = new http.Agent({ keepAlive: false });
        const session = dealer ? await dealerSession(server, setup) : undefined;
        return async (_w, agent) => {
            const slug = slugs[n++ % slugs.length];
            // each request carries the dealer's token, as a storefront fetching with the customer's session does
            const s = new GqlSession(shopUrl(server), session?.token);
            const { product } = await s.query<ProductData>(agent, PRODUCT_DETAIL, { slug });
            if (!product?.variants.length) throw new Error(`no product ${slug}`);
        };
    };
}

function search(dealer: boolean): Scenario['prepare'] {
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
        return async (_w, agent) => {
            const s = new GqlSession(shopUrl(server), session?.token);
            const res = await s.query<{ search: { totalItems: number } }>(agent, SEARCH, { input });
            if (!res.search.totalItems) throw new Error('search found nothing');
        };
    };
}

const guestCheckout: Scenario['prepare'] = async (server, data) => {
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
        step(
            await shop.query<OrderResult>(
                agent,
                `mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) { ${ORDER} } }`,
                { v: variantIds[i % variantIds.length] },
            ),
            'addItemToOrder',
        );
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
const dealerCheckoutOnAccount: Scenario['prepare'] = async (server, data) => {
    const setup = new http.Agent({ keepAlive: false });
    const probe = new GqlSession(shopUrl(server));
    const variantIds: string[] = [];
    for (const slug of data.productSlugs.filter(s => s !== 'laptop').slice(0, 10)) {
        const { product } = await probe.query<ProductData>(setup, PRODUCT_DETAIL, { slug });
        variantIds.push(...(product?.variants.map(v => v.id) ?? []));
    }
    const lines = variantIds
        .slice(0, 50)
        .map((id, i) => ({ productVariantId: id, quantity: [1, 10, 50][i % 3] }));
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

/** The scenarios that run today, in the order they run (reads first, then the ones that write). */
export const SCENARIOS: Scenario[] = [
    {
        id: '1',
        title: 'Product detail, anonymous',
        unit: 'req',
        servers: ['bare', 'triflow', 'floor'],
        prepare: productDetail(false),
    },
    {
        id: '2',
        title: 'Product detail, Gold dealer',
        unit: 'req',
        servers: ['bare', 'triflow'],
        prepare: productDetail(true),
    },
    {
        id: '3a',
        title: 'Search term + facets, anonymous',
        unit: 'req',
        servers: ['bare', 'triflow'],
        prepare: search(false),
    },
    {
        id: '3b',
        title: 'Search term + facets, Gold dealer',
        unit: 'req',
        servers: ['bare', 'triflow'],
        prepare: search(true),
    },
    {
        id: '5',
        title: 'B2C guest checkout end to end',
        unit: 'order',
        servers: ['bare', 'triflow'],
        prepare: guestCheckout,
    },
    {
        id: '4',
        title: 'Dealer 50-line cart on account',
        unit: 'order',
        servers: ['triflow'],
        prepare: dealerCheckoutOnAccount,
    },
];
