import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    B2bCreateChannelDocument,
    CompanyTiersDocument,
    CreateCompanyDocument,
    CreatePriceListDocument,
} from './graphql/generated-admin';

/** The tiers a merchant picks from in the Dashboard: those in use on companies and price lists. */
describe('B2B tiers in use', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    let defaultChannelToken: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        defaultChannelToken = (adminClient as unknown as { channelToken: string }).channelToken;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('has none before any company or price list uses one', async () => {
        const { companyTiers } = await run(adminClient, CompanyTiersDocument);
        expect(companyTiers).toEqual([]);
    });

    it("lists the companies' and price lists' tiers, distinct and sorted", async () => {
        for (const [code, tier] of [
            ['tiers-a', 'Silver'],
            ['tiers-b', 'gold'],
            ['tiers-c', 'silver '],
            ['tiers-d', null],
        ] as const) {
            const { createCompany } = await run(adminClient, CreateCompanyDocument, {
                input: { name: code, code, tier },
            });
            expect(createCompany).toMatchObject({ code });
        }
        await run(adminClient, CreatePriceListDocument, {
            input: { name: 'Platinum list', currencyCode: 'USD', tiers: ['platinum', 'gold'] },
        });
        const { companyTiers } = await run(adminClient, CompanyTiersDocument);
        expect(companyTiers).toEqual(['gold', 'platinum', 'silver']);
    });

    it("shows a channel only its own companies' and price lists' tiers", async () => {
        const { createChannel } = await run(adminClient, B2bCreateChannelDocument, {
            input: {
                code: 'tiers-branch',
                token: 'tiers-branch-token',
                defaultLanguageCode: 'en',
                pricesIncludeTax: false,
                defaultCurrencyCode: 'USD',
                defaultShippingZoneId: 'T_1',
                defaultTaxZoneId: 'T_1',
            },
        });
        expect(createChannel).toMatchObject({ token: 'tiers-branch-token' });
        adminClient.setChannelToken('tiers-branch-token');
        try {
            expect((await run(adminClient, CompanyTiersDocument)).companyTiers).toEqual([]);
            await run(adminClient, CreateCompanyDocument, {
                input: { name: 'Branch dealer', code: 'tiers-branch-dealer', tier: 'bronze' },
            });
            expect((await run(adminClient, CompanyTiersDocument)).companyTiers).toEqual(['bronze']);
        } finally {
            adminClient.setChannelToken(defaultChannelToken);
        }
        // The default channel sees every dealer, the branch's too.
        expect((await run(adminClient, CompanyTiersDocument)).companyTiers).toEqual([
            'bronze',
            'gold',
            'platinum',
            'silver',
        ]);
    });

    it('answers an administrator who may read companies or price lists, and no one else', async () => {
        try {
            await loginAsAdministratorWithPermissions(adminClient, adminClient, ['ReadCustomer']);
            expect(await expectGraphQLError(adminClient, CompanyTiersDocument)).toMatch(
                /not currently authorized/,
            );
            await loginAsAdministratorWithPermissions(adminClient, adminClient, ['ReadPriceList']);
            expect((await run(adminClient, CompanyTiersDocument)).companyTiers).toContain('gold');
            await loginAsAdministratorWithPermissions(adminClient, adminClient, ['ReadCompany']);
            expect((await run(adminClient, CompanyTiersDocument)).companyTiers).toContain('gold');
        } finally {
            await adminClient.asSuperAdmin();
        }
    });
});
