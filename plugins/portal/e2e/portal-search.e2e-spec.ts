import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    ApproveArticleDocument,
    CreateArticleDocument,
    CreateTopicDocument,
    PublishArticleDocument,
    SubmitArticleDocument,
    UnpublishArticleDocument,
    UpdateArticleDocument,
} from './graphql/generated-admin';
import { ShopArticlesDocument } from './graphql/generated-shop';

describe('Portal full-text search', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
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

    async function article(
        key: string,
        translations: Array<{
            languageCode: 'en' | 'zh_Hans';
            title: string;
            summary?: string;
            body?: string;
        }>,
        extra: { topicIds?: string[]; tags?: string[] } = {},
    ): Promise<void> {
        const { createArticle } = await run(adminClient, CreateArticleDocument, {
            input: { translations, ...extra },
        });
        ids[key] = createArticle.id;
        await publishNow(createArticle.id);
    }

    /** The keys of the articles a search returns, in order. */
    async function search(
        term: string,
        options: { topicSlug?: string; tag?: string; take?: number; skip?: number; sort?: 'NEWEST' } = {},
    ): Promise<{ keys: string[]; total: number }> {
        const { articles } = await run(shopClient, ShopArticlesDocument, {
            options: { search: term, ...options },
        });
        const keyOf = (id: string) => Object.keys(ids).find(k => ids[k] === id) ?? id;
        return { keys: articles.items.map(a => keyOf(a.id)), total: articles.totalItems };
    }

    it('indexes published articles in English and Chinese', async () => {
        const { createTopic } = await run(adminClient, CreateTopicDocument, {
            input: { translations: [{ languageCode: 'en', name: 'Energy' }] },
        });
        await article(
            'body-only',
            [
                {
                    languageCode: 'en',
                    title: 'Quarterly report',
                    summary: 'Results of the third quarter.',
                    body: '<p>Our solar inverter sales grew. Every solar inverter ships with a recall-proof warranty. Recall, recall, recall.</p>',
                },
            ],
            { topicIds: [createTopic.id], tags: ['finance'] },
        );
        await article(
            'title',
            [{ languageCode: 'en', title: 'Solar inverter recall', body: '<p>Affected serial numbers.</p>' }],
            { topicIds: [createTopic.id], tags: ['safety'] },
        );
        await article('summary', [
            {
                languageCode: 'en',
                title: 'Inverter basics',
                summary: 'How a solar plant turns light into power.',
                body: '<p>Direct current becomes alternating current.</p>',
            },
        ]);
        await article('steel', [
            { languageCode: 'zh_Hans', title: '市场信息周报', body: '<p>本周钢材价格上涨，铜价回落。</p>' },
            {
                languageCode: 'en',
                title: 'Weekly market report',
                body: '<p>Steel prices rose this week.</p>',
            },
        ]);
        await article('policy', [
            {
                languageCode: 'zh_Hans',
                title: '渠道政策更新',
                summary: '经销商价格政策',
                body: '<p>新的市场推广费用由集团承担。</p>',
            },
            { languageCode: 'en', title: 'Dealer policies updated', body: '<p>New marketing funds.</p>' },
        ]);
    });

    it('ranks a title match above a summary match above a body-only match', async () => {
        expect(await search('solar inverter')).toEqual({ keys: ['title', 'summary', 'body-only'], total: 3 });
        // The body says "recall" four times; the title once, and the title wins.
        expect((await search('recall')).keys).toEqual(['title', 'body-only']);
    });

    it('finds Chinese articles by a two-character word anywhere in them', async () => {
        expect((await search('钢材')).keys).toEqual(['steel']);
        expect((await search('铜价')).keys).toEqual(['steel']);
        // 市场 is in one title and in another body: the title match first.
        expect((await search('市场')).keys).toEqual(['steel', 'policy']);
        expect((await search('政策')).keys).toEqual(['policy']);
        // A longer phrase needs all its character pairs.
        expect((await search('市场信息')).keys).toEqual(['steel']);
        expect((await search('钢')).keys).toEqual(['steel']);
        expect((await search('黄金')).total).toBe(0);
    });

    it('requires every word, ignores case and accents, and matches plural forms', async () => {
        expect((await search('SOLAR')).keys).toEqual(['title', 'summary', 'body-only']);
        expect((await search('solar steel')).total).toBe(0);
        expect((await search('policy')).keys).toEqual(['policy']);
        expect((await search('Stéel')).keys).toEqual(['steel']);
        expect((await search('!!!')).total).toBe(0);
        expect((await search('nonexistentword')).total).toBe(0);
    });

    it('combines search with topic, tag, paging and sorting', async () => {
        expect((await search('solar', { topicSlug: 'energy' })).keys).toEqual(['title', 'body-only']);
        expect((await search('solar', { tag: 'finance' })).keys).toEqual(['body-only']);
        expect(await search('solar', { take: 1, skip: 1 })).toEqual({ keys: ['summary'], total: 3 });
        expect((await search('solar', { sort: 'NEWEST' })).keys).toEqual(['summary', 'title', 'body-only']);
        expect(
            await expectGraphQLError(shopClient, ShopArticlesDocument, {
                options: { search: 'solar', take: 500 },
            }),
        ).toMatch(/take must be a whole number from 0 to 100/);
    });

    it('searches what readers see: edits count once published, unpublished articles drop out', async () => {
        await run(adminClient, UpdateArticleDocument, {
            input: { id: ids.summary, translations: [{ languageCode: 'en', title: 'Zebra crossings' }] },
        });
        expect((await search('zebra')).total).toBe(0);
        expect((await search('inverter')).keys).toContain('summary');
        await publishNow(ids.summary);
        expect((await search('zebra')).keys).toEqual(['summary']);
        // The old title is no longer indexed; the summary still says solar.
        expect((await search('basics')).total).toBe(0);
        expect((await search('solar')).keys).toContain('summary');

        await run(adminClient, UnpublishArticleDocument, { id: ids.steel });
        expect((await search('钢材')).total).toBe(0);
    });
});
