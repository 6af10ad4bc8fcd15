import { OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import {
    ConfigService,
    EventBus,
    Injector,
    mergeConfig,
    PluginCommonModule,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    VendureEvent,
    VendurePlugin,
} from '@vendure/core';
import { EmailDetails, EmailPlugin, FileBasedTemplateLoader } from '@vendure/email-plugin';
import { createTestEnvironment, SimpleGraphQLClient } from '@vendure/testing';
import crypto from 'crypto';
import http from 'http';
import { AddressInfo } from 'net';
import path from 'path';

import {
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    newAdminClient,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { testDb, triflowTestConfig } from '../../../src/testing/test-config';
import {
    ALERT_SIGNATURE_HEADER,
    ALERT_WEBHOOK_CLEANUP_TASK_ID,
    AlertConditionDef,
    AlertConditionRegistry,
    AlertEvaluationService,
    alertEmailHandler,
    Alert,
    AlertNotificationKind,
    AlertNotificationEvent,
    AlertsPlugin,
    onEvent,
    AlertSigningKey,
    verifyAlertWebhookJws,
    verifyAlertWebhookSignature,
    WebhookDelivery,
} from '../index';
import { AlertNotificationsDecidedEvent } from '../events/alert-notifications-decided.event';

import {
    AlAcknowledgeDocument,
    AlAddFulfillmentDocument,
    AlAlertDocument,
    AlAlertsDocument,
    AlAssignDocument,
    AlCommentDocument,
    AlConditionsDocument,
    AlCreateChannelDocument,
    AlCreateCompanyDocument,
    AlCreateCreditAccountDocument,
    AlAlertDeliveriesDocument,
    AlAlertRuleEndpointsDocument,
    AlCreateEndpointDocument,
    AlCreateEndpointWithRulesDocument,
    AlCreateRuleDocument,
    AlDeleteEndpointsDocument,
    AlDeleteRuleDocument,
    AlEndpointAllDeliveriesDocument,
    AlEndpointDeliveriesPageDocument,
    AlEndpointDeliveriesDocument,
    AlEndpointDocument,
    AlEndpointsDocument,
    AlOpenCountDocument,
    AlOrderByCodeDocument,
    AlpAdministratorRolesDocument,
    AlPlaceCreditHoldDocument,
    AlRedeliverFailedDocument,
    AlRedeliverWebhookDocument,
    AlRotateSigningKeyDocument,
    AlSigningKeysDocument,
    AlReleaseCreditHoldDocument,
    AlResolveDocument,
    AlRulesDocument,
    AlRunScanDocument,
    AlSendTestWebhookDocument,
    AlSettlePaymentDocument,
    AlSnoozeDocument,
    AlTransitionFulfillmentDocument,
    AlUpdateEndpointDocument,
    AlUpdateRuleDocument,
    AlZonesDocument,
} from './graphql/generated-admin';
import {
    AlAddItemDocument,
    AlAddPaymentDocument,
    AlEligibleShippingMethodsDocument,
    AlSetAddressAndCustomerDocument,
    AlSetShippingMethodDocument,
    AlTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A clock the spec moves forward. */
let offsetMs = 0;
/** The channel `branch-south` the webhook delivery specs create (its administrators may not rotate the key). */
let branchSouthChannelId = '';
const clock = { now: () => new Date(Date.now() + offsetMs) };

/** A test plugin's event and condition: the alerts plugin knows nothing of either. */
class WidgetJammedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public widgetId: string,
    ) {
        super();
    }
}
const jammedWidgets = new Set<string>();
const widgetJammedCondition = new AlertConditionDef({
    code: 'test-widget-jammed',
    description: [
        { languageCode: LanguageCode.en, value: 'Widget jammed' },
        { languageCode: LanguageCode.zh_Hans, value: '小部件卡住' },
    ],
    args: {},
    events: [onEvent(WidgetJammedEvent, e => ({ id: e.widgetId }))],
    check(_c, id) {
        return Promise.resolve(
            jammedWidgets.has(String(id))
                ? {
                      type: 'Widget',
                      id,
                      label: `W-${String(id)}`,
                      link: `/widgets/${String(id)}`,
                      message: {
                          en: `Widget ${String(id)} is jammed`,
                          zh_Hans: `小部件 ${String(id)} 卡住了`,
                      },
                  }
                : undefined,
        );
    },
    stillHolds(_c, id) {
        return Promise.resolve(jammedWidgets.has(String(id)));
    },
});

@VendurePlugin({ imports: [PluginCommonModule] })
class TestWidgetPlugin implements OnApplicationBootstrap {
    constructor(private moduleRef: ModuleRef) {}

    onApplicationBootstrap() {
        this.moduleRef.get(AlertConditionRegistry, { strict: false }).register(widgetJammedCondition);
    }
}

/** Poll an async read until `accept` takes it (jobs run after the mutation answered). */
async function until<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!accept(value) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 100));
        value = await read();
    }
    return value;
}

/**
 * The notifications heard so far, once `accept` takes them. Vendure hands an event to `ofType` subscribers after the
 * publishing transaction commits, which can be after the mutation has answered.
 */
function heard<T>(read: () => T, accept: (v: T) => boolean, timeoutMs?: number): Promise<T> {
    return until(() => Promise.resolve(read()), accept, timeoutMs);
}

const DASHBOARD_URL = 'https://admin.triflow.test/dashboard';

describe('Alerts', () => {
    /** Emails the EmailPlugin sent (its testing transport). */
    const sent: EmailDetails[] = [];
    // EmailPlugin and AlertsPlugin keep their options in static fields, which building the test configuration sets
    // too (triflowPlugins() registers AlertsPlugin with the defaults): init them after it, then boot with them.
    const config = triflowTestConfig();
    const emailPlugin = EmailPlugin.init({
        handlers: [alertEmailHandler],
        templateLoader: new FileBasedTemplateLoader(
            path.join(__dirname, '..', '..', '..', 'static', 'email', 'templates'),
        ),
        transport: { type: 'testing', onSend: details => sent.push(details) },
        globalTemplateVars: { fromAddress: '"Triflow" <noreply@triflow.test>', dashboardUrl: DASHBOARD_URL },
    });
    const env = createTestEnvironment(
        mergeConfig(config, { plugins: [...config.plugins, TestWidgetPlugin, emailPlugin] }),
    );
    AlertsPlugin.init({ clock });
    const { adminClient, shopClient } = env;
    const notifications: AlertNotificationEvent[] = [];

    /** The local webhook receiver: answers 500 twice, then 200. */
    const received: Array<{ status: number; body: string; signature: string }> = [];
    let failuresLeft = 2;
    const receiver = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
            const status = failuresLeft > 0 ? 500 : 200;
            failuresLeft--;
            received.push({
                status,
                body: Buffer.concat(chunks).toString('utf-8'),
                signature: String(req.headers[ALERT_SIGNATURE_HEADER] ?? ''),
            });
            res.writeHead(status).end();
        });
    });
    const secret = 'a-shared-secret-of-some-length';

    /** A second receiver, for the endpoint signing with JWS: answers 200. */
    const jwsReceived: Array<{ body: string; signature: string }> = [];
    const jwsReceiver = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
            jwsReceived.push({
                body: Buffer.concat(chunks).toString('utf-8'),
                signature: String(req.headers[ALERT_SIGNATURE_HEADER] ?? ''),
            });
            res.writeHead(200).end();
        });
    });

    /** A third receiver, for test deliveries and redeliveries: answers the statuses queued, then 200. */
    const hookReceived: Array<{ status: number; body: string; signature: string }> = [];
    const hookStatuses: number[] = [];
    const hookReceiver = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
            const status = hookStatuses.shift() ?? 200;
            hookReceived.push({
                status,
                body: Buffer.concat(chunks).toString('utf-8'),
                signature: String(req.headers[ALERT_SIGNATURE_HEADER] ?? ''),
            });
            res.writeHead(status).end();
        });
    });

    beforeAll(async () => {
        await new Promise<void>(resolve => receiver.listen(0, '127.0.0.1', resolve));
        await new Promise<void>(resolve => jwsReceiver.listen(0, '127.0.0.1', resolve));
        await new Promise<void>(resolve => hookReceiver.listen(0, '127.0.0.1', resolve));
        await startTestServer(env, { customerCount: 1 });
        env.server.app
            .get(EventBus)
            .ofType(AlertNotificationEvent)
            .subscribe(e => notifications.push(e));
    });

    afterAll(async () => {
        await env.server.destroy();
        await new Promise(resolve => receiver.close(resolve));
        await new Promise(resolve => jwsReceiver.close(resolve));
        await new Promise(resolve => hookReceiver.close(resolve));
    });

    async function placeOrder(quantity = 1, metadata: Record<string, unknown> = {}) {
        const shop = new SimpleGraphQLClient(
            triflowTestConfig(),
            `http://localhost:${triflowTestConfig().apiOptions.port}/shop-api`,
        );
        const { addItemToOrder } = await run(shop, AlAddItemDocument, { variantId: 'T_1', quantity });
        if (addItemToOrder.__typename !== 'Order') {
            throw new Error(addItemToOrder.__typename);
        }
        await run(shop, AlSetAddressAndCustomerDocument, {
            address: { fullName: 'Buyer', streetLine1: '1 High St', city: 'Leeds', countryCode: 'GB' },
            customer: {
                emailAddress: `buyer-${Date.now()}-${Math.random()}@triflow.test`,
                firstName: 'B',
                lastName: 'Uyer',
            },
        });
        const { eligibleShippingMethods } = await run(shop, AlEligibleShippingMethodsDocument);
        await run(shop, AlSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
        await run(shop, AlTransitionToArrangingPaymentDocument);
        const { addPaymentToOrder } = await run(shop, AlAddPaymentDocument, { metadata });
        return { code: addItemToOrder.code, payment: addPaymentToOrder };
    }

    const alertsOf = (ruleId: string) =>
        run(adminClient, AlAlertsDocument, {
            options: { filter: { ruleId: { eq: ruleId } }, sort: { id: 'ASC' } },
        });

    it('lists the built-in conditions of the installed plugins and a test plugin’s condition', async () => {
        const { alertConditions } = await run(adminClient, AlConditionsDocument);
        const codes = alertConditions.map(c => c.code);
        expect(codes).toEqual(
            expect.arrayContaining([
                'order-not-shipped',
                'order-total-above',
                'payment-declined',
                'b2b-credit-utilisation-above',
                'b2b-company-on-hold',
                'b2b-agreement-expiring',
                'warehouse-stock-below-reorder-point',
                'warehouse-purchase-order-overdue',
                'warehouse-goods-received-with-notes',
                'logistics-shipment-exception',
                'logistics-shipment-stalled',
                'rfq-quote-request-unanswered',
                'test-widget-jammed',
            ]),
        );
        const notShipped = alertConditions.find(c => c.code === 'order-not-shipped');
        expect(notShipped?.description).toBe('Order not shipped within { hours } hours of payment');
        expect(notShipped?.args).toEqual([
            expect.objectContaining({
                name: 'hours',
                type: 'int',
                defaultValue: 24,
                label: 'Hours after payment',
            }),
        ]);
    });

    it('labels the conditions in the asked language, whatever the request’s language', async () => {
        // The request is in English; the Dashboard asks for its UI language.
        const { alertConditions } = await run(adminClient, AlConditionsDocument, { languageCode: 'zh_Hans' });
        const totalAbove = alertConditions.find(c => c.code === 'order-total-above');
        expect(totalAbove?.description).toBe('订单金额超过 { amount }');
        expect(totalAbove?.args).toEqual([
            expect.objectContaining({ name: 'amount', label: '金额（含税）' }),
        ]);
        // Every built-in condition has a Chinese description and Chinese argument labels.
        const han = /[\u4e00-\u9fff]/;
        const builtIn = alertConditions.filter(c => c.code !== 'test-widget-jammed');
        expect(builtIn.length).toBe(12);
        for (const c of builtIn) {
            expect({ code: c.code, description: han.test(c.description) }).toEqual({
                code: c.code,
                description: true,
            });
            for (const a of c.args) {
                expect({ code: c.code, arg: a.name, label: han.test(a.label ?? '') }).toEqual({
                    code: c.code,
                    arg: a.name,
                    label: true,
                });
            }
        }
        // Without the argument: the request's language.
        const { alertConditions: en } = await run(adminClient, AlConditionsDocument, {});
        expect(en.find(c => c.code === 'order-total-above')?.args[0].label).toBe('Amount (with tax)');
    });

    it('refuses a rule with an unknown condition, a missing argument, a bad email or half quiet hours', async () => {
        const base = { name: 'Bad', condition: { code: 'order-total-above', arguments: [] } };
        expect(
            await expectGraphQLError(adminClient, AlCreateRuleDocument, {
                input: { ...base, condition: { code: 'no-such-condition', arguments: [] } },
            }),
        ).toMatch(/Unknown alert condition "no-such-condition"/);
        expect(await expectGraphQLError(adminClient, AlCreateRuleDocument, { input: base })).toMatch(
            /needs the argument "amount"/,
        );
        const withAmount = {
            ...base,
            condition: { code: 'order-total-above', arguments: [{ name: 'amount', value: '100' }] },
        };
        expect(
            await expectGraphQLError(adminClient, AlCreateRuleDocument, {
                input: { ...withAmount, recipientEmails: ['not-an-email'] },
            }),
        ).toMatch(/"not-an-email" is not an email address/);
        expect(
            await expectGraphQLError(adminClient, AlCreateRuleDocument, {
                input: { ...withAmount, quietHoursStart: '22:00' },
            }),
        ).toMatch(/both quietHoursStart and quietHoursEnd/);
        expect(
            await expectGraphQLError(adminClient, AlCreateEndpointDocument, {
                input: { name: 'Short', url: 'http://127.0.0.1/x', secret: 'short' },
            }),
        ).toMatch(/at least 16 characters/);
    });

    describe('order not shipped within N hours of payment', () => {
        let ruleId: string;
        let endpointId: string;
        let orderCode: string;
        let alertId: string;

        beforeAll(async () => {
            const port = (receiver.address() as AddressInfo).port;
            const { createWebhookEndpoint } = await run(adminClient, AlCreateEndpointDocument, {
                input: { name: 'Ops hook', url: `http://127.0.0.1:${port}/alerts`, secret },
            });
            endpointId = createWebhookEndpoint.id;
            const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: 'Expedite paid orders',
                    condition: { code: 'order-not-shipped', arguments: [{ name: 'hours', value: '24' }] },
                    severity: 'critical',
                    dueInHours: 4,
                    recipientEmails: ['sales@triflow.test'],
                    webhookEndpointIds: [endpointId],
                },
            });
            ruleId = createAlertRule.id;
            expect(createAlertRule).toMatchObject({
                condition: { code: 'order-not-shipped', args: [{ name: 'hours', value: '24' }] },
                severity: 'critical',
                webhookEndpoints: [{ id: endpointId }],
            });
        });

        it('raises nothing while the order is younger than N hours, then one alert after the clock moved', async () => {
            const placed = await placeOrder();
            orderCode = placed.code;
            expect(placed.payment.__typename).toBe('Order');
            const { orders } = await run(adminClient, AlOrderByCodeDocument, { code: orderCode });
            await run(adminClient, AlSettlePaymentDocument, { id: orders.items[0].payments![0].id });

            await run(adminClient, AlRunScanDocument);
            expect((await alertsOf(ruleId)).alerts.totalItems).toBe(0);

            offsetMs = 25 * HOUR;
            const { runAlertScan } = await run(adminClient, AlRunScanDocument);
            expect(runAlertScan.raised).toBe(1);
            const { alerts } = await alertsOf(ruleId);
            expect(alerts.totalItems).toBe(1);
            alertId = alerts.items[0].id;
            expect(alerts.items[0]).toMatchObject({
                subjectType: 'Order',
                subjectLabel: orderCode,
                subjectLink: `/orders/${orders.items[0].id.replace('T_', '')}`,
                severity: 'critical',
                status: 'open',
                occurrences: 1,
            });
            expect(alerts.items[0].messageEn).toMatch(
                new RegExp(`Order ${orderCode} was paid 2[45] hours ago`),
            );
            expect(alerts.items[0].messageZh).toContain(`订单 ${orderCode}`);
            expect(
                new Date(alerts.items[0].dueAt!).getTime() - new Date(alerts.items[0].firstSeenAt).getTime(),
            ).toBe(4 * HOUR);
            const { openAlertCount } = await run(adminClient, AlOpenCountDocument);
            expect(openAlertCount).toMatchObject({ open: 1, critical: 1 });
            expect(
                await heard(
                    () => notifications.filter(n => String(n.alert.id) === alertId.replace('T_', '')),
                    n => n.length > 0,
                ),
            ).toHaveLength(1);
            expect(notifications[notifications.length - 1].recipients).toEqual(['sales@triflow.test']);
        });

        it('delivers the webhook once after two failures, signed, with every attempt recorded', async () => {
            const { webhookEndpoint, webhookDeliveries } = await until(
                () => run(adminClient, AlEndpointDeliveriesDocument, { id: endpointId, alertId }),
                r => r.webhookDeliveries.length >= 3,
            );
            expect(webhookEndpoint?.deliveries.map(d => d.alertId)).toEqual([alertId, alertId, alertId]);
            const attempts = [...webhookEndpoint!.deliveries].sort((a, b) => a.attempt - b.attempt);
            expect(attempts.map(a => [a.attempt, a.statusCode, a.success])).toEqual([
                [1, 500, false],
                [2, 500, false],
                [3, 200, true],
            ]);
            expect(attempts[0].error).toBe('HTTP 500');
            expect(webhookDeliveries.map(d => d.attempt).sort()).toEqual([1, 2, 3]);
            expect(received.map(r => r.status)).toEqual([500, 500, 200]);
            const last = received[2];
            expect(verifyAlertWebhookSignature(secret, last.body, last.signature, { now: clock.now() })).toBe(
                true,
            );
            expect(
                verifyAlertWebhookSignature('another-secret-entirely', last.body, last.signature, {
                    now: clock.now(),
                }),
            ).toBe(false);
            const payload = JSON.parse(last.body);
            expect(payload).toMatchObject({
                type: 'alert.raised',
                alert: { subject: { type: 'Order', label: orderCode }, severity: 'critical' },
            });
        });

        it('lists the endpoint with the rules that notify it and its last delivery; each delivery names its endpoint', async () => {
            const { webhookEndpoints } = await run(adminClient, AlEndpointsDocument, {
                options: { filter: { name: { eq: 'Ops hook' } } },
            });
            expect(webhookEndpoints.items).toEqual([
                {
                    id: endpointId,
                    name: 'Ops hook',
                    url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/alerts$/),
                    signing: 'hmac',
                    enabled: true,
                    rules: [{ id: ruleId, name: 'Expedite paid orders' }],
                    lastDelivery: expect.objectContaining({
                        alertId,
                        attempt: 3,
                        success: true,
                        statusCode: 200,
                    }),
                },
            ]);
            const { webhookDeliveries, alert } = await run(adminClient, AlAlertDeliveriesDocument, {
                alertId,
            });
            expect(webhookDeliveries.map(d => d.endpoint)).toEqual([
                { id: endpointId, name: 'Ops hook' },
                { id: endpointId, name: 'Ops hook' },
                { id: endpointId, name: 'Ops hook' },
            ]);
            // The rule of an alert lists its endpoints too (it is not loaded with them there).
            expect(alert?.rule.webhookEndpoints).toEqual([{ id: endpointId, name: 'Ops hook' }]);
        });

        it('sets the rules of an endpoint from the endpoint’s side: added, kept when omitted, replaced', async () => {
            const { createAlertRule: other } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: 'Another rule for hooks',
                    enabled: false,
                    condition: {
                        code: 'order-total-above',
                        arguments: [{ name: 'amount', value: '99999999' }],
                    },
                },
            });
            const { createWebhookEndpoint: second } = await run(
                adminClient,
                AlCreateEndpointWithRulesDocument,
                {
                    input: {
                        name: 'Second hook',
                        url: 'http://127.0.0.1:9/second',
                        secret,
                        signing: 'jws',
                        ruleIds: [ruleId, other.id],
                    },
                },
            );
            expect(second.rules).toEqual([
                { id: other.id, name: 'Another rule for hooks' },
                { id: ruleId, name: 'Expedite paid orders' },
            ]);
            expect(second.lastDelivery).toBeNull();
            const { alertRules } = await run(adminClient, AlRulesDocument, {
                options: { filter: { id: { eq: ruleId } } },
            });
            expect(alertRules.items[0].webhookEndpoints.map(e => e.name).sort()).toEqual([
                'Ops hook',
                'Second hook',
            ]);

            const renamed = await run(adminClient, AlUpdateEndpointDocument, {
                input: { id: second.id, name: 'Second hook, renamed', enabled: false },
            });
            expect(renamed.updateWebhookEndpoint).toMatchObject({
                name: 'Second hook, renamed',
                enabled: false,
                signing: 'jws',
                rules: [{ id: other.id }, { id: ruleId }],
            });

            const narrowed = await run(adminClient, AlUpdateEndpointDocument, {
                input: { id: second.id, ruleIds: [other.id] },
            });
            expect(narrowed.updateWebhookEndpoint.rules).toEqual([
                { id: other.id, name: 'Another rule for hooks' },
            ]);
            const { alertRules: left } = await run(adminClient, AlRulesDocument, {
                options: { filter: { id: { eq: ruleId } } },
            });
            expect(left.items[0].webhookEndpoints).toEqual([{ id: endpointId, name: 'Ops hook' }]);

            // An unknown rule changes nothing.
            expect(
                await expectGraphQLError(adminClient, AlUpdateEndpointDocument, {
                    input: { id: second.id, name: 'Not saved', ruleIds: [ruleId, 'T_99999'] },
                }),
            ).toMatch(/No AlertRule with the id "99999"/);
            const { webhookEndpoint } = await run(adminClient, AlEndpointDocument, { id: second.id });
            expect(webhookEndpoint).toMatchObject({
                name: 'Second hook, renamed',
                rules: [{ id: other.id }],
            });

            await run(adminClient, AlDeleteRuleDocument, { id: other.id });
            const { webhookEndpoint: orphan } = await run(adminClient, AlEndpointDocument, { id: second.id });
            expect(orphan?.rules).toEqual([]);
            await run(adminClient, AlDeleteEndpointsDocument, { ids: [second.id] });
        });

        it('keeps one alert per rule and order under parallel scans and counts the occurrences', async () => {
            const results = await Promise.all([1, 2, 3, 4].map(() => run(adminClient, AlRunScanDocument)));
            expect(results.every(r => r.runAlertScan.raised === 1)).toBe(true);
            const { alerts } = await alertsOf(ruleId);
            expect(alerts.totalItems).toBe(1);
            expect(alerts.items[0].occurrences).toBe(5);
        });

        it('resolves the alert by itself once the order shipped', async () => {
            const { orders } = await run(adminClient, AlOrderByCodeDocument, { code: orderCode });
            const order = orders.items[0];
            const { addFulfillmentToOrder } = await run(adminClient, AlAddFulfillmentDocument, {
                input: {
                    lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'manual-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Courier' },
                            { name: 'trackingCode', value: 'TRK-1' },
                        ],
                    },
                },
            });
            expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
            const fulfillmentId = (addFulfillmentToOrder as { id: string }).id;
            const shipped = await run(adminClient, AlTransitionFulfillmentDocument, {
                id: fulfillmentId,
                state: 'Shipped',
            });
            expect(shipped.transitionFulfillmentToState.__typename).toBe('Fulfillment');

            const { runAlertScan } = await run(adminClient, AlRunScanDocument);
            expect(runAlertScan).toMatchObject({ raised: 0, resolved: 1 });
            const { alert } = await run(adminClient, AlAlertDocument, { id: alertId });
            expect(alert).toMatchObject({ status: 'resolved', actedByAdministratorId: null, occurrences: 5 });
            expect(alert?.resolvedAt).toBeTruthy();
            const { openAlertCount } = await run(adminClient, AlOpenCountDocument);
            expect(openAlertCount.open).toBe(0);
        });
        it('deletes endpoints in bulk, all or none; their deliveries stay with the alert', async () => {
            const { createWebhookEndpoint: spare } = await run(
                adminClient,
                AlCreateEndpointWithRulesDocument,
                {
                    input: { name: 'Spare hook', url: 'http://127.0.0.1:9/spare', secret, ruleIds: [ruleId] },
                },
            );
            expect(
                await expectGraphQLError(adminClient, AlDeleteEndpointsDocument, {
                    ids: [endpointId, spare.id, 'T_99999'],
                }),
            ).toMatch(/No WebhookEndpoint with the id "99999"/);
            const before = await run(adminClient, AlEndpointsDocument, {
                options: { filter: { id: { in: [endpointId, spare.id] } } },
            });
            expect(before.webhookEndpoints.totalItems).toBe(2);

            const { deleteWebhookEndpoints } = await run(adminClient, AlDeleteEndpointsDocument, {
                ids: [endpointId, spare.id],
            });
            expect(deleteWebhookEndpoints).toEqual([{ result: 'DELETED' }, { result: 'DELETED' }]);
            const after = await run(adminClient, AlEndpointsDocument, {
                options: { filter: { id: { in: [endpointId, spare.id] } } },
            });
            expect(after.webhookEndpoints.totalItems).toBe(0);
            const { alertRules } = await run(adminClient, AlRulesDocument, {
                options: { filter: { id: { eq: ruleId } } },
            });
            expect(alertRules.items[0].webhookEndpoints).toEqual([]);
            const { webhookDeliveries } = await run(adminClient, AlAlertDeliveriesDocument, { alertId });
            expect(webhookDeliveries.map(d => [d.attempt, d.endpointId, d.endpoint])).toEqual(
                expect.arrayContaining([
                    [1, endpointId, null],
                    [2, endpointId, null],
                    [3, endpointId, null],
                ]),
            );
        });
    });

    describe('a condition contributed by a test plugin', () => {
        let ruleId: string;

        beforeAll(async () => {
            const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: 'Jammed widgets',
                    condition: { code: 'test-widget-jammed', arguments: [] },
                    severity: 'warning',
                    renotifyIntervalMinutes: 60,
                },
            });
            ruleId = createAlertRule.id;
        });

        const publishJam = async (widgetId: string) => {
            jammedWidgets.add(widgetId);
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            await env.server.app.get(EventBus).publish(new WidgetJammedEvent(ctx, widgetId));
        };
        const widgetAlert = async (widgetId: string) =>
            (await alertsOf(ruleId)).alerts.items.find(a => a.subjectId === widgetId);

        it('raises an alert from the test plugin’s event through the job queue', async () => {
            await publishJam('1');
            const alert = await until(
                () => widgetAlert('1'),
                a => !!a,
            );
            expect(alert).toMatchObject({
                subjectType: 'Widget',
                subjectLabel: 'W-1',
                status: 'open',
                occurrences: 1,
            });
        });

        it('keeps one alert when the same trigger is evaluated in parallel transactions', async () => {
            jammedWidgets.add('2');
            const app = env.server.app;
            const evaluation = app.get(AlertEvaluationService);
            const connection = app.get(TransactionalConnection);
            // Each trigger in a context of its own, as six jobs on six workers would be: on PostgreSQL each in its
            // own transaction; sql.js has a single connection that refuses a second open transaction, so there the
            // six calls interleave statement by statement.
            const contexts = await Promise.all(
                Array.from({ length: 6 }, () => app.get(RequestContextService).create({ apiType: 'admin' })),
            );
            await Promise.all(
                contexts.map(base =>
                    testDb === 'postgres'
                        ? connection.withTransaction(base, ctx =>
                              evaluation.evaluate(ctx, 'test-widget-jammed', '2'),
                          )
                        : evaluation.evaluate(base, 'test-widget-jammed', '2'),
                ),
            );
            const { alerts } = await alertsOf(ruleId);
            const forWidget2 = alerts.items.filter(a => a.subjectId === '2');
            expect(forWidget2).toHaveLength(1);
            expect(forWidget2[0].occurrences).toBe(6);
        });

        it('re-notifies an open alert after the interval, and stops once it is acknowledged', async () => {
            const alert = (await widgetAlert('1'))!;
            const count = () =>
                notifications.filter(n => n.alert.subjectId === '1' && n.rule.name === 'Jammed widgets')
                    .length;
            // sent by a job queued once the check's transaction committed
            expect(await heard(count, c => c >= 1)).toBe(1);
            offsetMs += 61 * 60_000;
            await run(adminClient, AlRunScanDocument);
            expect(await heard(count, c => c >= 2)).toBe(2);
            expect(notifications[notifications.length - 1].renotification).toBe(true);

            const { acknowledgeAlerts } = await run(adminClient, AlAcknowledgeDocument, { ids: [alert.id] });
            expect(acknowledgeAlerts[0]).toMatchObject({ status: 'acknowledged' });
            expect(acknowledgeAlerts[0].actedByAdministratorId).toBeTruthy();
            offsetMs += 61 * 60_000;
            await run(adminClient, AlRunScanDocument);
            // nothing more within a second (a re-notification would be heard well within it)
            expect(await heard(count, c => c > 2, 1_000)).toBe(2);

            // A repeat while acknowledged bumps the same alert.
            await publishJam('1');
            const bumped = await until(
                () => widgetAlert('1'),
                a => (a?.occurrences ?? 0) >= 2,
            );
            expect(bumped).toMatchObject({ id: alert.id, occurrences: 2, status: 'acknowledged' });
        });

        it('snoozes an alert until a time and reopens it then; refuses a time in the past', async () => {
            const alert = (await widgetAlert('2'))!;
            expect(
                await expectGraphQLError(adminClient, AlSnoozeDocument, {
                    ids: [alert.id],
                    until: new Date(clock.now().getTime() - HOUR).toISOString(),
                }),
            ).toMatch(/until must be a time in the future/);
            const until1h = new Date(clock.now().getTime() + HOUR).toISOString();
            const { snoozeAlerts } = await run(adminClient, AlSnoozeDocument, {
                ids: [alert.id],
                until: until1h,
            });
            expect(snoozeAlerts[0]).toMatchObject({ status: 'snoozed', snoozedUntil: until1h });
            expect((await run(adminClient, AlRunScanDocument)).runAlertScan.reopened).toBe(0);
            offsetMs += 2 * HOUR;
            expect((await run(adminClient, AlRunScanDocument)).runAlertScan.reopened).toBe(1);
            expect(await widgetAlert('2')).toMatchObject({ status: 'open', snoozedUntil: null });
        });

        it('assigns, comments and resolves in bulk, and auto-resolves when the condition stops holding', async () => {
            const one = (await widgetAlert('1'))!;
            const two = (await widgetAlert('2'))!;
            const { assignAlerts } = await run(adminClient, AlAssignDocument, {
                input: { ids: [one.id, two.id], roleId: 'T_1' },
            });
            expect(assignAlerts.map(a => a.assigneeRoleId)).toEqual(['T_1', 'T_1']);
            await run(adminClient, AlCommentDocument, { alertId: one.id, body: '  Technician on the way  ' });
            const { alert } = await run(adminClient, AlAlertDocument, { id: one.id });
            expect(alert?.comments.map(c => c.body)).toEqual(['Technician on the way']);
            expect(
                await expectGraphQLError(adminClient, AlCommentDocument, { alertId: one.id, body: '   ' }),
            ).toMatch(/needs some text/);

            const { resolveAlerts } = await run(adminClient, AlResolveDocument, { ids: [one.id] });
            expect(resolveAlerts[0].status).toBe('resolved');
            expect(
                await expectGraphQLError(adminClient, AlAcknowledgeDocument, { ids: [one.id, two.id] }),
            ).toMatch(/is resolved and cannot be acknowledged/);
            // The refused bulk call changed nothing.
            expect((await widgetAlert('2'))?.status).toBe('open');

            jammedWidgets.delete('2');
            const { runAlertScan } = await run(adminClient, AlRunScanDocument);
            expect(runAlertScan.resolved).toBe(1);
            expect((await widgetAlert('2'))?.status).toBe('resolved');

            // After resolution, a new occurrence opens a new alert.
            await publishJam('1');
            const fresh = await until(
                async () => (await alertsOf(ruleId)).alerts.items.filter(a => a.subjectId === '1'),
                list => list.length === 2,
            );
            expect(fresh.map(a => a.status)).toEqual(['resolved', 'open']);
        });

        it('holds back notifications in quiet hours except for critical alerts', async () => {
            const now = clock.now();
            const hhmm = (d: Date) => d.toISOString().slice(11, 16);
            await run(adminClient, AlUpdateRuleDocument, {
                input: {
                    id: ruleId,
                    quietHoursStart: hhmm(new Date(now.getTime() - HOUR)),
                    quietHoursEnd: hhmm(new Date(now.getTime() + HOUR)),
                },
            });
            // counted per widget: the fresh alert of the test before may still be on its way
            const heardOf = (widgetId: string) =>
                notifications.filter(n => n.rule.name === 'Jammed widgets' && n.alert.subjectId === widgetId)
                    .length;
            await publishJam('3');
            await until(
                () => widgetAlert('3'),
                a => !!a,
            );
            expect((await widgetAlert('3'))?.lastNotifiedAt).toBeNull();

            await run(adminClient, AlUpdateRuleDocument, { input: { id: ruleId, severity: 'critical' } });
            await publishJam('4');
            await until(
                () => widgetAlert('4'),
                a => !!a?.lastNotifiedAt,
            );
            expect(
                await heard(
                    () => heardOf('4'),
                    n => n >= 1,
                ),
            ).toBe(1);
            expect(heardOf('3')).toBe(0);

            // After the quiet hours, the next scan notifies what was held back.
            offsetMs += 2 * HOUR;
            await run(adminClient, AlRunScanDocument);
            expect((await widgetAlert('3'))?.lastNotifiedAt).toBeTruthy();
        });
    });

    describe('notifications decided but never sent (the server stopped in between)', () => {
        const RULE = 'Widgets outbox';
        const RECIPIENT = 'outbox@triflow.test';
        let outboxRuleId: string;
        const alertRepo = () =>
            env.server.app.get(TransactionalConnection).rawConnection.getRepository(Alert);
        const mailsFor = (widgetId: string) =>
            sent.filter(m => m.recipient === RECIPIENT && m.subject.endsWith(`: W-${widgetId}`)).length;
        const notifiedFor = (widgetId: string) =>
            notifications.filter(n => n.rule.name === RULE && n.alert.subjectId === widgetId).length;
        const outboxAlert = async (widgetId: string) =>
            (await alertsOf(outboxRuleId)).alerts.items.find(a => a.subjectId === widgetId);
        const pendingOf = async (id: string) =>
            (await alertRepo().findOneByOrFail({ id: id.replace('T_', '') })).notificationPending;
        const scan = async () => (await run(adminClient, AlRunScanDocument)).runAlertScan;

        beforeAll(async () => {
            const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: RULE,
                    condition: { code: 'test-widget-jammed', arguments: [] },
                    severity: 'critical',
                    recipientEmails: [RECIPIENT],
                },
            });
            outboxRuleId = createAlertRule.id;
        });

        afterAll(async () => {
            // leave the inbox as the later tests expect it: this rule's alerts go with it, the widgets' others resolved
            await run(adminClient, AlDeleteRuleDocument, { id: outboxRuleId });
            const others = (await run(adminClient, AlAlertsDocument)).alerts.items.filter(
                a => ['7', '8', '9'].includes(a.subjectId) && a.status !== 'resolved',
            );
            await run(adminClient, AlResolveDocument, { ids: others.map(a => a.id) });
            ['7', '8', '9'].forEach(id => jammedWidgets.delete(id));
        });

        /** Raises the rule's alert about a widget and waits until its notification was sent and cleared. */
        async function raisedAndSent(widgetId: string) {
            jammedWidgets.add(widgetId);
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            await env.server.app.get(EventBus).publish(new WidgetJammedEvent(ctx, widgetId));
            const alert = (await until(
                () => outboxAlert(widgetId),
                a => !!a?.lastNotifiedAt,
            ))!;
            expect(
                await heard(
                    () => mailsFor(widgetId),
                    n => n >= 1,
                ),
            ).toBe(1);
            expect(
                await until(
                    () => pendingOf(alert.id),
                    p => p === null,
                ),
            ).toBeNull();
            return alert;
        }

        it('sends a notification left pending by the next scan after two minutes, once', async () => {
            const alert = await raisedAndSent('7');
            // What a stop between the deciding commit and the sending job leaves: marked notified and pending.
            await alertRepo().update(
                { id: alert.id.replace('T_', '') },
                { notificationPending: AlertNotificationKind.Raised, lastNotifiedAt: clock.now() },
            );
            // within the grace period the scan leaves it to the job that may still be waiting
            expect((await scan()).resent).toBe(0);
            offsetMs += 3 * 60_000;
            expect((await scan()).resent).toBe(1);
            expect(
                await heard(
                    () => mailsFor('7'),
                    n => n >= 2,
                ),
            ).toBe(2);
            expect(
                await until(
                    () => pendingOf(alert.id),
                    p => p === null,
                ),
            ).toBeNull();
            expect((await scan()).resent).toBe(0);
            expect(
                await heard(
                    () => mailsFor('7'),
                    n => n > 2,
                    1_000,
                ),
            ).toBe(2);
        });

        it('takes over the claim of a job that died once its lease ran out, never a live claim', async () => {
            const alert = await raisedAndSent('8');
            // A job claimed it (committed) and stopped before it sent and cleared it.
            await alertRepo().update(
                { id: alert.id.replace('T_', '') },
                {
                    notificationPending: AlertNotificationKind.Raised,
                    lastNotifiedAt: clock.now(),
                    notificationClaim: 'a-job-that-stopped',
                    notificationClaimedAt: clock.now(),
                },
            );
            offsetMs += 3 * 60_000;
            expect((await scan()).resent).toBe(0); // claimed 3 minutes ago: the job may still be sending
            offsetMs += 8 * 60_000;
            expect((await scan()).resent).toBe(1);
            expect(
                await heard(
                    () => mailsFor('8'),
                    n => n >= 2,
                ),
            ).toBe(2);
            expect(
                await until(
                    () => pendingOf(alert.id),
                    p => p === null,
                ),
            ).toBeNull();
        });

        it('sends once when two jobs are given the same alerts', async () => {
            const alert = await raisedAndSent('9');
            const before = notifiedFor('9');
            await alertRepo().update(
                { id: alert.id.replace('T_', '') },
                { notificationPending: AlertNotificationKind.Renotified, lastNotifiedAt: clock.now() },
            );
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            const batch = {
                channelId: '1',
                ruleId: outboxRuleId.replace('T_', ''),
                alertIds: [alert.id.replace('T_', '')],
                renotification: true,
            };
            // a scan re-queued what a job still waiting was given: two jobs, one claim
            await Promise.all([
                env.server.app.get(EventBus).publish(new AlertNotificationsDecidedEvent(ctx, [batch])),
                env.server.app.get(EventBus).publish(new AlertNotificationsDecidedEvent(ctx, [batch])),
            ]);
            expect(
                await until(
                    () => pendingOf(alert.id),
                    p => p === null,
                ),
            ).toBeNull();
            expect(
                await heard(
                    () => notifiedFor('9'),
                    n => n > before + 1,
                    1_000,
                ),
            ).toBe(before + 1);
            expect(notifications[notifications.length - 1].renotification).toBe(true);
            expect(
                await heard(
                    () => mailsFor('9'),
                    n => n >= 2,
                ),
            ).toBe(2);
        });
    });

    describe('B2B: dealer put on credit hold', () => {
        it('raises an alert when the hold is placed and resolves it when the hold is lifted', async () => {
            const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                input: { name: 'Dealers on hold', condition: { code: 'b2b-company-on-hold', arguments: [] } },
            });
            const { createCompany } = await run(adminClient, AlCreateCompanyDocument, {
                input: { name: '华南贸易 South Trading', code: 'south-trading' },
            });
            if (createCompany.__typename !== 'Company') {
                throw new Error(createCompany.message);
            }
            const { createCreditAccount } = await run(adminClient, AlCreateCreditAccountDocument, {
                input: { companyId: createCompany.id, creditLimit: 1_000_000, currencyCode: 'USD' },
            });
            await run(adminClient, AlPlaceCreditHoldDocument, { accountId: createCreditAccount.id });
            const { alerts } = await until(
                () => alertsOf(createAlertRule.id),
                r => r.alerts.totalItems > 0,
            );
            expect(alerts.items).toHaveLength(1);
            expect(alerts.items[0]).toMatchObject({
                subjectType: 'CreditAccount',
                subjectLabel: '华南贸易 South Trading',
                subjectLink: `/credit-accounts/${createCreditAccount.id.replace('T_', '')}`,
                status: 'open',
            });
            expect(alerts.items[0].messageZh).toContain('信用已冻结');

            await run(adminClient, AlReleaseCreditHoldDocument, { accountId: createCreditAccount.id });
            await run(adminClient, AlRunScanDocument);
            expect((await alertsOf(createAlertRule.id)).alerts.items[0].status).toBe('resolved');
        });
    });

    it('filters the inbox by status, severity, subject type and assignee', async () => {
        const { alerts: all } = await run(adminClient, AlAlertsDocument);
        const { alerts: openWidgets } = await run(adminClient, AlAlertsDocument, {
            options: { filter: { status: { eq: 'open' }, subjectType: { eq: 'Widget' } } },
        });
        const expected = all.items.filter(a => a.status === 'open' && a.subjectType === 'Widget');
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(all.totalItems);
        expect(openWidgets.items.map(a => a.id).sort()).toEqual(expected.map(a => a.id).sort());
        const { alerts: critical } = await run(adminClient, AlAlertsDocument, {
            options: { filter: { severity: { eq: 'critical' }, status: { notEq: 'resolved' } } },
        });
        expect(critical.items.map(a => a.subjectId)).toEqual(['4']);
        const { alerts: ofRole } = await run(adminClient, AlAlertsDocument, {
            options: { filter: { assigneeRoleId: { eq: 'T_1' } } },
        });
        expect(ofRole.items.map(a => a.subjectId).sort()).toEqual(['1', '2']);
    });

    it('filters and sorts the inbox by the message in the request’s language', async () => {
        const { alerts: all } = await run(adminClient, AlAlertsDocument);
        const withHold = all.items.filter(a => a.messageEn.includes('credit hold'));
        expect(withHold.length).toBeGreaterThan(0);
        expect(withHold.length).toBeLessThan(all.totalItems);
        const { alerts: en } = await run(adminClient, AlAlertsDocument, {
            options: { filter: { message: { contains: 'credit hold' } } },
        });
        expect(en.items.map(a => a.id).sort()).toEqual(withHold.map(a => a.id).sort());
        const zh = await adminClient.query(
            AlAlertsDocument,
            { options: { filter: { message: { contains: '信用已冻结' } } } },
            { languageCode: 'zh_Hans' },
        );
        expect(zh.alerts.items.map(a => a.id).sort()).toEqual(withHold.map(a => a.id).sort());
        expect(zh.alerts.items.every(a => a.message.includes('信用已冻结'))).toBe(true);
        // Compared as message sequences, so ties and the database's collation do not matter.
        const { alerts: asc } = await run(adminClient, AlAlertsDocument, {
            options: { sort: { message: 'ASC' } },
        });
        const { alerts: desc } = await run(adminClient, AlAlertsDocument, {
            options: { sort: { message: 'DESC' } },
        });
        expect(new Set(asc.items.map(a => a.messageEn)).size).toBeGreaterThan(1);
        expect(desc.items.map(a => a.messageEn)).toEqual(asc.items.map(a => a.messageEn).reverse());
    });

    describe('channels and permissions', () => {
        let otherChannelToken: string;
        let otherChannelId: string;

        beforeAll(async () => {
            const { zones } = await run(adminClient, AlZonesDocument);
            const { createChannel } = await run(adminClient, AlCreateChannelDocument, {
                input: {
                    code: 'branch-north',
                    token: 'branch-north-token',
                    defaultLanguageCode: 'en',
                    defaultTaxZoneId: zones.items[0].id,
                    defaultShippingZoneId: zones.items[0].id,
                    pricesIncludeTax: false,
                    defaultCurrencyCode: 'USD',
                },
            });
            if (createChannel.__typename !== 'Channel') {
                throw new Error(createChannel.message);
            }
            otherChannelToken = createChannel.token;
            otherChannelId = createChannel.id;
        });

        it('shows a branch administrator of another channel none of this channel’s alerts', async () => {
            const branchAdmin = new SimpleGraphQLClient(
                triflowTestConfig(),
                `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
            );
            await loginAsAdministratorWithPermissions(
                adminClient,
                branchAdmin,
                ['ReadAlert', 'UpdateAlert'],
                [otherChannelId],
            );
            branchAdmin.setChannelToken(otherChannelToken);
            const { alerts } = await run(branchAdmin, AlAlertsDocument);
            expect(alerts.totalItems).toBe(0);
            const { openAlertCount } = await run(branchAdmin, AlOpenCountDocument);
            expect(openAlertCount.active).toBe(0);

            const { alerts: mine } = await run(adminClient, AlAlertsDocument);
            expect(mine.totalItems).toBeGreaterThan(0);
            // Another channel's alert is "not found" there, not "forbidden".
            const { alert } = await run(branchAdmin, AlAlertDocument, { id: mine.items[0].id });
            expect(alert).toBeNull();
            expect(
                await expectGraphQLError(branchAdmin, AlAcknowledgeDocument, { ids: [mine.items[0].id] }),
            ).toMatch(/No Alert with the id/);
            // Its token for the default channel does not help.
            branchAdmin.setChannelToken('e2e-default-channel');
            expect(await expectGraphQLError(branchAdmin, AlAlertsDocument)).toMatch(
                /not currently authorized/,
            );
        });

        it('keeps webhook endpoints, their rules and deliveries to their channel', async () => {
            const { createAlertRule: rule } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: 'Default channel hook rule',
                    enabled: false,
                    condition: {
                        code: 'order-total-above',
                        arguments: [{ name: 'amount', value: '99999999' }],
                    },
                },
            });
            const { createWebhookEndpoint: endpoint } = await run(
                adminClient,
                AlCreateEndpointWithRulesDocument,
                {
                    input: {
                        name: 'Default channel hook',
                        url: 'http://127.0.0.1:9/default',
                        secret,
                        ruleIds: [rule.id],
                    },
                },
            );
            const branchAdmin = new SimpleGraphQLClient(
                triflowTestConfig(),
                `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
            );
            await loginAsAdministratorWithPermissions(
                adminClient,
                branchAdmin,
                ['CreateAlertRule', 'ReadAlertRule', 'UpdateAlertRule', 'DeleteAlertRule', 'ReadAlert'],
                [otherChannelId],
            );
            branchAdmin.setChannelToken(otherChannelToken);
            expect((await run(branchAdmin, AlEndpointsDocument)).webhookEndpoints.totalItems).toBe(0);
            expect(
                (await run(branchAdmin, AlEndpointDocument, { id: endpoint.id })).webhookEndpoint,
            ).toBeNull();
            expect(
                await expectGraphQLError(branchAdmin, AlCreateEndpointWithRulesDocument, {
                    input: { name: 'Branch hook', url: 'http://127.0.0.1:9/b', secret, ruleIds: [rule.id] },
                }),
            ).toMatch(/No AlertRule with the id/);
            expect(
                await expectGraphQLError(branchAdmin, AlDeleteEndpointsDocument, { ids: [endpoint.id] }),
            ).toMatch(/No WebhookEndpoint with the id/);
            const { alerts } = await run(adminClient, AlAlertsDocument, { options: { take: 1 } });
            expect(
                (await run(branchAdmin, AlAlertDeliveriesDocument, { alertId: alerts.items[0].id }))
                    .webhookDeliveries,
            ).toEqual([]);

            const { webhookEndpoint } = await run(adminClient, AlEndpointDocument, { id: endpoint.id });
            expect(webhookEndpoint?.rules).toEqual([{ id: rule.id, name: 'Default channel hook rule' }]);
            await run(adminClient, AlDeleteEndpointsDocument, { ids: [endpoint.id] });
            await run(adminClient, AlDeleteRuleDocument, { id: rule.id });
        });

        it('refuses alerts and rules to a role without the alert permissions', async () => {
            const clerk = new SimpleGraphQLClient(
                triflowTestConfig(),
                `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
            );
            await loginAsAdministratorWithPermissions(adminClient, clerk, ['ReadCatalog', 'ReadOrder']);
            expect(await expectGraphQLError(clerk, AlAlertsDocument)).toMatch(/not currently authorized/);
            expect(await expectGraphQLError(clerk, AlOpenCountDocument)).toMatch(/not currently authorized/);
            expect(await expectGraphQLError(clerk, AlConditionsDocument)).toMatch(/not currently authorized/);
            expect(
                await expectGraphQLError(clerk, AlCreateRuleDocument, {
                    input: { name: 'x', condition: { code: 'order-not-shipped', arguments: [] } },
                }),
            ).toMatch(/not currently authorized/);

            const reader = new SimpleGraphQLClient(
                triflowTestConfig(),
                `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
            );
            await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadAlert']);
            expect((await run(reader, AlAlertsDocument)).alerts.totalItems).toBeGreaterThan(0);
            const { alerts } = await run(reader, AlAlertsDocument);
            expect(
                await expectGraphQLError(reader, AlResolveDocument, { ids: [alerts.items[0].id] }),
            ).toMatch(/not currently authorized/);

            // Webhook endpoints and their deliveries are the rules' business, also as fields of an alert's rule.
            expect(await expectGraphQLError(reader, AlEndpointsDocument)).toMatch(/not currently authorized/);
            expect(
                await expectGraphQLError(reader, AlAlertRuleEndpointsDocument, { id: alerts.items[0].id }),
            ).toMatch(/not currently authorized/);
            expect(await expectGraphQLError(reader, AlDeleteEndpointsDocument, { ids: ['T_1'] })).toMatch(
                /not currently authorized/,
            );

            // Creating an endpoint for existing rules changes those rules: it takes UpdateAlertRule as well.
            const creator = new SimpleGraphQLClient(
                triflowTestConfig(),
                `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
            );
            await loginAsAdministratorWithPermissions(adminClient, creator, [
                'CreateAlertRule',
                'ReadAlertRule',
            ]);
            const { alertRules } = await run(creator, AlRulesDocument, { options: { take: 1 } });
            expect(
                await expectGraphQLError(creator, AlCreateEndpointWithRulesDocument, {
                    input: {
                        name: 'Creator hook',
                        url: 'http://127.0.0.1:9/c',
                        secret,
                        ruleIds: [alertRules.items[0].id],
                    },
                }),
            ).toMatch(/not currently authorized/);
            const { createWebhookEndpoint } = await run(creator, AlCreateEndpointWithRulesDocument, {
                input: { name: 'Creator hook', url: 'http://127.0.0.1:9/c', secret, ruleIds: [] },
            });
            expect(createWebhookEndpoint.rules).toEqual([]);
            await run(adminClient, AlDeleteEndpointsDocument, { ids: [createWebhookEndpoint.id] });
            await adminClient.asSuperAdmin();
        });
    });

    describe('email and JWS-signed webhook', () => {
        const companyName = '西南商贸 West Trading';
        let alert: Awaited<ReturnType<typeof alertsOf>>['alerts']['items'][number];
        let roleAdminEmail: string;
        let endpointId: string;
        let accountId: string;
        const jwsSecret = 'a-jws-secret-of-some-length';

        beforeAll(async () => {
            // An administrator holding a role of their own: the rule notifies that role.
            const roleAdmin = await loginAsAdministratorWithPermissions(adminClient, newAdminClient(), [
                'ReadAlert',
            ]);
            roleAdminEmail = roleAdmin.emailAddress;
            const { administrator } = await run(adminClient, AlpAdministratorRolesDocument, {
                id: roleAdmin.administratorId,
            });
            const port = (jwsReceiver.address() as AddressInfo).port;
            const { createWebhookEndpoint } = await run(adminClient, AlCreateEndpointDocument, {
                input: {
                    name: 'JWS hook',
                    url: `http://127.0.0.1:${port}/alerts`,
                    secret: jwsSecret,
                    signing: 'jws',
                },
            });
            expect(createWebhookEndpoint.signing).toBe('jws');
            endpointId = createWebhookEndpoint.id;
            const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: 'Dealers on hold (notified)',
                    condition: { code: 'b2b-company-on-hold', arguments: [] },
                    severity: 'warning',
                    recipientEmails: ['credit-control@triflow.test'],
                    recipientRoleIds: [administrator!.user.roles[0].id],
                    webhookEndpointIds: [endpointId],
                },
            });
            const { createCompany } = await run(adminClient, AlCreateCompanyDocument, {
                input: { name: companyName, code: 'west-trading' },
            });
            if (createCompany.__typename !== 'Company') {
                throw new Error(createCompany.message);
            }
            const { createCreditAccount } = await run(adminClient, AlCreateCreditAccountDocument, {
                input: { companyId: createCompany.id, creditLimit: 500_000, currencyCode: 'USD' },
            });
            accountId = createCreditAccount.id;
            await run(adminClient, AlPlaceCreditHoldDocument, { accountId });
            const { alerts } = await until(
                () => alertsOf(createAlertRule.id),
                r => r.alerts.totalItems > 0,
            );
            alert = alerts.items[0];
            expect(alert.messageEn).toBe(`${companyName} is on credit hold.`);
        });

        it('emails the rule’s addresses and the administrators of its recipient roles, in both languages, with the Dashboard link', async () => {
            const mails = await until(
                () => Promise.resolve(sent.filter(m => m.subject.includes(companyName))),
                m => m.length > 0,
            );
            expect(mails).toHaveLength(1);
            const [mail] = mails;
            expect(mail.subject).toBe(`[warning] Dealers on hold (notified): ${companyName}`);
            expect(mail.recipient.split(',').sort()).toEqual(
                ['credit-control@triflow.test', roleAdminEmail].sort(),
            );
            expect(mail.from).toBe('"Triflow" <noreply@triflow.test>');
            expect(mail.body).toContain(alert.messageEn);
            expect(mail.body).toContain(alert.messageZh);
            expect(alert.messageZh).toContain('信用已冻结');
            expect(mail.body).toContain(
                `href="${DASHBOARD_URL}/credit-accounts/${accountId.replace('T_', '')}"`,
            );
            // Rules without recipients send no email (the other hold rule of this spec raised an alert too).
            expect(sent.filter(m => m.subject.includes('Dealers on hold:'))).toHaveLength(0);
        });

        it('posts a compact JWS (HS256) whose payload is the body and which verifies with the secret only', async () => {
            const { webhookDeliveries } = await until(
                () => run(adminClient, AlEndpointDeliveriesDocument, { id: endpointId, alertId: alert.id }),
                r => r.webhookDeliveries.length > 0,
            );
            expect(webhookDeliveries.map(d => [d.attempt, d.statusCode, d.success])).toEqual([
                [1, 200, true],
            ]);
            expect(jwsReceived).toHaveLength(1);
            const { body, signature } = jwsReceived[0];
            const sentAt = (JSON.parse(body) as { sentAt: string }).sentAt;
            const parts = signature.split('.');
            expect(parts).toHaveLength(3);
            const [header, payload, mac] = parts;
            // The body is fixed when the alert is raised; the header is signed when the job posts it (a retry
            // signs anew), so `iat` lies between the body's `sentAt` and now.
            const jwsHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf-8')) as {
                iat: number;
            };
            expect(jwsHeader).toEqual({ alg: 'HS256', typ: 'JWT', iat: expect.any(Number) });
            expect(jwsHeader.iat).toBeGreaterThanOrEqual(Math.floor(new Date(sentAt).getTime() / 1000));
            expect(jwsHeader.iat).toBeLessThanOrEqual(Math.floor(clock.now().getTime() / 1000));
            expect(Buffer.from(payload, 'base64url').toString('utf-8')).toBe(body);
            const verifies = (key: string) => {
                const expected = crypto.createHmac('sha256', key).update(`${header}.${payload}`).digest();
                const given = Buffer.from(mac, 'base64url');
                return given.length === expected.length && crypto.timingSafeEqual(given, expected);
            };
            expect(verifies(jwsSecret)).toBe(true);
            expect(verifies('another-secret-entirely')).toBe(false);
            // Not the HMAC scheme's header.
            expect(verifyAlertWebhookSignature(jwsSecret, body, signature, { now: clock.now() })).toBe(false);
            expect(JSON.parse(body)).toMatchObject({
                type: 'alert.raised',
                alert: {
                    id: alert.id.replace('T_', ''),
                    severity: 'warning',
                    status: 'open',
                    subject: { type: 'CreditAccount', label: companyName, link: alert.subjectLink },
                    message: { en: alert.messageEn, zh_Hans: alert.messageZh },
                    occurrences: 1,
                },
            });
        });
    });

    describe('test delivery, redelivery and retention of webhook deliveries', () => {
        const hookSecret = 'a-test-hook-secret-of-length';
        let endpointId: string;
        let ruleId: string;
        let otherChannelToken: string;
        let otherChannelId: string;

        const newClient = () =>
            new SimpleGraphQLClient(
                triflowTestConfig(),
                `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
            );
        const deliveriesOf = async (id: string) =>
            (await run(adminClient, AlEndpointAllDeliveriesDocument, { id })).webhookEndpoint!.deliveries;

        beforeAll(async () => {
            const port = (hookReceiver.address() as AddressInfo).port;
            const { createWebhookEndpoint } = await run(adminClient, AlCreateEndpointDocument, {
                input: { name: 'Hook under test', url: `http://127.0.0.1:${port}/hook`, secret: hookSecret },
            });
            endpointId = createWebhookEndpoint.id;
            const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                input: {
                    name: 'Jammed widgets (hooked)',
                    condition: { code: 'test-widget-jammed', arguments: [] },
                    webhookEndpointIds: [endpointId],
                },
            });
            ruleId = createAlertRule.id;
            const { zones } = await run(adminClient, AlZonesDocument);
            const { createChannel } = await run(adminClient, AlCreateChannelDocument, {
                input: {
                    code: 'branch-south',
                    token: 'branch-south-token',
                    defaultLanguageCode: 'en',
                    defaultTaxZoneId: zones.items[0].id,
                    defaultShippingZoneId: zones.items[0].id,
                    pricesIncludeTax: false,
                    defaultCurrencyCode: 'USD',
                },
            });
            if (createChannel.__typename !== 'Channel') {
                throw new Error(createChannel.message);
            }
            otherChannelToken = createChannel.token;
            otherChannelId = createChannel.id;
            branchSouthChannelId = createChannel.id;
        });

        it('posts a signed alert.test body now and returns the recorded attempt, failed or not', async () => {
            hookStatuses.push(503);
            const { sendTestWebhook: failed } = await run(adminClient, AlSendTestWebhookDocument, {
                endpointId,
            });
            expect(failed).toMatchObject({
                endpointId,
                alertId: null,
                attempt: 1,
                success: false,
                statusCode: 503,
                error: 'HTTP 503',
            });
            expect(hookReceived).toHaveLength(1);
            const { sendTestWebhook: ok } = await run(adminClient, AlSendTestWebhookDocument, { endpointId });
            expect(ok).toMatchObject({
                alertId: null,
                attempt: 1,
                success: true,
                statusCode: 200,
                error: null,
            });
            expect(hookReceived).toHaveLength(2);
            const { body, signature } = hookReceived[1];
            expect(verifyAlertWebhookSignature(hookSecret, body, signature, { now: clock.now() })).toBe(true);
            expect(
                verifyAlertWebhookSignature('another-secret-entirely', body, signature, { now: clock.now() }),
            ).toBe(false);
            expect(JSON.parse(body)).toEqual({
                type: 'alert.test',
                sentAt: expect.any(String),
                endpoint: { id: endpointId.replace('T_', ''), name: 'Hook under test' },
            });
            expect((await deliveriesOf(endpointId)).map(d => d.id)).toEqual([ok.id, failed.id]);

            // A disabled endpoint can be tried before it is enabled.
            await run(adminClient, AlUpdateEndpointDocument, { input: { id: endpointId, enabled: false } });
            const { sendTestWebhook: whileDisabled } = await run(adminClient, AlSendTestWebhookDocument, {
                endpointId,
            });
            expect(whileDisabled.success).toBe(true);
            expect(hookReceived).toHaveLength(3);
            await run(adminClient, AlUpdateEndpointDocument, { input: { id: endpointId, enabled: true } });
        });

        it('records why a test delivery could not reach the endpoint', async () => {
            const { createWebhookEndpoint: nowhere } = await run(adminClient, AlCreateEndpointDocument, {
                input: { name: 'Nowhere', url: 'http://127.0.0.1:9/hook', secret: hookSecret },
            });
            const { sendTestWebhook } = await run(adminClient, AlSendTestWebhookDocument, {
                endpointId: nowhere.id,
            });
            expect(sendTestWebhook).toMatchObject({
                success: false,
                statusCode: null,
                error: 'fetch failed: bad port',
            });
            await run(adminClient, AlDeleteEndpointsDocument, { ids: [nowhere.id] });
        });

        it('redelivers the body of a failed delivery as a new sequence of attempts', async () => {
            const before = hookReceived.length;
            hookStatuses.push(500);
            jammedWidgets.add('77');
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            await env.server.app.get(EventBus).publish(new WidgetJammedEvent(ctx, '77'));
            const { alerts } = await until(
                () => alertsOf(ruleId),
                r => r.alerts.totalItems > 0,
            );
            const alertId = alerts.items[0].id;
            const firstRound = await until(
                () => run(adminClient, AlAlertDeliveriesDocument, { alertId }),
                r => r.webhookDeliveries.length >= 2,
            );
            expect(firstRound.webhookDeliveries.map(d => [d.attempt, d.success, d.statusCode])).toEqual([
                [2, true, 200],
                [1, false, 500],
            ]);
            const failedId = firstRound.webhookDeliveries[1].id;
            const sentBody = hookReceived[before].body;
            expect(hookReceived[before + 1].body).toBe(sentBody);

            hookStatuses.push(502);
            const { redeliverWebhook } = await run(adminClient, AlRedeliverWebhookDocument, {
                deliveryId: failedId,
            });
            expect(redeliverWebhook.success).toBe(true);
            const { webhookDeliveries } = await until(
                () => run(adminClient, AlAlertDeliveriesDocument, { alertId }),
                r => r.webhookDeliveries.length >= 4,
            );
            // The old attempts stay; the redelivery's attempts count from 1 again (the first failed, retried).
            expect(webhookDeliveries.map(d => [d.attempt, d.success, d.statusCode])).toEqual([
                [2, true, 200],
                [1, false, 502],
                [2, true, 200],
                [1, false, 500],
            ]);
            expect(hookReceived).toHaveLength(before + 4);
            for (const r of hookReceived.slice(before + 2)) {
                expect(r.body).toBe(sentBody);
                expect(
                    verifyAlertWebhookSignature(hookSecret, r.body, r.signature, { now: clock.now() }),
                ).toBe(true);
            }
            expect(JSON.parse(sentBody)).toMatchObject({
                type: 'alert.raised',
                alert: { id: alertId.replace('T_', ''), subject: { type: 'Widget', label: 'W-77' } },
            });
        });

        it('redelivers a test delivery as a test', async () => {
            const [latest] = await deliveriesOf(endpointId);
            const { sendTestWebhook } = await run(adminClient, AlSendTestWebhookDocument, { endpointId });
            const before = hookReceived.length;
            await run(adminClient, AlRedeliverWebhookDocument, { deliveryId: sendTestWebhook.id });
            const deliveries = await until(
                () => deliveriesOf(endpointId),
                d => d.length >= 3 && d[0].id !== sendTestWebhook.id,
            );
            expect(deliveries[0]).toMatchObject({ alertId: null, attempt: 1, success: true });
            expect(deliveries[1].id).toBe(sendTestWebhook.id);
            expect(deliveries[2].id).toBe(latest.id);
            expect(hookReceived[before].body).toBe(hookReceived[before - 1].body);
        });

        it('refuses a test or a redelivery for what is not there, another channel’s, a disabled endpoint, or without UpdateAlertRule', async () => {
            const [delivery] = await deliveriesOf(endpointId);
            expect(
                await expectGraphQLError(adminClient, AlSendTestWebhookDocument, { endpointId: 'T_99999' }),
            ).toMatch(/No WebhookEndpoint with the id/);
            expect(
                await expectGraphQLError(adminClient, AlRedeliverWebhookDocument, { deliveryId: 'T_99999' }),
            ).toMatch(/No WebhookDelivery with the id/);

            const reader = newClient();
            await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadAlertRule', 'ReadAlert']);
            expect(await expectGraphQLError(reader, AlSendTestWebhookDocument, { endpointId })).toMatch(
                /not currently authorized/,
            );
            expect(
                await expectGraphQLError(reader, AlRedeliverWebhookDocument, { deliveryId: delivery.id }),
            ).toMatch(/not currently authorized/);

            const branchAdmin = newClient();
            await loginAsAdministratorWithPermissions(
                adminClient,
                branchAdmin,
                ['ReadAlertRule', 'UpdateAlertRule'],
                [otherChannelId],
            );
            branchAdmin.setChannelToken(otherChannelToken);
            expect(await expectGraphQLError(branchAdmin, AlSendTestWebhookDocument, { endpointId })).toMatch(
                /No WebhookEndpoint with the id/,
            );
            expect(
                await expectGraphQLError(branchAdmin, AlRedeliverWebhookDocument, {
                    deliveryId: delivery.id,
                }),
            ).toMatch(/No WebhookDelivery with the id/);

            const received = hookReceived.length;
            await run(adminClient, AlUpdateEndpointDocument, { input: { id: endpointId, enabled: false } });
            expect(
                await expectGraphQLError(adminClient, AlRedeliverWebhookDocument, {
                    deliveryId: delivery.id,
                }),
            ).toMatch(/The webhook endpoint "Hook under test" is disabled/);
            await run(adminClient, AlUpdateEndpointDocument, { input: { id: endpointId, enabled: true } });
            expect(hookReceived).toHaveLength(received);
            expect((await deliveriesOf(endpointId))[0].id).toBe(delivery.id);
        });

        it('redelivers every failed alert delivery of an endpoint once, in bulk; refused without UpdateAlertRule or for another channel', async () => {
            // A receiver of its own: fails every body but W-93's until told otherwise.
            const bulkReceived: Array<{ status: number; body: string }> = [];
            let bulkOk = false;
            /** How long the receiver takes to answer (the redeliveries are still on their way meanwhile). */
            let bulkDelayMs = 0;
            const bulkReceiver = http.createServer((req, res) => {
                const chunks: Buffer[] = [];
                req.on('data', (c: Buffer) => chunks.push(c));
                req.on('end', () => {
                    const body = Buffer.concat(chunks).toString('utf-8');
                    const status = bulkOk || body.includes('W-93') ? 200 : 503;
                    bulkReceived.push({ status, body });
                    setTimeout(() => res.writeHead(status).end(), bulkDelayMs);
                });
            });
            await new Promise<void>(resolve => bulkReceiver.listen(0, '127.0.0.1', resolve));
            try {
                const port = (bulkReceiver.address() as AddressInfo).port;
                const { createWebhookEndpoint } = await run(adminClient, AlCreateEndpointDocument, {
                    input: { name: 'Bulk hook', url: `http://127.0.0.1:${port}/bulk`, secret: hookSecret },
                });
                const bulkEndpoint = createWebhookEndpoint.id;
                const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
                    input: {
                        name: 'Jammed widgets (bulk)',
                        condition: { code: 'test-widget-jammed', arguments: [] },
                        webhookEndpointIds: [bulkEndpoint],
                    },
                });
                const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
                for (const widget of ['91', '92', '93']) {
                    jammedWidgets.add(widget);
                    await env.server.app.get(EventBus).publish(new WidgetJammedEvent(ctx, widget));
                }
                // 91 and 92: every attempt failed (6); 93 delivered at once.
                const rounds = await until(
                    () => deliveriesOf(bulkEndpoint),
                    d => d.length >= 13,
                    30_000,
                );
                expect(rounds).toHaveLength(13);
                expect(rounds.filter(d => d.success)).toHaveLength(1);
                const { alerts } = await alertsOf(createAlertRule.id);
                expect(alerts.items).toHaveLength(3);
                const firstBodies = new Map(
                    bulkReceived.map(r => [
                        (JSON.parse(r.body) as { alert: { id: string } }).alert.id,
                        r.body,
                    ]),
                );

                // Bad input and permission boundaries change nothing.
                expect(
                    await expectGraphQLError(adminClient, AlRedeliverFailedDocument, {
                        endpointId: 'T_99999',
                    }),
                ).toMatch(/No WebhookEndpoint with the id/);
                const reader = newClient();
                await loginAsAdministratorWithPermissions(adminClient, reader, [
                    'ReadAlertRule',
                    'ReadAlert',
                ]);
                expect(
                    await expectGraphQLError(reader, AlRedeliverFailedDocument, { endpointId: bulkEndpoint }),
                ).toMatch(/not currently authorized/);
                const branchAdmin = newClient();
                await loginAsAdministratorWithPermissions(
                    adminClient,
                    branchAdmin,
                    ['ReadAlertRule', 'UpdateAlertRule'],
                    [otherChannelId],
                );
                branchAdmin.setChannelToken(otherChannelToken);
                expect(
                    await expectGraphQLError(branchAdmin, AlRedeliverFailedDocument, {
                        endpointId: bulkEndpoint,
                    }),
                ).toMatch(/No WebhookEndpoint with the id/);
                // Nothing failed since tomorrow.
                expect(
                    (
                        await run(adminClient, AlRedeliverFailedDocument, {
                            endpointId: bulkEndpoint,
                            since: new Date(clock.now().getTime() + DAY).toISOString(),
                        })
                    ).redeliverFailedWebhooks,
                ).toBe(0);
                expect(bulkReceived).toHaveLength(13);

                // The receiver is back: the two failed alerts are queued once each, with the bodies they had.
                bulkOk = true;
                bulkDelayMs = 1_000;
                expect(
                    (await run(adminClient, AlRedeliverFailedDocument, { endpointId: bulkEndpoint }))
                        .redeliverFailedWebhooks,
                ).toBe(2);
                // Asked again while those two are still queued or being posted: neither is queued a second time.
                expect(
                    (await run(adminClient, AlRedeliverFailedDocument, { endpointId: bulkEndpoint }))
                        .redeliverFailedWebhooks,
                ).toBe(0);
                const after = await until(
                    () => deliveriesOf(bulkEndpoint),
                    d => d.length >= 15,
                );
                expect(
                    await heard(
                        () => bulkReceived.length,
                        n => n > 15,
                        2_000,
                    ),
                ).toBe(15);
                expect(after).toHaveLength(15);
                expect(after.slice(0, 2).map(d => [d.attempt, d.success])).toEqual([
                    [1, true],
                    [1, true],
                ]);
                const redelivered = bulkReceived.slice(13);
                expect(redelivered.map(r => r.body).sort()).toEqual(
                    [...firstBodies.entries()]
                        .filter(([, body]) => !body.includes('W-93'))
                        .map(([, body]) => body)
                        .sort(),
                );
                // Now every alert's latest attempt succeeded: nothing to redeliver.
                expect(
                    (await run(adminClient, AlRedeliverFailedDocument, { endpointId: bulkEndpoint }))
                        .redeliverFailedWebhooks,
                ).toBe(0);
                await run(adminClient, AlDeleteEndpointsDocument, { ids: [bulkEndpoint] });
            } finally {
                for (const widget of ['91', '92', '93']) {
                    jammedWidgets.delete(widget);
                }
                await new Promise(resolve => bulkReceiver.close(resolve));
            }
        });

        it('pages an endpoint’s deliveries, newest first, with filters; another channel’s endpoint is not found', async () => {
            const all = await deliveriesOf(endpointId);
            expect(all.length).toBeGreaterThan(4);
            const page = (options: Record<string, unknown>) =>
                run(adminClient, AlEndpointDeliveriesPageDocument, { endpointId, options }).then(
                    r => r.webhookEndpointDeliveries,
                );
            const first = await page({ take: 2 });
            expect(first.totalItems).toBe(all.length);
            expect(first.items.map(d => d.id)).toEqual(all.slice(0, 2).map(d => d.id));
            const second = await page({ skip: 2, take: 2 });
            expect(second.items.map(d => d.id)).toEqual(all.slice(2, 4).map(d => d.id));
            const failed = await page({ filter: { success: { eq: false } }, take: 100 });
            expect(failed.totalItems).toBe(all.filter(d => !d.success).length);
            expect(failed.items.every(d => !d.success)).toBe(true);
            const oldestFirst = await page({ sort: { id: 'ASC' }, take: 1 });
            expect(oldestFirst.items[0].id).toBe(all[all.length - 1].id);

            expect(
                await expectGraphQLError(adminClient, AlEndpointDeliveriesPageDocument, {
                    endpointId: 'T_99999',
                }),
            ).toMatch(/No WebhookEndpoint with the id/);
            const branchAdmin = newClient();
            await loginAsAdministratorWithPermissions(
                adminClient,
                branchAdmin,
                ['ReadAlertRule'],
                [otherChannelId],
            );
            branchAdmin.setChannelToken(otherChannelToken);
            expect(
                await expectGraphQLError(branchAdmin, AlEndpointDeliveriesPageDocument, { endpointId }),
            ).toMatch(/No WebhookEndpoint with the id/);
            const alertReader = newClient();
            await loginAsAdministratorWithPermissions(adminClient, alertReader, ['ReadAlert']);
            expect(
                await expectGraphQLError(alertReader, AlEndpointDeliveriesPageDocument, { endpointId }),
            ).toMatch(/not currently authorized/);
        });

        it('deletes delivery records older than webhookDeliveryRetentionDays (30) with its scheduled task', async () => {
            const repo = env.server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(WebhookDelivery);
            const runTask = async () => {
                const task = env.server.app
                    .get(ConfigService)
                    .schedulerOptions.tasks.find(t => t.id === ALERT_WEBHOOK_CLEANUP_TASK_ID);
                if (!task) {
                    throw new Error('The delivery cleanup task is not registered');
                }
                return (await task.execute(new Injector(env.server.app.get(ModuleRef)))) as {
                    deleted: number;
                };
            };
            const older = await repo.count();
            expect(older).toBeGreaterThan(10);
            const { alerts } = await alertsOf(ruleId);
            expect(
                (await run(adminClient, AlAlertDeliveriesDocument, { alertId: alerts.items[0].id }))
                    .webhookDeliveries,
            ).toHaveLength(4);

            offsetMs += 29 * DAY;
            const { sendTestWebhook: recent } = await run(adminClient, AlSendTestWebhookDocument, {
                endpointId,
            });
            expect(await runTask()).toMatchObject({ deleted: 0 });
            expect(await repo.count()).toBe(older + 1);

            offsetMs += 2 * DAY;
            expect(await runTask()).toMatchObject({ deleted: older });
            expect(await repo.count()).toBe(1);
            expect((await deliveriesOf(endpointId)).map(d => d.id)).toEqual([recent.id]);
            expect(
                (await run(adminClient, AlAlertDeliveriesDocument, { alertId: alerts.items[0].id }))
                    .webhookDeliveries,
            ).toEqual([]);
            expect(await runTask()).toMatchObject({ deleted: 0 });
        });
    });

    describe('JWS (RS256) with the published key set', () => {
        let endpointId: string;
        const jwksUrl = () =>
            `http://localhost:${triflowTestConfig().apiOptions.port}/alerts/.well-known/jwks.json`;
        const fetchJwks = async () => {
            const response = await fetch(jwksUrl());
            expect(response.status).toBe(200);
            return (await response.json()) as { keys: Array<Record<string, string>> };
        };

        beforeAll(async () => {
            const port = (hookReceiver.address() as AddressInfo).port;
            const { createWebhookEndpoint } = await run(adminClient, AlCreateEndpointDocument, {
                input: {
                    name: 'RS256 hook',
                    url: `http://127.0.0.1:${port}/rs256`,
                    secret: 'unused-by-rs256-signing',
                    signing: 'jws_rs256',
                },
            });
            expect(createWebhookEndpoint.signing).toBe('jws_rs256');
            endpointId = createWebhookEndpoint.id;
        });

        it('publishes one RSA key, with its kid, at a public route, the same on every request', async () => {
            const jwks = await fetchJwks();
            expect(jwks.keys).toEqual([
                {
                    kty: 'RSA',
                    alg: 'RS256',
                    use: 'sig',
                    kid: expect.any(String),
                    n: expect.any(String),
                    e: 'AQAB',
                },
            ]);
            // No private member leaks.
            expect(Object.keys(jwks.keys[0]).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
            expect((await fetchJwks()).keys[0].kid).toBe(jwks.keys[0].kid);
            // Kept in the database, so that every instance signs with the same key.
            const rows = await env.server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(AlertSigningKey)
                .find();
            expect(rows).toHaveLength(1);
        });

        it('signs a delivery with the platform key: it verifies against the fetched key set, and nothing else does', async () => {
            const jwks = await fetchJwks();
            const before = hookReceived.length;
            const { sendTestWebhook } = await run(adminClient, AlSendTestWebhookDocument, { endpointId });
            expect(sendTestWebhook.success).toBe(true);
            const { body, signature } = hookReceived[before];
            const [header, payload, sig] = signature.split('.');
            const jwsHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf-8')) as Record<
                string,
                unknown
            >;
            expect(jwsHeader).toEqual({
                alg: 'RS256',
                typ: 'JWT',
                kid: jwks.keys[0].kid,
                iat: expect.any(Number),
            });
            expect(Buffer.from(payload, 'base64url').toString('utf-8')).toBe(body);
            // With node's crypto alone, as any receiver would.
            const publicKey = crypto.createPublicKey({ key: jwks.keys[0], format: 'jwk' });
            expect(
                crypto.verify(
                    'sha256',
                    Buffer.from(`${header}.${payload}`),
                    publicKey,
                    Buffer.from(sig, 'base64url'),
                ),
            ).toBe(true);
            // With the exported helper.
            expect(verifyAlertWebhookJws(body, signature, jwks, { now: clock.now() })).toBe(true);
            expect(
                verifyAlertWebhookJws(body.replace('alert.test', 'alert.raised'), signature, jwks, {
                    now: clock.now(),
                }),
            ).toBe(false);
            const otherKey = crypto
                .generateKeyPairSync('rsa', { modulusLength: 2048 })
                .publicKey.export({ format: 'jwk' });
            expect(
                verifyAlertWebhookJws(
                    body,
                    signature,
                    { keys: [{ ...otherKey, kid: jwks.keys[0].kid }] },
                    { now: clock.now() },
                ),
            ).toBe(false);
            // Too old, and an HS256 token presented with the same kid, are refused.
            expect(
                verifyAlertWebhookJws(body, signature, jwks, { now: new Date(clock.now().getTime() + HOUR) }),
            ).toBe(false);
            const hsHeader = Buffer.from(JSON.stringify({ ...jwsHeader, alg: 'HS256' })).toString(
                'base64url',
            );
            expect(
                verifyAlertWebhookJws(body, `${hsHeader}.${payload}.${sig}`, jwks, { now: clock.now() }),
            ).toBe(false);
            // The endpoint's secret plays no part.
            expect(
                verifyAlertWebhookSignature('unused-by-rs256-signing', body, signature, { now: clock.now() }),
            ).toBe(false);
        });

        it('rotates the signing key: the key set publishes the new and the previous key for the grace days, then the new one only; retries sign with the new key', async () => {
            const [k1] = (await fetchJwks()).keys;
            // A receiver that holds its first answer until the key is rotated, then fails it: the retry comes after.
            const held: Array<{ body: string; signature: string }> = [];
            let release: (() => void) | undefined;
            const released = new Promise<void>(resolve => (release = resolve));
            const slowReceiver = http.createServer((req, res) => {
                const chunks: Buffer[] = [];
                req.on('data', (c: Buffer) => chunks.push(c));
                req.on('end', () => {
                    held.push({
                        body: Buffer.concat(chunks).toString('utf-8'),
                        signature: String(req.headers[ALERT_SIGNATURE_HEADER] ?? ''),
                    });
                    if (held.length === 1) {
                        void released.then(() => res.writeHead(503).end());
                    } else {
                        res.writeHead(200).end();
                    }
                });
            });
            await new Promise<void>(resolve => slowReceiver.listen(0, '127.0.0.1', resolve));
            try {
                const port = (slowReceiver.address() as AddressInfo).port;
                const { createWebhookEndpoint } = await run(adminClient, AlCreateEndpointDocument, {
                    input: {
                        name: 'RS256 slow hook',
                        url: `http://127.0.0.1:${port}/slow`,
                        secret: 'unused-by-rs256-signing',
                        signing: 'jws_rs256',
                    },
                });
                await run(adminClient, AlCreateRuleDocument, {
                    input: {
                        name: 'Jammed widgets (RS256)',
                        condition: { code: 'test-widget-jammed', arguments: [] },
                        webhookEndpointIds: [createWebhookEndpoint.id],
                    },
                });
                jammedWidgets.add('64');
                const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
                await env.server.app.get(EventBus).publish(new WidgetJammedEvent(ctx, '64'));
                await until(
                    () => Promise.resolve(held.length),
                    n => n >= 1,
                );
                const kidOf = (signature: string) =>
                    (
                        JSON.parse(Buffer.from(signature.split('.')[0], 'base64url').toString('utf-8')) as {
                            kid: string;
                        }
                    ).kid;
                expect(kidOf(held[0].signature)).toBe(k1.kid);

                // Refused without UpdateAlertRule, and from another channel than the default one.
                const reader = new SimpleGraphQLClient(
                    triflowTestConfig(),
                    `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
                );
                await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadAlertRule']);
                expect(await expectGraphQLError(reader, AlRotateSigningKeyDocument)).toMatch(
                    /not currently authorized/,
                );
                expect((await run(reader, AlSigningKeysDocument)).alertSigningKeys.map(k => k.kid)).toEqual([
                    k1.kid,
                ]);
                const branchAdmin = new SimpleGraphQLClient(
                    triflowTestConfig(),
                    `http://localhost:${triflowTestConfig().apiOptions.port}/admin-api`,
                );
                await loginAsAdministratorWithPermissions(
                    adminClient,
                    branchAdmin,
                    ['ReadAlertRule', 'UpdateAlertRule'],
                    [branchSouthChannelId],
                );
                branchAdmin.setChannelToken('branch-south-token');
                expect(await expectGraphQLError(branchAdmin, AlRotateSigningKeyDocument)).toMatch(
                    /not currently authorized/,
                );
                expect((await fetchJwks()).keys.map(k => k.kid)).toEqual([k1.kid]);

                const { rotateAlertSigningKey } = await run(adminClient, AlRotateSigningKeyDocument);
                expect(rotateAlertSigningKey).toMatchObject({ active: true, retiredAt: null });
                const k2 = rotateAlertSigningKey.kid;
                expect(k2).not.toBe(k1.kid);
                const jwks = await fetchJwks();
                expect(jwks.keys.map(k => k.kid)).toEqual([k2, k1.kid]);
                expect(Object.keys(jwks.keys[0]).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
                const { alertSigningKeys } = await run(adminClient, AlSigningKeysDocument);
                expect(alertSigningKeys.map(k => [k.kid, k.active])).toEqual([
                    [k2, true],
                    [k1.kid, false],
                ]);
                const retired = alertSigningKeys[1];
                expect(
                    new Date(retired.publishedUntil!).getTime() - new Date(retired.retiredAt!).getTime(),
                ).toBe(7 * DAY);

                // The held attempt fails now; its retry is signed with the new key and verifies against the set.
                release!();
                await until(
                    () => Promise.resolve(held.length),
                    n => n >= 2,
                );
                expect(held[1].body).toBe(held[0].body);
                expect(kidOf(held[1].signature)).toBe(k2);
                expect(
                    verifyAlertWebhookJws(held[1].body, held[1].signature, jwks, { now: clock.now() }),
                ).toBe(true);
                // The first attempt's signature still verifies while the old key is published.
                expect(
                    verifyAlertWebhookJws(held[0].body, held[0].signature, jwks, { now: clock.now() }),
                ).toBe(true);
                // A test delivery is signed with the new key too.
                const before = hookReceived.length;
                await run(adminClient, AlSendTestWebhookDocument, { endpointId });
                const test = hookReceived.slice(before).find(r => r.body.includes('"alert.test"'));
                expect(kidOf(test!.signature)).toBe(k2);

                // Past the grace days the old key is no longer published: its signatures no longer verify.
                offsetMs += 8 * DAY;
                const later = await fetchJwks();
                expect(later.keys.map(k => k.kid)).toEqual([k2]);
                expect(
                    (await run(adminClient, AlSigningKeysDocument)).alertSigningKeys.map(k => k.kid),
                ).toEqual([k2]);
                const rows = await env.server.app
                    .get(TransactionalConnection)
                    .rawConnection.getRepository(AlertSigningKey)
                    .find();
                expect(rows).toHaveLength(2);
                // The next rotation deletes the key retired more than the grace days ago.
                const { rotateAlertSigningKey: k3 } = await run(adminClient, AlRotateSigningKeyDocument);
                expect((await fetchJwks()).keys.map(k => k.kid)).toEqual([k3.kid, k2]);
                const left = await env.server.app
                    .get(TransactionalConnection)
                    .rawConnection.getRepository(AlertSigningKey)
                    .find();
                expect(left).toHaveLength(2);
            } finally {
                release?.();
                jammedWidgets.delete('64');
                await new Promise(resolve => slowReceiver.close(resolve));
            }
        });
    });

    describe('several rules of one condition in one scan', () => {
        it('each rule raises the orders its own hours reach, from the one candidate read the scan shares', async () => {
            // order-not-shipped reads the channel's oldest paid, unshipped orders once per scan, and each rule keeps
            // those placed at least its hours ago: a rule must neither miss its orders nor take another rule's.
            const rule = async (hours: number) =>
                (
                    await run(adminClient, AlCreateRuleDocument, {
                        input: {
                            name: `Not shipped in ${hours} h`,
                            condition: {
                                code: 'order-not-shipped',
                                arguments: [{ name: 'hours', value: String(hours) }],
                            },
                        },
                    })
                ).createAlertRule.id;
            // the alerts' clock already runs ahead of the orders' by the earlier tests' offset
            const ahead = Math.ceil(offsetMs / HOUR) + 1;
            // the 60-hour rule first: it is scanned first, so a candidate read narrowed to its hours would starve
            // the 40-hour rule of the orders between 40 and 60 hours old
            const within60 = await rule(ahead + 60);
            const within40 = await rule(ahead + 40);
            const codes: string[] = [];
            for (let i = 0; i < 2; i++) {
                const placed = await placeOrder();
                const { orders } = await run(adminClient, AlOrderByCodeDocument, { code: placed.code });
                await run(adminClient, AlSettlePaymentDocument, { id: orders.items[0].payments![0].id });
                codes.push(placed.code);
            }
            const raisedFor = async (ruleId: string) =>
                (
                    await run(adminClient, AlAlertsDocument, {
                        options: { filter: { ruleId: { eq: ruleId }, subjectLabel: { in: codes } } },
                    })
                ).alerts.items
                    .map(a => a.subjectLabel)
                    .sort();
            try {
                offsetMs += 50 * HOUR;
                await run(adminClient, AlRunScanDocument);
                expect(await raisedFor(within40)).toEqual([...codes].sort());
                expect(await raisedFor(within60)).toEqual([]);

                offsetMs += 20 * HOUR;
                await run(adminClient, AlRunScanDocument);
                expect(await raisedFor(within60)).toEqual([...codes].sort());
                expect(await raisedFor(within40)).toEqual([...codes].sort());
            } finally {
                await run(adminClient, AlDeleteRuleDocument, { id: within40 });
                await run(adminClient, AlDeleteRuleDocument, { id: within60 });
            }
        });
    });

    void shopClient;
});
