import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    ApproveArticleDocument,
    ArchiveArticleDocument,
    ArticleDetailDocument,
    ArticleListDocument,
    ArticleRevisionDetailDocument,
    ArticleRevisionsDocument,
    CreateArticleDocument,
    CreateTopicDocument,
    DeleteArticleDocument,
    DeleteTopicDocument,
    MoveTopicDocument,
    PortalCreateChannelDocument,
    PublishArticleDocument,
    ReopenArticleDocument,
    RequestArticleChangesDocument,
    RestoreArticleRevisionDocument,
    SubmitArticleDocument,
    TopicDetailDocument,
    TopicListDocument,
    UnpublishArticleDocument,
    UpdateArticleDocument,
    UpdateTopicDocument,
} from './graphql/generated-admin';
import {
    ShopArticleByIdDocument,
    ShopArticleBySlugDocument,
    ShopArticlesDocument,
    ShopProductArticlesDocument,
    ShopTopicsDocument,
} from './graphql/generated-shop';
import { articleOf, secondAdminClient } from './portal-e2e-helpers';

describe('Portal articles, topics, workflow and revisions', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let companyNews: { id: string };
    let marketInfo: { id: string };
    let articleId: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    /** Submit, approve and publish now, as the superadmin. */
    async function publishNow(id: string): Promise<void> {
        articleOf((await run(adminClient, SubmitArticleDocument, { id })).submitArticleForReview);
        articleOf((await run(adminClient, ApproveArticleDocument, { id })).approveArticle);
        articleOf((await run(adminClient, PublishArticleDocument, { input: { id } })).publishArticle);
    }

    describe('topics', () => {
        it('creates a tree of topics in two languages, with slugs from the names', async () => {
            const { createTopic } = await run(adminClient, CreateTopicDocument, {
                input: {
                    translations: [
                        { languageCode: 'en', name: 'Company news', description: 'News of the group' },
                        { languageCode: 'zh_Hans', name: '公司新闻' },
                    ],
                },
            });
            expect(createTopic).toMatchObject({ name: 'Company news', slug: 'company-news', parentId: null });
            expect(createTopic.translations.find(t => t.languageCode === 'zh_Hans')?.slug).toBe('公司新闻');
            companyNews = createTopic;

            const market = await run(adminClient, CreateTopicDocument, {
                input: { translations: [{ languageCode: 'en', name: 'Market information' }] },
            });
            marketInfo = market.createTopic;
            const sub = await run(adminClient, CreateTopicDocument, {
                input: {
                    translations: [{ languageCode: 'en', name: 'Steel prices', slug: 'Steel Prices!' }],
                    parentId: marketInfo.id,
                },
            });
            expect(sub.createTopic).toMatchObject({
                slug: 'steel-prices',
                parentId: marketInfo.id,
                position: 0,
            });
            expect(market.createTopic.position).toBe(1);

            const { topic } = await run(adminClient, TopicDetailDocument, { id: marketInfo.id });
            expect(topic?.children.map(c => c.name)).toEqual(['Steel prices']);
        });

        it('makes a repeated slug unique and refuses an empty name', async () => {
            const { createTopic } = await run(adminClient, CreateTopicDocument, {
                input: { translations: [{ languageCode: 'en', name: 'Company News', slug: ' ' }] },
            });
            expect(createTopic.slug).toBe('company-news-2');
            const message = await expectGraphQLError(adminClient, CreateTopicDocument, {
                input: { translations: [{ languageCode: 'en', name: '   ' }] },
            });
            expect(message).toMatch(/name/);
            await run(adminClient, DeleteTopicDocument, { id: createTopic.id });
        });

        it('moves topics, refusing cycles, and keeps a parent with children from deletion', async () => {
            const { topics } = await run(adminClient, TopicListDocument, {
                options: { filter: { slug: { eq: 'steel-prices' } } },
            });
            const steel = topics.items[0];
            const cycle = await run(adminClient, MoveTopicDocument, {
                input: { id: marketInfo.id, parentId: steel.id },
            });
            expect(cycle.moveTopic).toMatchObject({ errorCode: 'TOPIC_HIERARCHY_CYCLE_ERROR' });
            const refused = await run(adminClient, DeleteTopicDocument, { id: marketInfo.id });
            expect(refused.deleteTopic).toMatchObject({ result: 'NOT_DELETED' });
            expect(refused.deleteTopic.message).toMatch(/sub-topics/);

            const moved = await run(adminClient, MoveTopicDocument, {
                input: { id: steel.id, parentId: companyNews.id },
            });
            expect(moved.moveTopic).toMatchObject({ parentId: companyNews.id });
            await run(adminClient, MoveTopicDocument, { input: { id: steel.id, parentId: marketInfo.id } });

            const { updateTopic } = await run(adminClient, UpdateTopicDocument, {
                input: { id: marketInfo.id, translations: [{ languageCode: 'zh_Hans', name: '市场信息' }] },
            });
            expect(updateTopic.translations.map(t => t.languageCode).sort()).toEqual(['en', 'zh_Hans']);
        });

        it('gives the shop the whole tree', async () => {
            const { topics } = await run(shopClient, ShopTopicsDocument);
            const market = topics.find(t => t.slug === 'market-information');
            expect(market?.children.map(c => c.slug)).toEqual(['steel-prices']);
            expect(topics.find(t => t.slug === 'steel-prices')?.parentId).toBe(market?.id);
        });
    });

    describe('articles', () => {
        it('creates a draft in two languages and removes script from the body on save', async () => {
            const { createArticle } = await run(adminClient, CreateArticleDocument, {
                input: {
                    translations: [
                        {
                            languageCode: 'en',
                            title: 'Triflow opens its Suzhou plant',
                            summary: 'A new plant for the East China network.',
                            body:
                                '<p onclick="steal()">The plant opens in May.</p><script>alert("x")</script>' +
                                '<a href="javascript:alert(1)">click</a><img src="x.png" onerror="alert(2)">' +
                                '<a href="https://triflow.example/plant" target="_blank">More</a>',
                            seoTitle: 'Suzhou plant',
                        },
                        {
                            languageCode: 'zh_Hans',
                            title: '三流苏州工厂开业',
                            summary: '华东网络的新工厂。',
                            body: '<p>工厂将于五月开业。</p><SCRIPT SRC="https://evil.example/x.js"></SCRIPT>',
                        },
                    ],
                    topicIds: [companyNews.id],
                    tags: ['plant', ' suzhou ', 'plant'],
                    relatedProductIds: ['T_1'],
                    authorName: 'Press office',
                },
            });
            articleId = createArticle.id;
            expect(createArticle).toMatchObject({
                status: 'draft',
                title: 'Triflow opens its Suzhou plant',
                slug: 'triflow-opens-its-suzhou-plant',
                authorName: 'Press office',
                url: '/news/triflow-opens-its-suzhou-plant',
                isLive: false,
                tags: ['plant', 'suzhou'],
                topics: [{ id: companyNews.id, name: 'Company news' }],
                relatedProducts: [{ id: 'T_1' }],
                audiences: [{ type: 'public', value: '' }],
                revisionCount: 1,
            });
            for (const t of createArticle.translations) {
                expect(t.body).not.toMatch(/script|onclick|onerror|javascript:/i);
            }
            const en = createArticle.translations.find(t => t.languageCode === 'en');
            expect(en?.body).toContain('<p>The plant opens in May.</p>');
            expect(en?.body).toContain('rel="noopener noreferrer"');
            expect(createArticle.translations.find(t => t.languageCode === 'zh_Hans')).toMatchObject({
                slug: '三流苏州工厂开业',
                body: '<p>工厂将于五月开业。</p>',
            });
        });

        it('refuses bad input without writing anything', async () => {
            const before = (await run(adminClient, ArticleListDocument)).articles.totalItems;
            expect(
                await expectGraphQLError(adminClient, CreateArticleDocument, {
                    input: { translations: [{ languageCode: 'en', title: ' ' }] },
                }),
            ).toMatch(/title/);
            expect(
                await expectGraphQLError(adminClient, CreateArticleDocument, {
                    input: { translations: [{ languageCode: 'en', title: 'X' }], topicIds: ['T_999'] },
                }),
            ).toMatch(/Topic/);
            expect(
                await expectGraphQLError(adminClient, CreateArticleDocument, {
                    input: {
                        translations: [{ languageCode: 'en', title: 'X' }],
                        audiences: [{ type: 'martians' }],
                    },
                }),
            ).toMatch(/Unknown audience type "martians"/);
            expect((await run(adminClient, ArticleListDocument)).articles.totalItems).toBe(before);
        });

        it('keeps drafts away from readers', async () => {
            const { articles } = await run(shopClient, ShopArticlesDocument);
            expect(articles.totalItems).toBe(0);
            const { article } = await run(shopClient, ShopArticleBySlugDocument, {
                slug: 'triflow-opens-its-suzhou-plant',
            });
            expect(article).toBeNull();
        });

        it('lists articles with filters by status, topic and tag', async () => {
            await run(adminClient, CreateArticleDocument, {
                input: {
                    translations: [{ languageCode: 'en', title: 'Steel prices in Q3' }],
                    topicIds: [marketInfo.id],
                    tags: ['steel'],
                },
            });
            const byTopic = await run(adminClient, ArticleListDocument, {
                options: { filter: { topicId: { eq: companyNews.id } } },
            });
            expect(byTopic.articles.items.map(a => a.title)).toEqual(['Triflow opens its Suzhou plant']);
            const byTag = await run(adminClient, ArticleListDocument, {
                options: { filter: { tag: { eq: 'steel' } } },
            });
            expect(byTag.articles.items.map(a => a.title)).toEqual(['Steel prices in Q3']);
            const sorted = await run(adminClient, ArticleListDocument, {
                options: { filter: { status: { eq: 'draft' } }, sort: { title: 'ASC' } },
            });
            expect(sorted.articles.items.map(a => a.title)).toEqual([
                'Steel prices in Q3',
                'Triflow opens its Suzhou plant',
            ]);
        });
    });

    describe('workflow', () => {
        it('refuses to publish content no reviewer approved', async () => {
            const { publishArticle } = await run(adminClient, PublishArticleDocument, {
                input: { id: articleId },
            });
            expect(publishArticle).toMatchObject({
                errorCode: 'ARTICLE_STATE_TRANSITION_ERROR',
                fromState: 'draft',
                transition: 'publish',
            });
            expect('message' in publishArticle && publishArticle.message).toMatch(/approve/);
            const approve = await run(adminClient, ApproveArticleDocument, { id: articleId });
            expect(approve.approveArticle).toMatchObject({ errorCode: 'ARTICLE_STATE_TRANSITION_ERROR' });
        });

        it('answers the refusal in the language of the request (a Chinese Dashboard sends languageCode=zh_Hans)', async () => {
            const chinese = await adminClient.query(
                ApproveArticleDocument,
                { id: articleId },
                { languageCode: 'zh_Hans' },
            );
            expect(chinese.approveArticle).toMatchObject({
                errorCode: 'ARTICLE_STATE_TRANSITION_ERROR',
                fromState: 'draft',
                transition: 'approve',
                message: '文章状态为“草稿”，不能执行“审核通过”',
            });
            const english = await adminClient.query(
                ApproveArticleDocument,
                { id: articleId },
                { languageCode: 'en' },
            );
            expect(english.approveArticle).toMatchObject({
                message: 'An article in status "draft" cannot take the step "approve"',
            });
        });

        it('lets a reviewer send it back with a comment', async () => {
            articleOf(
                (await run(adminClient, SubmitArticleDocument, { id: articleId })).submitArticleForReview,
            );
            const { requestArticleChanges } = await run(adminClient, RequestArticleChangesDocument, {
                id: articleId,
                comment: 'Add the opening date',
            });
            expect(articleOf(requestArticleChanges)).toMatchObject({
                status: 'draft',
                reviewComment: 'Add the opening date',
            });
        });

        it('separates writing, reviewing and publishing by permission', async () => {
            const writerClient = secondAdminClient(adminClient);
            await loginAsAdministratorWithPermissions(adminClient, writerClient, [
                'CreateArticle',
                'ReadArticle',
                'UpdateArticle',
            ]);
            articleOf(
                (await run(writerClient, SubmitArticleDocument, { id: articleId, comment: 'Date added' }))
                    .submitArticleForReview,
            );
            expect(await expectGraphQLError(writerClient, ApproveArticleDocument, { id: articleId })).toMatch(
                /not currently authorized/,
            );
            expect(
                await expectGraphQLError(writerClient, PublishArticleDocument, { input: { id: articleId } }),
            ).toMatch(/not currently authorized/);

            const reviewerClient = secondAdminClient(adminClient);
            await loginAsAdministratorWithPermissions(adminClient, reviewerClient, [
                'ReadArticle',
                'ReviewArticle',
            ]);
            const approved = await run(reviewerClient, ApproveArticleDocument, {
                id: articleId,
                comment: 'OK',
            });
            expect(articleOf(approved.approveArticle)).toMatchObject({ status: 'in_review', approved: true });
            expect(
                await expectGraphQLError(reviewerClient, PublishArticleDocument, {
                    input: { id: articleId },
                }),
            ).toMatch(/not currently authorized/);

            const publisherClient = secondAdminClient(adminClient);
            await loginAsAdministratorWithPermissions(adminClient, publisherClient, [
                'ReadArticle',
                'PublishArticle',
            ]);
            const { publishArticle } = await run(publisherClient, PublishArticleDocument, {
                input: { id: articleId },
            });
            expect(articleOf(publishArticle)).toMatchObject({ status: 'published', isLive: true });
            expect(articleOf(publishArticle).publishedAt).toBeTruthy();
        });

        it('shows the published article to readers, by slug, by id, in lists and on its product', async () => {
            const { article } = await run(shopClient, ShopArticleBySlugDocument, {
                slug: 'triflow-opens-its-suzhou-plant',
            });
            expect(article).toMatchObject({
                id: articleId,
                title: 'Triflow opens its Suzhou plant',
                seoTitle: 'Suzhou plant',
                seoDescription: 'A new plant for the East China network.',
                url: '/news/triflow-opens-its-suzhou-plant',
                tags: ['plant', 'suzhou'],
                topics: [{ slug: 'company-news' }],
                relatedProducts: [{ id: 'T_1' }],
            });
            const byId = await run(shopClient, ShopArticleByIdDocument, { id: articleId });
            expect(byId.article?.slug).toBe('triflow-opens-its-suzhou-plant');
            const zh = await shopClient.query(
                ShopArticleBySlugDocument,
                { slug: '三流苏州工厂开业' },
                { languageCode: 'zh_Hans' },
            );
            expect(zh.article).toMatchObject({ title: '三流苏州工厂开业', languageCode: 'zh_Hans' });
            const { articles } = await run(shopClient, ShopArticlesDocument, {
                options: { topicSlug: 'company-news' },
            });
            expect(articles.items.map(a => a.id)).toEqual([articleId]);
            const { product } = await run(shopClient, ShopProductArticlesDocument, { id: 'T_1' });
            expect(product?.articles.map(a => a.id)).toEqual([articleId]);
        });

        it('keeps the live version while a published article is edited, until it is published again', async () => {
            const { updateArticle } = await run(adminClient, UpdateArticleDocument, {
                input: {
                    id: articleId,
                    translations: [
                        {
                            languageCode: 'en',
                            body: '<p>The plant opens on 12 May.</p>',
                            title: 'Triflow opens its Suzhou plant on 12 May',
                        },
                    ],
                },
            });
            expect(articleOf(updateArticle)).toMatchObject({
                status: 'published',
                isLive: true,
                hasUnpublishedChanges: true,
                approved: false,
                body: '<p>The plant opens on 12 May.</p>',
            });
            const live = await run(shopClient, ShopArticleByIdDocument, { id: articleId });
            expect(live.article?.title).toBe('Triflow opens its Suzhou plant');
            expect(live.article?.body).toContain('The plant opens in May.');
            // The public slug stays until the next publication.
            expect(live.article?.slug).toBe('triflow-opens-its-suzhou-plant');

            const republish = await run(adminClient, PublishArticleDocument, { input: { id: articleId } });
            expect(republish.publishArticle).toMatchObject({ errorCode: 'ARTICLE_STATE_TRANSITION_ERROR' });

            await publishNow(articleId);
            const after = await run(shopClient, ShopArticleByIdDocument, { id: articleId });
            expect(after.article?.title).toBe('Triflow opens its Suzhou plant on 12 May');
            expect(after.article?.body).toBe('<p>The plant opens on 12 May.</p>');
            const { articles } = await run(shopClient, ShopArticlesDocument);
            expect(articles.totalItems).toBe(1);
        });

        it('records who changed what, with a diff', async () => {
            const { articleRevisions } = await run(adminClient, ArticleRevisionsDocument, {
                articleId,
                options: { sort: { version: 'ASC' } },
            });
            const kinds = articleRevisions.items.map(r => r.kind);
            expect(kinds).toEqual([
                'created',
                'submitted',
                'changes_requested',
                'submitted',
                'approved',
                'published',
                'saved',
                'submitted',
                'approved',
                'published',
            ]);
            const saved = articleRevisions.items.find(r => r.kind === 'saved');
            expect(saved?.authorName).toBe('Super Admin');
            expect(saved?.administrator).not.toBeNull();
            const bodyChange = saved?.changes.find(c => c.field === 'body' && c.languageCode === 'en');
            expect(bodyChange).toMatchObject({
                before: expect.stringContaining('The plant opens in May.'),
                after: '<p>The plant opens on 12 May.</p>',
            });
            expect(bodyChange?.diff).toEqual(
                expect.arrayContaining([
                    { op: 'equal', text: '<p>The plant opens ' },
                    { op: 'delete', text: 'in' },
                    { op: 'insert', text: 'on' },
                    { op: 'insert', text: '12 ' },
                ]),
            );
            expect(saved?.changes.map(c => c.field).sort()).toEqual(['body', 'title']);
            const comments = articleRevisions.items.filter(r => r.comment).map(r => r.comment);
            expect(comments).toEqual(expect.arrayContaining(['Add the opening date', 'Date added', 'OK']));
        });

        it('restores an earlier revision into the working copy, and readers get it once published', async () => {
            const { articleRevisions } = await run(adminClient, ArticleRevisionsDocument, {
                articleId,
                options: { filter: { kind: { eq: 'published' } }, sort: { version: 'ASC' } },
            });
            const first = articleRevisions.items[0];
            const { articleRevision } = await run(adminClient, ArticleRevisionDetailDocument, {
                id: first.id,
            });
            expect(articleRevision?.content?.translations.find(t => t.languageCode === 'en')?.body).toContain(
                'The plant opens in May.',
            );
            const { restoreArticleRevision } = await run(adminClient, RestoreArticleRevisionDocument, {
                revisionId: first.id,
            });
            const restored = articleOf(restoreArticleRevision);
            expect(restored.title).toBe('Triflow opens its Suzhou plant');
            expect(restored.body).toContain('<p>The plant opens in May.</p>');
            expect(restored.hasUnpublishedChanges).toBe(true);
            const latest = await run(adminClient, ArticleRevisionsDocument, {
                articleId,
                options: { take: 1 },
            });
            expect(latest.articleRevisions.items[0]).toMatchObject({
                kind: 'restored',
                restoredFromVersion: first.version,
            });
            // Readers still see the 12 May version…
            const live = await run(shopClient, ShopArticleByIdDocument, { id: articleId });
            expect(live.article?.body).toBe('<p>The plant opens on 12 May.</p>');
            // …until the restored content is published.
            await publishNow(articleId);
            const after = await run(shopClient, ShopArticleByIdDocument, { id: articleId });
            expect(after.article?.body).toContain('The plant opens in May.');
        });

        it('archives an article: readers lose it, editors must reopen it to edit', async () => {
            const { archiveArticle } = await run(adminClient, ArchiveArticleDocument, {
                id: articleId,
                comment: 'Old news',
            });
            expect(articleOf(archiveArticle)).toMatchObject({ status: 'archived', isLive: false });
            expect((await run(shopClient, ShopArticleByIdDocument, { id: articleId })).article).toBeNull();
            const edit = await run(adminClient, UpdateArticleDocument, {
                input: { id: articleId, tags: ['old'] },
            });
            expect(edit.updateArticle).toMatchObject({
                errorCode: 'ARTICLE_STATE_TRANSITION_ERROR',
                fromState: 'archived',
            });
            const publish = await run(adminClient, PublishArticleDocument, { input: { id: articleId } });
            expect(publish.publishArticle).toMatchObject({ errorCode: 'ARTICLE_STATE_TRANSITION_ERROR' });
            const { reopenArticle } = await run(adminClient, ReopenArticleDocument, { id: articleId });
            expect(articleOf(reopenArticle).status).toBe('draft');
        });

        it('unpublishes a live article', async () => {
            await publishNow(articleId);
            expect(
                (await run(shopClient, ShopArticleByIdDocument, { id: articleId })).article,
            ).not.toBeNull();
            const { unpublishArticle } = await run(adminClient, UnpublishArticleDocument, { id: articleId });
            expect(articleOf(unpublishArticle)).toMatchObject({ status: 'draft', isLive: false });
            expect((await run(shopClient, ShopArticleByIdDocument, { id: articleId })).article).toBeNull();
            const again = await run(adminClient, UnpublishArticleDocument, { id: articleId });
            expect(again.unpublishArticle).toMatchObject({ errorCode: 'ARTICLE_STATE_TRANSITION_ERROR' });
        });
    });

    describe('channels', () => {
        it("answers another channel's article and topic as not found", async () => {
            const { createChannel } = await run(adminClient, PortalCreateChannelDocument, {
                input: {
                    code: 'portal-branch',
                    token: 'portal-branch-token',
                    defaultLanguageCode: 'en',
                    pricesIncludeTax: false,
                    defaultCurrencyCode: 'USD',
                    defaultShippingZoneId: 'T_1',
                    defaultTaxZoneId: 'T_1',
                },
            });
            if (!('token' in createChannel)) {
                throw new Error(createChannel.message);
            }
            adminClient.setChannelToken(createChannel.token);
            try {
                expect((await run(adminClient, ArticleDetailDocument, { id: articleId })).article).toBeNull();
                expect((await run(adminClient, ArticleListDocument)).articles.totalItems).toBe(0);
                expect(
                    (await run(adminClient, TopicDetailDocument, { id: companyNews.id })).topic,
                ).toBeNull();
                expect(
                    await expectGraphQLError(adminClient, UpdateArticleDocument, {
                        input: { id: articleId, tags: ['x'] },
                    }),
                ).toMatch(/No Article with the id/);
            } finally {
                adminClient.setChannelToken('e2e-default-channel');
            }
        });

        it('deletes an article with its history', async () => {
            const { deleteArticle } = await run(adminClient, DeleteArticleDocument, { id: articleId });
            expect(deleteArticle.result).toBe('DELETED');
            expect((await run(adminClient, ArticleDetailDocument, { id: articleId })).article).toBeNull();
            expect(await expectGraphQLError(adminClient, ArticleRevisionsDocument, { articleId })).toMatch(
                /No Article with the id/,
            );
        });
    });
});
