/**
 * Posts one correctly signed tracking event to a running server's carrier webhook, as a carrier would, so a
 * merchant can watch a shipment move in the Dashboard (Shipments) and its order follow.
 *
 *   npm run demo:webhook -- SWX100000003 InTransit
 *   npm run demo:webhook -- SWX100000003 Delivered "Left with the neighbour" "Leeds, GB"
 *   BASE_URL=http://localhost:3000 CARRIER=swift-express npm run demo:webhook -- <tracking number> <status>
 *
 * The carrier's webhook secret is read through the admin API (SUPERADMIN_USERNAME / SUPERADMIN_PASSWORD, the
 * development defaults otherwise). Statuses: Pending, InfoReceived, InTransit, OutForDelivery, AttemptFail,
 * Delivered, AvailableForPickup, Exception, Expired. Prints the server's answer; exits non-zero unless it is 202.
 */
import crypto from 'crypto';

import { SIGNATURE_HEADER, TIMESTAMP_HEADER, WEBHOOK_ROUTE } from '../plugins/logistics/constants';
import { signWebhookBody } from '../plugins/logistics/config/webhook-signature';
import { trackingStatuses } from '../plugins/logistics/config/tracking-status';

const baseUrl = (process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
const carrierCode = process.env.CARRIER ?? 'swift-express';
const admin = {
    username: process.env.SUPERADMIN_USERNAME ?? 'superadmin',
    password: process.env.SUPERADMIN_PASSWORD ?? 'superadmin',
};

async function adminQuery<T>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
): Promise<{ data: T; token?: string }> {
    const response = await fetch(`${baseUrl}/admin-api`, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) {
        throw new Error(`admin API: ${body.errors?.[0]?.message ?? response.status}`);
    }
    return { data: body.data, token: response.headers.get('vendure-auth-token') ?? token };
}

async function carrierSecret(): Promise<string> {
    const login = await adminQuery<{ login: { __typename: string; message?: string } }>(
        `mutation ($username: String!, $password: String!) {
            login(username: $username, password: $password) { __typename ... on ErrorResult { message } }
        }`,
        admin,
    );
    if (login.data.login.__typename !== 'CurrentUser') {
        throw new Error(`Cannot log in as ${admin.username}: ${login.data.login.message ?? ''}`);
    }
    const { data } = await adminQuery<{
        carriers: { items: Array<{ code: string; adapterCode: string; webhookSecret: string | null }> };
    }>(
        `query ($code: String!) {
            carriers(options: { filter: { code: { eq: $code } } }) { items { code adapterCode webhookSecret } }
        }`,
        { code: carrierCode },
        login.token,
    );
    const carrier = data.carriers.items[0];
    if (!carrier) {
        throw new Error(`No carrier "${carrierCode}" (set CARRIER=<code>)`);
    }
    if (!carrier.webhookSecret) {
        throw new Error(`${admin.username} may not read the webhook secret of "${carrierCode}"`);
    }
    return carrier.webhookSecret;
}

async function main(): Promise<void> {
    const [trackingNumber, status, description, location] = process.argv.slice(2);
    if (!trackingNumber || !status) {
        throw new Error('Usage: npm run demo:webhook -- <tracking number> <status> [description] [location]');
    }
    if (!(trackingStatuses as string[]).includes(status)) {
        throw new Error(`"${status}" is not one of ${trackingStatuses.join(', ')}`);
    }
    const secret = await carrierSecret();
    const body = JSON.stringify({
        events: [
            {
                id: `demo-${crypto.randomUUID()}`,
                trackingNumber,
                status,
                code: status,
                description: description ?? `${status} (demo webhook)`,
                location: location ?? undefined,
                occurredAt: new Date().toISOString(),
            },
        ],
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`${baseUrl}/${WEBHOOK_ROUTE}/${carrierCode}`, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signWebhookBody(secret, timestamp, body),
        },
        body,
    });
    const answer = await response.text();
    process.stdout.write(`${response.status} ${answer}\n`);
    if (response.status !== 202) {
        process.exit(1);
    }
}

main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
