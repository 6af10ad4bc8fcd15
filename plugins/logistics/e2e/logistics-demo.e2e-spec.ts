import { mergeConfig, RequestContextService } from '@vendure/core';
import {
    defaultEmailHandlers,
    EmailDetails,
    EmailPlugin,
    FileBasedTemplateLoader,
} from '@vendure/email-plugin';
import { createTestEnvironment } from '@vendure/testing';
import path from 'path';

import { getTestCustomers, loginAsCustomer, run, startTestServer } from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { logisticsEmailHandlers } from '../config/shipment-email-handlers';
import { demoSeeder } from '../demo';
import { DEMO_TRACKING_NUMBERS } from '../demo/logistics-demo';

import {
    LgCarriersDocument,
    LgCustomerLanguageDocument,
    LgOrderByIdDocument,
    LgShipmentsDocument,
} from './graphql/generated-admin';
import {
    LgAddItemDocument,
    LgAddPaymentDocument,
    LgEligibleShippingMethodsDocument,
    LgSetAddressDocument,
    LgSetShippingMethodDocument,
    LgToArrangingPaymentDocument,
} from './graphql/generated-shop';
import {
    address,
    closeWebhookClient,
    eventually,
    postWebhook,
    shipWithCarrier,
} from './logistics-e2e-helpers';

describe('Logistics demo data and shipment emails', () => {
    const sent: EmailDetails[] = [];
    // EmailPlugin keeps its options in a static field, which building the production config (inside
    // triflowTestConfig) sets too: init the testing transport after that, then boot with it.
    const config = triflowTestConfig();
    const emailPlugin = EmailPlugin.init({
        handlers: [...defaultEmailHandlers, ...logisticsEmailHandlers],
        templateLoader: new FileBasedTemplateLoader(
            path.join(__dirname, '..', '..', '..', 'static', 'email', 'templates'),
        ),
        transport: { type: 'testing', onSend: details => sent.push(details) },
        globalTemplateVars: { fromAddress: '"Triflow" <noreply@triflow.example>' },
    });
    const env = createTestEnvironment(mergeConfig(config, { plugins: [...config.plugins, emailPlugin] }));
    const shipmentEmails = () => sent.filter(e => /已送达|delivered|配送出现问题|problem/i.test(e.subject));

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 2 });
    });

    afterAll(async () => {
        closeWebhookClient();
        await env.server.destroy();
    });

    describe('demo data', () => {
        it('seeds a webhook and a manual carrier and four shipped orders with timelines, once', async () => {
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            await demoSeeder.seed(env.server.app, ctx);
            await demoSeeder.seed(env.server.app, ctx);

            const { carriers } = await run(env.adminClient, LgCarriersDocument, {});
            expect(carriers.items.map(c => [c.code, c.adapterCode, c.enabled]).sort()).toEqual([
                ['city-courier', 'manual', true],
                ['swift-express', 'generic-webhook', true],
            ]);
            expect(carriers.items.find(c => c.code === 'swift-express')?.name).toBe('Swift Express 迅捷快递');

            const { shipments } = await run(env.adminClient, LgShipmentsDocument, {});
            expect(shipments.totalItems).toBe(4);
            const byNumber = new Map(shipments.items.map(s => [s.trackingNumber, s]));
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.delivered)?.status).toBe('Delivered');
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.exception)?.status).toBe('Exception');
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.exception)?.subStatus).toBe('customs-hold');
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.waiting)?.status).toBe('InfoReceived');
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.manual)?.status).toBe('InTransit');
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.delivered)?.events.map(e => e.status)).toEqual([
                'InfoReceived',
                'InTransit',
                'InTransit',
                'OutForDelivery',
                'Delivered',
            ]);
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.delivered)?.trackingUrl).toBe(
                `https://track.swift-express.example/${DEMO_TRACKING_NUMBERS.delivered}`,
            );
            expect(byNumber.get(DEMO_TRACKING_NUMBERS.manual)?.events[0].carrierEventId).toMatch(/^manual-/);

            // The orders followed their shipments through Vendure's state machines.
            const stateOf = async (trackingNumber: string) =>
                (
                    await run(env.adminClient, LgOrderByIdDocument, {
                        id: byNumber.get(trackingNumber)!.orderId,
                    })
                ).order?.state;
            expect(await stateOf(DEMO_TRACKING_NUMBERS.delivered)).toBe('Delivered');
            expect(await stateOf(DEMO_TRACKING_NUMBERS.exception)).toBe('Shipped');
            expect(await stateOf(DEMO_TRACKING_NUMBERS.waiting)).toBe('PaymentSettled');
            expect(await stateOf(DEMO_TRACKING_NUMBERS.manual)).toBe('Shipped');
        });

        it('seeds a shipping method priced by the rate table, in English and Chinese, its checker following the calculator', async () => {
            const offered = async (
                postalCode: string,
                countryCode = 'GB',
                languageCode = 'en',
                variantId = 'T_5',
            ) => {
                await env.shopClient.asAnonymousUser();
                await run(env.shopClient, LgAddItemDocument, { variantId, quantity: 1 });
                await run(env.shopClient, LgSetAddressDocument, {
                    address: { ...address, postalCode, countryCode },
                });
                const { eligibleShippingMethods } = await env.shopClient.query(
                    LgEligibleShippingMethodsDocument,
                    {},
                    { languageCode },
                );
                return eligibleShippingMethods.find(m => /weight|重量/.test(m.name));
            };
            // T_5 (a 9.90 cable) has no weight: the first band of each zone, plus the Northern Ireland surcharge for
            // BT; the 1,299.00 laptop T_1 ships free (over 500.00), the surcharge still due
            expect(await offered('LS1 4AB')).toMatchObject({ name: 'Parcel by weight and zone', price: 800 });
            expect(await offered('BT1 1AA')).toMatchObject({ price: 1300 });
            expect(await offered('200120', 'CN', 'zh_Hans')).toMatchObject({
                name: '按重量和区域计费的包裹',
                price: 1500,
            });
            expect(await offered('LS1 4AB', 'GB', 'en', 'T_1')).toMatchObject({ price: 0 });
            expect(await offered('BT1 1AA', 'GB', 'en', 'T_1')).toMatchObject({ price: 500 });
        });

        it('emails the demo shoppers in their own language: delivered in English, the exception in Chinese', async () => {
            const emails = await eventually(
                () => Promise.resolve(shipmentEmails()),
                e => e.length >= 2,
            );
            expect(emails.map(e => [e.recipient, e.subject]).sort()).toEqual([
                ['emma.clarke@example.com', expect.stringMatching(/^Your order \w+ has been delivered$/)],
                ['wang.fang@example.cn', expect.stringMatching(/^您的订单 \w+ 配送出现问题$/)],
            ]);
            const chinese = emails.find(e => e.recipient === 'wang.fang@example.cn')!;
            expect(chinese.body).toContain('海关查验：缺少商业发票');
            expect(chinese.body).toContain(DEMO_TRACKING_NUMBERS.exception);
            expect(chinese.body).not.toContain('Dear');
            const english = emails.find(e => e.recipient === 'emma.clarke@example.com')!;
            expect(english.body).toContain('Dear Emma Clarke');
            expect(english.body).toContain(
                `https://track.swift-express.example/${DEMO_TRACKING_NUMBERS.delivered}`,
            );
            expect(english.body).not.toContain('您好');
        });
    });

    describe('shipment emails', () => {
        let secret: string;

        beforeAll(async () => {
            const { carriers } = await run(env.adminClient, LgCarriersDocument, {
                options: { filter: { code: { eq: 'swift-express' } } },
            });
            secret = carriers.items[0].webhookSecret!;
        });

        /** Places an order as the logged-in customer, the shop request in `languageCode`. */
        async function placeOrderIn(languageCode: string): Promise<string> {
            const q = { languageCode };
            await env.shopClient.query(LgAddItemDocument, { variantId: 'T_1', quantity: 1 }, q);
            await env.shopClient.query(LgSetAddressDocument, { address }, q);
            const { eligibleShippingMethods } = await env.shopClient.query(
                LgEligibleShippingMethodsDocument,
                {},
                q,
            );
            await env.shopClient.query(
                LgSetShippingMethodDocument,
                { ids: [eligibleShippingMethods[0].id] },
                q,
            );
            await env.shopClient.query(LgToArrangingPaymentDocument, {}, q);
            const { addPaymentToOrder } = await env.shopClient.query(LgAddPaymentDocument, {}, q);
            if (addPaymentToOrder.__typename !== 'Order') {
                throw new Error(JSON.stringify(addPaymentToOrder));
            }
            return addPaymentToOrder.code;
        }

        const deliver = (trackingNumber: string, id: string, status = 'Delivered') =>
            postWebhook(
                'swift-express',
                JSON.stringify({ id, trackingNumber, status, occurredAt: new Date().toISOString() }),
                { secret },
            );

        it('records the language a customer orders in and writes the delivery email in it', async () => {
            const [customer] = await getTestCustomers(env.adminClient);
            await loginAsCustomer(env.shopClient, customer.emailAddress);
            const code = await placeOrderIn('zh_Hans');
            const language = await eventually(
                async () =>
                    (await run(env.adminClient, LgCustomerLanguageDocument, { id: customer.id })).customer
                        ?.customFields?.notificationLanguage,
                l => l === 'zh_Hans',
            );
            expect(language).toBe('zh_Hans');

            await shipWithCarrier(env.adminClient, code, 'swift-express', 'ZH-MAIL-1');
            expect((await deliver('ZH-MAIL-1', 'zh-mail-1')).status).toBe(202);
            const emails = await eventually(
                () => Promise.resolve(shipmentEmails().filter(e => e.recipient === customer.emailAddress)),
                e => e.length >= 1,
            );
            expect(emails.map(e => e.subject)).toEqual([`您的订单 ${code} 已送达`]);
            expect(emails[0].body).toContain('ZH-MAIL-1');
        });

        it('writes in English after the customer orders in English, and not for a status without an email', async () => {
            const [customer] = await getTestCustomers(env.adminClient);
            const code = await placeOrderIn('en');
            await eventually(
                async () =>
                    (await run(env.adminClient, LgCustomerLanguageDocument, { id: customer.id })).customer
                        ?.customFields?.notificationLanguage,
                l => l === 'en',
            );
            await shipWithCarrier(env.adminClient, code, 'swift-express', 'EN-MAIL-1');
            // In transit: no email.
            expect((await deliver('EN-MAIL-1', 'en-mail-1', 'InTransit')).status).toBe(202);
            expect((await deliver('EN-MAIL-1', 'en-mail-2', 'AttemptFail')).status).toBe(202);
            const emails = await eventually(
                () => Promise.resolve(shipmentEmails().filter(e => e.body.includes('EN-MAIL-1'))),
                e => e.length >= 1,
            );
            expect(emails.map(e => e.subject)).toEqual([`A problem with the delivery of your order ${code}`]);
            expect(emails[0].recipient).toBe(customer.emailAddress);
        });
    });
});
