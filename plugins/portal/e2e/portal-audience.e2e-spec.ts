import { DeletionResult, LanguageCode } from '@vendure/common/lib/generated-types';
import { RequestContextService } from '@vendure/core';

import { discoverDemoSeeders, orderSeeders } from '../../../src/demo/seed-demo-data';
import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    ApproveArticleDocument,
    ArticleAudienceOptionsDocument,
    ArticleAudienceTypesDocument,
    ArticleDetailDocument,
    ArticleListDocument,
    ArticleRevisionsDocument,
    CreateArticleDocument,
    PortalAddCompanyMemberDocument,
    PortalCreateCompanyDocument,
    PortalCreateCustomerGroupDocument,
    PortalDeleteCompanyDocument,
    PortalUpdateCompanyDocument,
    PublishArticleDocument,
    SubmitArticleDocument,
    UpdateArticleDocument,
} from './graphql/generated-admin';
import {
    ShopArticleBySlugDocument,
    ShopArticlesDocument,
    ShopProductArticlesDocument,
} from './graphql/generated-shop';

describe('Portal audiences', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let customers: Array<{ id: string; emailAddress: string }>;
    let gold: { id: string };
    let silver: { id: string };
    let vipGroupId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 5 });
        customers = await getTestCustomers(adminClient);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    async function publishNow(id: string): Promise<void> {
        await run(adminClient, SubmitArticleDocument, { id });
        await run(adminClient, ApproveArticleDocument, { id });
        const { publishArticle } = await run(adminClient, PublishArticleDocument, { input: { id } });
        expect(publishArticle).toMatchObject({ status: 'published' });
    }

    async function createPublished(
        key: string,
        title: string,
        audiences: Array<{ type: string; value?: string }>,
        body = '',
    ): Promise<void> {
        const { createArticle } = await run(adminClient, CreateArticleDocument, {
            input: {
                translations: [{ languageCode: 'en', title, slug: key, body }],
                audiences,
                relatedProductIds: ['T_2'],
            },
        });
        ids[key] = createArticle.id;
        await publishNow(createArticle.id);
    }

    /** What the shop client, as currently logged in, can read: [list, by slug, search, product] per key. */
    async function readable(search: string): Promise<{
        list: string[];
        bySlug: string[];
        searched: string[];
        onProduct: string[];
    }> {
        const keys = Object.keys(ids);
        const { articles } = await run(shopClient, ShopArticlesDocument, { options: { take: 100 } });
        const bySlug: string[] = [];
        for (const key of keys) {
            const { article } = await run(shopClient, ShopArticleBySlugDocument, { slug: key });
            if (article) {
                bySlug.push(key);
            }
        }
        const searched = await run(shopClient, ShopArticlesDocument, { options: { search } });
        const { product } = await run(shopClient, ShopProductArticlesDocument, { id: 'T_2' });
        const keyOf = (id: string) => keys.find(k => ids[k] === id) ?? id;
        return {
            list: articles.items.map(a => keyOf(a.id)).sort(),
            bySlug: bySlug.sort(),
            searched: searched.articles.items.map(a => keyOf(a.id)).sort(),
            onProduct: (product?.articles ?? []).map(a => keyOf(a.id)).sort(),
        };
    }

    describe('audience types', () => {
        it('offers the core audiences and, with the B2B and marketplace plugins installed, the dealer and seller audiences', async () => {
            const { articleAudienceTypes } = await run(adminClient, ArticleAudienceTypesDocument);
            expect(articleAudienceTypes.map(t => [t.code, t.valueKind])).toEqual([
                ['public', 'none'],
                ['customer', 'none'],
                ['customer-group', 'select'],
                ['dealer-tier', 'code'],
                ['dealer-company', 'select'],
                ['sellers', 'none'],
                ['seller', 'select'],
            ]);
        });

        it('names the types in the language asked for (the Dashboard asks in its interface language), else in the request language', async () => {
            const label = (types: Array<{ code: string; label: string }>, code: string) =>
                types.find(t => t.code === code)?.label;
            const inRequestLanguage = await run(adminClient, ArticleAudienceTypesDocument);
            expect(label(inRequestLanguage.articleAudienceTypes, 'sellers')).toBe('All sellers');
            expect(label(inRequestLanguage.articleAudienceTypes, 'dealer-tier')).toBe('Dealers of a tier');
            const inChinese = await run(adminClient, ArticleAudienceTypesDocument, {
                languageCode: LanguageCode.zh_Hans,
            });
            expect(label(inChinese.articleAudienceTypes, 'sellers')).toBe('所有卖家');
            expect(label(inChinese.articleAudienceTypes, 'seller')).toBe('指定卖家');
        });

        it('sets up dealers of two tiers, a B2C customer and a customer group', async () => {
            const created = await run(adminClient, PortalCreateCompanyDocument, {
                input: { name: 'Gold Distribution', code: 'gold-dist', tier: 'Gold' },
            });
            const createdSilver = await run(adminClient, PortalCreateCompanyDocument, {
                input: { name: 'Silver Dealer', code: 'silver-dealer', tier: 'silver' },
            });
            if (!('id' in created.createCompany) || !('id' in createdSilver.createCompany)) {
                throw new Error('companies not created');
            }
            gold = created.createCompany;
            silver = createdSilver.createCompany;
            await run(adminClient, PortalAddCompanyMemberDocument, {
                companyId: gold.id,
                customerId: customers[0].id,
            });
            await run(adminClient, PortalAddCompanyMemberDocument, {
                companyId: silver.id,
                customerId: customers[1].id,
            });
            const { createCustomerGroup } = await run(adminClient, PortalCreateCustomerGroupDocument, {
                input: { name: 'VIP readers', customerIds: [customers[3].id] },
            });
            vipGroupId = createCustomerGroup.id;

            const tiers = await run(adminClient, ArticleAudienceOptionsDocument, { type: 'dealer-tier' });
            expect(tiers.articleAudienceOptions.map(o => o.value)).toEqual(['gold', 'silver']);
            const companies = await run(adminClient, ArticleAudienceOptionsDocument, {
                type: 'dealer-company',
                term: 'silv',
            });
            expect(companies.articleAudienceOptions).toEqual([
                { value: silver.id, label: 'Silver Dealer (silver-dealer)' },
            ]);
            const groups = await run(adminClient, ArticleAudienceOptionsDocument, { type: 'customer-group' });
            expect(groups.articleAudienceOptions).toEqual([{ value: vipGroupId, label: 'VIP readers' }]);
        });

        it('refuses audiences it cannot resolve', async () => {
            const base = { translations: [{ languageCode: 'en' as const, title: 'Bad audience' }] };
            expect(
                await expectGraphQLError(adminClient, CreateArticleDocument, {
                    input: { ...base, audiences: [{ type: 'dealer-company', value: 'T_999' }] },
                }),
            ).toMatch(/No dealer company with id "T_999"/);
            expect(
                await expectGraphQLError(adminClient, CreateArticleDocument, {
                    input: { ...base, audiences: [{ type: 'dealer-tier' }] },
                }),
            ).toMatch(/needs a value/);
            expect(
                await expectGraphQLError(adminClient, CreateArticleDocument, {
                    input: { ...base, audiences: [{ type: 'customer-group', value: 'T_999' }] },
                }),
            ).toMatch(/CustomerGroup/);
        });
    });

    describe('visibility', () => {
        it('publishes one article per audience', async () => {
            await createPublished('for-everyone', 'Annual report rebate', [], '<p>Public rebate facts</p>');
            await createPublished(
                'gold-rebate',
                'Gold dealer rebate programme 金牌返利',
                [{ type: 'dealer-tier', value: 'Gold' }],
                '<p>Rebates for Gold dealers only. 金牌经销商返利政策。</p>',
            );
            await createPublished('customers-only', 'Rebate for customers', [{ type: 'customer' }]);
            await createPublished('vip-only', 'VIP rebate', [{ type: 'customer-group', value: vipGroupId }]);
            await createPublished('silver-named', 'Silver Dealer rebate', [
                { type: 'dealer-company', value: silver.id },
            ]);
            const { articles } = await run(adminClient, ArticleListDocument, {
                options: { filter: { status: { eq: 'published' } } },
            });
            expect(articles.totalItems).toBe(5);
        });

        it('shows a Gold-tier article to a Gold dealer member in lists, by slug, in search and on the product', async () => {
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            const seen = await readable('rebate');
            expect(seen.list).toEqual(['customers-only', 'for-everyone', 'gold-rebate']);
            expect(seen.bySlug).toEqual(seen.list);
            expect(seen.searched).toEqual(seen.list);
            expect(seen.onProduct).toEqual(seen.list);
            const zh = await run(shopClient, ShopArticlesDocument, { options: { search: '返利' } });
            expect(zh.articles.items.map(a => a.id)).toEqual([ids['gold-rebate']]);
        });

        it('hides it from a Silver dealer member, who sees the article naming their company', async () => {
            await loginAsCustomer(shopClient, customers[1].emailAddress);
            const seen = await readable('rebate');
            expect(seen.list).toEqual(['customers-only', 'for-everyone', 'silver-named']);
            expect(seen.bySlug).toEqual(seen.list);
            expect(seen.searched).toEqual(seen.list);
            expect(seen.onProduct).toEqual(seen.list);
            const zh = await run(shopClient, ShopArticlesDocument, { options: { search: '返利' } });
            expect(zh.articles.totalItems).toBe(0);
        });

        it('hides it from a B2C customer, who sees customer articles, and from a VIP outside it', async () => {
            await loginAsCustomer(shopClient, customers[2].emailAddress);
            const b2c = await readable('rebate');
            expect(b2c.list).toEqual(['customers-only', 'for-everyone']);
            expect(b2c.bySlug).toEqual(b2c.list);
            expect(b2c.searched).toEqual(b2c.list);
            expect(b2c.onProduct).toEqual(b2c.list);

            await loginAsCustomer(shopClient, customers[3].emailAddress);
            const vip = await readable('rebate');
            expect(vip.list).toEqual(['customers-only', 'for-everyone', 'vip-only']);
            expect(vip.searched).toEqual(vip.list);
        });

        it('hides it from an anonymous visitor, who sees only public articles', async () => {
            await shopClient.asAnonymousUser();
            const seen = await readable('rebate');
            expect(seen).toEqual({
                list: ['for-everyone'],
                bySlug: ['for-everyone'],
                searched: ['for-everyone'],
                onProduct: ['for-everyone'],
            });
            const { articles } = await run(shopClient, ShopArticlesDocument, { options: { search: 'gold' } });
            expect(articles.totalItems).toBe(0);
        });

        it('stops showing dealer articles to members of a closed company', async () => {
            await run(adminClient, PortalUpdateCompanyDocument, { input: { id: gold.id, status: 'closed' } });
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            const seen = await readable('rebate');
            expect(seen.list).toEqual(['customers-only', 'for-everyone']);
            await run(adminClient, PortalUpdateCompanyDocument, { input: { id: gold.id, status: 'active' } });
            expect((await readable('rebate')).list).toContain('gold-rebate');
        });

        it('changes who may read a published article only when it is published again', async () => {
            const { updateArticle } = await run(adminClient, UpdateArticleDocument, {
                input: { id: ids['gold-rebate'], audiences: [{ type: 'dealer-tier', value: 'silver' }] },
            });
            expect(updateArticle).toMatchObject({
                hasUnpublishedChanges: true,
                audiences: [{ type: 'dealer-tier', value: 'silver', label: 'silver' }],
            });
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            expect((await readable('rebate')).list).toContain('gold-rebate');
            await publishNow(ids['gold-rebate']);
            expect((await readable('rebate')).list).not.toContain('gold-rebate');
            await loginAsCustomer(shopClient, customers[1].emailAddress);
            expect((await readable('rebate')).list).toContain('gold-rebate');
        });

        it('records the audience change in the history, the types named in the language asked for', async () => {
            const audienceChange = async (languageCode?: LanguageCode) => {
                const { articleRevisions } = await run(adminClient, ArticleRevisionsDocument, {
                    articleId: ids['gold-rebate'],
                    options: { sort: { version: 'DESC' } },
                    languageCode,
                });
                return articleRevisions.items
                    .flatMap(r => r.changes)
                    .find(c => c.field === 'audiences' && c.after?.includes('silver'));
            };
            expect(await audienceChange()).toMatchObject({ after: 'Dealers of a tier: silver' });
            expect(await audienceChange(LanguageCode.zh_Hans)).toMatchObject({
                after: '某级别的经销商: silver',
            });
        });
    });

    describe('labels of audiences that no longer resolve', () => {
        it('says, in the request language, that an audience names a company that no longer exists', async () => {
            const created = await run(adminClient, PortalCreateCompanyDocument, {
                input: { name: 'Short-lived Dealer', code: 'short-lived', tier: 'silver' },
            });
            if (!('id' in created.createCompany)) {
                throw new Error('company not created');
            }
            const companyId = created.createCompany.id;
            const { createArticle } = await run(adminClient, CreateArticleDocument, {
                input: {
                    translations: [{ languageCode: 'en', title: 'For a dealer that closes' }],
                    audiences: [{ type: 'dealer-company', value: companyId }],
                },
            });
            expect(createArticle.audiences).toMatchObject([
                { type: 'dealer-company', value: companyId, label: 'Short-lived Dealer (short-lived)' },
            ]);
            const { deleteCompany } = await run(adminClient, PortalDeleteCompanyDocument, { id: companyId });
            expect(deleteCompany.result).toBe(DeletionResult.DELETED);

            const inEnglish = await run(adminClient, ArticleDetailDocument, { id: createArticle.id });
            expect(inEnglish.article?.audiences).toEqual([
                {
                    type: 'dealer-company',
                    value: companyId,
                    typeLabel: 'Dealer company',
                    label: `${companyId} (not found)`,
                },
            ]);
            const inChinese = await adminClient.query(
                ArticleDetailDocument,
                { id: createArticle.id },
                { languageCode: LanguageCode.zh_Hans },
            );
            expect(inChinese.article?.audiences).toEqual([
                {
                    type: 'dealer-company',
                    value: companyId,
                    typeLabel: '指定经销商公司',
                    label: `${companyId}（未找到）`,
                },
            ]);
        });
    });

    describe('demo data', () => {
        it('seeds topics and bilingual articles, one for Gold dealers only and one scheduled', async () => {
            const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
            const seeders = orderSeeders(discoverDemoSeeders()).filter(s =>
                ['b2b', 'portal'].includes(s.name),
            );
            expect(seeders.map(s => s.name)).toEqual(['b2b', 'portal']);
            for (const seeder of seeders) {
                await seeder.seed(env.server.app, ctx);
                await seeder.seed(env.server.app, ctx);
            }
            // The demo's Gold distributor buyer reads the Gold rebate programme; anonymous visitors do not.
            await shopClient.asUserWithCredentials('dealer.buyer@triflow.demo', 'dealer-demo');
            const dealer = await run(shopClient, ShopArticlesDocument, {
                options: { topicSlug: 'dealer-policies' },
            });
            expect(dealer.articles.items.map(a => a.slug).sort()).toEqual([
                'channel-pricing-policy-update',
                'gold-dealer-rebate-2026',
            ]);
            // The Silver sub-dealer's admin reads the policy for all dealers only.
            await shopClient.asUserWithCredentials('suzhou.admin@triflow.demo', 'dealer-demo');
            const silverDealer = await run(shopClient, ShopArticlesDocument, {
                options: { topicSlug: 'dealer-policies' },
            });
            expect(silverDealer.articles.items.map(a => a.slug)).toEqual(['channel-pricing-policy-update']);
            await shopClient.asAnonymousUser();
            const anonymous = await run(shopClient, ShopArticlesDocument, {
                options: { topicSlug: 'dealer-policies' },
            });
            expect(anonymous.articles.totalItems).toBe(0);
            const zh = await shopClient.query(
                ShopArticlesDocument,
                { options: { topicSlug: 'company-news' } },
                { languageCode: 'zh_Hans' },
            );
            expect(zh.articles.totalItems).toBeGreaterThan(0);
            expect(zh.articles.items.every(a => /[\u4e00-\u9fff]/.test(a.title))).toBe(true);
            const scheduled = await run(adminClient, ArticleListDocument, {
                options: { filter: { status: { eq: 'scheduled' } } },
            });
            expect(scheduled.articles.totalItems).toBe(1);
            // The notice for marketplace sellers is live, but not for customers or visitors.
            const { articles: sellerNotice } = await run(adminClient, ArticleListDocument, {
                options: { filter: { slug: { eq: 'seller-payout-calendar-2026' } } },
            });
            expect(sellerNotice.items.map(a => a.status)).toEqual(['published']);
            const suppliers = await run(shopClient, ShopArticlesDocument, {
                options: { topicSlug: 'supplier-notices' },
            });
            expect(suppliers.articles.items.map(a => a.slug)).not.toContain('seller-payout-calendar-2026');
        });
    });
});
