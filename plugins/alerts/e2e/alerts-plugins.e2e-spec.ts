import { ModuleRef } from '@nestjs/core';
import { ConfigService, Injector, RequestContextService } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import crypto from 'crypto';

import {
    createTriflowTestEnvironment,
    getTestCustomers,
    loginAsCustomer,
    newAdminClient,
    newShopClient,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { testPort } from '../../../src/testing/test-config';
import { signWebhookBody, SIGNATURE_HEADER, TIMESTAMP_HEADER, WEBHOOK_ROUTE } from '../../logistics';
import { AGREEMENT_EXPIRY_TASK_ID } from '../../b2b';
import { QuoteService } from '../../rfq';
import { PURCHASE_ORDER_OVERDUE_TASK_ID } from '../../warehouse';
import { AlertsPlugin } from '../index';

import {
    AlAddFulfillmentDocument,
    AlAlertsDocument,
    AlCreateChannelDocument,
    AlCreateCompanyDocument,
    AlCreateRuleDocument,
    AlPlaceCreditHoldDocument,
    AlReleaseCreditHoldDocument,
    AlResolveDocument,
    AlRunScanDocument,
    AlSettlePaymentDocument,
    AlZonesDocument,
    AlpAddCompanyMemberDocument,
    AlpAddTrackingEventDocument,
    AlpApproveSellerDocument,
    AlpCreateAgreementDocument,
    AlpCreateCarrierDocument,
    AlpCreateCreditAccountDocument,
    AlpCreateOfferDocument,
    AlpCreatePaymentMethodDocument,
    AlpCreateProductDocument,
    AlpCreatePurchaseOrderDocument,
    AlpCreateReorderPointDocument,
    AlpCreateSupplierDocument,
    AlpCreateVariantsDocument,
    AlpCreateWarehouseDocument,
    AlpCreditAccountDocument,
    AlpLoginDocument,
    AlpOrderWithShipmentsDocument,
    AlpQuoteRequestDocument,
    AlpReceiveGoodsDocument,
    AlpRecordCreditPaymentDocument,
    AlpRunAgreementExpiryCheckDocument,
    AlpRunPurchaseOrderOverdueCheckDocument,
    AlpRunShipmentStalledCheckDocument,
    AlpSellerChannelDocument,
    AlpSendPurchaseOrderDocument,
    AlpShipmentDocument,
    AlpSubmitQuoteDocument,
    AlpUpdateAgreementDocument,
    AlpUpdatePurchaseOrderDocument,
} from './graphql/generated-admin';
import {
    AlAddItemDocument,
    AlAddPaymentDocument,
    AlEligibleShippingMethodsDocument,
    AlSetAddressAndCustomerDocument,
    AlSetShippingMethodDocument,
    AlTransitionToArrangingPaymentDocument,
    AlpCreateQuoteRequestDocument,
    AlpPlaceOrderOnAccountDocument,
    AlpPrepareCheckoutDocument,
    AlpRegisterSellerDocument,
    AlpSubmitQuoteRequestDocument,
} from './graphql/generated-shop';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A clock the spec moves forward (the alert scan and the RFQ deadline check judge by it). */
let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };

const address = {
    fullName: 'Buyer',
    streetLine1: '1 High St',
    city: 'Leeds',
    postalCode: 'LS1',
    countryCode: 'GB',
};

/** Poll an async read until `accept` takes it (events become alerts through the job queue, after the mutation). */
async function until<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!accept(value) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 100));
        value = await read();
    }
    return value;
}

const raw = (id: string) => id.replace(/^T_/, '');

/**
 * The built-in conditions of the B2B, warehouse, logistics and RFQ plugins, each raised by a real scenario through
 * those plugins' admin and shop APIs (one server for all of them): raised once, a repeat bumps the occurrences of
 * the same alert, and it resolves itself where the condition can stop holding.
 */
describe('Alerts from the other plugins’ conditions', () => {
    const env = createTriflowTestEnvironment();
    // After the environment: its configuration registered AlertsPlugin with the defaults; this spec's clock wins.
    // (Nothing may build the test configuration again before the server booted: it would register the defaults.)
    AlertsPlugin.init({ clock });
    const { adminClient } = env;
    let customers: Array<{ id: string; emailAddress: string }>;

    beforeAll(async () => {
        await startTestServer(env);
        customers = await getTestCustomers(adminClient);
    }, 300_000);

    afterAll(async () => {
        await env.server.destroy();
    });

    afterEach(() => {
        offsetMs = 0;
    });

    async function createRule(
        name: string,
        code: string,
        args: Record<string, string> = {},
        extra: Record<string, unknown> = {},
    ): Promise<string> {
        const { createAlertRule } = await run(adminClient, AlCreateRuleDocument, {
            input: {
                name,
                condition: {
                    code,
                    arguments: Object.entries(args).map(([n, value]) => ({ name: n, value })),
                },
                ...extra,
            },
        });
        return createAlertRule.id;
    }

    const alertsOf = async (ruleId: string) =>
        (
            await run(adminClient, AlAlertsDocument, {
                options: { filter: { ruleId: { eq: ruleId } }, sort: { id: 'ASC' } },
            })
        ).alerts.items;
    /** The rule's alerts once there are `n` of them, or the one alert once its occurrences reached `occurrences`. */
    const alertsWhen = (ruleId: string, accept: (alerts: Awaited<ReturnType<typeof alertsOf>>) => boolean) =>
        until(() => alertsOf(ruleId), accept);
    const scan = async () => (await run(adminClient, AlRunScanDocument)).runAlertScan;

    /** A guest checkout of `quantity` × `variantId`, paid; returns the order code. */
    async function guestOrder(variantId: string, quantity: number): Promise<string> {
        const shop = newShopClient();
        const { addItemToOrder } = await run(shop, AlAddItemDocument, { variantId, quantity });
        if (addItemToOrder.__typename !== 'Order') {
            throw new Error(`addItemToOrder: ${JSON.stringify(addItemToOrder)}`);
        }
        await run(shop, AlSetAddressAndCustomerDocument, {
            address,
            customer: {
                emailAddress: `guest-${crypto.randomUUID()}@triflow.test`,
                firstName: 'G',
                lastName: 'Uest',
            },
        });
        const { eligibleShippingMethods } = await run(shop, AlEligibleShippingMethodsDocument);
        await run(shop, AlSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
        await run(shop, AlTransitionToArrangingPaymentDocument);
        const { addPaymentToOrder } = await run(shop, AlAddPaymentDocument, { metadata: {} });
        if (addPaymentToOrder.__typename !== 'Order') {
            throw new Error(`addPaymentToOrder: ${JSON.stringify(addPaymentToOrder)}`);
        }
        return addItemToOrder.code;
    }

    async function createCompany(name: string, code: string): Promise<string> {
        const { createCompany: company } = await run(adminClient, AlCreateCompanyDocument, {
            input: { name, code },
        });
        if (company.__typename !== 'Company') {
            throw new Error(company.message);
        }
        return company.id;
    }

    describe('B2B', () => {
        let companyId: string;
        let accountId: string;
        let orderTotal: number;
        let buyer: SimpleGraphQLClient;
        let cartReady = false;
        let at90: string;
        const companyName = '华东经销 East Dealers';

        /** The buyer's cart, ready to pay: one laptop, shipped. */
        async function fillCart(): Promise<number> {
            await run(buyer, AlAddItemDocument, { variantId: 'T_1', quantity: 1 });
            const { setOrderShippingMethod } = await run(buyer, AlpPrepareCheckoutDocument, {
                address,
                shippingMethodId: ['T_1'],
            });
            if (setOrderShippingMethod.__typename !== 'Order') {
                throw new Error(JSON.stringify(setOrderShippingMethod));
            }
            return setOrderShippingMethod.totalWithTax;
        }

        async function orderOnAccount(): Promise<void> {
            if (!cartReady) {
                expect(await fillCart()).toBe(orderTotal);
            }
            cartReady = false;
            const { placeOrderOnAccount } = await run(buyer, AlpPlaceOrderOnAccountDocument, {});
            expect(placeOrderOnAccount.__typename).toBe('Order');
        }

        async function pay(amount: number): Promise<void> {
            await run(adminClient, AlpRecordCreditPaymentDocument, { input: { accountId, amount } });
        }

        beforeAll(async () => {
            await run(adminClient, AlpCreatePaymentMethodDocument, {
                input: {
                    code: 'pay-on-account',
                    enabled: true,
                    handler: {
                        code: 'pay-on-account',
                        arguments: [{ name: 'automaticSettle', value: 'false' }],
                    },
                    checker: { code: 'pay-on-account-eligibility', arguments: [] },
                    translations: [{ languageCode: 'en', name: 'Pay on account' }],
                },
            });
            companyId = await createCompany(companyName, 'east-dealers');
            const { addCompanyMember } = await run(adminClient, AlpAddCompanyMemberDocument, {
                input: { companyId, customerId: customers[0].id, role: 'buyer' },
            });
            expect(addCompanyMember.__typename).toBe('CompanyMember');
            buyer = newShopClient();
            await loginAsCustomer(buyer, customers[0].emailAddress);
            // The limit makes one order 46 % of it and two orders 92 %.
            orderTotal = await fillCart();
            cartReady = true;
            const { createCreditAccount } = await run(adminClient, AlpCreateCreditAccountDocument, {
                input: { companyId, creditLimit: Math.ceil(orderTotal / 0.46), currencyCode: 'USD' },
            });
            accountId = createCreditAccount.id;
        });

        it('credit utilisation above X %: a second order on account takes the dealer over 90 % and raises one alert', async () => {
            at90 = await createRule('Dealers over 90 % of credit', 'b2b-credit-utilisation-above', {
                percent: '90',
            });
            const at95 = await createRule('Dealers over 95 % of credit', 'b2b-credit-utilisation-above', {
                percent: '95',
            });
            const at40 = await createRule('Dealers over 40 % of credit', 'b2b-credit-utilisation-above', {
                percent: '40',
            });

            await orderOnAccount(); // 46 %: below the B2B plugin's warning threshold, no event
            // The scan raises the 40 % rule (the event alone would come only at the plugin's 90 %).
            expect((await scan()).raised).toBe(1);
            expect(await alertsOf(at40)).toHaveLength(1);
            expect(await alertsOf(at90)).toHaveLength(0);

            await orderOnAccount(); // 92 %: CreditLimitNearlyReachedEvent
            const { creditAccount } = await run(adminClient, AlpCreditAccountDocument, { id: accountId });
            const percent = Math.round((creditAccount!.balance / creditAccount!.creditLimit) * 100);
            expect(percent).toBeGreaterThanOrEqual(90);
            expect(percent).toBeLessThan(95);
            const alerts = await alertsWhen(at90, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'CreditAccount',
                subjectId: raw(accountId),
                subjectLabel: companyName,
                subjectLink: `/credit-accounts/${raw(accountId)}`,
                status: 'open',
                occurrences: 1,
                messageEn: `${companyName} has used ${percent} % of its credit limit.`,
                messageZh: `${companyName} 已使用信用额度的 ${percent}%。`,
            });
            // The same event's job checked the 95 % rule: not reached.
            expect(await alertsOf(at95)).toHaveLength(0);
        });

        it('a second crossing before the scan bumps the alert; a payment back below resolves it', async () => {
            const [first] = await alertsOf(at90);
            expect(first).toMatchObject({ status: 'open', occurrences: 1 });

            await pay(orderTotal); // back to 46 %: re-arms the B2B warning
            await orderOnAccount(); // 92 % again: a second CreditLimitNearlyReachedEvent
            const bumped = await alertsWhen(at90, a => a[0]?.occurrences === 2);
            expect(bumped).toHaveLength(1);
            expect(bumped[0]).toMatchObject({ id: first.id, status: 'open', occurrences: 2 });

            await pay(orderTotal); // 46 %
            const result = await scan();
            expect(result.resolved).toBeGreaterThanOrEqual(1);
            const after = await alertsOf(at90);
            expect(after.map(a => [a.id, a.status])).toEqual([[first.id, 'resolved']]);
            expect(after[0].actedByAdministratorId).toBeNull();
        });

        it('company put on hold: one alert, a second hold before the scan bumps it, lifting the hold resolves it', async () => {
            const ruleId = await createRule('Dealers on hold', 'b2b-company-on-hold');
            await run(adminClient, AlPlaceCreditHoldDocument, { accountId });
            const alerts = await alertsWhen(ruleId, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'CreditAccount',
                subjectLabel: companyName,
                messageEn: `${companyName} is on credit hold.`,
                occurrences: 1,
            });
            // Placing it again while held changes nothing and publishes nothing.
            await run(adminClient, AlPlaceCreditHoldDocument, { accountId });
            await run(adminClient, AlReleaseCreditHoldDocument, { accountId });
            await run(adminClient, AlPlaceCreditHoldDocument, { accountId });
            const bumped = await alertsWhen(ruleId, a => a[0]?.occurrences === 2);
            expect(bumped.map(a => [a.id, a.occurrences, a.status])).toEqual([[alerts[0].id, 2, 'open']]);

            await scan();
            expect((await alertsOf(ruleId))[0].status).toBe('open');
            await run(adminClient, AlReleaseCreditHoldDocument, { accountId });
            await scan();
            expect((await alertsOf(ruleId)).map(a => a.status)).toEqual(['resolved']);
        });

        it('agreement ending within N days: moving its end date close raises it; the scan honours fewer days; renewing resolves it', async () => {
            const within30 = await createRule('Agreements ending within 30 days', 'b2b-agreement-expiring', {
                days: '30',
            });
            const within10 = await createRule('Agreements ending within 10 days', 'b2b-agreement-expiring', {
                days: '10',
            });
            const now = Date.now();
            const { createDealerAgreement } = await run(adminClient, AlpCreateAgreementDocument, {
                input: {
                    companyId,
                    number: 'EA-2026-01',
                    startsAt: new Date(now - 200 * DAY).toISOString(),
                    endsAt: new Date(now + 200 * DAY).toISOString(),
                },
            });
            const agreementId = createDealerAgreement.id;
            expect(
                (await run(adminClient, AlpRunAgreementExpiryCheckDocument)).runAgreementExpiryCheck,
            ).toEqual([]);
            await scan();
            expect(await alertsOf(within30)).toHaveLength(0);

            // The end date moved close: the B2B plugin's expiry check warns (30 days ahead) and the alert follows.
            await run(adminClient, AlpUpdateAgreementDocument, {
                input: { id: agreementId, endsAt: new Date(now + 20 * DAY).toISOString() },
            });
            const { runAgreementExpiryCheck } = await run(adminClient, AlpRunAgreementExpiryCheckDocument);
            expect(runAgreementExpiryCheck.map(a => a.id)).toEqual([agreementId]);
            const alerts = await alertsWhen(within30, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'DealerAgreement',
                subjectId: raw(agreementId),
                subjectLabel: `${companyName} EA-2026-01`,
                subjectLink: `/companies/${raw(companyId)}`,
                occurrences: 1,
            });
            expect(alerts[0].messageEn).toMatch(
                /^Agreement EA-2026-01 with .* ends in 19 days: renegotiate\.$/,
            );
            expect(alerts[0].messageZh).toContain('协议 EA-2026-01');
            // The check warns once: running it again publishes nothing.
            expect(
                (await run(adminClient, AlpRunAgreementExpiryCheckDocument)).runAgreementExpiryCheck,
            ).toEqual([]);
            expect(await alertsOf(within10)).toHaveLength(0);

            // Twelve days later the scan finds it within 10 days; the 30-day alert is seen again, not duplicated.
            offsetMs = 12 * DAY;
            await scan();
            const ten = await alertsOf(within10);
            expect(ten).toHaveLength(1);
            expect(ten[0].messageEn).toMatch(/ends in [78] days/);
            expect((await alertsOf(within30)).map(a => [a.id, a.occurrences])).toEqual([[alerts[0].id, 2]]);

            await run(adminClient, AlpUpdateAgreementDocument, {
                input: { id: agreementId, renewalStatus: 'renewed' },
            });
            await scan();
            expect((await alertsOf(within30)).map(a => a.status)).toEqual(['resolved']);
            expect((await alertsOf(within10)).map(a => a.status)).toEqual(['resolved']);
        });
    });

    describe('B2B agreements in two channels', () => {
        it("agreements ending soon: the daily task (run in the default channel) raises a branch's rule for its own company's agreement only", async () => {
            const { zones } = await run(adminClient, AlZonesDocument);
            const { createChannel } = await run(adminClient, AlCreateChannelDocument, {
                input: {
                    code: 'alerts-branch-north',
                    token: 'alerts-branch-north-token',
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
            const branch = newAdminClient();
            await branch.asSuperAdmin();
            branch.setChannelToken(createChannel.token);
            const branchRule = (
                await run(branch, AlCreateRuleDocument, {
                    input: {
                        name: 'Agreements ending (north)',
                        condition: {
                            code: 'b2b-agreement-expiring',
                            arguments: [{ name: 'days', value: '30' }],
                        },
                    },
                })
            ).createAlertRule.id;
            const hereRule = await createRule('Agreements ending (here)', 'b2b-agreement-expiring', {
                days: '30',
            });
            const agreementOf = async (
                client: SimpleGraphQLClient,
                name: string,
                code: string,
                number: string,
            ) => {
                const { createCompany } = await run(client, AlCreateCompanyDocument, {
                    input: { name, code },
                });
                if (createCompany.__typename !== 'Company') {
                    throw new Error(createCompany.message);
                }
                const { createDealerAgreement } = await run(client, AlpCreateAgreementDocument, {
                    input: {
                        companyId: createCompany.id,
                        number,
                        startsAt: new Date(Date.now() - 300 * DAY).toISOString(),
                        endsAt: new Date(Date.now() + 15 * DAY).toISOString(),
                    },
                });
                return createDealerAgreement.id;
            };
            // A company made on the branch (Vendure puts it in the default channel too), and one of this channel only.
            const northAgreement = await agreementOf(branch, 'North Dealer', 'north-dealer', 'NA-2026-01');
            const hereAgreement = await agreementOf(adminClient, 'Here Dealer', 'here-dealer', 'HA-2026-01');

            // The B2B plugin's daily task, as the worker runs it: Vendure's scheduled context is the default
            // channel; each AgreementExpiringEvent is checked in its company's channels.
            const task = env.server.app
                .get(ConfigService)
                .schedulerOptions.tasks.find(t => t.id === AGREEMENT_EXPIRY_TASK_ID);
            await task!.execute(new Injector(env.server.app.get(ModuleRef)));
            const branchAlerts = () =>
                run(branch, AlAlertsDocument, { options: { filter: { ruleId: { eq: branchRule } } } }).then(
                    r => r.alerts.items,
                );
            const north = await until(branchAlerts, a => a.length > 0);
            const here = await alertsWhen(hereRule, a => a.length > 1);
            expect(north.map(a => a.subjectId)).toEqual([raw(northAgreement)]);
            expect(here.map(a => a.subjectId).sort()).toEqual(
                [raw(northAgreement), raw(hereAgreement)].sort(),
            );
            // the branch's scan agrees: still its one alert
            await run(branch, AlRunScanDocument);
            expect((await branchAlerts()).map(a => [a.subjectId, a.occurrences])).toEqual([
                [raw(northAgreement), 2],
            ]);
        });
    });

    describe('warehouse', () => {
        let warehouse: { id: string; code: string; stockLocationId: string };
        let supplierId: string;

        /** A product with one tracked variant, stocked in the spec's warehouse (or in the locations given). */
        async function trackedVariant(
            sku: string,
            stockOnHand: number,
            stockLevels = [{ stockLocationId: warehouse.stockLocationId, stockOnHand }],
        ): Promise<string> {
            const { createProduct } = await run(adminClient, AlpCreateProductDocument, {
                input: {
                    enabled: true,
                    translations: [
                        {
                            languageCode: 'en',
                            name: `Product ${sku}`,
                            slug: sku.toLowerCase(),
                            description: '',
                        },
                    ],
                },
            });
            const { createProductVariants } = await run(adminClient, AlpCreateVariantsDocument, {
                input: [
                    {
                        productId: createProduct.id,
                        sku,
                        price: 1000,
                        trackInventory: 'TRUE',
                        translations: [{ languageCode: 'en', name: `Variant ${sku}` }],
                        stockLevels,
                    },
                ],
            });
            return createProductVariants[0]!.id;
        }

        /** Posts a goods receipt into the warehouse (against a purchase order, or ad hoc). */
        async function receive(input: {
            warehouseId?: string;
            purchaseOrderId?: string;
            note?: string;
            lines: Array<{
                productVariantId: string;
                quantityReceived: number;
                quantityRejected?: number;
                note?: string;
            }>;
        }) {
            const { receiveGoods } = await run(adminClient, AlpReceiveGoodsDocument, {
                input: { warehouseId: warehouse.id, ...input },
            });
            if (receiveGoods.__typename !== 'GoodsReceipt') {
                throw new Error(JSON.stringify(receiveGoods));
            }
            return receiveGoods;
        }

        async function sentPurchaseOrder(variantId: string, quantity: number, expectedDate: Date) {
            const { createPurchaseOrder } = await run(adminClient, AlpCreatePurchaseOrderDocument, {
                input: {
                    supplierId,
                    warehouseId: warehouse.id,
                    expectedDate: expectedDate.toISOString(),
                    lines: [{ productVariantId: variantId, quantity, unitPrice: 250 }],
                },
            });
            const { sendPurchaseOrder } = await run(adminClient, AlpSendPurchaseOrderDocument, {
                id: createPurchaseOrder.id,
            });
            expect(sendPurchaseOrder.__typename).toBe('PurchaseOrder');
            return createPurchaseOrder;
        }

        beforeAll(async () => {
            const { createWarehouse } = await run(adminClient, AlpCreateWarehouseDocument, {
                input: { code: 'ALERT-WH', name: 'Alert warehouse', type: 'branch' },
            });
            if (createWarehouse.__typename !== 'Warehouse') {
                throw new Error(createWarehouse.message);
            }
            warehouse = createWarehouse;
            const { createSupplier } = await run(adminClient, AlpCreateSupplierDocument, {
                input: { code: 'BOXCO', name: '纸箱厂 Box Co', leadTimeDays: 5 },
            });
            if (createSupplier.__typename !== 'Supplier') {
                throw new Error(createSupplier.message);
            }
            supplierId = createSupplier.id;
        });

        it('stock below reorder point: selling below the point raises one alert; a second crossing bumps it; restocking resolves it', async () => {
            const ruleId = await createRule('Low stock', 'warehouse-stock-below-reorder-point');
            const variantId = await trackedVariant('ALERT-LOW-1', 8);
            const { createReorderPoint } = await run(adminClient, AlpCreateReorderPointDocument, {
                input: {
                    productVariantId: variantId,
                    warehouseId: warehouse.id,
                    minQuantity: 5,
                    reorderQuantity: 20,
                },
            });
            expect(createReorderPoint).toMatchObject({ available: 8, belowMinimum: false });

            await guestOrder(variantId, 2); // 6 available: at the point or above
            await guestOrder(variantId, 2); // 4: below
            const alerts = await alertsWhen(ruleId, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'ProductVariant',
                subjectId: raw(variantId),
                subjectLabel: 'ALERT-LOW-1 @ ALERT-WH',
                subjectLink: `/product-variants/${raw(variantId)}`,
                messageEn: 'ALERT-LOW-1 in ALERT-WH: 4 available, below the reorder point of 5.',
                messageZh: 'ALERT-WH 的 ALERT-LOW-1 可用库存 4，低于再订货点 5。',
                occurrences: 1,
            });
            await guestOrder(variantId, 1); // 3: still below, no new crossing
            await scan();
            expect((await alertsOf(ruleId)).map(a => [a.status, a.occurrences])).toEqual([['open', 1]]);

            // Back above (re-arms the reorder point), then below again before any scan: the same alert, seen twice.
            await receive({ lines: [{ productVariantId: variantId, quantityReceived: 10 }] }); // 13
            await guestOrder(variantId, 10); // 3
            const bumped = await alertsWhen(ruleId, a => a[0]?.occurrences === 2);
            expect(bumped.map(a => [a.id, a.status, a.occurrences])).toEqual([[alerts[0].id, 'open', 2]]);

            await receive({ lines: [{ productVariantId: variantId, quantityReceived: 10 }] }); // 13
            const { resolved } = await scan();
            expect(resolved).toBeGreaterThanOrEqual(1);
            expect((await alertsOf(ruleId)).map(a => a.status)).toEqual(['resolved']);
        });

        it('stock below reorder point in two warehouses: one alert about the variant, resolved once both are restocked', async () => {
            const ruleId = await createRule('Low stock anywhere', 'warehouse-stock-below-reorder-point');
            const { createWarehouse: second } = await run(adminClient, AlpCreateWarehouseDocument, {
                input: { code: 'ALERT-WH2', name: 'Second alert warehouse', type: 'branch' },
            });
            if (second.__typename !== 'Warehouse') {
                throw new Error(second.message);
            }
            const variantId = await trackedVariant('ALERT-LOW-2', 3, [
                { stockLocationId: warehouse.stockLocationId, stockOnHand: 3 },
                { stockLocationId: second.stockLocationId, stockOnHand: 3 },
            ]);
            // A reorder point above what a warehouse holds is crossed at once.
            for (const w of [warehouse, second]) {
                await run(adminClient, AlpCreateReorderPointDocument, {
                    input: {
                        productVariantId: variantId,
                        warehouseId: w.id,
                        minQuantity: 5,
                        reorderQuantity: 10,
                    },
                });
            }
            const alerts = await alertsWhen(ruleId, a => a[0]?.occurrences === 2);
            expect(alerts.map(a => [a.subjectId, a.status, a.occurrences])).toEqual([
                [raw(variantId), 'open', 2],
            ]);

            // Restocked in one warehouse, still below in the other: the alert stays.
            await receive({ lines: [{ productVariantId: variantId, quantityReceived: 10 }] });
            await scan();
            expect((await alertsOf(ruleId)).map(a => a.status)).toEqual(['open']);
            await receive({
                warehouseId: second.id,
                lines: [{ productVariantId: variantId, quantityReceived: 10 }],
            });
            await scan();
            expect((await alertsOf(ruleId)).map(a => a.status)).toEqual(['resolved']);
        });

        it('purchase order overdue by N days: the overdue check raises it, a later expected date bumps it, receiving the goods resolves it', async () => {
            const overdue = await createRule('Late purchase orders', 'warehouse-purchase-order-overdue');
            const threeDays = await createRule(
                'Purchase orders 3+ days late',
                'warehouse-purchase-order-overdue',
                {
                    days: '3',
                },
            );
            const variantId = await trackedVariant('ALERT-PO-1', 0);
            const order = await sentPurchaseOrder(variantId, 5, new Date(Date.now() + 2 * DAY));
            expect(
                (await run(adminClient, AlpRunPurchaseOrderOverdueCheckDocument))
                    .runPurchaseOrderOverdueCheck,
            ).toMatchObject({ newlyOverdue: 0 });

            // The supplier's date slips into the past (a new expected date re-arms the warehouse plugin's check).
            await run(adminClient, AlpUpdatePurchaseOrderDocument, {
                input: { id: order.id, expectedDate: new Date(Date.now() - 1.5 * DAY).toISOString() },
            });
            const first = await run(adminClient, AlpRunPurchaseOrderOverdueCheckDocument);
            expect(first.runPurchaseOrderOverdueCheck.newlyOverdue).toBe(1);
            const alerts = await alertsWhen(overdue, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'PurchaseOrder',
                subjectId: raw(order.id),
                subjectLabel: order.code,
                subjectLink: `/purchase-orders/${raw(order.id)}`,
                messageEn: `Purchase order ${order.code} from 纸箱厂 Box Co is 1 days overdue; 5 units outstanding.`,
                occurrences: 1,
            });
            // Not yet 3 days late.
            await scan();
            expect(await alertsOf(threeDays)).toHaveLength(0);
            expect((await alertsOf(overdue)).map(a => [a.id, a.occurrences])).toEqual([[alerts[0].id, 2]]);

            // Four days on, the 3-day rule's scan raises it too.
            offsetMs = 4 * DAY;
            await scan();
            const late = await alertsOf(threeDays);
            expect(late).toHaveLength(1);
            expect(late[0].messageEn).toContain('is 5 days overdue');
            expect((await alertsOf(overdue)).map(a => [a.id, a.occurrences])).toEqual([[alerts[0].id, 3]]);

            // A partial receipt leaves it overdue; receiving the rest resolves both.
            await receive({
                purchaseOrderId: order.id,
                lines: [{ productVariantId: variantId, quantityReceived: 2 }],
            });
            await scan();
            expect((await alertsOf(overdue))[0]).toMatchObject({ status: 'open' });
            await receive({
                purchaseOrderId: order.id,
                lines: [{ productVariantId: variantId, quantityReceived: 3 }],
            });
            await scan();
            expect((await alertsOf(overdue)).map(a => a.status)).toEqual(['resolved']);
            expect((await alertsOf(threeDays)).map(a => a.status)).toEqual(['resolved']);
        });

        it("purchase orders overdue in two channels: the daily task (run in the default channel) raises each channel's rule for its own order only", async () => {
            const { zones } = await run(adminClient, AlZonesDocument);
            const { createChannel } = await run(adminClient, AlCreateChannelDocument, {
                input: {
                    code: 'alerts-branch-south',
                    token: 'alerts-branch-south-token',
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
            const branch = newAdminClient();
            await branch.asSuperAdmin();
            branch.setChannelToken(createChannel.token);
            const branchRule = (
                await run(branch, AlCreateRuleDocument, {
                    input: {
                        name: 'Late purchase orders (south)',
                        condition: { code: 'warehouse-purchase-order-overdue', arguments: [] },
                    },
                })
            ).createAlertRule.id;
            const hereRule = await createRule(
                'Late purchase orders (here)',
                'warehouse-purchase-order-overdue',
            );

            // The branch's own warehouse, supplier, variant and purchase order, its date slipped.
            const { createWarehouse } = await run(branch, AlpCreateWarehouseDocument, {
                input: { code: 'SOUTH-WH', name: 'South warehouse', type: 'branch' },
            });
            const { createSupplier } = await run(branch, AlpCreateSupplierDocument, {
                input: { code: 'SOUTHBOX', name: 'South Box Co', leadTimeDays: 5 },
            });
            if (createWarehouse.__typename !== 'Warehouse' || createSupplier.__typename !== 'Supplier') {
                throw new Error('The branch warehouse or supplier was refused');
            }
            const { createProduct } = await run(branch, AlpCreateProductDocument, {
                input: {
                    enabled: true,
                    translations: [
                        { languageCode: 'en', name: 'South part', slug: 'south-part', description: '' },
                    ],
                },
            });
            const { createProductVariants } = await run(branch, AlpCreateVariantsDocument, {
                input: [
                    {
                        productId: createProduct.id,
                        sku: 'ALERT-SOUTH-1',
                        price: 1000,
                        trackInventory: 'TRUE',
                        translations: [{ languageCode: 'en', name: 'South part' }],
                        stockLevels: [{ stockLocationId: createWarehouse.stockLocationId, stockOnHand: 0 }],
                    },
                ],
            });
            const { createPurchaseOrder: southOrder } = await run(branch, AlpCreatePurchaseOrderDocument, {
                input: {
                    supplierId: createSupplier.id,
                    warehouseId: createWarehouse.id,
                    expectedDate: new Date(Date.now() + 2 * DAY).toISOString(),
                    lines: [{ productVariantId: createProductVariants[0]!.id, quantity: 4, unitPrice: 250 }],
                },
            });
            expect(
                (await run(branch, AlpSendPurchaseOrderDocument, { id: southOrder.id })).sendPurchaseOrder
                    .__typename,
            ).toBe('PurchaseOrder');
            await run(branch, AlpUpdatePurchaseOrderDocument, {
                input: { id: southOrder.id, expectedDate: new Date(Date.now() - DAY).toISOString() },
            });
            // And one of this channel.
            const variantId = await trackedVariant('ALERT-PO-HERE', 0);
            const hereOrder = await sentPurchaseOrder(variantId, 3, new Date(Date.now() + 2 * DAY));
            await run(adminClient, AlpUpdatePurchaseOrderDocument, {
                input: { id: hereOrder.id, expectedDate: new Date(Date.now() - DAY).toISOString() },
            });

            // The warehouse plugin's daily task, as the worker runs it: Vendure's scheduled context is the default
            // channel; each PurchaseOrderOverdueEvent is checked in its order's channel.
            const task = env.server.app
                .get(ConfigService)
                .schedulerOptions.tasks.find(t => t.id === PURCHASE_ORDER_OVERDUE_TASK_ID);
            expect(await task!.execute(new Injector(env.server.app.get(ModuleRef)))).toMatchObject({
                newlyOverdue: 2,
            });
            const branchAlerts = (id: string) =>
                run(branch, AlAlertsDocument, { options: { filter: { ruleId: { eq: id } } } }).then(
                    r => r.alerts.items,
                );
            const south = await until(
                () => branchAlerts(branchRule),
                a => a.length > 0,
            );
            const here = await alertsWhen(hereRule, a => a.length > 0);
            expect(south.map(a => [a.subjectId, a.subjectLabel])).toEqual([
                [raw(southOrder.id), southOrder.code],
            ]);
            expect(here.map(a => [a.subjectId, a.subjectLabel])).toEqual([
                [raw(hereOrder.id), hereOrder.code],
            ]);
            // Each channel's scan agrees: still one alert each, about its own order.
            await run(branch, AlRunScanDocument);
            await scan();
            expect((await branchAlerts(branchRule)).map(a => [a.subjectId, a.occurrences])).toEqual([
                [raw(southOrder.id), 2],
            ]);
            expect((await alertsOf(hereRule)).map(a => [a.subjectId, a.occurrences])).toEqual([
                [raw(hereOrder.id), 2],
            ]);
            // This channel's administrator does not see the branch's rule nor its alert.
            expect(
                (
                    await run(adminClient, AlAlertsDocument, {
                        options: { filter: { ruleId: { eq: branchRule } } },
                    })
                ).alerts.items,
            ).toEqual([]);
        });

        it('goods received with notes: posting a receipt with a note and a rejection raises one alert; a clean receipt none', async () => {
            const ruleId = await createRule('Receipts with notes', 'warehouse-goods-received-with-notes');
            const variantId = await trackedVariant('ALERT-GR-1', 0);
            const order = await sentPurchaseOrder(variantId, 10, new Date(Date.now() + 5 * DAY));
            await receive({
                purchaseOrderId: order.id,
                lines: [{ productVariantId: variantId, quantityReceived: 4 }],
            });
            const receipt = await receive({
                purchaseOrderId: order.id,
                note: 'Two cartons crushed',
                lines: [
                    { productVariantId: variantId, quantityReceived: 6, quantityRejected: 2, note: 'wet' },
                ],
            });
            const alerts = await alertsWhen(ruleId, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'GoodsReceipt',
                subjectId: raw(receipt.id),
                subjectLabel: receipt.code,
                subjectLink: `/goods-receipts/${raw(receipt.id)}`,
                messageEn: `Goods receipt ${receipt.code} was posted with notes or discrepancies on 1 line and the note "Two cartons crushed".`,
                messageZh: `收货单 ${receipt.code} 已过账：1 行有备注或差异；备注：“Two cartons crushed”。`,
                occurrences: 1,
            });
            // Nothing makes it stop holding: the scan leaves it, someone resolves it.
            await scan();
            expect((await alertsOf(ruleId))[0].status).toBe('open');
            await run(adminClient, AlResolveDocument, { ids: [alerts[0].id] });
            expect((await alertsOf(ruleId)).map(a => a.status)).toEqual(['resolved']);
        });
    });

    describe('logistics', () => {
        let carrier: { code: string; secret: string };

        /** Posts tracking events to the carrier webhook, signed as the carrier signs them. */
        async function postWebhook(
            events: Array<{
                id: string;
                trackingNumber: string;
                status: string;
                occurredAt: string;
                subStatus?: string;
            }>,
        ): Promise<number> {
            const body = JSON.stringify({ events });
            const timestamp = Math.floor(Date.now() / 1000);
            const response = await fetch(`http://localhost:${testPort()}/${WEBHOOK_ROUTE}/${carrier.code}`, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    [TIMESTAMP_HEADER]: String(timestamp),
                    [SIGNATURE_HEADER]: signWebhookBody(carrier.secret, timestamp, body),
                },
                body,
            });
            await response.arrayBuffer();
            return response.status;
        }

        /** A paid guest order shipped with the webhook carrier; returns its shipment's id. */
        async function shippedOrder(trackingNumber: string): Promise<string> {
            const code = await guestOrder('T_2', 1);
            const order = (await run(adminClient, AlpOrderWithShipmentsDocument, { code })).orders.items[0];
            await run(adminClient, AlSettlePaymentDocument, { id: order.payments![0].id });
            const { addFulfillmentToOrder } = await run(adminClient, AlAddFulfillmentDocument, {
                input: {
                    lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'carrier-fulfillment',
                        arguments: [
                            { name: 'carrierCode', value: carrier.code },
                            { name: 'trackingNumber', value: trackingNumber },
                        ],
                    },
                },
            });
            expect(addFulfillmentToOrder.__typename).toBe('Fulfillment');
            const after = (await run(adminClient, AlpOrderWithShipmentsDocument, { code })).orders.items[0];
            return after.shipments[0].id;
        }

        const shipmentStatus = (id: string, status: string) =>
            until(
                async () => (await run(adminClient, AlpShipmentDocument, { id })).shipment,
                s => s?.status === status,
            );

        beforeAll(async () => {
            const { createCarrier } = await run(adminClient, AlpCreateCarrierDocument, {
                input: { code: 'alert-swift', name: 'Swift Express', adapterCode: 'generic-webhook' },
            });
            if (createCarrier.__typename !== 'Carrier') {
                throw new Error(createCarrier.message);
            }
            carrier = { code: createCarrier.code, secret: createCarrier.webhookSecret! };
        });

        it('shipment exception: the signed carrier webhook reporting an exception raises one alert; a failed attempt bumps it; delivery resolves it', async () => {
            const ruleId = await createRule(
                'Shipment exceptions',
                'logistics-shipment-exception',
                {},
                {
                    severity: 'critical',
                },
            );
            const shipmentId = await shippedOrder('AL-EXC-1');
            const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
            expect(
                await postWebhook([
                    { id: 'al-e1', trackingNumber: 'AL-EXC-1', status: 'InTransit', occurredAt: at(3) },
                    {
                        id: 'al-e2',
                        trackingNumber: 'AL-EXC-1',
                        status: 'Exception',
                        subStatus: 'customs-hold',
                        occurredAt: at(2),
                    },
                ]),
            ).toBe(202);
            const alerts = await alertsWhen(ruleId, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'Shipment',
                subjectId: raw(shipmentId),
                subjectLabel: 'AL-EXC-1',
                severity: 'critical',
                messageEn: 'Shipment AL-EXC-1 (Swift Express) reports Exception (customs-hold).',
                occurrences: 1,
            });
            // The same events again are stored once and publish nothing.
            expect(
                await postWebhook([
                    { id: 'al-e2', trackingNumber: 'AL-EXC-1', status: 'Exception', occurredAt: at(2) },
                ]),
            ).toBe(202);

            // A failed delivery attempt is another exception of the same shipment.
            expect(
                await postWebhook([
                    { id: 'al-e3', trackingNumber: 'AL-EXC-1', status: 'AttemptFail', occurredAt: at(1) },
                ]),
            ).toBe(202);
            const bumped = await alertsWhen(ruleId, a => a[0]?.occurrences === 2);
            expect(bumped.map(a => [a.id, a.status, a.occurrences])).toEqual([[alerts[0].id, 'open', 2]]);
            await scan();
            expect((await alertsOf(ruleId))[0].status).toBe('open');

            expect(
                await postWebhook([
                    { id: 'al-e4', trackingNumber: 'AL-EXC-1', status: 'Delivered', occurredAt: at(0.5) },
                ]),
            ).toBe(202);
            await shipmentStatus(shipmentId, 'Delivered');
            await scan();
            expect((await alertsOf(ruleId)).map(a => [a.status, a.occurrences])).toEqual([['resolved', 2]]);
        });

        it('shipment without an event for N days: the stalled check raises one alert; a new old event and another check bump it; a fresh event resolves it', async () => {
            const ruleId = await createRule('Stalled shipments', 'logistics-shipment-stalled');
            const tenDays = await createRule('Shipments silent 10 days', 'logistics-shipment-stalled', {
                days: '10',
            });
            const shipmentId = await shippedOrder('AL-STL-1');
            // The last the carrier said was six days ago (the logistics plugin's stalledAfterDays is 5).
            await run(adminClient, AlpAddTrackingEventDocument, {
                input: {
                    shipmentId,
                    status: 'InTransit',
                    location: 'Leeds hub',
                    occurredAt: new Date(Date.now() - 6 * DAY).toISOString(),
                },
            });
            const { runShipmentStalledCheck } = await run(adminClient, AlpRunShipmentStalledCheckDocument);
            expect(runShipmentStalledCheck.map(s => s.trackingNumber)).toEqual(['AL-STL-1']);
            const alerts = await alertsWhen(ruleId, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'Shipment',
                subjectId: raw(shipmentId),
                subjectLabel: 'AL-STL-1',
                messageEn: 'Shipment AL-STL-1 has had no tracking event for 6 days.',
                messageZh: '运单 AL-STL-1 已 6 天没有物流更新。',
                occurrences: 1,
            });
            // The same event's job checked the 10-day rule: not that silent.
            expect(await alertsOf(tenDays)).toHaveLength(0);
            // Flagged once per silence.
            expect(
                (await run(adminClient, AlpRunShipmentStalledCheckDocument)).runShipmentStalledCheck,
            ).toEqual([]);

            // A late-reported event, itself already old, ends that silence and starts another one.
            await run(adminClient, AlpAddTrackingEventDocument, {
                input: {
                    shipmentId,
                    status: 'InTransit',
                    occurredAt: new Date(Date.now() - 5.5 * DAY).toISOString(),
                },
            });
            expect(
                (await run(adminClient, AlpRunShipmentStalledCheckDocument)).runShipmentStalledCheck.map(
                    s => s.id,
                ),
            ).toEqual([shipmentId]);
            const bumped = await alertsWhen(ruleId, a => a[0]?.occurrences === 2);
            expect(bumped.map(a => [a.id, a.status, a.occurrences])).toEqual([[alerts[0].id, 'open', 2]]);

            await run(adminClient, AlpAddTrackingEventDocument, {
                input: { shipmentId, status: 'OutForDelivery', location: 'Leeds' },
            });
            await scan();
            expect((await alertsOf(ruleId)).map(a => a.status)).toEqual(['resolved']);
        });
        it('shipment stalled with the rule’s own days: the scan raises a 3-day rule at 4 days of silence, before the logistics plugin’s 5; the rule without days follows the plugin', async () => {
            const threeDays = await createRule('Shipments silent 3 days', 'logistics-shipment-stalled', {
                days: '3',
            });
            const pluginDays = await createRule(
                'Shipments silent (plugin days)',
                'logistics-shipment-stalled',
            );
            const shipmentId = await shippedOrder('AL-STL-2');
            await run(adminClient, AlpAddTrackingEventDocument, {
                input: {
                    shipmentId,
                    status: 'InTransit',
                    occurredAt: new Date(Date.now() - 4 * DAY).toISOString(),
                },
            });
            // Not stalled for the logistics plugin (5 days): no event.
            expect(
                (await run(adminClient, AlpRunShipmentStalledCheckDocument)).runShipmentStalledCheck,
            ).toEqual([]);
            await scan();
            expect((await alertsOf(threeDays)).map(a => [a.subjectId, a.messageEn, a.status])).toEqual([
                [raw(shipmentId), 'Shipment AL-STL-2 has had no tracking event for 4 days.', 'open'],
            ]);
            expect(await alertsOf(pluginDays)).toHaveLength(0);

            // A day and a half on, the rule without days is raised by the scan at the plugin's 5 days.
            offsetMs = 1.5 * DAY;
            await scan();
            expect((await alertsOf(pluginDays)).map(a => [a.subjectId, a.messageEn])).toEqual([
                [raw(shipmentId), 'Shipment AL-STL-2 has had no tracking event for 5 days.'],
            ]);
            expect((await alertsOf(threeDays)).map(a => a.occurrences)).toEqual([2]);

            // A fresh event resolves both.
            offsetMs = 0;
            await run(adminClient, AlpAddTrackingEventDocument, {
                input: { shipmentId, status: 'InTransit', location: 'Leeds hub' },
            });
            await scan();
            expect((await alertsOf(threeDays)).map(a => a.status)).toEqual(['resolved']);
            expect((await alertsOf(pluginDays)).map(a => a.status)).toEqual(['resolved']);
        });
    });

    describe('RFQ', () => {
        let buyer: SimpleGraphQLClient;
        let seller: SimpleGraphQLClient;

        async function runDeadlines(now: Date) {
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            return env.server.app.get(QuoteService).runDeadlines(ctx, now);
        }

        beforeAll(async () => {
            const email = 'rfq-alerts@sellers.test';
            const password = 'seller-password-1';
            const shop = newShopClient();
            const { registerSeller } = await run(shop, AlpRegisterSellerDocument, {
                input: {
                    name: 'Alert Parts Ltd',
                    contactEmail: email,
                    taxId: 'ALERT-PARTS-01',
                    administrator: { emailAddress: email, password, firstName: 'S', lastName: 'Eller' },
                },
            });
            if (registerSeller.__typename !== 'MarketplaceSeller') {
                throw new Error(registerSeller.message);
            }
            await run(adminClient, AlpApproveSellerDocument, { id: registerSeller.id });
            const { marketplaceSeller } = await run(adminClient, AlpSellerChannelDocument, {
                id: registerSeller.id,
            });
            seller = newAdminClient();
            seller.setChannelToken(marketplaceSeller!.channel.token);
            const { login } = await run(seller, AlpLoginDocument, { username: email, password });
            expect(login.__typename).toBe('CurrentUser');
            const { createOffer } = await run(adminClient, AlpCreateOfferDocument, {
                input: {
                    sellerId: registerSeller.id,
                    productVariantId: 'T_3',
                    price: 30000,
                    quantityAvailable: 10,
                },
            });
            expect(createOffer.__typename).toBe('Offer');
            buyer = newShopClient();
            await loginAsCustomer(buyer, customers[1].emailAddress);
        });

        it('quote request unanswered for N hours: after the clock moved past the RFQ deadline check, one alert; answering it resolves it', async () => {
            const ruleId = await createRule('Unanswered quote requests', 'rfq-quote-request-unanswered');
            const twoHours = await createRule(
                'Quote requests unanswered 2 hours',
                'rfq-quote-request-unanswered',
                {
                    hours: '2',
                },
            );
            const twoDays = await createRule(
                'Quote requests unanswered 48 hours',
                'rfq-quote-request-unanswered',
                {
                    hours: '48',
                },
            );
            const { createQuoteRequest } = await run(buyer, AlpCreateQuoteRequestDocument, {
                input: {
                    lines: [{ productVariantId: 'T_3', quantity: 2 }],
                    responseDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
                },
            });
            const { submitQuoteRequest } = await run(buyer, AlpSubmitQuoteRequestDocument, {
                id: createQuoteRequest.id,
            });
            expect(submitQuoteRequest.__typename).toBe('QuoteRequest');
            const routed = await until(
                async () =>
                    (await run(adminClient, AlpQuoteRequestDocument, { id: createQuoteRequest.id }))
                        .quoteRequest,
                r => !!r?.routedAt,
            );
            expect(routed?.state).toBe('submitted');

            // Three hours on, the scan raises the 2-hour rule; the others wait.
            offsetMs = 3 * HOUR;
            await scan();
            expect((await alertsOf(twoHours)).map(a => [a.subjectId, a.messageEn])).toEqual([
                [
                    raw(createQuoteRequest.id),
                    `Quote request ${createQuoteRequest.code} has had no quote for 3 hours.`,
                ],
            ]);
            expect(await alertsOf(ruleId)).toHaveLength(0);
            offsetMs = 0;

            // An hour on: not unanswered yet (the RFQ plugin's unansweredAfterHours is 24).
            expect((await runDeadlines(new Date(Date.now() + HOUR))).unanswered).toBe(0);
            // A day and an hour on: QuoteRequestUnansweredEvent, once however often the check runs.
            offsetMs = 25 * HOUR;
            expect((await runDeadlines(clock.now())).unanswered).toBe(1);
            expect((await runDeadlines(clock.now())).unanswered).toBe(0);
            const alerts = await alertsWhen(ruleId, a => a.length > 0);
            expect(alerts).toHaveLength(1);
            expect(alerts[0]).toMatchObject({
                subjectType: 'QuoteRequest',
                subjectId: raw(createQuoteRequest.id),
                subjectLabel: createQuoteRequest.code,
                subjectLink: `/quote-requests/${raw(createQuoteRequest.id)}`,
                messageEn: `Quote request ${createQuoteRequest.code} has had no quote for 25 hours.`,
                messageZh: `询价请求 ${createQuoteRequest.code} 已 25 小时无人报价。`,
                occurrences: 1,
            });
            // The same event's job checked the 48-hour rule: not yet.
            expect(await alertsOf(twoDays)).toHaveLength(0);
            // The scan finds it again (the rule without hours judges by the RFQ plugin's 24).
            await scan();
            expect((await alertsOf(ruleId)).map(a => [a.status, a.occurrences])).toEqual([['open', 2]]);

            // The seller answers: the request is no longer unanswered.
            const { submitQuote } = await run(seller, AlpSubmitQuoteDocument, {
                input: {
                    requestId: createQuoteRequest.id,
                    lines: [
                        {
                            requestLineId: createQuoteRequest.lines[0].id,
                            unitPrice: 29000,
                            quantity: 2,
                            quantityAvailable: 2,
                            leadTimeDays: 3,
                        },
                    ],
                },
            });
            expect(submitQuote.__typename).toBe('Quote');
            await scan();
            expect((await alertsOf(ruleId)).map(a => [a.status, a.occurrences])).toEqual([['resolved', 2]]);
            expect((await alertsOf(twoHours)).map(a => a.status)).toEqual(['resolved']);
            expect(await alertsOf(twoDays)).toHaveLength(0);
        });
    });
});
