import { RequestContextService } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { demoSeeder } from '../demo';
import {
    DEMO_LARGE_ORDER_RULE,
    DEMO_UNSHIPPED_RULE,
    DEMO_WEBHOOK_ENDPOINT,
    DEMO_WEBHOOK_URL,
} from '../demo/alerts-demo';

import {
    AlAlertDeliveriesDocument,
    AlAlertsDocument,
    AlEndpointsDocument,
    AlOrderByCodeDocument,
    AlRulesDocument,
} from './graphql/generated-admin';
import {
    AlAddItemDocument,
    AlAddPaymentDocument,
    AlEligibleShippingMethodsDocument,
    AlSetAddressAndCustomerDocument,
    AlSetShippingMethodDocument,
    AlTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';

describe('Alerts demo data', () => {
    const env = createTriflowTestEnvironment();

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('seeds two rules, a webhook endpoint and one open alert on the largest placed order, once', async () => {
        const shop = new SimpleGraphQLClient(
            triflowTestConfig(),
            `http://localhost:${triflowTestConfig().apiOptions.port}/shop-api`,
        );
        const { addItemToOrder } = await run(shop, AlAddItemDocument, { variantId: 'T_1', quantity: 2 });
        if (addItemToOrder.__typename !== 'Order') {
            throw new Error(addItemToOrder.__typename);
        }
        await run(shop, AlSetAddressAndCustomerDocument, {
            address: { fullName: 'Buyer', streetLine1: '1 High St', city: 'Leeds', countryCode: 'GB' },
            customer: { emailAddress: 'demo-buyer@triflow.test', firstName: 'Demo', lastName: 'Buyer' },
        });
        const { eligibleShippingMethods } = await run(shop, AlEligibleShippingMethodsDocument);
        await run(shop, AlSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
        await run(shop, AlTransitionToArrangingPaymentDocument);
        await run(shop, AlAddPaymentDocument, { metadata: {} });
        const { orders } = await run(env.adminClient, AlOrderByCodeDocument, { code: addItemToOrder.code });
        const orderId = orders.items[0].id;

        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        await demoSeeder.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);

        const { alertRules } = await run(env.adminClient, AlRulesDocument, {});
        expect(alertRules.items.map(r => r.name).sort()).toEqual([
            DEMO_LARGE_ORDER_RULE,
            DEMO_UNSHIPPED_RULE,
        ]);
        const large = alertRules.items.find(r => r.name === DEMO_LARGE_ORDER_RULE)!;

        const { alerts } = await run(env.adminClient, AlAlertsDocument, {});
        expect(alerts.totalItems).toBe(1);
        expect(alerts.items[0]).toMatchObject({
            ruleId: large.id,
            status: 'open',
            severity: 'warning',
            subjectType: 'Order',
            subjectLabel: addItemToOrder.code,
            subjectLink: `/orders/${orderId.replace('T_', '')}`,
        });
        expect(alerts.items[0].messageEn).toContain(addItemToOrder.code);
        expect(alerts.items[0].messageZh).toContain(`订单 ${addItemToOrder.code}`);
        // Notified as it was raised, whatever the time of day: the quiet hours came after.
        expect(alerts.items[0].lastNotifiedAt).toBeTruthy();
        expect(large).toMatchObject({ quietHoursStart: '22:00', quietHoursEnd: '07:00' });

        // The webhook endpoint the large-order rule notifies, at an address fetch refuses to call: the alert's
        // delivery is attempted, fails without leaving the process, and is recorded.
        const { webhookEndpoints } = await run(env.adminClient, AlEndpointsDocument, {});
        expect(webhookEndpoints.items).toEqual([
            expect.objectContaining({
                name: DEMO_WEBHOOK_ENDPOINT,
                url: DEMO_WEBHOOK_URL,
                signing: 'hmac',
                enabled: true,
                rules: [{ id: large.id, name: DEMO_LARGE_ORDER_RULE }],
            }),
        ]);
        expect(new URL(DEMO_WEBHOOK_URL).hostname).toBe('127.0.0.1');
        const alertId = alerts.items[0].id;
        let deliveries = (await run(env.adminClient, AlAlertDeliveriesDocument, { alertId }))
            .webhookDeliveries;
        for (let i = 0; i < 150 && deliveries.length === 0; i++) {
            await new Promise(resolve => setTimeout(resolve, 100));
            deliveries = (await run(env.adminClient, AlAlertDeliveriesDocument, { alertId }))
                .webhookDeliveries;
        }
        expect(deliveries[deliveries.length - 1]).toMatchObject({
            attempt: 1,
            success: false,
            statusCode: null,
            error: 'fetch failed: bad port',
            endpoint: { id: webhookEndpoints.items[0].id, name: DEMO_WEBHOOK_ENDPOINT },
        });
    });
});
