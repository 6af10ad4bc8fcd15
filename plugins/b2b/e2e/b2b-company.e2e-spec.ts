import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsAdministratorWithPermissions,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    AddCompanyMemberDocument,
    B2bCreateChannelDocument,
    CompanyCountDocument,
    CompanyDetailDocument,
    CompanyListDocument,
    CreateCompanyDocument,
    CustomerCompanyDocument,
    DeleteCompanyDocument,
    MoveCompanyDocument,
    RemoveCompanyMemberDocument,
    UpdateCompanyDocument,
    UpdateCompanyMemberRoleDocument,
} from './graphql/generated-admin';
import {
    ActiveCompanyDocument,
    ActiveCompanyOrdersDocument,
    CompanyCheckoutAddDocument,
    CompanyCheckoutAddressDocument,
    CompanyCheckoutPayDocument,
    CompanyCheckoutShippingDocument,
    CompanyCheckoutShippingMethodsDocument,
    CompanyCheckoutToPaymentDocument,
    InviteCompanyMemberDocument,
    ShopRemoveCompanyMemberDocument,
} from './graphql/generated-shop';

type Created = { id: string; code: string };

describe('B2B companies', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let customers: Array<{ id: string; emailAddress: string }>;
    let distributor: Created;
    let dealerA: Created;
    let dealerB: Created;
    let defaultChannelToken: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 5 });
        customers = await getTestCustomers(adminClient);
        defaultChannelToken = (adminClient as unknown as { channelToken: string }).channelToken;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    async function createCompany(code: string, extra: Record<string, unknown> = {}): Promise<Created> {
        const { createCompany } = await run(adminClient, CreateCompanyDocument, {
            input: { name: `Company ${code}`, code, ...extra },
        });
        if (!('id' in createCompany)) {
            throw new Error(createCompany.message);
        }
        return createCompany;
    }

    describe('admin API', () => {
        it('creates a company with tier, tax id and address', async () => {
            const { createCompany } = await run(adminClient, CreateCompanyDocument, {
                input: {
                    name: '华东分销 East China Distribution',
                    code: 'east-china',
                    tier: 'Gold',
                    taxId: 'CN-91310000',
                    defaultShippingAddress: {
                        streetLine1: '1 Nanjing Rd',
                        city: 'Shanghai',
                        countryCode: 'CN',
                    },
                },
            });
            if (!('id' in createCompany)) {
                throw new Error(createCompany.message);
            }
            expect(createCompany).toMatchObject({
                name: '华东分销 East China Distribution',
                code: 'east-china',
                tier: 'gold',
                status: 'active',
                taxId: 'CN-91310000',
                parentId: null,
                defaultShippingAddress: { streetLine1: '1 Nanjing Rd', city: 'Shanghai', countryCode: 'CN' },
            });
            distributor = createCompany;
        });

        it('refuses a duplicate code with DuplicateCompanyCodeError', async () => {
            const { createCompany } = await run(adminClient, CreateCompanyDocument, {
                input: { name: 'Again', code: 'east-china' },
            });
            expect(createCompany).toMatchObject({
                errorCode: 'DUPLICATE_COMPANY_CODE_ERROR',
                message: 'A company with the code "east-china" already exists in this channel',
            });
        });

        it('answers the refusal in the language of the request', async () => {
            const { createCompany } = await adminClient.query(
                CreateCompanyDocument,
                { input: { name: 'Again', code: 'east-china' } },
                { languageCode: 'zh_Hans' },
            );
            expect(createCompany).toMatchObject({
                errorCode: 'DUPLICATE_COMPANY_CODE_ERROR',
                message: '此渠道中已存在代码为“east-china”的公司',
            });
        });

        it('refuses an empty name or a code with spaces as bad input', async () => {
            const m1 = await expectGraphQLError(adminClient, CreateCompanyDocument, {
                input: { name: '  ', code: 'x1' },
            });
            expect(m1).toMatch(/name/);
            const m2 = await expectGraphQLError(adminClient, CreateCompanyDocument, {
                input: { name: 'X', code: 'has space' },
            });
            expect(m2).toMatch(/code/i);
        });

        it('creates sub-dealers under the distributor and shows the hierarchy', async () => {
            dealerA = await createCompany('dealer-a', { tier: 'silver', parentId: distributor.id });
            dealerB = await createCompany('dealer-b', { tier: 'silver', parentId: distributor.id });
            const { company } = await run(adminClient, CompanyDetailDocument, { id: distributor.id });
            expect(company?.children.map(c => c.code).sort()).toEqual(['dealer-a', 'dealer-b']);
            const a = await run(adminClient, CompanyDetailDocument, { id: dealerA.id });
            expect(a.company?.parentId).toBe(distributor.id);
            expect(a.company?.ancestorIds).toEqual([distributor.id]);
        });

        it('lists companies with filter, sort and paging', async () => {
            const { companies } = await run(adminClient, CompanyListDocument, {
                options: { filter: { tier: { eq: 'silver' } }, sort: { code: 'DESC' } },
            });
            expect(companies.totalItems).toBe(2);
            expect(companies.items.map(c => c.code)).toEqual(['dealer-b', 'dealer-a']);
            const page = await run(adminClient, CompanyListDocument, {
                options: { sort: { code: 'ASC' }, take: 1, skip: 1 },
            });
            expect(page.companies.totalItems).toBe(3);
            expect(page.companies.items.map(c => c.code)).toEqual(['dealer-b']);
        });

        it('updates a company', async () => {
            const { updateCompany } = await run(adminClient, UpdateCompanyDocument, {
                input: { id: dealerB.id, name: 'Dealer B Ltd', status: 'on_hold' },
            });
            expect(updateCompany).toMatchObject({
                name: 'Dealer B Ltd',
                status: 'on_hold',
                code: 'dealer-b',
            });
            const dup = await run(adminClient, UpdateCompanyDocument, {
                input: { id: dealerB.id, code: 'dealer-a' },
            });
            expect(dup.updateCompany).toMatchObject({ errorCode: 'DUPLICATE_COMPANY_CODE_ERROR' });
            await run(adminClient, UpdateCompanyDocument, { input: { id: dealerB.id, status: 'active' } });
        });

        it('moves a company to any depth and refuses cycles', async () => {
            const sub = await createCompany('dealer-a-sub');
            const moved = await run(adminClient, MoveCompanyDocument, { id: sub.id, parentId: dealerA.id });
            expect(moved.moveCompany).toMatchObject({
                parentId: dealerA.id,
                ancestorIds: [dealerA.id, distributor.id],
            });
            const cycle = await run(adminClient, MoveCompanyDocument, {
                id: distributor.id,
                parentId: sub.id,
            });
            expect(cycle.moveCompany).toMatchObject({ errorCode: 'COMPANY_HIERARCHY_CYCLE_ERROR' });
            const self = await run(adminClient, MoveCompanyDocument, { id: sub.id, parentId: sub.id });
            expect(self.moveCompany).toMatchObject({ errorCode: 'COMPANY_HIERARCHY_CYCLE_ERROR' });
            const chinese = await adminClient.query(
                MoveCompanyDocument,
                { id: sub.id, parentId: sub.id },
                { languageCode: 'zh_Hans' },
            );
            expect(chinese.moveCompany).toMatchObject({
                errorCode: 'COMPANY_HIERARCHY_CYCLE_ERROR',
                message: '公司不能置于其自身或其下级公司之下',
            });
            const { company } = await run(adminClient, CompanyDetailDocument, { id: distributor.id });
            expect(company?.parentId).toBeNull();
            // to the root, then delete it
            const root = await run(adminClient, MoveCompanyDocument, { id: sub.id, parentId: null });
            expect(root.moveCompany).toMatchObject({ parentId: null, ancestorIds: [] });
            const { deleteCompany } = await run(adminClient, DeleteCompanyDocument, { id: sub.id });
            expect(deleteCompany.result).toBe('DELETED');
            const gone = await run(adminClient, CompanyDetailDocument, { id: sub.id });
            expect(gone.company).toBeNull();
        });

        it('refuses to delete a company that still has sub-companies', async () => {
            const { deleteCompany } = await run(adminClient, DeleteCompanyDocument, { id: distributor.id });
            expect(deleteCompany.result).toBe('NOT_DELETED');
            expect(deleteCompany.message).toMatch(/sub-companies/);
        });

        it('adds members with roles; a customer belongs to at most one company', async () => {
            const add = (companyId: string, customerId: string, role: 'admin' | 'buyer' | 'viewer') =>
                run(adminClient, AddCompanyMemberDocument, { input: { companyId, customerId, role } });
            expect((await add(dealerA.id, customers[0].id, 'admin')).addCompanyMember).toMatchObject({
                customerId: customers[0].id,
                companyId: dealerA.id,
                role: 'admin',
            });
            await add(dealerA.id, customers[1].id, 'viewer');
            await add(dealerB.id, customers[2].id, 'admin');
            const again = await add(dealerB.id, customers[0].id, 'buyer');
            expect(again.addCompanyMember).toMatchObject({ errorCode: 'CUSTOMER_ALREADY_IN_COMPANY_ERROR' });
            const { updateCompanyMemberRole } = await run(adminClient, UpdateCompanyMemberRoleDocument, {
                input: { companyId: dealerA.id, customerId: customers[1].id, role: 'buyer' },
            });
            expect(updateCompanyMemberRole.role).toBe('buyer');
            const { customer } = await run(adminClient, CustomerCompanyDocument, { id: customers[0].id });
            expect(customer?.companyMembership).toMatchObject({
                role: 'admin',
                company: { code: 'dealer-a' },
            });
        });

        it('removes a member', async () => {
            await run(adminClient, AddCompanyMemberDocument, {
                input: { companyId: dealerB.id, customerId: customers[4].id, role: 'viewer' },
            });
            const { removeCompanyMember } = await run(adminClient, RemoveCompanyMemberDocument, {
                companyId: dealerB.id,
                customerId: customers[4].id,
            });
            expect(removeCompanyMember.result).toBe('DELETED');
            const { customer } = await run(adminClient, CustomerCompanyDocument, { id: customers[4].id });
            expect(customer?.companyMembership).toBeNull();
        });

        it("keeps a branch channel's dealers to itself (and the head office's default channel)", async () => {
            const { createChannel } = await run(adminClient, B2bCreateChannelDocument, {
                input: {
                    code: 'branch-east',
                    token: 'branch-east-token',
                    defaultLanguageCode: 'en',
                    pricesIncludeTax: false,
                    defaultCurrencyCode: 'USD',
                    defaultShippingZoneId: 'T_1',
                    defaultTaxZoneId: 'T_1',
                },
            });
            expect(createChannel).toMatchObject({ token: 'branch-east-token' });
            adminClient.setChannelToken('branch-east-token');
            try {
                // the default channel sees every dealer, so its codes are taken everywhere
                const { createCompany: dup } = await run(adminClient, CreateCompanyDocument, {
                    input: { name: 'Branch', code: 'east-china' },
                });
                expect(dup).toMatchObject({ errorCode: 'DUPLICATE_COMPANY_CODE_ERROR' });
                const branchDealer = await createCompany('branch-dealer');
                const { companies } = await run(adminClient, CompanyListDocument, { options: { take: 10 } });
                expect(companies.items.map(c => c.code)).toEqual(['branch-dealer']);
                expect(
                    (await run(adminClient, CompanyDetailDocument, { id: distributor.id })).company,
                ).toBeNull();
                const moved = await expectGraphQLError(adminClient, MoveCompanyDocument, {
                    id: branchDealer.id,
                    parentId: distributor.id,
                });
                expect(moved).toMatch(/No Company with the id/);
                adminClient.setChannelToken(defaultChannelToken);
                const inDefault = await run(adminClient, CompanyDetailDocument, { id: branchDealer.id });
                expect(inDefault.company?.code).toBe('branch-dealer');
                await run(adminClient, DeleteCompanyDocument, { id: branchDealer.id });
            } finally {
                adminClient.setChannelToken(defaultChannelToken);
            }
        });

        it('forbids an administrator without CompanyPermission', async () => {
            const limited = adminClient;
            try {
                await loginAsAdministratorWithPermissions(adminClient, limited, ['ReadCustomer']);
                const message = await expectGraphQLError(limited, CompanyCountDocument);
                expect(message).toMatch(/not currently authorized/);
                const write = await expectGraphQLError(limited, CreateCompanyDocument, {
                    input: { name: 'X', code: 'forbidden' },
                });
                expect(write).toMatch(/not currently authorized/);
                await loginAsAdministratorWithPermissions(adminClient, limited, ['ReadCompany']);
                const { companies } = await run(limited, CompanyCountDocument);
                expect(companies.totalItems).toBe(3);
                const stillNo = await expectGraphQLError(limited, CreateCompanyDocument, {
                    input: { name: 'X', code: 'forbidden' },
                });
                expect(stillNo).toMatch(/not currently authorized/);
            } finally {
                await adminClient.asSuperAdmin();
            }
        });
    });

    describe('shop API', () => {
        it('shows a member their active company, with members and their own role', async () => {
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            const { activeCompany } = await run(shopClient, ActiveCompanyDocument);
            expect(activeCompany).toMatchObject({ code: 'dealer-a', tier: 'silver', myRole: 'admin' });
            expect(activeCompany?.members.map(m => m.customerId).sort()).toEqual(
                [customers[0].id, customers[1].id].sort(),
            );
        });

        it('answers null for a non-member and an anonymous shopper', async () => {
            await loginAsCustomer(shopClient, customers[3].emailAddress);
            expect((await run(shopClient, ActiveCompanyDocument)).activeCompany).toBeNull();
            await shopClient.asAnonymousUser();
            expect((await run(shopClient, ActiveCompanyDocument)).activeCompany).toBeNull();
        });

        it('lets a company admin invite a new person, who becomes a customer and member', async () => {
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            const { inviteCompanyMember } = await run(shopClient, InviteCompanyMemberDocument, {
                input: { emailAddress: 'New.Buyer@dealer-a.test', firstName: 'New', lastName: 'Buyer' },
            });
            expect(inviteCompanyMember).toMatchObject({
                emailAddress: 'new.buyer@dealer-a.test',
                role: 'buyer',
            });
            const { activeCompany } = await run(shopClient, ActiveCompanyDocument);
            expect(activeCompany?.members).toHaveLength(3);
        });

        it('lets a company admin link an existing customer, but not one of another company', async () => {
            const linked = await run(shopClient, InviteCompanyMemberDocument, {
                input: {
                    emailAddress: customers[3].emailAddress,
                    firstName: 'x',
                    lastName: 'y',
                    role: 'viewer',
                },
            });
            expect(linked.inviteCompanyMember).toMatchObject({ customerId: customers[3].id, role: 'viewer' });
            const taken = await run(shopClient, InviteCompanyMemberDocument, {
                input: { emailAddress: customers[2].emailAddress, firstName: 'x', lastName: 'y' },
            });
            expect(taken.inviteCompanyMember).toMatchObject({
                errorCode: 'CUSTOMER_ALREADY_IN_COMPANY_ERROR',
            });
        });

        it("lets a company admin remove their own members, and answers another company's as not found", async () => {
            const { removeCompanyMember } = await run(shopClient, ShopRemoveCompanyMemberDocument, {
                customerId: customers[3].id,
            });
            expect(removeCompanyMember.result).toBe('DELETED');
            const foreign = await expectGraphQLError(shopClient, ShopRemoveCompanyMemberDocument, {
                customerId: customers[2].id,
            });
            expect(foreign).toMatch(/No CompanyMember with the id/);
            const { customer } = await run(adminClient, CustomerCompanyDocument, { id: customers[2].id });
            expect(customer?.companyMembership?.company.code).toBe('dealer-b');
        });

        it('refuses member management to buyers and to customers outside any company', async () => {
            await loginAsCustomer(shopClient, customers[1].emailAddress);
            const asBuyer = await expectGraphQLError(shopClient, InviteCompanyMemberDocument, {
                input: { emailAddress: 'someone@x.test', firstName: 'a', lastName: 'b' },
            });
            expect(asBuyer).toMatch(/not currently authorized/);
            await loginAsCustomer(shopClient, customers[3].emailAddress);
            const outsider = await expectGraphQLError(shopClient, InviteCompanyMemberDocument, {
                input: { emailAddress: customers[3].emailAddress, firstName: 'a', lastName: 'b' },
            });
            expect(outsider).toMatch(/not currently authorized/);
            expect((await run(shopClient, ActiveCompanyDocument)).activeCompany).toBeNull();
        });

        it("shows a company admin their members' orders, and nobody else's", async () => {
            await loginAsCustomer(shopClient, customers[1].emailAddress);
            await run(shopClient, CompanyCheckoutAddDocument, { variantId: 'T_1', quantity: 2 });
            await run(shopClient, CompanyCheckoutAddressDocument, {
                input: { streetLine1: '1 Nanjing Rd', city: 'Shanghai', countryCode: 'CN' },
            });
            const { eligibleShippingMethods } = await run(shopClient, CompanyCheckoutShippingMethodsDocument);
            await run(shopClient, CompanyCheckoutShippingDocument, { id: [eligibleShippingMethods[0].id] });
            await run(shopClient, CompanyCheckoutToPaymentDocument);
            const { addPaymentToOrder } = await run(shopClient, CompanyCheckoutPayDocument);
            if (!('code' in addPaymentToOrder)) {
                throw new Error(addPaymentToOrder.message);
            }
            // a buyer may not list the company's orders
            expect(await expectGraphQLError(shopClient, ActiveCompanyOrdersDocument)).toMatch(
                /not currently authorized/,
            );
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            const { activeCompany } = await run(shopClient, ActiveCompanyOrdersDocument);
            expect(activeCompany?.orders.items).toEqual([
                {
                    code: addPaymentToOrder.code,
                    state: addPaymentToOrder.state,
                    customer: { emailAddress: customers[1].emailAddress },
                },
            ]);
            await loginAsCustomer(shopClient, customers[2].emailAddress);
            const other = await run(shopClient, ActiveCompanyOrdersDocument);
            expect(other.activeCompany?.orders.totalItems).toBe(0);
        });

        it("does not let dealer B's admin see or change dealer A", async () => {
            await loginAsCustomer(shopClient, customers[2].emailAddress);
            const { activeCompany } = await run(shopClient, ActiveCompanyDocument);
            expect(activeCompany?.code).toBe('dealer-b');
            expect(activeCompany?.members.map(m => m.customerId)).toEqual([customers[2].id]);
            const message = await expectGraphQLError(shopClient, ShopRemoveCompanyMemberDocument, {
                customerId: customers[1].id,
            });
            expect(message).toMatch(/No CompanyMember with the id/);
        });
    });
});
