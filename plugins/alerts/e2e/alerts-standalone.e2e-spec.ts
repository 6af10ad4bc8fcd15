import { DefaultJobQueuePlugin } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import crypto from 'crypto';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { B2bPlugin } from '../../b2b';
import { LogisticsPlugin } from '../../logistics';
import { MarketplacePlugin } from '../../marketplace';
import { PortalPlugin } from '../../portal';
import { RfqPlugin } from '../../rfq';
import { WarehousePlugin } from '../../warehouse';
import { ALERT_EVALUATION_QUEUE, AlertsPlugin } from '../index';

import {
    AlAlertsDocument,
    AlConditionsDocument,
    AlCreateRuleDocument,
    AlQueueJobsDocument,
    AlRotateSigningKeyDocument,
    AlRunScanDocument,
    AlSigningKeysDocument,
} from './graphql/generated-admin';
import {
    AlAddItemDocument,
    AlAddPaymentDocument,
    AlEligibleShippingMethodsDocument,
    AlSetAddressAndCustomerDocument,
    AlSetShippingMethodDocument,
    AlTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';

/*
 * The alerts plugin without any other Triflow plugin: it boots and offers the core conditions only. A spec file of
 * its own: Vendure builds its GraphQL modules once per module registry, so one file cannot boot two plugin sets.
 * On production's job queue (Vendure's SQL queue, as without Redis), where an event's checks are queued in the
 * event's own transaction; the other alert specs run Vendure's in-memory queue, which gets them after the commit.
 */
describe('Alerts without the other Triflow plugins', () => {
    const others = [B2bPlugin, MarketplacePlugin, RfqPlugin, WarehousePlugin, LogisticsPlugin, PortalPlugin];
    const env = createTriflowTestEnvironment({
        plugins: [
            ...triflowTestConfig().plugins.filter(p => !others.includes(p as never)),
            DefaultJobQueuePlugin.init({ pollInterval: 100 }),
        ],
    });
    const { adminClient } = env;
    // A configured signing key, rotated by configuration: the new PEM signs, the old one's public half stays published.
    const rsaPem = () =>
        crypto
            .generateKeyPairSync('rsa', { modulusLength: 2048 })
            .privateKey.export({ type: 'pkcs8', format: 'pem' })
            .toString();
    const newKey = rsaPem();
    const oldPublicKey = crypto.createPublicKey(rsaPem()).export({ type: 'spki', format: 'pem' }).toString();
    AlertsPlugin.init({ webhookSigningKey: newKey, webhookRetiredSigningKeys: [oldPublicKey] });
    const thumbprint = (pem: string) => {
        const { e, kty, n } = crypto.createPublicKey(pem).export({ format: 'jwk' });
        return crypto.createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
    };

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    async function until<T>(
        read: () => Promise<T>,
        accept: (v: T) => boolean,
        timeoutMs = 15_000,
    ): Promise<T> {
        const deadline = Date.now() + timeoutMs;
        let value = await read();
        while (!accept(value) && Date.now() < deadline) {
            await new Promise(r => setTimeout(r, 100));
            value = await read();
        }
        return value;
    }

    const newShop = () =>
        new SimpleGraphQLClient(
            triflowTestConfig(),
            `http://localhost:${triflowTestConfig().apiOptions.port}/shop-api`,
        );

    /** A guest's order of one T_1, delivered to Leeds, arranging payment. */
    async function prepareOrder(shop: SimpleGraphQLClient, emailAddress: string) {
        const { addItemToOrder } = await run(shop, AlAddItemDocument, { variantId: 'T_1', quantity: 1 });
        if (addItemToOrder.__typename !== 'Order') {
            throw new Error(addItemToOrder.__typename);
        }
        await run(shop, AlSetAddressAndCustomerDocument, {
            address: { fullName: 'Buyer', streetLine1: '1 High St', city: 'Leeds', countryCode: 'GB' },
            customer: { emailAddress, firstName: 'Al', lastName: 'Buyer' },
        });
        const { eligibleShippingMethods } = await run(shop, AlEligibleShippingMethodsDocument);
        await run(shop, AlSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
        await run(shop, AlTransitionToArrangingPaymentDocument);
        return { addItemToOrder };
    }

    async function placeOrder(emailAddress: string) {
        const shop = newShop();
        await prepareOrder(shop, emailAddress);
        const { addPaymentToOrder } = await run(shop, AlAddPaymentDocument, { metadata: {} });
        if (addPaymentToOrder.__typename !== 'Order') {
            throw new Error(addPaymentToOrder.__typename);
        }
        return addPaymentToOrder;
    }

    it('offers only the core conditions', async () => {
        const { alertConditions } = await run(adminClient, AlConditionsDocument);
        expect(alertConditions.map(c => c.code)).toEqual([
            'order-not-shipped',
            'order-total-above',
            'payment-declined',
        ]);
    });

    it('raises one alert after three declined payments and resolves it once a payment goes through', async () => {
        const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
            input: {
                name: 'Declined payments',
                condition: { code: 'payment-declined', arguments: [{ name: 'times', value: '3' }] },
            },
        });
        const alertsOfRule = () =>
            run(adminClient, AlAlertsDocument, {
                options: { filter: { ruleId: { eq: createAlertRule.id } } },
            });

        const shop = newShop();
        const { addItemToOrder } = await prepareOrder(shop, 'declined@triflow.test');
        for (let i = 1; i <= 2; i++) {
            const { addPaymentToOrder } = await run(shop, AlAddPaymentDocument, {
                metadata: { shouldDecline: true },
            });
            expect(addPaymentToOrder.__typename).toBe('PaymentDeclinedError');
        }
        // Two declines: below the rule's three. Their checks run on the job queue (one job per decline, queued once
        // the payment's transaction committed): let both finish first, or a check still queued when the third
        // decline lands would count three and bump the alert the third one raises.
        const evaluationJobs = async () =>
            (await run(adminClient, AlQueueJobsDocument, { queueName: ALERT_EVALUATION_QUEUE })).jobs.items;
        const settled = await until(
            evaluationJobs,
            jobs => jobs.length === 2 && jobs.every(j => j.state === 'COMPLETED'),
        );
        expect(settled.map(j => j.state)).toEqual(['COMPLETED', 'COMPLETED']);
        await run(adminClient, AlRunScanDocument);
        expect((await alertsOfRule()).alerts.totalItems).toBe(0);
        const { addPaymentToOrder: third } = await run(shop, AlAddPaymentDocument, {
            metadata: { shouldDecline: true },
        });
        expect(third.__typename).toBe('PaymentDeclinedError');
        const { alerts } = await until(alertsOfRule, r => r.alerts.totalItems > 0);
        expect(alerts.items).toHaveLength(1);
        expect(alerts.items[0]).toMatchObject({
            subjectType: 'Order',
            subjectLabel: addItemToOrder.code,
            status: 'open',
            occurrences: 1,
            messageEn: `Payment for order ${addItemToOrder.code} was declined 3 times.`,
        });

        const { addPaymentToOrder: paid } = await run(shop, AlAddPaymentDocument, { metadata: {} });
        expect(paid.__typename).toBe('Order');
        const { runAlertScan } = await run(adminClient, AlRunScanDocument);
        expect(runAlertScan.resolved).toBe(1);
        expect((await alertsOfRule()).alerts.items[0].status).toBe('resolved');
    });

    it('queues the check of a placed order only where an enabled rule could hold for it', async () => {
        const totalChecks = async () =>
            (await run(adminClient, AlQueueJobsDocument, { queueName: ALERT_EVALUATION_QUEUE })).jobs.items
                .map(job => ({
                    state: job.state,
                    data: job.data as { conditionCode: string; subjectId: string },
                }))
                .filter(job => job.data.conditionCode === 'order-total-above');
        // No rule of the condition yet: a placed order is not checked.
        const first = await placeOrder('total-first@triflow.test');
        // An enabled rule at the order's total (an order of that total is not above it) and a disabled one at 0.
        const rule = async (name: string, amount: number, enabled: boolean) =>
            (
                await run(adminClient, AlCreateRuleDocument, {
                    input: {
                        name,
                        enabled,
                        condition: {
                            code: 'order-total-above',
                            arguments: [{ name: 'amount', value: String(amount) }],
                        },
                    },
                })
            ).createAlertRule.id;
        const atTotal = await rule('At the total', first.totalWithTax, true);
        await rule('Disabled', 0, false);
        const second = await placeOrder('total-second@triflow.test');
        expect(second.totalWithTax).toBe(first.totalWithTax);
        // A rule one minor unit below the total: the next order is checked, and raises that rule's alert only.
        const belowTotal = await rule('Below the total', first.totalWithTax - 1, true);
        const third = await placeOrder('total-third@triflow.test');
        // queued in the order's own transaction: there when the order is answered placed, not some time after
        expect(
            (await totalChecks()).filter(j => j.data.subjectId === third.id.replace(/^T_/, '')),
        ).toHaveLength(1);
        const ofRule = (ruleId: string) =>
            run(adminClient, AlAlertsDocument, { options: { filter: { ruleId: { eq: ruleId } } } });
        const { alerts } = await until(
            () => ofRule(belowTotal),
            r => r.alerts.totalItems > 0,
        );
        expect(alerts.items).toEqual([expect.objectContaining({ subjectLabel: third.code, status: 'open' })]);
        // The first two orders were heard long before the third was placed: one check was queued, the third's.
        const checks = await until(totalChecks, jobs => jobs.every(j => j.state === 'COMPLETED'));
        expect(checks).toEqual([
            { state: 'COMPLETED', data: expect.objectContaining({ subjectId: third.id.replace(/^T_/, '') }) },
        ]);
        expect((await ofRule(atTotal)).alerts.totalItems).toBe(0);
    });

    it('publishes the configured key and the retired one given with it; rotation by hand is refused with what to do', async () => {
        const response = await fetch(
            `http://localhost:${triflowTestConfig().apiOptions.port}/alerts/.well-known/jwks.json`,
        );
        const { keys } = (await response.json()) as { keys: Array<{ kid: string; n: string }> };
        expect(keys.map(k => k.kid)).toEqual([thumbprint(newKey), thumbprint(oldPublicKey)]);
        const { alertSigningKeys } = await run(adminClient, AlSigningKeysDocument);
        expect(alertSigningKeys).toEqual([
            {
                kid: thumbprint(newKey),
                active: true,
                createdAt: null,
                retiredAt: null,
                publishedUntil: null,
            },
            {
                kid: thumbprint(oldPublicKey),
                active: false,
                createdAt: null,
                retiredAt: null,
                publishedUntil: null,
            },
        ]);
        expect(await expectGraphQLError(adminClient, AlRotateSigningKeyDocument)).toMatch(
            /the old one in webhookRetiredSigningKeys/,
        );
        expect((await run(adminClient, AlSigningKeysDocument)).alertSigningKeys).toHaveLength(2);
    });

    it('refuses a retired key that is not an RSA key at start', () => {
        expect(() => AlertsPlugin.init({ webhookRetiredSigningKeys: ['not a key'] })).toThrow(
            /webhookRetiredSigningKeys\[0\] must be the PEM of an RSA key/,
        );
    });
});
