import { ModuleRef } from '@nestjs/core';
import { ConfigService, EventBus, Injector } from '@vendure/core';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
    eventually,
} from '../../../src/testing/helpers';
import { testDb } from '../../../src/testing/test-config';
import {
    ARTICLE_SCHEDULE_TASK_ID,
    ArticlePublishedEvent,
    ArticleStatus,
    ArticleStatusTransitionEvent,
    ArticleUnpublishedEvent,
    ManualPortalClock,
    PortalPlugin,
} from '../index';

import {
    ApproveArticleDocument,
    ArticleDetailDocument,
    ArticleListDocument,
    ArticleRevisionsDocument,
    CancelArticleScheduleDocument,
    CreateArticleDocument,
    PublishArticleDocument,
    RunArticleScheduleDocument,
    SubmitArticleDocument,
    UpdateArticleDocument,
} from './graphql/generated-admin';
import { ShopArticleByIdDocument, ShopArticlesDocument } from './graphql/generated-shop';
import { secondAdminClient } from './portal-e2e-helpers';

const HOUR = 3600_000;

/** The test server's id strategy shows database id 3 as T_3. */
const encoded = (id: unknown) => `T_${String(id)}`;
const T0 = new Date('2031-03-01T08:00:00.000Z');

describe('Portal scheduled publishing', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    // The clock of the portal: publishing, the schedule task and the shop's filter all read it.
    const clock = new ManualPortalClock(T0);
    PortalPlugin.init({ ...PortalPlugin.options, clock });
    const published: ArticlePublishedEvent[] = [];
    const unpublished: ArticleUnpublishedEvent[] = [];
    const transitions: ArticleStatusTransitionEvent[] = [];

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        const eventBus = env.server.app.get(EventBus);
        eventBus.ofType(ArticlePublishedEvent).subscribe(e => published.push(e));
        eventBus.ofType(ArticleUnpublishedEvent).subscribe(e => unpublished.push(e));
        eventBus.ofType(ArticleStatusTransitionEvent).subscribe(e => transitions.push(e));
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    /** Runs the scheduled task exactly as the worker does; returns the ids as the API shows them. */
    async function runTask(): Promise<{ published: string[]; expired: string[] }> {
        const task = env.server.app
            .get(ConfigService)
            .schedulerOptions.tasks.find(t => t.id === ARTICLE_SCHEDULE_TASK_ID);
        if (!task) {
            throw new Error('The portal schedule task is not registered');
        }
        const result = (await task.execute(new Injector(env.server.app.get(ModuleRef)))) as {
            published: string[];
            expired: string[];
        };
        // Subscribers run after the task's transaction commits.
        await new Promise(resolve => setImmediate(resolve));
        return { published: result.published.map(encoded), expired: result.expired.map(encoded) };
    }

    async function createApproved(title: string): Promise<string> {
        const { createArticle } = await run(adminClient, CreateArticleDocument, {
            input: { translations: [{ languageCode: 'en', title, body: `<p>${title}</p>` }] },
        });
        await run(adminClient, SubmitArticleDocument, { id: createArticle.id });
        await run(adminClient, ApproveArticleDocument, { id: createArticle.id });
        return createArticle.id;
    }

    async function visible(id: string): Promise<string | null> {
        const { article } = await run(shopClient, ShopArticleByIdDocument, { id });
        const { articles } = await run(shopClient, ShopArticlesDocument);
        expect(articles.items.some(a => a.id === id)).toBe(!!article);
        return article?.body ?? null;
    }

    it('registers the task on the scheduler', () => {
        const task = env.server.app
            .get(ConfigService)
            .schedulerOptions.tasks.find(t => t.id === ARTICLE_SCHEDULE_TASK_ID);
        expect(task?.options.schedule).toBe('* * * * *');
    });

    describe('publish later, unpublish later', () => {
        let id: string;

        it('schedules an approved article without showing it yet', async () => {
            id = await createApproved('Spring price list');
            const { publishArticle } = await run(adminClient, PublishArticleDocument, {
                input: {
                    id,
                    publishAt: new Date(T0.getTime() + HOUR).toISOString(),
                    unpublishAt: new Date(T0.getTime() + 2 * HOUR).toISOString(),
                },
            });
            expect(publishArticle).toMatchObject({
                status: 'scheduled',
                isLive: false,
                publishAt: new Date(T0.getTime() + HOUR).toISOString(),
                unpublishAt: new Date(T0.getTime() + 2 * HOUR).toISOString(),
                publishedAt: null,
            });
            expect(await visible(id)).toBeNull();
            expect(published).toHaveLength(0);
        });

        it('does nothing before the publish time', async () => {
            clock.set(new Date(T0.getTime() + HOUR - 1000));
            expect(await runTask()).toEqual({ published: [], expired: [] });
            expect(await visible(id)).toBeNull();
        });

        it('shows it from the publish time, and the task completes the publication', async () => {
            clock.set(new Date(T0.getTime() + HOUR));
            // Readers see it from the instant, whenever the task runs…
            expect(await visible(id)).toBe('<p>Spring price list</p>');
            expect((await run(adminClient, ArticleDetailDocument, { id })).article?.status).toBe('scheduled');
            // …and the task does the bookkeeping: status, history, event.
            expect(await runTask()).toEqual({ published: [id], expired: [] });
            const { article } = await run(adminClient, ArticleDetailDocument, { id });
            expect(article).toMatchObject({
                status: 'published',
                isLive: true,
                publishAt: null,
                publishedAt: new Date(T0.getTime() + HOUR).toISOString(),
            });
            await eventually(
                () => published.length,
                n => n >= 1,
            );
            expect(published.map(e => [encoded(e.article.id), e.scheduled])).toEqual([[id, true]]);
            expect(
                transitions.some(
                    t => t.fromStatus === ArticleStatus.Scheduled && t.toStatus === ArticleStatus.Published,
                ),
            ).toBe(true);
            // A second run finds nothing to do.
            expect(await runTask()).toEqual({ published: [], expired: [] });
            expect(published).toHaveLength(1);
        });

        it('hides it from the unpublish time even before the task runs, then archives it', async () => {
            clock.set(new Date(T0.getTime() + 2 * HOUR - 1000));
            expect(await visible(id)).not.toBeNull();
            clock.set(new Date(T0.getTime() + 2 * HOUR));
            expect(await visible(id)).toBeNull();
            expect((await run(adminClient, ArticleDetailDocument, { id })).article).toMatchObject({
                status: 'published',
                isLive: false,
            });
            expect(await runTask()).toEqual({ published: [], expired: [id] });
            expect((await run(adminClient, ArticleDetailDocument, { id })).article).toMatchObject({
                status: 'archived',
                isLive: false,
                publishedAt: null,
            });
            await eventually(
                () => unpublished.length,
                n => n >= 1,
            );
            expect(unpublished.map(e => [encoded(e.article.id), e.reason])).toEqual([[id, 'expired']]);
            const { articleRevisions } = await run(adminClient, ArticleRevisionsDocument, {
                articleId: id,
                options: { take: 2 },
            });
            expect(articleRevisions.items.map(r => [r.kind, r.authorName])).toEqual([
                ['expired', 'system'],
                ['published', 'system'],
            ]);
        });
    });

    describe('a scheduled edit of a live article', () => {
        let id: string;

        it('keeps the live version online until the new one starts', async () => {
            clock.set(new Date(T0.getTime() + 10 * HOUR));
            id = await createApproved('Holiday opening hours');
            await run(adminClient, PublishArticleDocument, { input: { id } });
            expect(await visible(id)).toBe('<p>Holiday opening hours</p>');

            await run(adminClient, UpdateArticleDocument, {
                input: { id, translations: [{ languageCode: 'en', body: '<p>New opening hours</p>' }] },
            });
            await run(adminClient, SubmitArticleDocument, { id });
            await run(adminClient, ApproveArticleDocument, { id });
            const { publishArticle } = await run(adminClient, PublishArticleDocument, {
                input: { id, publishAt: new Date(T0.getTime() + 12 * HOUR).toISOString() },
            });
            expect(publishArticle).toMatchObject({ status: 'scheduled', isLive: true });
            clock.set(new Date(T0.getTime() + 12 * HOUR - 1000));
            expect(await visible(id)).toBe('<p>Holiday opening hours</p>');
            clock.set(new Date(T0.getTime() + 12 * HOUR));
            expect(await visible(id)).toBe('<p>New opening hours</p>');
            expect(await runTask()).toEqual({ published: [id], expired: [] });
            expect(await visible(id)).toBe('<p>New opening hours</p>');
            expect((await run(adminClient, ArticleDetailDocument, { id })).article).toMatchObject({
                status: 'published',
                hasUnpublishedChanges: false,
                publishedAt: new Date(T0.getTime() + 12 * HOUR).toISOString(),
            });
        });

        it('cancels a scheduled edit, leaving the live version', async () => {
            await run(adminClient, UpdateArticleDocument, {
                input: { id, translations: [{ languageCode: 'en', body: '<p>Closed all week</p>' }] },
            });
            await run(adminClient, SubmitArticleDocument, { id });
            await run(adminClient, ApproveArticleDocument, { id });
            await run(adminClient, PublishArticleDocument, {
                input: { id, publishAt: new Date(T0.getTime() + 20 * HOUR).toISOString() },
            });
            const { cancelArticleSchedule } = await run(adminClient, CancelArticleScheduleDocument, { id });
            expect(cancelArticleSchedule).toMatchObject({
                status: 'published',
                publishAt: null,
                isLive: true,
            });
            clock.set(new Date(T0.getTime() + 21 * HOUR));
            expect(await visible(id)).toBe('<p>New opening hours</p>');
            expect(await runTask()).toEqual({ published: [], expired: [] });
        });
    });

    describe('two workers', () => {
        it('publish a scheduled article once when their runs overlap', async () => {
            const id = await createApproved('Overlapping runs');
            await run(adminClient, PublishArticleDocument, {
                input: { id, publishAt: new Date(clock.now().getTime() + HOUR).toISOString() },
            });
            clock.advance(HOUR);
            const before = published.length;
            // sql.js has one connection and cannot hold two transactions: there the runs follow each other.
            const results =
                testDb === 'postgres'
                    ? await Promise.all([runTask(), runTask(), runTask()])
                    : [await runTask(), await runTask(), await runTask()];
            expect(results.flatMap(r => r.published)).toEqual([id]);
            expect(
                (await eventually(
                    () => published.length,
                    n => n >= before + 1,
                )) - before,
            ).toBe(1);
            const { articleRevisions } = await run(adminClient, ArticleRevisionsDocument, {
                articleId: id,
                options: { filter: { kind: { eq: 'published' } } },
            });
            expect(articleRevisions.totalItems).toBe(1);
        });
    });

    describe('rules', () => {
        it('refuses an unpublish time before the publish time', async () => {
            const id = await createApproved('Bad schedule');
            const now = clock.now().getTime();
            expect(
                await expectGraphQLError(adminClient, PublishArticleDocument, {
                    input: {
                        id,
                        publishAt: new Date(now + 2 * HOUR).toISOString(),
                        unpublishAt: new Date(now + HOUR).toISOString(),
                    },
                }),
            ).toMatch(/unpublishAt .* must be after the publish time/);
            expect(
                await expectGraphQLError(adminClient, PublishArticleDocument, {
                    input: { id, unpublishAt: new Date(now - HOUR).toISOString() },
                }),
            ).toMatch(/must be after/);
            expect((await run(adminClient, ArticleDetailDocument, { id })).article?.status).toBe('in_review');
        });

        it('lists scheduled articles by their publish time', async () => {
            const id = await createApproved('Autumn catalogue');
            await run(adminClient, PublishArticleDocument, {
                input: { id, publishAt: new Date(clock.now().getTime() + 48 * HOUR).toISOString() },
            });
            const { articles } = await run(adminClient, ArticleListDocument, {
                options: { filter: { status: { eq: 'scheduled' } }, sort: { publishAt: 'ASC' } },
            });
            expect(articles.items.map(a => a.title)).toEqual(['Autumn catalogue']);
        });

        it('runs the schedule on demand for publishers only', async () => {
            const { runArticleSchedule } = await run(adminClient, RunArticleScheduleDocument);
            expect(runArticleSchedule).toEqual({ published: [], expired: [] });
            const writer = secondAdminClient(adminClient);
            await loginAsAdministratorWithPermissions(adminClient, writer, ['ReadArticle', 'UpdateArticle']);
            expect(await expectGraphQLError(writer, RunArticleScheduleDocument)).toMatch(
                /not currently authorized/,
            );
            expect(
                await expectGraphQLError(writer, PublishArticleDocument, {
                    input: { id: 'T_1', publishAt: new Date(clock.now().getTime() + HOUR).toISOString() },
                }),
            ).toMatch(/not currently authorized/);
        });
    });
});
