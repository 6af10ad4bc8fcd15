/**
 * A burst of guest checkouts against a running server, all at the same moment, the whole flow each (cart,
 * customer, address, shipping, transition to ArrangingPayment, payment with `standard-payment`), while `/health`
 * is polled. Used by CI against the `npm start` demo (SQLite, server + worker processes) and by hand against
 * PostgreSQL (`DB=postgres npm start`).
 *
 *   BASE_URL=http://localhost:3000 npm run burst                 40 shoppers
 *   BASE_URL=http://localhost:3000 npm run burst -- --shoppers 80 --product cruiser-skateboard
 *
 * Prints one line per kind of outcome and exits non-zero unless every checkout placed its order, the admin API
 * finds each of them, and `/health` answered throughout and afterwards.
 */
const baseUrl = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const shoppers = Number(arg('shoppers', '40'));
const productSlug = arg('product', 'cruiser-skateboard');
const admin = {
    username: process.env.SUPERADMIN_USERNAME ?? 'superadmin',
    password: process.env.SUPERADMIN_PASSWORD ?? 'superadmin',
};

/** What the burst reads back: an order or an ErrorResult, and a few lists. */
interface Data {
    [field: string]: {
        code?: string;
        state?: string;
        errorCode?: string;
        message?: string;
        variants?: Array<{ id: string }>;
        totalItems?: number;
    } & Array<{ id: string; code: string }>;
}
type GqlResult = { data?: Data; errors?: Array<{ message: string }> };

/** A GraphQL client with its own session, as one browser tab would have. */
function client(api: 'shop-api' | 'admin-api') {
    let token: string | undefined;
    return async (query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
        const response = await fetch(`${baseUrl}/${api}`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(60_000),
        });
        token = response.headers.get('vendure-auth-token') ?? token;
        const body = (await response.json()) as GqlResult;
        if (body.errors?.length) {
            throw new Error(`${response.status}: ${body.errors[0].message}`);
        }
        return body.data ?? {};
    };
}

const ORDER = `... on Order { code state } ... on ErrorResult { errorCode message }`;

async function checkout(i: number, variantId: string, shippingMethodId: string): Promise<string> {
    const shop = client('shop-api');
    const step = (r: Data, field: string) => {
        const order = r[field];
        if (!order?.code) {
            throw new Error(`${field}: ${order?.errorCode ?? 'no order'} ${order?.message ?? ''}`);
        }
        return { code: order.code, state: order.state ?? '' };
    };
    step(
        await shop(`mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) { ${ORDER} } }`, {
            v: variantId,
        }),
        'addItemToOrder',
    );
    step(
        await shop(`mutation($c: CreateCustomerInput!) { setCustomerForOrder(input: $c) { ${ORDER} } }`, {
            c: {
                firstName: 'Burst',
                lastName: `Shopper ${i}`,
                emailAddress: `burst-${Date.now()}-${i}@example.com`,
            },
        }),
        'setCustomerForOrder',
    );
    const prepared = await shop(
        `mutation($a: CreateAddressInput!, $s: [ID!]!) {
            setOrderShippingAddress(input: $a) { ${ORDER} }
            setOrderShippingMethod(shippingMethodId: $s) { ${ORDER} }
        }`,
        {
            a: {
                fullName: 'Burst Shopper',
                streetLine1: '1 Parallel St',
                city: 'Leeds',
                postalCode: 'LS1',
                countryCode: 'GB',
            },
            s: [shippingMethodId],
        },
    );
    step(prepared, 'setOrderShippingAddress');
    step(prepared, 'setOrderShippingMethod');
    step(
        await shop(`mutation { transitionOrderToState(state: "ArrangingPayment") { ${ORDER} } }`),
        'transitionOrderToState',
    );
    const paid = step(
        await shop(
            `mutation { addPaymentToOrder(input: { method: "standard-payment", metadata: {} }) { ${ORDER} } }`,
        ),
        'addPaymentToOrder',
    );
    if (paid.state !== 'PaymentAuthorized' && paid.state !== 'PaymentSettled') {
        throw new Error(`order ${paid.code} ended in ${paid.state}`);
    }
    return paid.code;
}

async function health(): Promise<number | string> {
    try {
        return (await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(20_000) })).status;
    } catch (e) {
        return (e as Error).message;
    }
}

async function main(): Promise<void> {
    const probe = client('shop-api');
    const { product } = await probe(`query($slug: String!) { product(slug: $slug) { variants { id } } }`, {
        slug: productSlug,
    });
    if (!product?.variants?.length) {
        throw new Error(`No product "${productSlug}" on ${baseUrl}`);
    }
    const variantId = String(product.variants[0].id);
    await probe(`mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) { ${ORDER} } }`, {
        v: variantId,
    });
    const { eligibleShippingMethods } = await probe(`{ eligibleShippingMethods { id code } }`);
    const shipping = eligibleShippingMethods.find(m => m.code === 'standard-shipping');
    if (!shipping) {
        throw new Error('No standard-shipping method is eligible');
    }

    let polling = true;
    const healthFailures: string[] = [];
    let healthAnswers = 0;
    const poller = (async () => {
        while (polling) {
            const status = await health();
            if (status === 200) {
                healthAnswers++;
            } else {
                healthFailures.push(String(status));
            }
            await new Promise(r => setTimeout(r, 250));
        }
    })();
    const started = Date.now();
    const outcomes = await Promise.allSettled(
        Array.from({ length: shoppers }, (_, i) => checkout(i, variantId, shipping.id)),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    polling = false;
    await poller;

    const codes = outcomes.flatMap(o => (o.status === 'fulfilled' ? [o.value] : []));
    const failures = outcomes.flatMap(o => (o.status === 'rejected' ? [(o.reason as Error).message] : []));
    const byReason = new Map<string, number>();
    failures.forEach(f => byReason.set(f, (byReason.get(f) ?? 0) + 1));

    const adminApi = client('admin-api');
    await adminApi(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
        {
            u: admin.username,
            p: admin.password,
        },
    );
    const { orders } = await adminApi(
        `query($codes: [String!]!) { orders(options: { filter: { code: { in: $codes } }, take: 1000 }) { totalItems } }`,
        { codes },
    );
    const after = await health();

    console.log(`burst: ${codes.length} of ${shoppers} checkouts placed in ${seconds} s on ${baseUrl}`);
    byReason.forEach((n, reason) => console.log(`burst: ${n} failed: ${reason}`));
    console.log(`burst: the admin API finds ${orders.totalItems} of those orders`);
    console.log(
        `burst: /health answered ${healthAnswers} times during the burst, failed ${healthFailures.length} times` +
            `${healthFailures.length ? ` (${[...new Set(healthFailures)].join(', ')})` : ''}; afterwards ${after}`,
    );
    const ok =
        codes.length === shoppers &&
        orders.totalItems === shoppers &&
        !healthFailures.length &&
        after === 200;
    process.exit(ok ? 0 : 1);
}

main().catch(e => {
    console.error(`burst: ${(e as Error).message}`);
    process.exit(1);
});
