import { EventBus, RequestContextService } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsAdministratorWithPermissions,
    loginAsCustomer,
    run,
    startTestServer,
    eventually,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { seedCreditDemo } from '../demo/credit-demo';
import { CreditHoldPlacedEvent } from '../events/credit-hold-placed.event';
import { CreditHoldReleasedEvent } from '../events/credit-hold-released.event';
import { CreditLimitNearlyReachedEvent } from '../events/credit-limit-nearly-reached.event';

import {
    AdjustCreditBalanceDocument,
    CreateCreditAccountDocument,
    CreditAccountDocument,
    CreditAccountsDocument,
    CreditCancelOrderDocument,
    CreditCancelPaymentDocument,
    CreditCreatePaymentMethodDocument,
    CreditOrderPaymentsDocument,
    CreditOrdersByCodeDocument,
    CreditRefundOrderDocument,
    CreditSetCompanyStatusDocument,
    CreditSettlePaymentDocument,
    CreditSetupCompanyDocument,
    CreditSetupMemberDocument,
    CreditStatementDocument,
    DeleteCreditAccountDocument,
    IssueCreditNoteDocument,
    PlaceCreditHoldDocument,
    RecordCreditPaymentDocument,
    ReleaseCreditHoldDocument,
    RunCreditOverdueCheckDocument,
    UpdateCreditAccountDocument,
} from './graphql/generated-admin';
import {
    ActiveCompanyCreditDocument,
    ActiveCompanyCreditStatementDocument,
    CreditAddPaymentToOrderDocument,
    CreditAddToCartDocument,
    CreditEligiblePaymentMethodsDocument,
    CreditPrepareCheckoutDocument,
    CreditTransitionToArrangingPaymentDocument,
    PlaceOrderOnAccountDocument,
    PlaceOrderOnAccountMutation,
} from './graphql/generated-shop';

type Customer = { id: string; emailAddress: string };
type PlaceResult = PlaceOrderOnAccountMutation['placeOrderOnAccount'];

const PAY_ON_ACCOUNT = 'pay-on-account';
const PARALLEL = 50;
const address = {
    fullName: 'Dealer',
    streetLine1: '1 Trade Street',
    city: 'Leeds',
    postalCode: 'LS1',
    countryCode: 'GB',
};

describe('B2B credit control', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let customers: Customer[];
    const companies: Record<string, string> = {};
    const accounts: Record<string, string> = {};
    const events: {
        placed: CreditHoldPlacedEvent[];
        released: CreditHoldReleasedEvent[];
        near: CreditLimitNearlyReachedEvent[];
    } = { placed: [], released: [], near: [] };

    // customers[0] buyer of A, [1] viewer of A, [2] buyer of B, [3] no company, [4] buyer of A-SUB (a sub-dealer
    // of A without an account), [5] buyer of OVERDUE, [6] buyer of OVER (may exceed its limit), [10..59] buyers of PAR.
    const buyerA = () => customers[0];
    const viewerA = () => customers[1];
    const buyerB = () => customers[2];
    const outsider = () => customers[3];
    const buyerSub = () => customers[4];
    const buyerOverdue = () => customers[5];
    const buyerOver = () => customers[6];

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 10 + PARALLEL });
        customers = await getTestCustomers(adminClient);
        const eventBus = env.server.app.get(EventBus);
        eventBus.ofType(CreditHoldPlacedEvent).subscribe(e => events.placed.push(e));
        eventBus.ofType(CreditHoldReleasedEvent).subscribe(e => events.released.push(e));
        eventBus.ofType(CreditLimitNearlyReachedEvent).subscribe(e => events.near.push(e));

        await run(adminClient, CreditCreatePaymentMethodDocument, {
            input: {
                code: PAY_ON_ACCOUNT,
                enabled: true,
                handler: { code: 'pay-on-account', arguments: [{ name: 'automaticSettle', value: 'false' }] },
                checker: { code: 'pay-on-account-eligibility', arguments: [] },
                translations: [{ languageCode: 'en', name: 'Pay on account' }],
            },
        });
        for (const code of ['A', 'B', 'OVERDUE', 'OVER', 'PAR']) {
            companies[code] = await createCompany(code);
        }
        companies['A-SUB'] = await createCompany('A-SUB', companies.A);
        await addMember(companies.A, buyerA(), 'buyer');
        await addMember(companies.A, viewerA(), 'viewer');
        await addMember(companies.B, buyerB(), 'buyer');
        await addMember(companies['A-SUB'], buyerSub(), 'buyer');
        await addMember(companies.OVERDUE, buyerOverdue(), 'admin');
        await addMember(companies.OVER, buyerOver(), 'buyer');
        for (let i = 0; i < PARALLEL; i++) {
            await addMember(companies.PAR, customers[10 + i], 'buyer');
        }
        accounts.A = await createAccount(companies.A, 200_000);
        accounts.B = await createAccount(companies.B, 5_000_000);
    }, 300_000);

    afterAll(async () => {
        await env.server.destroy();
    });

    async function createCompany(code: string, parentId?: string): Promise<string> {
        const { createCompany } = await run(adminClient, CreditSetupCompanyDocument, {
            input: { name: `Dealer ${code}`, code, parentId },
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

    async function account(id: string) {
        const { creditAccount } = await run(adminClient, CreditAccountDocument, { id });
        if (!creditAccount) {
            throw new Error(`No credit account ${id}`);
        }
        return creditAccount;
    }

    async function statement(accountId: string) {
        const { creditStatement } = await run(adminClient, CreditStatementDocument, { accountId });
        return creditStatement.items;
    }

    /** Logs the customer in, fills a cart and sets address and shipping. Returns the order total. */
    async function prepareOrder(
        client: SimpleGraphQLClient,
        customer: Customer,
        quantity = 1,
        variantId = 'T_1',
    ) {
        await loginAsCustomer(client, customer.emailAddress);
        const { addItemToOrder } = await run(client, CreditAddToCartDocument, { variantId, quantity });
        if (!('code' in addItemToOrder)) {
            throw new Error(addItemToOrder.message);
        }
        const prepared = await run(client, CreditPrepareCheckoutDocument, {
            address,
            shippingMethodId: ['T_1'],
        });
        if (!('totalWithTax' in prepared.setOrderShippingMethod)) {
            throw new Error(prepared.setOrderShippingMethod.message);
        }
        return { code: addItemToOrder.code, total: prepared.setOrderShippingMethod.totalWithTax };
    }

    async function placeOnAccount(
        client: SimpleGraphQLClient,
        purchaseOrderNumber?: string,
    ): Promise<PlaceResult> {
        const { placeOrderOnAccount } = await run(client, PlaceOrderOnAccountDocument, {
            input: { purchaseOrderNumber },
        });
        return placeOrderOnAccount;
    }

    function expectOrder(result: PlaceResult) {
        if (result.__typename !== 'Order') {
            throw new Error(
                `Expected an order, got ${result.__typename}: ${'message' in result ? result.message : ''}`,
            );
        }
        return result;
    }

    function expectRunningBalance(
        entries: Array<{ sequence: number; amount: number; balanceAfter: number }>,
    ) {
        let sum = 0;
        entries.forEach((e, i) => {
            expect(e.sequence).toBe(i + 1);
            sum += e.amount;
            expect(e.balanceAfter).toBe(sum);
        });
        return sum;
    }

    describe('pay on account', () => {
        it('refuses an order that would exceed the dealer credit limit with CreditLimitExceededError', async () => {
            const { total } = await prepareOrder(shopClient, buyerA(), 2);
            expect(total).toBeGreaterThan(200_000);
            const result = await placeOnAccount(shopClient);
            expect(result.__typename).toBe('CreditLimitExceededError');
            if (result.__typename === 'CreditLimitExceededError') {
                expect(result.errorCode).toBe('CREDIT_LIMIT_EXCEEDED_ERROR');
                expect(result.availableCredit).toBe(200_000);
                expect(result.orderTotal).toBe(total);
            }
            expect((await account(accounts.A)).balance).toBe(0);
            expect(await statement(accounts.A)).toHaveLength(0);
        });

        it('hides pay on account from eligible methods and refuses addPaymentToOrder with the reason', async () => {
            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const { eligiblePaymentMethods } = await run(shopClient, CreditEligiblePaymentMethodsDocument);
            const method = eligiblePaymentMethods.find(m => m.code === PAY_ON_ACCOUNT);
            expect(method?.isEligible).toBe(false);
            expect(method?.eligibilityMessage).toMatch(/exceeds the available credit/);
            const { addPaymentToOrder } = await run(shopClient, CreditAddPaymentToOrderDocument, {
                method: PAY_ON_ACCOUNT,
            });
            expect(addPaymentToOrder.__typename).toBe('IneligiblePaymentMethodError');
            if (addPaymentToOrder.__typename === 'IneligiblePaymentMethodError') {
                expect(addPaymentToOrder.eligibilityCheckerMessage).toMatch(/exceeds the available credit/);
            }
            expect((await account(accounts.A)).balance).toBe(0);
        });

        it('charges the account when the order is placed on account, with the purchase order number', async () => {
            await run(adminClient, UpdateCreditAccountDocument, {
                input: { id: accounts.A, creditLimit: 1_000_000 },
            });
            const result = expectOrder(await placeOnAccount(shopClient, 'PO-4711'));
            expect(result.state).toBe('PaymentAuthorized');
            expect(result.payments?.[0].state).toBe('Authorized');
            const a = await account(accounts.A);
            expect(a.balance).toBe(result.totalWithTax);
            expect(a.availableCredit).toBe(1_000_000 - result.totalWithTax);
            const [charge] = await statement(accounts.A);
            expect(charge).toMatchObject({
                type: 'charge',
                amount: result.totalWithTax,
                orderCode: result.code,
                reference: 'PO-4711',
            });
            expect(charge.dueDate).toBeNull();
        });

        it('turns the charge into a receivable due after the payment terms when the payment is settled', async () => {
            const [charge] = await statement(accounts.A);
            const { creditAccounts } = await adminClient.query(CreditAccountsDocument, {});
            expect(creditAccounts.totalItems).toBeGreaterThanOrEqual(2);
            const order = await findOrder(charge.orderCode!);
            const before = Date.now();
            const { settlePayment } = await run(adminClient, CreditSettlePaymentDocument, {
                id: order.payments![0].id,
            });
            expect('state' in settlePayment && settlePayment.state).toBe('Settled');
            const [receivable] = await statement(accounts.A);
            const due = new Date(receivable.dueDate!).getTime();
            expect(due).toBeGreaterThanOrEqual(before + 30 * 86_400_000 - 1000);
            expect(due).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000 + 1000);
            expect(receivable.openAmount).toBe(receivable.amount);
        });

        it('refuses a viewer with CompanyRoleNotPermittedError', async () => {
            await prepareOrder(shopClient, viewerA());
            const result = await placeOnAccount(shopClient);
            expect(result.__typename).toBe('CompanyRoleNotPermittedError');
            if (result.__typename === 'CompanyRoleNotPermittedError') {
                expect(result.role).toBe('viewer');
            }
        });

        it('refuses a customer without a company with NoCreditAccountError', async () => {
            await prepareOrder(shopClient, outsider());
            const result = await placeOnAccount(shopClient);
            expect(result.__typename).toBe('NoCreditAccountError');
        });
    });

    describe('holds', () => {
        it('blocks checkout while the account is on hold and restores it when released', async () => {
            const { placeCreditHold } = await run(adminClient, PlaceCreditHoldDocument, {
                accountId: accounts.A,
            });
            expect(placeCreditHold).toMatchObject({ status: 'on_hold', holdReason: 'manual' });
            expect(
                await eventually(
                    () => events.placed.some(e => String(e.account.id) === accounts.A.replace('T_', '')),
                    found => found,
                ),
            ).toBe(true);
            await prepareOrder(shopClient, buyerA());
            const refused = await placeOnAccount(shopClient);
            expect(refused.__typename).toBe('CreditHoldError');
            if (refused.__typename === 'CreditHoldError') {
                expect(refused.holdReason).toBe('manual');
            }
            await run(shopClient, CreditTransitionToArrangingPaymentDocument);
            const { addPaymentToOrder } = await run(shopClient, CreditAddPaymentToOrderDocument, {
                method: PAY_ON_ACCOUNT,
            });
            expect(addPaymentToOrder.__typename).toBe('IneligiblePaymentMethodError');

            const { releaseCreditHold } = await run(adminClient, ReleaseCreditHoldDocument, {
                accountId: accounts.A,
            });
            expect(releaseCreditHold).toMatchObject({ status: 'active', holdReason: null });
            expect(
                await eventually(
                    () => events.released.length,
                    n => n >= 1,
                ),
            ).toBeGreaterThanOrEqual(1);
            expectOrder(await placeOnAccount(shopClient));
        });

        it('blocks checkout while the company is on hold', async () => {
            await run(adminClient, CreditSetCompanyStatusDocument, {
                input: { id: companies.A, status: 'on_hold' },
            });
            await prepareOrder(shopClient, buyerA());
            const refused = await placeOnAccount(shopClient);
            expect(refused.__typename).toBe('CreditHoldError');
            if (refused.__typename === 'CreditHoldError') {
                expect(refused.holdReason).toBe('company_on_hold');
            }
            await run(adminClient, CreditSetCompanyStatusDocument, {
                input: { id: companies.A, status: 'active' },
            });
            expectOrder(await placeOnAccount(shopClient));
        });
    });

    describe('lifecycle and back office', () => {
        it('releases the charge of a cancelled order exactly once', async () => {
            await prepareOrder(shopClient, buyerA());
            const placed = expectOrder(await placeOnAccount(shopClient));
            const balanceBefore = (await account(accounts.A)).balance;
            const order = await findOrder(placed.code);
            const { cancelOrder } = await run(adminClient, CreditCancelOrderDocument, {
                input: { orderId: order.id },
            });
            expect('state' in cancelOrder && cancelOrder.state).toBe('Cancelled');
            const afterCancel = await account(accounts.A);
            expect(afterCancel.balance).toBe(balanceBefore - placed.totalWithTax);
            const releases = (await statement(accounts.A)).filter(
                e => e.type === 'release' && e.orderCode === placed.code,
            );
            expect(releases).toHaveLength(1);
            expect(releases[0].amount).toBe(-placed.totalWithTax);

            // Cancelling the payment as well must not release it a second time.
            await run(adminClient, CreditCancelPaymentDocument, { id: order.payments![0].id });
            expect((await account(accounts.A)).balance).toBe(afterCancel.balance);
            expect(
                (await statement(accounts.A)).filter(
                    e => e.type === 'release' && e.orderCode === placed.code,
                ),
            ).toHaveLength(1);
        });

        it('releases the refunded amount of a settled order', async () => {
            await prepareOrder(shopClient, buyerA());
            const placed = expectOrder(await placeOnAccount(shopClient));
            const order = await findOrder(placed.code);
            await run(adminClient, CreditSettlePaymentDocument, { id: order.payments![0].id });
            const before = (await account(accounts.A)).balance;
            const { refundOrder } = await run(adminClient, CreditRefundOrderDocument, {
                input: {
                    paymentId: order.payments![0].id,
                    amount: 10_000,
                    shipping: 0,
                    adjustment: 0,
                    reason: 'damaged',
                },
            });
            expect('state' in refundOrder && refundOrder.state).toBe('Settled');
            expect((await account(accounts.A)).balance).toBe(before - 10_000);
            const charge = (await statement(accounts.A)).find(
                e => e.type === 'charge' && e.orderCode === placed.code,
            );
            expect(charge?.releasedAmount).toBe(10_000);
            expect(charge?.openAmount).toBe(placed.totalWithTax - 10_000);
        });

        it('records a partial and a full payment against the oldest receivable, restoring available credit', async () => {
            const before = await account(accounts.A);
            const receivable = (await statement(accounts.A)).find(
                e => e.type === 'charge' && e.dueDate && e.openAmount > 0,
            )!;
            const half = Math.floor(receivable.openAmount / 2);
            const { recordCreditPayment } = await run(adminClient, RecordCreditPaymentDocument, {
                input: { accountId: accounts.A, amount: half, reference: 'BANK-1' },
            });
            expect(recordCreditPayment).toMatchObject({
                type: 'payment',
                amount: -half,
                unallocatedAmount: 0,
            });
            expect(recordCreditPayment.allocations).toEqual([{ entryId: receivable.id, amount: half }]);
            expect(recordCreditPayment.createdBy?.id).toBeDefined();
            const after = await account(accounts.A);
            expect(after.balance).toBe(before.balance - half);
            expect(after.availableCredit).toBe(before.availableCredit + half);
            const updated = (await statement(accounts.A)).find(e => e.id === receivable.id)!;
            expect(updated.openAmount).toBe(receivable.openAmount - half);

            await run(adminClient, RecordCreditPaymentDocument, {
                input: {
                    accountId: accounts.A,
                    amount: updated.openAmount,
                    allocations: [{ entryId: receivable.id, amount: updated.openAmount }],
                },
            });
            const paid = (await statement(accounts.A)).find(e => e.id === receivable.id)!;
            expect(paid.openAmount).toBe(0);
            expect(paid.settledAmount).toBe(receivable.amount - receivable.releasedAmount);
        });

        it('issues credit notes and adjustments, and the running balance always equals the sum of entries', async () => {
            const { issueCreditNote } = await run(adminClient, IssueCreditNoteDocument, {
                input: { accountId: accounts.A, amount: 2_500, reference: 'CN-1', note: 'goodwill' },
            });
            expect(issueCreditNote).toMatchObject({ type: 'credit_note', amount: -2_500 });
            const { adjustCreditBalance } = await run(adminClient, AdjustCreditBalanceDocument, {
                input: { accountId: accounts.A, amount: 1_200, note: 'late fee' },
            });
            expect(adjustCreditBalance).toMatchObject({
                type: 'adjustment',
                amount: 1_200,
                openAmount: 1_200,
            });
            expect(adjustCreditBalance.dueDate).not.toBeNull();
            const entries = await statement(accounts.A);
            expect(entries.length).toBeGreaterThanOrEqual(8);
            const sum = expectRunningBalance(entries);
            expect((await account(accounts.A)).balance).toBe(sum);
        });

        it('rejects bad input: a negative payment, an allocation to another account, a zero adjustment', async () => {
            expect(
                await expectGraphQLError(adminClient, RecordCreditPaymentDocument, {
                    input: { accountId: accounts.A, amount: -5 },
                }),
            ).toMatch(/positive whole number/);
            const entryOfA = (await statement(accounts.A))[0];
            expect(
                await expectGraphQLError(adminClient, RecordCreditPaymentDocument, {
                    input: {
                        accountId: accounts.B,
                        amount: 100,
                        allocations: [{ entryId: entryOfA.id, amount: 100 }],
                    },
                }),
            ).toMatch(/not an open debit of this account/);
            expect(
                await expectGraphQLError(adminClient, AdjustCreditBalanceDocument, {
                    input: { accountId: accounts.A, amount: 0, note: 'x' },
                }),
            ).toMatch(/non-zero/);
            expect((await statement(accounts.B)).length).toBe(0);
        });

        it('refuses to delete an account with a balance', async () => {
            const { deleteCreditAccount } = await run(adminClient, DeleteCreditAccountDocument, {
                id: accounts.A,
            });
            expect(deleteCreditAccount.result).toBe('NOT_DELETED');
            expect((await account(accounts.A)).id).toBe(accounts.A);
        });
    });

    describe('overdue check', () => {
        it('puts an account with receivables past due + grace on hold and lifts the hold after payment', async () => {
            accounts.OVERDUE = await createAccount(companies.OVERDUE, 1_000_000, {
                paymentTermsDays: 0,
                graceDays: 0,
            });
            await prepareOrder(shopClient, buyerOverdue());
            const placed = expectOrder(await placeOnAccount(shopClient));
            const order = await findOrder(placed.code);
            await run(adminClient, CreditSettlePaymentDocument, { id: order.payments![0].id });
            await new Promise(resolve => setTimeout(resolve, 20));
            const heldBefore = events.placed.length;

            const { runCreditOverdueCheck } = await run(adminClient, RunCreditOverdueCheckDocument);
            expect(runCreditOverdueCheck.holdsPlaced).toBe(1);
            const held = await account(accounts.OVERDUE);
            expect(held).toMatchObject({
                status: 'on_hold',
                holdReason: 'overdue',
                overdueAmount: placed.totalWithTax,
            });
            await waitFor(() => events.placed.length > heldBefore);
            expect(events.placed[events.placed.length - 1].reason).toBe('overdue');

            await prepareOrder(shopClient, buyerOverdue());
            const refused = await placeOnAccount(shopClient);
            expect(refused.__typename === 'CreditHoldError' && refused.holdReason).toBe('overdue');

            // Running the check again changes nothing while still unpaid.
            expect(
                (await run(adminClient, RunCreditOverdueCheckDocument)).runCreditOverdueCheck.holdsPlaced,
            ).toBe(0);

            await run(adminClient, RecordCreditPaymentDocument, {
                input: { accountId: accounts.OVERDUE, amount: placed.totalWithTax },
            });
            expect(await account(accounts.OVERDUE)).toMatchObject({
                status: 'active',
                holdReason: null,
                overdueAmount: 0,
            });
            expectOrder(await placeOnAccount(shopClient));
        });

        it('lifts an overdue hold in the scheduled check once nothing is overdue, and never lifts a manual hold', async () => {
            const id = accounts.OVERDUE;
            const [, second] = (await statement(id)).filter(e => e.type === 'charge');
            const order = await findOrder(second.orderCode!);
            await run(adminClient, CreditSettlePaymentDocument, { id: order.payments![0].id });
            await new Promise(resolve => setTimeout(resolve, 20));
            expect(
                (await run(adminClient, RunCreditOverdueCheckDocument)).runCreditOverdueCheck.holdsPlaced,
            ).toBe(1);
            expect((await account(id)).holdReason).toBe('overdue');

            // More grace: nothing is overdue any more, and the scheduled check lifts the hold by itself.
            const releasedBefore = events.released.length;
            await run(adminClient, UpdateCreditAccountDocument, { input: { id, graceDays: 10 } });
            const lifted = await run(adminClient, RunCreditOverdueCheckDocument);
            expect(lifted.runCreditOverdueCheck).toMatchObject({ holdsPlaced: 0, holdsReleased: 1 });
            expect(await account(id)).toMatchObject({ status: 'active', holdReason: null, overdueAmount: 0 });
            await waitFor(() => events.released.length > releasedBefore);
            expect(events.released[events.released.length - 1].previousReason).toBe('overdue');

            // Back to no grace: held again; a credit note for the overdue amount lifts it at once.
            await run(adminClient, UpdateCreditAccountDocument, { input: { id, graceDays: 0 } });
            expect(
                (await run(adminClient, RunCreditOverdueCheckDocument)).runCreditOverdueCheck.holdsPlaced,
            ).toBe(1);
            await run(adminClient, IssueCreditNoteDocument, {
                input: { accountId: id, amount: second.amount },
            });
            expect((await account(id)).status).toBe('active');

            await run(adminClient, PlaceCreditHoldDocument, { accountId: id });
            const check = await run(adminClient, RunCreditOverdueCheckDocument);
            expect(check.runCreditOverdueCheck.holdsReleased).toBe(0);
            expect(await account(id)).toMatchObject({ status: 'on_hold', holdReason: 'manual' });
            await run(adminClient, ReleaseCreditHoldDocument, { accountId: id });
        });
    });

    describe('shared credit and visibility', () => {
        it('lets a sub-dealer buy against a parent account only when the parent shares it', async () => {
            await prepareOrder(shopClient, buyerSub());
            expect((await placeOnAccount(shopClient)).__typename).toBe('NoCreditAccountError');
            await run(adminClient, UpdateCreditAccountDocument, {
                input: { id: accounts.A, sharedWithSubsidiaries: true },
            });
            const balanceBefore = (await account(accounts.A)).balance;
            const placed = expectOrder(await placeOnAccount(shopClient));
            expect((await account(accounts.A)).balance).toBe(balanceBefore + placed.totalWithTax);
            const { activeCompanyCredit } = await run(shopClient, ActiveCompanyCreditDocument);
            expect(activeCompanyCredit).toMatchObject({
                sharedFromParent: true,
                balance: balanceBefore + placed.totalWithTax,
            });
            // The sub-dealer's statement shows its own activity, not the parent's other orders.
            const { activeCompanyCreditStatement } = await shopClient.query(
                ActiveCompanyCreditStatementDocument,
                {},
            );
            expect(activeCompanyCreditStatement.items.map(e => e.orderCode)).toEqual([placed.code]);
        });

        it('shows a dealer only its own company credit', async () => {
            await loginAsCustomer(shopClient, buyerB().emailAddress);
            const { activeCompanyCredit } = await run(shopClient, ActiveCompanyCreditDocument);
            expect(activeCompanyCredit).toMatchObject({
                creditLimit: 5_000_000,
                balance: 0,
                availableCredit: 5_000_000,
                sharedFromParent: false,
            });
            const { activeCompanyCreditStatement } = await shopClient.query(
                ActiveCompanyCreditStatementDocument,
                {},
            );
            expect(activeCompanyCreditStatement.totalItems).toBe(0);

            await loginAsCustomer(shopClient, buyerA().emailAddress);
            const own = await shopClient.query(ActiveCompanyCreditStatementDocument, {});
            const a = await account(accounts.A);
            expect(own.activeCompanyCreditStatement.totalItems).toBe((await statement(accounts.A)).length);
            expect((await run(shopClient, ActiveCompanyCreditDocument)).activeCompanyCredit?.balance).toBe(
                a.balance,
            );

            await loginAsCustomer(shopClient, outsider().emailAddress);
            expect((await run(shopClient, ActiveCompanyCreditDocument)).activeCompanyCredit).toBeNull();
            expect(
                (await shopClient.query(ActiveCompanyCreditStatementDocument, {}))
                    .activeCompanyCreditStatement.totalItems,
            ).toBe(0);
        });

        it('lets an account that allows exceeding its limit go over, flagging the excess', async () => {
            accounts.OVER = await createAccount(companies.OVER, 100_000, { allowExceedLimit: true });
            const { total } = await prepareOrder(shopClient, buyerOver());
            const placed = expectOrder(await placeOnAccount(shopClient));
            expect(placed.totalWithTax).toBe(total);
            const [charge] = await statement(accounts.OVER);
            expect(charge.excessAmount).toBe(total - 100_000);
            expect((await account(accounts.OVER)).availableCredit).toBe(100_000 - total);
        });
    });

    describe('permissions', () => {
        it('answers FORBIDDEN to an administrator without CreditPermission', async () => {
            const client = new SimpleGraphQLClient(triflowTestConfig(), adminUrl());
            await loginAsAdministratorWithPermissions(adminClient, client, ['ReadCatalog', 'ReadCustomer']);
            expect(await expectGraphQLError(client, CreditAccountsDocument, { options: {} })).toMatch(
                /not currently authorized/,
            );
            expect(
                await expectGraphQLError(client, PlaceCreditHoldDocument, { accountId: accounts.A }),
            ).toMatch(/not currently authorized/);
        });

        it('lets ReadCredit read but not record payments without RecordCreditPayment', async () => {
            const client = new SimpleGraphQLClient(triflowTestConfig(), adminUrl());
            await loginAsAdministratorWithPermissions(adminClient, client, ['ReadCredit']);
            const { creditAccounts } = await client.query(CreditAccountsDocument, {});
            expect(creditAccounts.totalItems).toBeGreaterThanOrEqual(2);
            expect(
                await expectGraphQLError(client, RecordCreditPaymentDocument, {
                    input: { accountId: accounts.A, amount: 100 },
                }),
            ).toMatch(/not currently authorized/);
        });
    });

    describe('demo data', () => {
        it('seeds a near-limit and an on-hold account, idempotently', async () => {
            const near = await createCompany('DEMO-NEAR');
            const held = await createCompany('DEMO-HOLD');
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            const plan = [
                { companyCode: 'DEMO-NEAR', creditLimit: 1_000_000, openingBalance: 920_000 },
                {
                    companyCode: 'DEMO-HOLD',
                    creditLimit: 500_000,
                    openingBalance: 300_000,
                    overdueByDays: 45,
                },
            ];
            await seedCreditDemo(env.server.app, ctx, plan);
            await seedCreditDemo(env.server.app, ctx, plan);
            const { creditAccounts } = await adminClient.query(CreditAccountsDocument, {
                options: { filter: { companyId: { in: [near, held] } } },
            });
            expect(creditAccounts.totalItems).toBe(2);
            const nearAccount = creditAccounts.items.find(a => a.companyId === near)!;
            const heldAccount = creditAccounts.items.find(a => a.companyId === held)!;
            expect(nearAccount).toMatchObject({ status: 'active', balance: 920_000, utilisation: 0.92 });
            expect(heldAccount).toMatchObject({
                status: 'on_hold',
                holdReason: 'overdue',
                overdueAmount: 300_000,
            });
            expect(await statement(heldAccount.id)).toHaveLength(1);
        });
    });

    describe('parallel checkouts', () => {
        it(`never overdraws the limit under ${PARALLEL} parallel pay-on-account checkouts`, async () => {
            const clients = customers
                .slice(10, 10 + PARALLEL)
                .map(() => new SimpleGraphQLClient(triflowTestConfig(), shopUrl()));
            const totals: number[] = [];
            for (let i = 0; i < PARALLEL; i++) {
                const { total } = await prepareOrder(clients[i], customers[10 + i], 1, 'T_2');
                totals.push(total);
                const { transitionOrderToState } = await run(
                    clients[i],
                    CreditTransitionToArrangingPaymentDocument,
                );
                expect(
                    transitionOrderToState &&
                        'state' in transitionOrderToState &&
                        transitionOrderToState.state,
                ).toBe('ArrangingPayment');
            }
            const orderTotal = totals[0];
            expect(new Set(totals).size).toBe(1);
            const fits = 20;
            const limit = orderTotal * fits + Math.floor(orderTotal / 2);
            accounts.PAR = await createAccount(companies.PAR, limit);
            const nearBefore = events.near.length;

            // Half through the typed mutation, half through Vendure's addPaymentToOrder: both reserve atomically.
            const results = await Promise.all(
                clients.map(async (client, i) => {
                    if (i % 2 === 0) {
                        const r = await placeOnAccount(client);
                        return r.__typename === 'Order' ? 'ok' : r.__typename;
                    }
                    const { addPaymentToOrder } = await run(client, CreditAddPaymentToOrderDocument, {
                        method: PAY_ON_ACCOUNT,
                    });
                    return addPaymentToOrder.__typename === 'Order' ? 'ok' : addPaymentToOrder.__typename;
                }),
            );
            const succeeded = results.filter(r => r === 'ok').length;
            const refusals = new Set(results.filter(r => r !== 'ok'));
            expect(succeeded).toBe(fits);
            for (const r of refusals) {
                expect([
                    'CreditLimitExceededError',
                    'IneligiblePaymentMethodError',
                    'PaymentDeclinedError',
                ]).toContain(r);
            }

            const entries = await statement(accounts.PAR);
            const charges = entries.filter(e => e.type === 'charge');
            expect(charges).toHaveLength(fits);
            const charged = charges.reduce((s, e) => s + e.amount, 0);
            expect(charged).toBeLessThanOrEqual(limit);
            const sum = expectRunningBalance(entries);
            const par = await account(accounts.PAR);
            expect(par.balance).toBe(sum);
            expect(par.balance).toBe(charged);
            expect(par.availableCredit).toBeGreaterThanOrEqual(0);
            await waitFor(() => events.near.length > nearBefore);
            expect(
                events.near.filter(e => String(e.account.id) === accounts.PAR.replace('T_', '')),
            ).toHaveLength(1);
        }, 600_000);
    });

    async function findOrder(code: string) {
        const { orders } = await run(adminClient, CreditOrdersByCodeDocument, { code });
        if (!orders.items[0]) {
            throw new Error(`No order with code ${code}`);
        }
        const { order } = await run(adminClient, CreditOrderPaymentsDocument, { id: orders.items[0].id });
        if (!order) {
            throw new Error(`No order ${code}`);
        }
        return order;
    }

    function shopUrl(): string {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.shopApiPath}`;
    }

    function adminUrl(): string {
        const config = triflowTestConfig();
        return `http://localhost:${config.apiOptions.port}/${config.apiOptions.adminApiPath}`;
    }
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
    const start = Date.now();
    while (!condition()) {
        if (Date.now() - start > timeoutMs) {
            throw new Error('Timed out waiting for a condition');
        }
        await new Promise(resolve => setTimeout(resolve, 20));
    }
}
