import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsCustomer,
    newAdminClient,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    ApproveArticleDocument,
    ArticleAudienceOptionsDocument,
    CreateArticleDocument,
    PortalAdminLoginDocument,
    PortalApproveSellerDocument,
    PortalReadableArticleDocument,
    PortalReadableArticlesDocument,
    PortalSellerChannelDocument,
    PortalSuspendSellerDocument,
    PublishArticleDocument,
    SubmitArticleDocument,
} from './graphql/generated-admin';
import { PortalRegisterSellerDocument, ShopArticlesDocument } from './graphql/generated-shop';

const PASSWORD = 'seller-password-1';

/**
 * Notices for marketplace sellers: the `sellers` and `seller` audiences, read by sellers' staff in the Dashboard
 * through the admin API's `readableArticles`, never by customers, and no longer once a seller is suspended.
 */
describe('Portal seller audiences', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    const ids: Record<string, string> = {};
    const sellers: Record<string, { id: string; client: SimpleGraphQLClient }> = {};
    let customerEmail: string;

    async function approvedSeller(key: string): Promise<{ id: string; client: SimpleGraphQLClient }> {
        const email = `staff-${key}@sellers.test`;
        const { registerSeller } = await run(shopClient, PortalRegisterSellerDocument, {
            input: {
                name: `Seller ${key}`,
                contactEmail: `contact-${key}@sellers.test`,
                taxId: `TAX-${key.toUpperCase()}-77`,
                administrator: { emailAddress: email, password: PASSWORD, firstName: 'Lin', lastName: key },
            },
        });
        if (registerSeller.__typename !== 'MarketplaceSeller') {
            throw new Error(`registerSeller failed: ${JSON.stringify(registerSeller)}`);
        }
        const id = registerSeller.id;
        const approved = await run(adminClient, PortalApproveSellerDocument, { id });
        expect(approved.approveSeller.__typename).toBe('MarketplaceSeller');
        const { marketplaceSeller } = await run(adminClient, PortalSellerChannelDocument, { id });
        const client = newAdminClient();
        client.setChannelToken(marketplaceSeller!.channel.token);
        const { login } = await run(client, PortalAdminLoginDocument, {
            username: email,
            password: PASSWORD,
        });
        expect(login.__typename).toBe('CurrentUser');
        return { id, client };
    }

    async function createPublished(key: string, audiences: Array<{ type: string; value?: string }>) {
        const { createArticle } = await run(adminClient, CreateArticleDocument, {
            input: {
                translations: [
                    { languageCode: 'en', title: `Notice ${key}`, slug: key, body: `<p>Notice ${key}</p>` },
                    { languageCode: 'zh_Hans', title: `通知 ${key}`, slug: `${key}-zh` },
                ],
                audiences,
            },
        });
        ids[key] = createArticle.id;
        await run(adminClient, SubmitArticleDocument, { id: createArticle.id });
        await run(adminClient, ApproveArticleDocument, { id: createArticle.id });
        const { publishArticle } = await run(adminClient, PublishArticleDocument, {
            input: { id: createArticle.id },
        });
        expect(publishArticle).toMatchObject({ status: 'published' });
    }

    async function readableKeys(client: SimpleGraphQLClient): Promise<string[]> {
        const { readableArticles } = await run(client, PortalReadableArticlesDocument, {
            options: { take: 50 },
        });
        expect(readableArticles.totalItems).toBe(readableArticles.items.length);
        return readableArticles.items.map(a => Object.keys(ids).find(k => ids[k] === a.id) ?? a.id).sort();
    }

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 2 });
        customerEmail = (await getTestCustomers(adminClient))[0].emailAddress;
        sellers.north = await approvedSeller('north');
        sellers.south = await approvedSeller('south');
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('lets an editor pick a seller by name, and refuses a seller that does not exist', async () => {
        const { articleAudienceOptions } = await run(adminClient, ArticleAudienceOptionsDocument, {
            type: 'seller',
            term: 'nort',
        });
        expect(articleAudienceOptions).toEqual([
            { value: sellers.north.id, label: 'Seller north (seller-north)' },
        ]);
        expect(
            await expectGraphQLError(adminClient, CreateArticleDocument, {
                input: {
                    translations: [{ languageCode: 'en', title: 'Nobody' }],
                    audiences: [{ type: 'seller', value: 'T_999' }],
                },
            }),
        ).toMatch(/No marketplace seller with id "T_999"/);
    });

    it("shows sellers' staff the notices for all sellers and for their own seller, from their own channel", async () => {
        await createPublished('to-everyone', []);
        await createPublished('to-sellers', [{ type: 'sellers' }]);
        await createPublished('to-north', [{ type: 'seller', value: sellers.north.id }]);
        await createPublished('to-customers', [{ type: 'customer' }]);

        expect(await readableKeys(sellers.north.client)).toEqual(['to-everyone', 'to-north', 'to-sellers']);
        expect(await readableKeys(sellers.south.client)).toEqual(['to-everyone', 'to-sellers']);
        const { readableArticle } = await run(sellers.south.client, PortalReadableArticleDocument, {
            id: ids['to-north'],
        });
        expect(readableArticle).toBeNull();
        const own = await run(sellers.north.client, PortalReadableArticleDocument, { id: ids['to-north'] });
        expect(own.readableArticle).toMatchObject({ id: ids['to-north'], slug: 'to-north' });
    });

    it('reads in the language asked for', async () => {
        const { readableArticles } = await sellers.north.client.query(
            PortalReadableArticlesDocument,
            { options: { search: 'north' } },
            { languageCode: 'zh_Hans' },
        );
        expect(readableArticles.items.map(a => [a.title, a.languageCode])).toEqual([
            ['通知 to-north', 'zh_Hans'],
        ]);
    });

    it("never shows sellers' notices to customers, in the shop or through the admin API", async () => {
        await loginAsCustomer(shopClient, customerEmail);
        const { articles } = await run(shopClient, ShopArticlesDocument, { options: { take: 50 } });
        expect(articles.items.map(a => a.slug).sort()).toEqual(['to-customers', 'to-everyone']);
        await shopClient.asAnonymousUser();
        const { articles: anonymous } = await run(shopClient, ShopArticlesDocument, {
            options: { take: 50 },
        });
        expect(anonymous.items.map(a => a.slug)).toEqual(['to-everyone']);
    });

    it("does not give the operator's own administrators the seller audiences", async () => {
        expect(await readableKeys(adminClient)).toEqual(['to-everyone']);
    });

    it('takes the notices away from the staff of a suspended seller, even with a session already open', async () => {
        const suspended = await run(adminClient, PortalSuspendSellerDocument, {
            id: sellers.south.id,
            reason: 'Documents expired',
        });
        expect(suspended.suspendSeller.__typename).toBe('MarketplaceSeller');
        const keys = await readableKeys(sellers.south.client).catch(() => [] as string[]);
        expect(keys).not.toContain('to-sellers');
        expect(await readableKeys(sellers.north.client)).toEqual(['to-everyone', 'to-north', 'to-sellers']);
    });

    it('needs a login', async () => {
        const anonymous = newAdminClient();
        expect(await expectGraphQLError(anonymous, PortalReadableArticlesDocument, {})).toMatch(
            /not currently authorized/,
        );
    });
});
