import { EventBus } from '@vendure/core';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
    eventually,
} from '../../../src/testing/helpers';
import { testDb } from '../../../src/testing/test-config';
import { SellerStatusEvent } from '../index';

import {
    ActiveMarketplaceSellerDocument,
    ApproveSellerDocument,
    MarketplaceLoginDocument,
    MarketplaceMeDocument,
    MarketplaceSellerDetailDocument,
    MarketplaceSellerListDocument,
    MarketplaceVendureCountsDocument,
    ReinstateSellerDocument,
    RejectSellerDocument,
    SuspendSellerDocument,
} from './graphql/generated-admin';
import { RegisterSellerDocument } from './graphql/generated-shop';
import { newAdminClient, registerSeller, SELLER_PASSWORD, sellerInput } from './marketplace-e2e-helpers';

const itOnPostgres = testDb === 'postgres' ? it : it.skip;

describe('Marketplace sellers', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    const events: SellerStatusEvent[] = [];

    beforeAll(async () => {
        await startTestServer(env);
        env.server.app
            .get(EventBus)
            .ofType(SellerStatusEvent)
            .subscribe(e => events.push(e));
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    async function login(email: string, channelToken?: string) {
        const client = newAdminClient();
        if (channelToken) {
            client.setChannelToken(channelToken);
        }
        const { login: result } = await run(client, MarketplaceLoginDocument, {
            username: email,
            password: SELLER_PASSWORD,
        });
        return { client, result };
    }

    async function counts() {
        const { marketplaceSellers } = await run(adminClient, MarketplaceSellerListDocument);
        return marketplaceSellers.totalItems;
    }

    let acme: { id: string; adminEmail: string; channelToken: string };

    describe('registerSeller', () => {
        it('creates a pending seller with its seller, channel, stock location, role and administrator', async () => {
            acme = await registerSeller(shopClient, adminClient, 'acme');
            const { marketplaceSeller } = await run(adminClient, MarketplaceSellerDetailDocument, {
                id: acme.id,
            });
            expect(marketplaceSeller).toMatchObject({
                name: 'Seller acme',
                code: 'seller-acme',
                status: 'pending',
                contactEmail: 'contact-acme@sellers.test',
                taxId: 'TAX-ACME-001',
                seller: { name: 'Seller acme' },
                channel: { code: 'seller-seller-acme' },
                stockLocation: { name: 'Seller acme' },
                administrators: [{ emailAddress: 'admin-acme@sellers.test' }],
            });
            const s = marketplaceSeller!;
            expect(s.channel.seller?.id).toBe(s.sellerId);
            expect(s.role?.channels.map(c => c.id)).toEqual([s.channelId]);
            expect(s.role?.permissions).toEqual(
                expect.arrayContaining([
                    'CreateOffer',
                    'ReadOffer',
                    'UpdateOffer',
                    'DeleteOffer',
                    'ReadCatalog',
                ]),
            );
            expect(s.role?.permissions).not.toContain('ReadMarketplaceSeller');
            await eventually(
                () => events.length,
                n => n >= 1,
            );
            expect(events.map(e => [e.seller.name, e.fromStatus, e.toStatus])).toEqual([
                ['Seller acme', null, 'pending'],
            ]);
        });

        it('refuses a name, tax id or administrator email that is taken', async () => {
            const before = await counts();
            const sameName = await run(shopClient, RegisterSellerDocument, {
                input: sellerInput('other1', { name: 'SELLER ACME' }),
            });
            expect(sameName.registerSeller).toMatchObject({
                errorCode: 'DUPLICATE_SELLER_ERROR',
                field: 'name',
            });
            const sameTax = await run(shopClient, RegisterSellerDocument, {
                input: sellerInput('other2', { taxId: 'tax-acme-001 ' }),
            });
            expect(sameTax.registerSeller).toMatchObject({
                errorCode: 'DUPLICATE_SELLER_ERROR',
                field: 'taxId',
            });
            const sameEmail = await run(shopClient, RegisterSellerDocument, {
                input: sellerInput('other3', {
                    administrator: { emailAddress: 'Admin-Acme@sellers.test', password: SELLER_PASSWORD },
                }),
            });
            expect(sameEmail.registerSeller).toMatchObject({
                errorCode: 'SELLER_EMAIL_ADDRESS_CONFLICT_ERROR',
            });
            expect(await counts()).toBe(before);
        });

        it('refuses malformed input with a UserInputError and writes nothing', async () => {
            const before = await counts();
            const cases: Array<[Parameters<typeof sellerInput>[1], RegExp]> = [
                [{ name: ' ' }, /name is required/],
                [{ contactEmail: 'not-an-email' }, /contactEmail must be an email address/],
                [{ taxId: 'x!' }, /taxId must be/],
                [
                    { administrator: { emailAddress: 'short@sellers.test', password: 'short' } },
                    /password must have 8/,
                ],
                [
                    { administrator: { emailAddress: 'nope', password: SELLER_PASSWORD } },
                    /administrator.emailAddress must be an email address/,
                ],
                [{ description: 'x'.repeat(2001) }, /description must be at most 2000/],
            ];
            for (const [extra, message] of cases) {
                const error = await expectGraphQLError(shopClient, RegisterSellerDocument, {
                    input: sellerInput('bad', extra),
                });
                expect(error).toMatch(message);
            }
            expect(await counts()).toBe(before);
            const { result: loginResult } = await login('admin-bad@sellers.test');
            expect(loginResult.__typename).toBe('InvalidCredentialsError');
        });

        it('gives a seller with a Chinese name a usable code', async () => {
            const { registerSeller: result } = await run(shopClient, RegisterSellerDocument, {
                input: sellerInput('cn', { name: '华东精密零件' }),
            });
            expect(result.__typename).toBe('MarketplaceSeller');
            const { marketplaceSeller } = await run(adminClient, MarketplaceSellerDetailDocument, {
                id: (result as { id: string }).id,
            });
            expect(marketplaceSeller?.code).toBe('seller');
        });
    });

    describe('review and lifecycle', () => {
        it('refuses to let a pending seller administrator log in', async () => {
            const { result } = await login(acme.adminEmail, acme.channelToken);
            expect(result).toMatchObject({
                errorCode: 'INVALID_CREDENTIALS_ERROR',
                authenticationError: 'This seller account is not approved or has been suspended',
            });
        });

        it('approves an application: its administrator logs in on the seller channel', async () => {
            const { approveSeller } = await run(adminClient, ApproveSellerDocument, { id: acme.id });
            expect(approveSeller).toMatchObject({ status: 'approved', statusReason: null });
            const { client, result } = await login(acme.adminEmail, acme.channelToken);
            expect(result).toMatchObject({ identifier: acme.adminEmail });
            const { activeMarketplaceSeller } = await run(client, ActiveMarketplaceSellerDocument);
            expect(activeMarketplaceSeller).toMatchObject({ id: acme.id });
            // the seller role does not manage the marketplace
            expect(await expectGraphQLError(client, MarketplaceSellerListDocument)).toMatch(
                /not currently authorized/,
            );
        });

        it('refuses transitions the status does not allow', async () => {
            const { approveSeller } = await run(adminClient, ApproveSellerDocument, { id: acme.id });
            expect(approveSeller).toMatchObject({
                errorCode: 'SELLER_STATUS_TRANSITION_ERROR',
                fromStatus: 'approved',
                toStatus: 'approved',
            });
            const { reinstateSeller } = await run(adminClient, ReinstateSellerDocument, { id: acme.id });
            expect(reinstateSeller).toMatchObject({ fromStatus: 'approved', toStatus: 'approved' });
            const { rejectSeller } = await run(adminClient, RejectSellerDocument, {
                id: acme.id,
                reason: 'late',
            });
            expect(rejectSeller).toMatchObject({ fromStatus: 'approved', toStatus: 'rejected' });
            // the message in the request's language, the statuses as a merchant reads them
            expect(approveSeller).toMatchObject({ message: 'An approved seller cannot become approved' });
            const chinese = await adminClient.query(
                RejectSellerDocument,
                { id: acme.id, reason: 'late' },
                { languageCode: 'zh_Hans' },
            );
            expect(chinese.rejectSeller).toMatchObject({
                errorCode: 'SELLER_STATUS_TRANSITION_ERROR',
                message: '卖家状态为“已批准”，不能变为“已拒绝”',
            });
        });

        it('requires a reason to suspend or reject', async () => {
            expect(
                await expectGraphQLError(adminClient, SuspendSellerDocument, { id: acme.id, reason: '  ' }),
            ).toMatch(/reason is required/);
        });

        it('suspends an approved seller: its logged-in administrator is logged out and cannot log in again', async () => {
            const { client } = await login(acme.adminEmail, acme.channelToken);
            expect((await run(client, MarketplaceMeDocument)).me).toMatchObject({
                identifier: acme.adminEmail,
            });
            const { suspendSeller } = await run(adminClient, SuspendSellerDocument, {
                id: acme.id,
                reason: 'Counterfeit parts reported',
            });
            expect(suspendSeller).toMatchObject({
                status: 'suspended',
                statusReason: 'Counterfeit parts reported',
            });
            expect(await expectGraphQLError(client, ActiveMarketplaceSellerDocument)).toMatch(
                /not currently authorized/,
            );
            const { result } = await login(acme.adminEmail, acme.channelToken);
            expect(result.__typename).toBe('InvalidCredentialsError');
        });

        it('reinstates a suspended seller', async () => {
            const { reinstateSeller } = await run(adminClient, ReinstateSellerDocument, { id: acme.id });
            expect(reinstateSeller).toMatchObject({ status: 'approved', statusReason: null });
            const { result } = await login(acme.adminEmail, acme.channelToken);
            expect(result.__typename).toBe('CurrentUser');
        });

        it('rejects a pending application with a reason; its administrator cannot log in', async () => {
            const rejected = await registerSeller(shopClient, adminClient, 'rejected');
            const { rejectSeller } = await run(adminClient, RejectSellerDocument, {
                id: rejected.id,
                reason: 'Incomplete documents',
            });
            expect(rejectSeller).toMatchObject({ status: 'rejected', statusReason: 'Incomplete documents' });
            const { result } = await login(rejected.adminEmail, rejected.channelToken);
            expect(result.__typename).toBe('InvalidCredentialsError');
        });

        it('publishes a SellerStatusEvent for every change', () => {
            const acmeEvents = events.filter(e => String(e.seller.name) === 'Seller acme');
            expect(acmeEvents.map(e => [e.fromStatus, e.toStatus, e.reason])).toEqual([
                [null, 'pending', null],
                ['pending', 'approved', null],
                ['approved', 'suspended', 'Counterfeit parts reported'],
                ['suspended', 'approved', null],
            ]);
        });
    });

    describe('admin list and permissions', () => {
        it('lists, filters and sorts sellers', async () => {
            const { marketplaceSellers } = await run(adminClient, MarketplaceSellerListDocument, {
                options: { filter: { status: { eq: 'pending' } }, sort: { name: 'ASC' } },
            });
            expect(marketplaceSellers.items.map(s => s.name)).toEqual(['华东精密零件']);
            const all = await run(adminClient, MarketplaceSellerListDocument, { options: { take: 2 } });
            expect(all.marketplaceSellers.totalItems).toBe(3);
            expect(all.marketplaceSellers.items).toHaveLength(2);
        });

        it('needs MarketplaceSeller permissions to read and review sellers', async () => {
            const reader = newAdminClient();
            await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadMarketplaceSeller']);
            const { marketplaceSellers } = await run(reader, MarketplaceSellerListDocument);
            expect(marketplaceSellers.totalItems).toBe(3);
            expect(await expectGraphQLError(reader, ApproveSellerDocument, { id: acme.id })).toMatch(
                /not currently authorized/,
            );
            const nobody = newAdminClient();
            await loginAsAdministratorWithPermissions(adminClient, nobody, ['ReadCatalog']);
            expect(await expectGraphQLError(nobody, MarketplaceSellerListDocument)).toMatch(
                /not currently authorized/,
            );
        });
    });

    describe('concurrent applications', () => {
        // sql.js runs concurrent requests' transactions as savepoints of one transaction on its single connection, so
        // it cannot show isolation; production SQLite serializes registrations with BEGIN IMMEDIATE.
        itOnPostgres(
            'writes a seller completely or not at all when the same application arrives three times at once',
            async () => {
                const before = await run(adminClient, MarketplaceVendureCountsDocument);
                const results = await Promise.allSettled(
                    [1, 2, 3].map(n =>
                        run(shopClient, RegisterSellerDocument, {
                            input: sellerInput(`race${n}`, { name: 'Seller race', taxId: `RACE-${n}-001` }),
                        }),
                    ),
                );
                // every request answers: one seller, the others DuplicateSellerError, never an error (a 500)
                const answers = results.map(r =>
                    r.status === 'fulfilled' ? r.value.registerSeller : { rejected: String(r.reason) },
                );
                expect(
                    answers.filter(a => '__typename' in a && a.__typename === 'MarketplaceSeller'),
                ).toHaveLength(1);
                expect(
                    answers.filter(a => !('__typename' in a) || a.__typename !== 'MarketplaceSeller'),
                ).toEqual([
                    expect.objectContaining({ errorCode: 'DUPLICATE_SELLER_ERROR', field: 'name' }),
                    expect.objectContaining({ errorCode: 'DUPLICATE_SELLER_ERROR', field: 'name' }),
                ]);
                const after = await run(adminClient, MarketplaceVendureCountsDocument);
                expect(after.sellers.totalItems).toBe(before.sellers.totalItems + 1);
                expect(after.channels.totalItems).toBe(before.channels.totalItems + 1);
                expect(after.roles.totalItems).toBe(before.roles.totalItems + 1);
                expect(after.administrators.totalItems).toBe(before.administrators.totalItems + 1);
            },
        );

        itOnPostgres(
            'answers SellerEmailAddressConflictError, never an error, when one administrator email arrives three times at once',
            async () => {
                const before = await run(adminClient, MarketplaceVendureCountsDocument);
                const results = await Promise.allSettled(
                    [1, 2, 3].map(n =>
                        run(shopClient, RegisterSellerDocument, {
                            input: sellerInput(`mailrace${n}`, {
                                administrator: {
                                    emailAddress: 'admin-mailrace@sellers.test',
                                    password: SELLER_PASSWORD,
                                },
                            }),
                        }),
                    ),
                );
                const answers = results.map(r =>
                    r.status === 'fulfilled' ? r.value.registerSeller : { rejected: String(r.reason) },
                );
                expect(
                    answers.filter(a => '__typename' in a && a.__typename === 'MarketplaceSeller'),
                ).toHaveLength(1);
                expect(
                    answers.filter(a => !('__typename' in a) || a.__typename !== 'MarketplaceSeller'),
                ).toEqual([
                    expect.objectContaining({ errorCode: 'SELLER_EMAIL_ADDRESS_CONFLICT_ERROR' }),
                    expect.objectContaining({ errorCode: 'SELLER_EMAIL_ADDRESS_CONFLICT_ERROR' }),
                ]);
                const after = await run(adminClient, MarketplaceVendureCountsDocument);
                expect(after.sellers.totalItems).toBe(before.sellers.totalItems + 1);
                expect(after.administrators.totalItems).toBe(before.administrators.totalItems + 1);
            },
        );
    });
});
