import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { B2bPlugin } from '../../b2b';
import { MarketplacePlugin } from '../../marketplace';
import { RfqPlugin } from '../../rfq';

import {
    ApproveArticleDocument,
    ArticleAudienceTypesDocument,
    CreateArticleDocument,
    PublishArticleDocument,
    SubmitArticleDocument,
} from './graphql/generated-admin';
import { ShopArticleBySlugDocument } from './graphql/generated-shop';

/*
 * The portal must run without the B2B plugin (ARCHITECTURE.md: each plugin boots and passes its own specs alone).
 * A spec file of its own: Vendure builds its GraphQL modules once per module registry, so one file cannot boot
 * two different plugin sets.
 */
describe('Portal audiences without the B2B and marketplace plugins', () => {
    // The same platform with B2bPlugin and MarketplacePlugin (and RfqPlugin, which needs it) taken out: the portal
    // runs, without the dealer and seller audiences.
    const env = createTriflowTestEnvironment({
        plugins: triflowTestConfig().plugins.filter(
            p => p !== B2bPlugin && p !== MarketplacePlugin && p !== RfqPlugin,
        ),
    });
    const { adminClient, shopClient } = env;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('offers only the core audiences and refuses dealer and seller ones', async () => {
        const { articleAudienceTypes } = await run(adminClient, ArticleAudienceTypesDocument);
        expect(articleAudienceTypes.map(t => t.code)).toEqual(['public', 'customer', 'customer-group']);
        expect(
            await expectGraphQLError(adminClient, CreateArticleDocument, {
                input: {
                    translations: [{ languageCode: 'en', title: 'For Gold dealers' }],
                    audiences: [{ type: 'dealer-tier', value: 'gold' }],
                },
            }),
        ).toMatch(/Unknown audience type "dealer-tier"; known types: public, customer, customer-group/);
        expect(
            await expectGraphQLError(adminClient, CreateArticleDocument, {
                input: {
                    translations: [{ languageCode: 'en', title: 'For sellers' }],
                    audiences: [{ type: 'sellers' }],
                },
            }),
        ).toMatch(/Unknown audience type "sellers"/);
    });

    it('publishes and shows articles as usual', async () => {
        const { createArticle } = await run(adminClient, CreateArticleDocument, {
            input: {
                translations: [{ languageCode: 'en', title: 'Standalone news', slug: 'standalone-news' }],
            },
        });
        await run(adminClient, SubmitArticleDocument, { id: createArticle.id });
        await run(adminClient, ApproveArticleDocument, { id: createArticle.id });
        await run(adminClient, PublishArticleDocument, { input: { id: createArticle.id } });
        const { article } = await run(shopClient, ShopArticleBySlugDocument, { slug: 'standalone-news' });
        expect(article?.title).toBe('Standalone news');
    });
});
