import { EventBus } from '@vendure/core';
import { Subscription } from 'rxjs';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
    eventually,
} from '../../../src/testing/helpers';
import { AgreementExpiringEvent } from '../index';

import {
    CompanyAgreementsDocument,
    CreateCompanyDocument,
    CreateDealerAgreementDocument,
    CreatePriceListDocument,
    DealerAgreementDetailDocument,
    DeleteDealerAgreementDocument,
    RunAgreementExpiryCheckDocument,
    UpdateDealerAgreementDocument,
} from './graphql/generated-admin';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('B2B dealer agreements', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    const events: AgreementExpiringEvent[] = [];
    let subscription: Subscription;
    let companyId: string;
    let priceListId: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        subscription = env.server.app
            .get(EventBus)
            .ofType(AgreementExpiringEvent)
            .subscribe(e => events.push(e));
        const { createCompany } = await run(adminClient, CreateCompanyDocument, {
            input: { name: '华东分销 East China Distribution', code: 'east-china', tier: 'gold' },
        });
        if (!('id' in createCompany)) {
            throw new Error(createCompany.message);
        }
        companyId = createCompany.id;
        const { createPriceList } = await run(adminClient, CreatePriceListDocument, {
            input: { name: 'Contract prices', currencyCode: 'USD', companyIds: [companyId] },
        });
        priceListId = createPriceList.id;
    });

    afterAll(async () => {
        subscription?.unsubscribe();
        await env.server.destroy();
    });

    let soon: string;
    let later: string;

    it('creates agreements with price lists and credit terms', async () => {
        const { createDealerAgreement } = await run(adminClient, CreateDealerAgreementDocument, {
            input: {
                companyId,
                number: 'DA-2026-001',
                startsAt: inDays(-300),
                endsAt: inDays(10),
                terms: 'Net 30, annual volume 1,000 units',
                priceListIds: [priceListId],
                paymentTermsDays: 30,
                creditLimit: 5_000_000,
                currencyCode: 'USD',
            },
        });
        expect(createDealerAgreement).toMatchObject({
            number: 'DA-2026-001',
            companyId,
            paymentTermsDays: 30,
            creditLimit: 5_000_000,
            renewalStatus: 'open',
            expiryWarningSentAt: null,
            priceLists: [{ id: priceListId, name: 'Contract prices' }],
        });
        soon = createDealerAgreement.id;
        const second = await run(adminClient, CreateDealerAgreementDocument, {
            input: { companyId, number: 'DA-2027-001', startsAt: inDays(10), endsAt: inDays(400) },
        });
        later = second.createDealerAgreement.id;
        const { company } = await run(adminClient, CompanyAgreementsDocument, { id: companyId });
        expect(company?.agreements.map(a => a.number)).toEqual(['DA-2027-001', 'DA-2026-001']);
    });

    it('refuses a duplicate number, an end before the start and unknown price lists', async () => {
        expect(
            await expectGraphQLError(adminClient, CreateDealerAgreementDocument, {
                input: { companyId, number: 'DA-2026-001', startsAt: inDays(0), endsAt: inDays(5) },
            }),
        ).toMatch(/already has an agreement numbered "DA-2026-001"/);
        expect(
            await expectGraphQLError(adminClient, CreateDealerAgreementDocument, {
                input: { companyId, number: 'X', startsAt: inDays(5), endsAt: inDays(1) },
            }),
        ).toMatch(/startsAt must be before endsAt/);
        expect(
            await expectGraphQLError(adminClient, CreateDealerAgreementDocument, {
                input: {
                    companyId,
                    number: 'Y',
                    startsAt: inDays(0),
                    endsAt: inDays(5),
                    priceListIds: ['T_999'],
                },
            }),
        ).toMatch(/No PriceList/);
    });

    it('publishes AgreementExpiringEvent once for an agreement ending within 30 days', async () => {
        const first = await run(adminClient, RunAgreementExpiryCheckDocument);
        expect(first.runAgreementExpiryCheck.map(a => a.number)).toEqual(['DA-2026-001']);
        expect(
            await eventually(
                () => events.length,
                n => n >= 1,
            ),
        ).toBe(1);
        expect(events[0].agreement.number).toBe('DA-2026-001');
        expect(events[0].company.code).toBe('east-china');
        expect(events[0].daysUntilEnd).toBe(9);
        const again = await run(adminClient, RunAgreementExpiryCheckDocument);
        expect(again.runAgreementExpiryCheck).toEqual([]);
        expect(events).toHaveLength(1);
        const { dealerAgreement } = await run(adminClient, DealerAgreementDetailDocument, { id: soon });
        expect(dealerAgreement?.expiryWarningSentAt).not.toBeNull();
    });

    it('warns again after the end date moves, unless the agreement is renewed', async () => {
        const { updateDealerAgreement } = await run(adminClient, UpdateDealerAgreementDocument, {
            input: { id: soon, endsAt: inDays(20), renewalStatus: 'in_negotiation' },
        });
        expect(updateDealerAgreement).toMatchObject({
            expiryWarningSentAt: null,
            renewalStatus: 'in_negotiation',
        });
        expect(
            (await run(adminClient, RunAgreementExpiryCheckDocument)).runAgreementExpiryCheck,
        ).toHaveLength(1);
        await run(adminClient, UpdateDealerAgreementDocument, {
            input: { id: soon, endsAt: inDays(25), renewalStatus: 'renewed' },
        });
        expect((await run(adminClient, RunAgreementExpiryCheckDocument)).runAgreementExpiryCheck).toEqual([]);
    });

    it('forbids the check and agreement edits without the permissions', async () => {
        await loginAsAdministratorWithPermissions(adminClient, adminClient, ['ReadCompany']);
        expect(await expectGraphQLError(adminClient, RunAgreementExpiryCheckDocument)).toMatch(
            /not currently authorized/,
        );
        expect(await expectGraphQLError(adminClient, DeleteDealerAgreementDocument, { id: later })).toMatch(
            /not currently authorized/,
        );
        await adminClient.asSuperAdmin();
        const { deleteDealerAgreement } = await run(adminClient, DeleteDealerAgreementDocument, {
            id: later,
        });
        expect(deleteDealerAgreement.result).toBe('DELETED');
    });
});
