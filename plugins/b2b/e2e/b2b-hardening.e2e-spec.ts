import { Channel, Injector, Order, RequestContext, TaxZoneStrategy, Zone } from '@vendure/core';
import { MutableRequestContext } from '@vendure/core/dist/plugin/default-search-plugin/indexer/mutable-request-context';
import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { CreditControlService } from '../services/credit-control.service';
import { PriceResolutionService } from '../services/price-resolution.service';

import {
    AssignPriceListTargetsDocument,
    CompanyCountDocument,
    CreateCompanyDocument,
    CreateCreditAccountDocument,
    CreatePriceListDocument,
    CreditCreatePaymentMethodDocument,
    CreditOrderPaymentsDocument,
    CreditSettlePaymentDocument,
    CreditSetupCompanyDocument,
    CreditSetupMemberDocument,
    HardeningCreateAgreementDocument,
    HardeningJobDocument,
    HardeningReindexDocument,
    HardeningOrderDocument,
    HardeningStatementDocument,
    HardeningStatementQuery,
    HardeningTaxRatesDocument,
    HardeningUpdateChannelDocument,
    HardeningUpdateTaxRateDocument,
    RecordCreditPaymentDocument,
    RunCreditOverdueCheckDocument,
    UpdateCreditAccountDocument,
    UpsertPriceListEntriesDocument,
    CreditAccountDocument,
} from './graphql/generated-admin';
import {
    CreditAddToCartDocument,
    CreditPrepareCheckoutDocument,
    CreditTransitionToArrangingPaymentDocument,
    HardeningActiveOrderDocument,
    HardeningAddPaymentDocument,
    HardeningCompanyCreditDocument,
    HardeningOrderByCodeDocument,
    HardeningPlaceOnAccountDocument,
    HardeningProductDocument,
    HardeningSearchDocument,
    HardeningSetCustomerDocument,
    HardeningShopStatementDocument,
} from './graphql/generated-shop';

type Customer = { id: string; emailAddress: string };
type Entry = HardeningStatementQuery['creditStatement']['items'][number];

const PAY_ON_ACCOUNT = 'pay-on-account';
const BIG_LIMIT = 5_000_000_000; // 50,000,000.00: above what a 32-bit money column holds
const PARALLEL = 8;
const gb = {
    fullName: 'Dealer',
    streetLine1: '1 Trade Street',
    city: 'Leeds',
    postalCode: 'LS1',
    countryCode: 'GB',
};

/**
 * Taxes in the zone of the order's address, or of the `country` query parameter on product pages, so that a test
 * can look at prices as a buyer outside the channel's default tax zone.
 */
class CountryTaxZoneStrategy implements TaxZoneStrategy {
    determineTaxZone(ctx: RequestContext, zones: Zone[], channel: Channel, order?: Order): Zone {
        const query = (ctx.req?.query ?? {}) as Record<string, unknown>;
        const country =
            order?.shippingAddress?.countryCode ??
            (typeof query.country === 'string' ? query.country : undefined);
        return zones.find(z => z.members?.some(m => m.code === country)) ?? channel.defaultTaxZone;
    }
    init(_injector: Injector) {
        return;
    }
}

describe('B2B as merchants and dealers meet it', () => {
    const env = createTriflowTestEnvironment({
        taxOptions: { taxZoneStrategy: new CountryTaxZoneStrategy() },
    });
    const { adminClient, shopClient } = env;
    let customers: Customer[];
    const companies: Record<string, string> = {};
    const accounts: Record<string, string> = {};
    // c[0] buyer of ACME, c[1] admin of ACME, c[2] buyer of ACME, c[3] buyer of OTHER, c[4] buyer of SMALL,
    // c[10..] buyers of PAR
    const buyer = () => customers[0];
    const companyAdmin = () => customers[1];
    const colleague = () => customers[2];
    const stranger = () => customers[3];
    const smallBuyer = () => customers[4];

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 10 + PARALLEL });
        customers = await getTestCustomers(adminClient);
        await run(adminClient, CreditCreatePaymentMethodDocument, {
            input: {
                code: PAY_ON_ACCOUNT,
                enabled: true,
                handler: { code: 'pay-on-account', arguments: [{ name: 'automaticSettle', value: 'false' }] },
                checker: { code: 'pay-on-account-eligibility', arguments: [] },
                translations: [{ languageCode: 'en', name: 'Pay on account' }],
            },
        });
        for (const code of ['ACME', 'OTHER', 'SMALL', 'PAR']) {
            companies[code] = await createCompany(code);
        }
        await addMember(companies.ACME, buyer(), 'buyer');
        await addMember(companies.ACME, companyAdmin(), 'admin');
        await addMember(companies.ACME, colleague(), 'buyer');
        await addMember(companies.OTHER, stranger(), 'buyer');
        await addMember(companies.SMALL, smallBuyer(), 'buyer');
        for (let i = 0; i < PARALLEL; i++) {
            await addMember(companies.PAR, customers[10 + i], 'buyer');
        }
        const { reindex } = await run(adminClient, HardeningReindexDocument);
        for (let i = 0; i < 200; i++) {
            const { job } = await run(adminClient, HardeningJobDocument, { id: reindex.id });
            if (job?.state === 'COMPLETED' || job?.state === 'FAILED') {
                expect(job.state).toBe('COMPLETED');
                break;
            }
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        accounts.SMALL = await createAccount(companies.SMALL, 1_000);
        accounts.OTHER = await createAccount(companies.OTHER, 10_000_000);

        // ACME's dealer prices: the tablet (T_3, 329.00) at a fixed 200.00, the laptops (T_1, T_2) 10 % off
        const { createPriceList } = await run(adminClient, CreatePriceListDocument, {
            input: { name: 'ACME prices', currencyCode: 'USD' },
        });
        await run(adminClient, AssignPriceListTargetsDocument, {
            input: { priceListId: createPriceList.id, companyIds: [companies.ACME] },
        });
        await run(adminClient, UpsertPriceListEntriesDocument, {
            priceListId: createPriceList.id,
            entries: [
                { productVariantId: 'T_3', price: 20_000 },
                { productVariantId: 'T_1', percentOff: 10 },
                { productVariantId: 'T_2', percentOff: 10 },
            ],
        });
    }, 300_000);

    afterAll(async () => {
        jest.restoreAllMocks();
        await env.server.destroy();
    });

    async function createCompany(code: string): Promise<string> {
        const { createCompany } = await run(adminClient, CreditSetupCompanyDocument, {
            input: { name: `Dealer ${code}`, code },
        });
        if (!('id' in createCompany)) {
            throw new Error(createCompany.message);
        }
        return createCompany.id;
    }

    async function addMember(companyId: string, customer: Customer, role: 'admin' | 'buyer' | 'viewer') {
        const { addCompanyMember } = await run(adminClient, CreditSetupMemberDocument, {
            input: { companyId, customerId: customer.id, role },
        });
        if (!('id' in addCompanyMember)) {
            throw new Error(addCompanyMember.message);
        }
    }

    async function createAccount(
        companyId: string,
        creditLimit: number,
        extra: Record<string, unknown> = {},
    ) {
        const { createCreditAccount } = await run(adminClient, CreateCreditAccountDocument, {
            input: { companyId, creditLimit, ...extra },
        });
        return createCreditAccount.id;
    }

    async function prepareOrder(client: SimpleGraphQLClient, customer: Customer | null, variantId = 'T_4') {
        if (customer) {
            await loginAsCustomer(client, customer.emailAddress);
        }
        const { addItemToOrder } = await run(client, CreditAddToCartDocument, { variantId, quantity: 1 });
        if (!('code' in addItemToOrder)) {
            throw new Error(addItemToOrder.message);
        }
        const prepared = await run(client, CreditPrepareCheckoutDocument, {
            address: gb,
            shippingMethodId: ['T_1'],
        });
        if (!('totalWithTax' in prepared.setOrderShippingMethod)) {
            throw new Error(prepared.setOrderShippingMethod.message);
        }
        return { code: addItemToOrder.code, total: prepared.setOrderShippingMethod.totalWithTax };
    }

    async function activeOrderState(client: SimpleGraphQLClient) {
        return (await run(client, HardeningActiveOrderDocument)).activeOrder?.state;
    }

    function shopUrl(): string {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.shopApiPath}`;
    }

    function newShopClient() {
        return new SimpleGraphQLClient(triflowTestConfig(), shopUrl());
    }

    describe('big money', () => {
        it('keeps a credit limit of 50,000,000.00 and reserves orders against it', async () => {
            accounts.ACME = await createAccount(companies.ACME, BIG_LIMIT);
            const { creditAccount } = await run(adminClient, CreditAccountDocument, { id: accounts.ACME });
            expect(creditAccount?.creditLimit).toBe(BIG_LIMIT);
            await prepareOrder(shopClient, buyer());
            const placed = await run(shopClient, HardeningPlaceOnAccountDocument, {
                input: { purchaseOrderNumber: 'PO-BIG' },
            });
            expect(placed.placeOrderOnAccount.__typename).toBe('Order');
            const { activeCompanyCredit } = await run(shopClient, HardeningCompanyCreditDocument);
            expect(activeCompanyCredit?.creditLimit).toBe(BIG_LIMIT);
            expect(activeCompanyCredit!.availableCredit).toBeLessThan(BIG_LIMIT);
            expect(activeCompanyCredit!.availableCredit).toBeGreaterThan(BIG_LIMIT - 100_000);
        });

        it('refuses negative and out-of-range amounts with a clear error, writing nothing', async () => {
            for (const creditLimit of [-1, Number.MAX_SAFE_INTEGER + 2, 1.5]) {
                expect(
                    await expectGraphQLError(adminClient, UpdateCreditAccountDocument, {
                        input: { id: accounts.ACME, creditLimit },
                    }),
                ).toMatch(/creditLimit/);
            }
            expect(
                await expectGraphQLError(adminClient, RecordCreditPaymentDocument, {
                    input: { accountId: accounts.ACME, amount: Number.MAX_SAFE_INTEGER + 2 },
                }),
            ).toMatch(/amount/);
            expect(
                await expectGraphQLError(adminClient, HardeningCreateAgreementDocument, {
                    input: {
                        companyId: companies.ACME,
                        number: 'A-1',
                        startsAt: new Date('2026-01-01').toISOString(),
                        endsAt: new Date('2027-01-01').toISOString(),
                        creditLimit: -5,
                    },
                }),
            ).toMatch(/creditLimit/);
            const { creditAccount } = await run(adminClient, CreditAccountDocument, { id: accounts.ACME });
            expect(creditAccount?.creditLimit).toBe(BIG_LIMIT);
        });
    });

    describe('dealer prices in listings', () => {
        const priceOf = (p: { value?: number; min?: number; max?: number }) => p;

        it('shows anonymous shoppers the index prices and does no price list work for them', async () => {
            const spy = jest.spyOn(PriceResolutionService.prototype, 'getApplicableLists');
            const anonymous = newShopClient();
            const { search } = await run(anonymous, HardeningSearchDocument, {
                input: { groupByProduct: false, take: 20 },
            });
            const tablet = search.items.find(i => i.sku === 'TBL200');
            expect(priceOf(tablet!.price)).toEqual({ value: 32_900 });
            // Only calls made for an anonymous shopper's request count: the in-process worker may still be indexing
            // for an earlier test, under its own context or a copy of the shop request's that queued the job (the
            // search indexer's `MutableRequestContext`).
            const forAnonymous = spy.mock.calls.filter(
                ([ctx]) =>
                    ctx.apiType === 'shop' &&
                    ctx.activeUserId == null &&
                    !(ctx instanceof MutableRequestContext),
            );
            expect(forAnonymous).toEqual([]);
            spy.mockRestore();
        });

        it('shows a logged-in dealer their prices in search results, with one entry query for the page', async () => {
            await loginAsCustomer(shopClient, buyer().emailAddress);
            const spy = jest.spyOn(
                PriceResolutionService.prototype as unknown as {
                    queryEntries: (ctx: RequestContext) => Promise<unknown>;
                },
                'queryEntries',
            );
            const { search } = await run(shopClient, HardeningSearchDocument, {
                input: { groupByProduct: false, take: 20 },
            });
            // Only the dealer's request counts: the in-process worker may still be indexing for an earlier test,
            // under its own (admin) context or a copy of the shop request's that queued the job (the search
            // indexer's `MutableRequestContext`: a failed CI run on PostgreSQL counted one).
            const forDealer = spy.mock.calls.filter(
                ([ctx]) =>
                    ctx.apiType === 'shop' &&
                    ctx.activeUserId != null &&
                    !(ctx instanceof MutableRequestContext),
            );
            expect(forDealer).toHaveLength(1);
            spy.mockRestore();
            const bySku = new Map(search.items.map(i => [i.sku, i]));
            expect(priceOf(bySku.get('TBL200')!.price)).toEqual({ value: 20_000 });
            expect(priceOf(bySku.get('TBL200')!.priceWithTax)).toEqual({ value: 24_000 });
            expect(priceOf(bySku.get('L2201308')!.price)).toEqual({ value: 116_910 });
            // no dealer price: the channel price
            expect(priceOf(bySku.get('WH1000')!.price)).toEqual({ value: 24_900 });
        });

        it('shows dealer price ranges in collection listings (search by collectionSlug, grouped by product)', async () => {
            const { search } = await run(shopClient, HardeningSearchDocument, {
                input: { collectionSlug: 'electronics', groupByProduct: true, take: 20 },
            });
            expect(search.totalItems).toBeGreaterThan(0);
            const laptop = search.items.find(i => i.sku.startsWith('L22'));
            expect(priceOf(laptop!.price)).toEqual({ min: 116_910, max: 125_910 });
            const anonymous = await run(newShopClient(), HardeningSearchDocument, {
                input: { collectionSlug: 'electronics', groupByProduct: true, take: 20 },
            });
            const listLaptop = anonymous.search.items.find(i => i.sku.startsWith('L22'));
            expect(priceOf(listLaptop!.price)).toEqual({ min: 129_900, max: 139_900 });
        });
    });

    describe('private dealer orders', () => {
        let dealerOrderCode: string;

        it('keeps the guest checkout confirmation readable by its guest session', async () => {
            const guest = newShopClient();
            await run(guest, CreditAddToCartDocument, { variantId: 'T_4', quantity: 1 });
            await run(guest, HardeningSetCustomerDocument, {
                input: { emailAddress: 'guest@triflow.test', firstName: 'Guest', lastName: 'Buyer' },
            });
            await run(guest, CreditPrepareCheckoutDocument, { address: gb, shippingMethodId: ['T_1'] });
            await run(guest, CreditTransitionToArrangingPaymentDocument);
            const paid = await run(guest, HardeningAddPaymentDocument, {
                input: { method: 'standard-payment', metadata: {} },
            });
            expect(paid.addPaymentToOrder.__typename).toBe('Order');
            const code = 'code' in paid.addPaymentToOrder ? paid.addPaymentToOrder.code : '';
            const { orderByCode } = await run(guest, HardeningOrderByCodeDocument, { code });
            expect(orderByCode?.code).toBe(code);
        });

        it('refuses a dealer order by code to an anonymous client and to another customer', async () => {
            await prepareOrder(shopClient, buyer());
            const placed = await run(shopClient, HardeningPlaceOnAccountDocument, {
                input: { purchaseOrderNumber: 'PO-PRIVATE' },
            });
            if (placed.placeOrderOnAccount.__typename !== 'Order') {
                throw new Error(placed.placeOrderOnAccount.__typename);
            }
            dealerOrderCode = placed.placeOrderOnAccount.code;
            expect(
                await expectGraphQLError(newShopClient(), HardeningOrderByCodeDocument, {
                    code: dealerOrderCode,
                }),
            ).toMatch(/not currently authorized/);
            const other = newShopClient();
            await loginAsCustomer(other, stranger().emailAddress);
            expect(
                await expectGraphQLError(other, HardeningOrderByCodeDocument, { code: dealerOrderCode }),
            ).toMatch(/not currently authorized/);
            await loginAsCustomer(other, colleague().emailAddress);
            expect(
                await expectGraphQLError(other, HardeningOrderByCodeDocument, { code: dealerOrderCode }),
            ).toMatch(/not currently authorized/);
        });

        it('lets the buyer and their company admin read it', async () => {
            const { orderByCode } = await run(shopClient, HardeningOrderByCodeDocument, {
                code: dealerOrderCode,
            });
            expect(orderByCode?.creditCharge?.purchaseOrderNumber).toBe('PO-PRIVATE');
            const admin = newShopClient();
            await loginAsCustomer(admin, companyAdmin().emailAddress);
            const seen = await run(admin, HardeningOrderByCodeDocument, { code: dealerOrderCode });
            expect(seen.orderByCode?.code).toBe(dealerOrderCode);
        });
    });

    describe('purchase order numbers', () => {
        it('refuses a purchase order number that is too long, leaving the cart editable', async () => {
            await prepareOrder(shopClient, buyer());
            const { placeOrderOnAccount } = await run(shopClient, HardeningPlaceOnAccountDocument, {
                input: { purchaseOrderNumber: 'X'.repeat(100_000) },
            });
            expect(placeOrderOnAccount.__typename).toBe('PurchaseOrderNumberTooLongError');
            expect('maxLength' in placeOrderOnAccount && placeOrderOnAccount.maxLength).toBe(64);
            expect(await activeOrderState(shopClient)).toBe('AddingItems');
            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const { addPaymentToOrder } = await run(shopClient, HardeningAddPaymentDocument, {
                input: { method: PAY_ON_ACCOUNT, metadata: { purchaseOrderNumber: 'Y'.repeat(65) } },
            });
            expect(addPaymentToOrder.__typename).toBe('PaymentDeclinedError');
            expect(
                'paymentErrorMessage' in addPaymentToOrder && addPaymentToOrder.paymentErrorMessage,
            ).toMatch(/at most 64/);
            expect(await activeOrderState(shopClient)).toBe('AddingItems');
        });

        it('requires one where the company says so, with a coded error, and keeps it on order and statement', async () => {
            await run(adminClient, UpdateCreditAccountDocument, {
                input: { id: accounts.ACME, requirePurchaseOrderNumber: true },
            });
            expect((await run(shopClient, HardeningCompanyCreditDocument)).activeCompanyCredit).toMatchObject(
                {
                    purchaseOrderNumberRequired: true,
                },
            );
            const missing = await run(shopClient, HardeningPlaceOnAccountDocument, { input: {} });
            expect(missing.placeOrderOnAccount.__typename).toBe('PurchaseOrderNumberRequiredError');
            expect('errorCode' in missing.placeOrderOnAccount && missing.placeOrderOnAccount.errorCode).toBe(
                'PURCHASE_ORDER_NUMBER_REQUIRED_ERROR',
            );
            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const empty = await run(shopClient, HardeningAddPaymentDocument, {
                input: { method: PAY_ON_ACCOUNT, metadata: {} },
            });
            expect(empty.addPaymentToOrder.__typename).toBe('PaymentDeclinedError');
            expect(await activeOrderState(shopClient)).toBe('AddingItems');

            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const paid = await run(shopClient, HardeningAddPaymentDocument, {
                input: { method: PAY_ON_ACCOUNT, metadata: { purchaseOrderNumber: '  PO-88  ' } },
            });
            if (paid.addPaymentToOrder.__typename !== 'Order') {
                throw new Error(paid.addPaymentToOrder.__typename);
            }
            const code = paid.addPaymentToOrder.code;
            expect(paid.addPaymentToOrder.creditCharge?.purchaseOrderNumber).toBe('PO-88');
            const { orders } = await run(adminClient, HardeningOrderDocument, { code });
            expect(orders.items[0].creditCharge?.purchaseOrderNumber).toBe('PO-88');
            const { creditStatement } = await run(adminClient, HardeningStatementDocument, {
                accountId: accounts.ACME,
                options: { filter: { orderCode: { eq: code } } },
            });
            expect(creditStatement.items).toHaveLength(1);
            expect(creditStatement.items[0]).toMatchObject({
                purchaseOrderNumber: 'PO-88',
                reference: 'PO-88',
            });
        });

        it('keeps storefronts that send empty metadata working where it is optional', async () => {
            await run(adminClient, UpdateCreditAccountDocument, {
                input: { id: accounts.ACME, requirePurchaseOrderNumber: false },
            });
            await prepareOrder(shopClient, buyer());
            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const { addPaymentToOrder } = await run(shopClient, HardeningAddPaymentDocument, {
                input: { method: PAY_ON_ACCOUNT, metadata: {} },
            });
            expect(addPaymentToOrder.__typename).toBe('Order');
            if (!('creditCharge' in addPaymentToOrder)) {
                throw new Error(`addPaymentToOrder: ${addPaymentToOrder.__typename}`);
            }
            expect(addPaymentToOrder.creditCharge?.amount).toBeGreaterThan(0);
            expect(addPaymentToOrder.creditCharge?.purchaseOrderNumber).toBeNull();
        });
    });

    describe('readable refusals', () => {
        it('formats money in refusals in the channel currency and the request language', async () => {
            await prepareOrder(shopClient, smallBuyer());
            const en = await run(shopClient, HardeningPlaceOnAccountDocument, { input: {} });
            expect(en.placeOrderOnAccount.__typename).toBe('CreditLimitExceededError');
            const enMessage = 'message' in en.placeOrderOnAccount ? en.placeOrderOnAccount.message : '';
            expect(enMessage).toMatch(/exceeds the available credit of \$10\.00/);
            expect(enMessage).not.toMatch(/minor units/);
            const zh = await shopClient.query(
                HardeningPlaceOnAccountDocument,
                { input: {} },
                { languageCode: 'zh_Hans' },
            );
            const zhMessage = 'message' in zh.placeOrderOnAccount ? zh.placeOrderOnAccount.message : '';
            expect(zhMessage).toMatch(/可用信用额度 US\$10\.00/);
            expect(await activeOrderState(shopClient)).toBe('AddingItems');
        });

        it('gives IneligiblePaymentMethodError a translated message and returns the cart to AddingItems', async () => {
            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const en = await run(shopClient, HardeningAddPaymentDocument, {
                input: { method: PAY_ON_ACCOUNT, metadata: {} },
            });
            expect(en.addPaymentToOrder.__typename).toBe('IneligiblePaymentMethodError');
            const enMessage = 'message' in en.addPaymentToOrder ? en.addPaymentToOrder.message : '';
            expect(enMessage).not.toMatch(/errorResult\./);
            expect(enMessage).toMatch(/cannot be used for this order: The order total of \$/);
            expect(await activeOrderState(shopClient)).toBe('AddingItems');

            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const zh = await shopClient.query(
                HardeningAddPaymentDocument,
                { input: { method: PAY_ON_ACCOUNT, metadata: {} } },
                { languageCode: 'zh_Hans' },
            );
            const zhMessage = 'message' in zh.addPaymentToOrder ? zh.addPaymentToOrder.message : '';
            expect(zhMessage).toBe('此订单不能使用该支付方式');
            expect(
                'eligibilityCheckerMessage' in zh.addPaymentToOrder &&
                    zh.addPaymentToOrder.eligibilityCheckerMessage,
            ).toMatch(/^订单金额 US\$/);
            expect(await activeOrderState(shopClient)).toBe('AddingItems');
        });

        it(`leaves every refused cart in AddingItems when ${PARALLEL} buyers of one company pay at once`, async () => {
            const clients = customers.slice(10, 10 + PARALLEL).map(() => newShopClient());
            const totals: number[] = [];
            for (let i = 0; i < PARALLEL; i++) {
                totals.push((await prepareOrder(clients[i], customers[10 + i])).total);
                await run(clients[i], CreditTransitionToArrangingPaymentDocument);
            }
            const fits = 3;
            accounts.PAR = await createAccount(companies.PAR, totals[0] * fits + Math.floor(totals[0] / 2));
            const results = await Promise.all(
                clients.map(client =>
                    run(client, HardeningAddPaymentDocument, {
                        input: { method: PAY_ON_ACCOUNT, metadata: {} },
                    }),
                ),
            );
            const outcomes = results.map(r => r.addPaymentToOrder.__typename);
            expect(outcomes.filter(o => o === 'Order')).toHaveLength(fits);
            for (let i = 0; i < PARALLEL; i++) {
                if (outcomes[i] !== 'Order') {
                    expect(['IneligiblePaymentMethodError', 'PaymentDeclinedError']).toContain(outcomes[i]);
                    expect(await activeOrderState(clients[i])).toBe('AddingItems');
                }
            }
        });
    });

    describe('statement filters', () => {
        let all: Entry[];

        beforeAll(async () => {
            // a settled receivable due at once (overdue a moment later), a payment and a fresh charge
            await run(adminClient, UpdateCreditAccountDocument, {
                input: { id: accounts.ACME, paymentTermsDays: 0 },
            });
            const { creditStatement } = await run(adminClient, HardeningStatementDocument, {
                accountId: accounts.ACME,
            });
            const first = creditStatement.items.find(e => e.type === 'charge')!;
            const { orders } = await run(adminClient, HardeningOrderDocument, { code: first.orderCode! });
            const { order } = await run(adminClient, CreditOrderPaymentsDocument, { id: orders.items[0].id });
            await run(adminClient, CreditSettlePaymentDocument, { id: order!.payments![0].id });
            await run(adminClient, RecordCreditPaymentDocument, {
                input: { accountId: accounts.ACME, amount: 1_000, reference: 'BANK-9', note: 'part payment' },
            });
            await new Promise(resolve => setTimeout(resolve, 1100));
            all = (await run(adminClient, HardeningStatementDocument, { accountId: accounts.ACME }))
                .creditStatement.items;
            expect(all.some(e => e.overdue)).toBe(true);
            expect(all.some(e => !e.overdue)).toBe(true);
        });

        const ids = (items: Array<{ id: string }>) => items.map(i => i.id).sort();
        const cases: Array<[string, () => Record<string, unknown>, (e: Entry) => boolean]> = [
            ['id', () => ({ id: { eq: all[0].id } }), e => e.id === all[0].id],
            ['createdAt', () => ({ createdAt: { before: '2100-01-01T00:00:00Z' } }), () => true],
            ['updatedAt', () => ({ updatedAt: { after: '2000-01-01T00:00:00Z' } }), () => true],
            ['accountId', () => ({ accountId: { eq: accounts.ACME } }), () => true],
            ['companyId', () => ({ companyId: { eq: companies.ACME } }), e => e.companyId === companies.ACME],
            ['sequence', () => ({ sequence: { gte: 2 } }), e => e.sequence >= 2],
            ['type', () => ({ type: { eq: 'payment' } }), e => e.type === 'payment'],
            ['amount', () => ({ amount: { lt: 0 } }), e => e.amount < 0],
            ['balanceAfter', () => ({ balanceAfter: { gt: 0 } }), e => e.balanceAfter > 0],
            [
                'orderCode',
                () => ({ orderCode: { eq: all[0].orderCode } }),
                e => e.orderCode === all[0].orderCode,
            ],
            [
                'reversesEntryId',
                () => ({ reversesEntryId: { isNull: true } }),
                e => e.reversesEntryId == null,
            ],
            ['reference', () => ({ reference: { contains: 'BANK' } }), e => !!e.reference?.includes('BANK')],
            [
                'purchaseOrderNumber',
                () => ({ purchaseOrderNumber: { eq: 'PO-88' } }),
                e => e.purchaseOrderNumber === 'PO-88',
            ],
            ['note', () => ({ note: { contains: 'part' } }), e => !!e.note?.includes('part')],
            ['dueDate', () => ({ dueDate: { isNull: false } }), e => e.dueDate != null],
            ['settledAmount', () => ({ settledAmount: { gt: 0 } }), e => e.settledAmount > 0],
            ['releasedAmount', () => ({ releasedAmount: { eq: 0 } }), e => e.releasedAmount === 0],
            ['openAmount', () => ({ openAmount: { gt: 0 } }), e => e.openAmount > 0],
            ['overdue', () => ({ overdue: { eq: true } }), e => e.overdue],
            ['unallocatedAmount', () => ({ unallocatedAmount: { eq: 0 } }), e => e.unallocatedAmount === 0],
            ['excessAmount', () => ({ excessAmount: { eq: 0 } }), e => e.excessAmount === 0],
        ];

        it.each(cases)('filters the admin statement on %s', async (_name, filter, predicate) => {
            const { creditStatement } = await run(adminClient, HardeningStatementDocument, {
                accountId: accounts.ACME,
                options: { filter: filter() },
            });
            const expected = all.filter(predicate);
            expect(expected.length).toBeGreaterThan(0);
            expect(ids(creditStatement.items)).toEqual(ids(expected));
        });

        it('sorts the statement on orderCode and openAmount', async () => {
            const { creditStatement } = await run(adminClient, HardeningStatementDocument, {
                accountId: accounts.ACME,
                options: { sort: { openAmount: 'DESC' } },
            });
            const open = creditStatement.items.map(e => e.openAmount);
            expect(open).toEqual([...open].sort((a, b) => b - a));
            const byCode = await run(adminClient, HardeningStatementDocument, {
                accountId: accounts.ACME,
                options: { sort: { orderCode: 'ASC' } },
            });
            expect(byCode.creditStatement.totalItems).toBe(all.length);
        });

        const shopCases: Array<[string, () => Record<string, unknown>, (e: Entry) => boolean]> = cases.filter(
            ([n]) =>
                [
                    'id',
                    'createdAt',
                    'sequence',
                    'type',
                    'amount',
                    'balanceAfter',
                    'orderCode',
                    'reference',
                    'purchaseOrderNumber',
                    'note',
                    'dueDate',
                    'openAmount',
                    'overdue',
                ].includes(n),
        );

        it.each(shopCases)('filters the shop statement on %s', async (_name, filter, predicate) => {
            await loginAsCustomer(shopClient, buyer().emailAddress);
            const { activeCompanyCreditStatement } = await run(shopClient, HardeningShopStatementDocument, {
                options: { filter: filter() },
            });
            const expected = all
                .filter(predicate)
                .map(e => e.sequence)
                .sort();
            expect(expected.length).toBeGreaterThan(0);
            expect(activeCompanyCreditStatement.items.map(e => e.sequence).sort()).toEqual(expected);
        });
    });

    describe('overdue check', () => {
        it('computes every account in one aggregate and only touches the accounts whose hold changes', async () => {
            const spy = jest.spyOn(CreditControlService.prototype, 'checkAccount');
            const { runCreditOverdueCheck } = await run(adminClient, RunCreditOverdueCheckDocument);
            expect(runCreditOverdueCheck.accountsChecked).toBe(Object.keys(accounts).length);
            expect(runCreditOverdueCheck.holdsPlaced).toBe(1);
            expect(spy).toHaveBeenCalledTimes(1);
            spy.mockClear();
            const again = await run(adminClient, RunCreditOverdueCheckDocument);
            expect(again.runCreditOverdueCheck.holdsPlaced).toBe(0);
            expect(spy).not.toHaveBeenCalled();
            spy.mockRestore();
            const { creditAccount } = await run(adminClient, CreditAccountDocument, { id: accounts.ACME });
            expect(creditAccount).toMatchObject({ status: 'on_hold', holdReason: 'overdue' });
        });
    });

    describe('length and format limits', () => {
        it('refuses oversized codes, names and texts on every B2B entity, writing nothing', async () => {
            const before = (await run(adminClient, CompanyCountDocument)).companies.totalItems;
            const long = 'A'.repeat(100_000);
            expect(
                await expectGraphQLError(adminClient, CreateCompanyDocument, {
                    input: { name: 'X', code: long },
                }),
            ).toMatch(/"code" may have at most 64 characters/);
            expect(
                await expectGraphQLError(adminClient, CreateCompanyDocument, {
                    input: { name: 'N'.repeat(256), code: 'OK-1' },
                }),
            ).toMatch(/"name" may have at most 255 characters/);
            expect(
                await expectGraphQLError(adminClient, CreateCompanyDocument, {
                    input: { name: 'X', code: 'OK-2', tier: 'gold tier!' },
                }),
            ).toMatch(/Tier/);
            expect(
                await expectGraphQLError(adminClient, CreateCompanyDocument, {
                    input: { name: 'X', code: 'OK-3', taxId: 'T'.repeat(65) },
                }),
            ).toMatch(/"taxId" may have at most 64/);
            expect(
                await expectGraphQLError(adminClient, CreateCompanyDocument, {
                    input: {
                        name: 'X',
                        code: 'OK-4',
                        defaultShippingAddress: { streetLine1: 'S'.repeat(300), countryCode: 'GB' },
                    },
                }),
            ).toMatch(/defaultShippingAddress.streetLine1/);
            expect((await run(adminClient, CompanyCountDocument)).companies.totalItems).toBe(before);
            expect(
                await expectGraphQLError(adminClient, CreatePriceListDocument, {
                    input: { name: long, currencyCode: 'USD' },
                }),
            ).toMatch(/"name" may have at most 255/);
            expect(
                await expectGraphQLError(adminClient, HardeningCreateAgreementDocument, {
                    input: {
                        companyId: companies.ACME,
                        number: long,
                        startsAt: new Date('2026-01-01').toISOString(),
                        endsAt: new Date('2027-01-01').toISOString(),
                    },
                }),
            ).toMatch(/"number" may have at most 64/);
            expect(
                await expectGraphQLError(adminClient, RecordCreditPaymentDocument, {
                    input: { accountId: accounts.OTHER, amount: 100, reference: long },
                }),
            ).toMatch(/"reference" may have at most 255/);
            expect(
                (await run(adminClient, HardeningStatementDocument, { accountId: accounts.OTHER }))
                    .creditStatement.totalItems,
            ).toBe(0);
        });
    });

    describe('tax parity', () => {
        it('converts a fixed dealer price for a buyer outside the default tax zone as Vendure converts channel prices', async () => {
            await run(adminClient, HardeningUpdateChannelDocument, {
                input: { id: 'T_1', pricesIncludeTax: true },
            });
            const { taxRates } = await run(adminClient, HardeningTaxRatesDocument);
            const asiaStandard = taxRates.items.find(
                r => r.zone.name === 'Asia' && r.category.name === 'Standard Tax',
            );
            await run(adminClient, HardeningUpdateTaxRateDocument, {
                input: { id: asiaStandard!.id, value: 10 },
            });

            // the channel price of a variant without a dealer price, as Vendure converts it for China
            const anonymous = newShopClient();
            // product T_2 is the tablet (variant T_3), product T_3 the headphones (variant T_4)
            const list = await anonymous.query(HardeningProductDocument, { id: 'T_2' }, { country: 'CN' });
            const headphones = await anonymous.query(
                HardeningProductDocument,
                { id: 'T_3' },
                { country: 'CN' },
            );
            const channelVariant = headphones.product!.variants[0];
            expect(channelVariant.price).toBe(Math.round(24_900 / 1.2));
            expect(channelVariant.priceWithTax).toBe(Math.round(Math.round(24_900 / 1.2) * 1.1));
            expect(list.product!.variants[0].priceWithTax).toBe(Math.round(Math.round(32_900 / 1.2) * 1.1));

            const dealer = newShopClient();
            await loginAsCustomer(dealer, colleague().emailAddress);
            const page = await dealer.query(HardeningProductDocument, { id: 'T_2' }, { country: 'CN' });
            const net = Math.round(20_000 / 1.2);
            expect(page.product!.variants[0].price).toBe(net);
            expect(page.product!.variants[0].priceWithTax).toBe(Math.round(net * 1.1));

            await run(dealer, CreditAddToCartDocument, { variantId: 'T_3', quantity: 1 });
            await run(dealer, CreditPrepareCheckoutDocument, {
                address: { ...gb, countryCode: 'CN' },
                shippingMethodId: ['T_1'],
            });
            const { activeOrder } = await run(dealer, HardeningActiveOrderDocument);
            const line = activeOrder!.lines.find(l => l.productVariant.id === 'T_3')!;
            expect(line.unitPrice).toBe(net);
            expect(line.unitPriceWithTax).toBe(Math.round(net * 1.1));
        });
    });
});
