import { SimpleGraphQLClient } from '@vendure/testing';
import http from 'http';

import { run } from '../../../src/testing/helpers';
import { testPort } from '../../../src/testing/test-config';
import { signWebhookBody } from '../config/webhook-signature';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, WEBHOOK_ROUTE } from '../constants';

import {
    LgAddFulfillmentDocument,
    LgOrderDocument,
    LgSettlePaymentDocument,
} from './graphql/generated-admin';
import {
    LgAddItemDocument,
    LgAddPaymentDocument,
    LgEligibleShippingMethodsDocument,
    LgSetAddressDocument,
    LgSetCustomerDocument,
    LgSetShippingMethodDocument,
    LgToArrangingPaymentDocument,
} from './graphql/generated-shop';

export const address = {
    fullName: 'Buyer',
    streetLine1: '1 High Street',
    city: 'Leeds',
    postalCode: 'LS1 4AB',
    countryCode: 'GB',
};

/**
 * Keep-alive sockets, at most 64 at a time: a burst of requests is all in flight at once, queued on these sockets
 * rather than opening a connection each (which overflows the listen backlog).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

let guestCounter = 0;

/**
 * Checks out one unit of `variantId` (as a guest when `guestEmail` is given, else as whoever the shop client is
 * logged in as) and returns the order code.
 */
export async function placeOrder(
    shop: SimpleGraphQLClient,
    variantId: string,
    guestEmail?: string,
): Promise<string> {
    const { addItemToOrder } = await run(shop, LgAddItemDocument, { variantId, quantity: 1 });
    if (addItemToOrder.__typename !== 'Order') {
        throw new Error(`addItemToOrder: ${JSON.stringify(addItemToOrder)}`);
    }
    await run(shop, LgSetAddressDocument, { address });
    if (guestEmail) {
        guestCounter += 1;
        await run(shop, LgSetCustomerDocument, {
            customer: { emailAddress: guestEmail, firstName: 'Guest', lastName: String(guestCounter) },
        });
    }
    const { eligibleShippingMethods } = await run(shop, LgEligibleShippingMethodsDocument);
    await run(shop, LgSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
    await run(shop, LgToArrangingPaymentDocument);
    const { addPaymentToOrder } = await run(shop, LgAddPaymentDocument);
    if (addPaymentToOrder.__typename !== 'Order') {
        throw new Error(`addPaymentToOrder: ${JSON.stringify(addPaymentToOrder)}`);
    }
    return addPaymentToOrder.code;
}

export async function adminOrder(admin: SimpleGraphQLClient, code: string) {
    const { orders } = await run(admin, LgOrderDocument, { code });
    const order = orders.items[0];
    if (!order) {
        throw new Error(`Order ${code} not found`);
    }
    return order;
}

/** Settles the order's payment and fulfils all of it with the carrier fulfillment handler. */
export async function shipWithCarrier(
    admin: SimpleGraphQLClient,
    code: string,
    carrierCode: string,
    trackingNumber: string,
    packages?: string,
) {
    const order = await adminOrder(admin, code);
    await run(admin, LgSettlePaymentDocument, { id: order.payments![0].id });
    const { addFulfillmentToOrder } = await run(admin, LgAddFulfillmentDocument, {
        input: {
            lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
            handler: {
                code: 'carrier-fulfillment',
                arguments: [
                    { name: 'carrierCode', value: carrierCode },
                    { name: 'trackingNumber', value: trackingNumber },
                    ...(packages ? [{ name: 'packages', value: packages }] : []),
                ],
            },
        },
    });
    return addFulfillmentToOrder;
}

export interface WebhookEventBody {
    id: string;
    trackingNumber: string;
    status: string;
    occurredAt: string;
    subStatus?: string;
    code?: string;
    description?: string;
    location?: string;
}

/** Posts a body to the webhook, signed with `secret` at `timestamp` (default now), unless `signature` is given. */
export async function postWebhook(
    carrierCode: string,
    body: string,
    options: { secret: string; timestamp?: number; signature?: string },
): Promise<{ status: number; json: unknown }> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = options.signature ?? signWebhookBody(options.secret, timestamp, body);
    const payload = Buffer.from(body);
    return new Promise((resolve, reject) => {
        const req = http.request(
            {
                host: 'localhost',
                port: testPort(),
                path: `/${WEBHOOK_ROUTE}/${carrierCode}`,
                method: 'POST',
                agent,
                headers: {
                    'content-type': 'application/json',
                    'content-length': payload.length,
                    [TIMESTAMP_HEADER]: String(timestamp),
                    [SIGNATURE_HEADER]: signature,
                },
            },
            res => {
                const chunks: Buffer[] = [];
                res.on('data', (c: Buffer) => chunks.push(c));
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let json: unknown = text;
                    try {
                        json = JSON.parse(text);
                    } catch {
                        // not JSON
                    }
                    resolve({ status: res.statusCode ?? 0, json });
                });
                res.on('error', reject);
            },
        );
        req.on('error', reject);
        req.end(payload);
    });
}

/** Polls `read` until `done` holds (events are applied on the job queue after the webhook answered). */
export async function eventually<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    attempts = 150,
): Promise<T> {
    let last = await read();
    for (let i = 0; i < attempts && !done(last); i++) {
        await new Promise(resolve => setTimeout(resolve, 200));
        last = await read();
    }
    return last;
}

/** Closes the webhook client's keep-alive sockets (call in afterAll). */
export function closeWebhookClient(): void {
    agent.destroy();
}
