import { INestApplicationContext } from '@nestjs/common';
import {
    bootstrapWorker,
    ConfigService,
    isInspectableJobQueueStrategy,
    JobQueueService,
    Logger,
    mergeConfig,
    PollingJobQueueStrategy,
    RequestContextService,
    SearchService,
    VendureConfig,
} from '@vendure/core';
import fs from 'fs';
import path from 'path';

import { getProjectRoot } from '../common/env';

import { catalogSeeder, sampleAssetsDir } from './catalog-seeder';
import { DemoSeeder } from './demo-seeder';

const loggerCtx = 'DemoData';

/**
 * How often the seeding worker's queues look for their next job, in ms. Vendure's SQL job queue starts one job per
 * queue and poll (200 ms by default), and the demo's catalog, stock and prices queue about 130 search-index jobs:
 * 27 s of a first `npm start` spent waiting between them. The seeding worker is alone on the database and closes
 * when the queue is drained, so it polls faster; the server and worker that `npm start` runs after it keep the
 * configured interval.
 */
const SEED_POLL_INTERVAL_MS = 20;

/**
 * Finds each plugin's `demo/index` module (`plugins/<name>/demo/index.ts`, or `.js` once built)
 * and returns the seeders, the core catalog first, then in dependency order.
 */
export function discoverDemoSeeders(pluginsDir = defaultPluginsDir()): DemoSeeder[] {
    const found: DemoSeeder[] = [];
    if (fs.existsSync(pluginsDir)) {
        for (const name of fs.readdirSync(pluginsDir).sort()) {
            const base = path.join(pluginsDir, name, 'demo', 'index');
            if (['.ts', '.js'].some(ext => fs.existsSync(base + ext))) {
                // eslint-disable-next-line @typescript-eslint/no-require-imports
                const mod = require(base) as { demoSeeder?: DemoSeeder };
                if (!mod.demoSeeder) {
                    throw new Error(`${base} must export a "demoSeeder"`);
                }
                found.push(mod.demoSeeder);
            }
        }
    }
    return orderSeeders([catalogSeeder, ...found]);
}

function defaultPluginsDir(): string {
    const compiled = path.join(__dirname, '..', '..', 'plugins');
    return fs.existsSync(compiled) ? compiled : path.join(getProjectRoot(), 'plugins');
}

/** Topological order by `after`; the catalog first. Fails on unknown names and cycles. */
export function orderSeeders(seeders: DemoSeeder[]): DemoSeeder[] {
    const byName = new Map(seeders.map(s => [s.name, s]));
    const ordered: DemoSeeder[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (s: DemoSeeder, trail: string[]) => {
        if (state.get(s.name) === 'done') {
            return;
        }
        if (state.get(s.name) === 'visiting') {
            throw new Error(
                `Demo seeders depend on each other in a cycle: ${[...trail, s.name].join(' → ')}`,
            );
        }
        state.set(s.name, 'visiting');
        for (const dep of [...(s.name === 'catalog' ? [] : ['catalog']), ...(s.after ?? [])]) {
            const d = byName.get(dep);
            if (!d) {
                throw new Error(`Demo seeder "${s.name}" runs after "${dep}", which does not exist`);
            }
            visit(d, [...trail, s.name]);
        }
        state.set(s.name, 'done');
        ordered.push(s);
    };
    seeders.forEach(s => visit(s, []));
    return ordered;
}

/**
 * Boots a worker context on the (migrated) database, runs every demo seeder, lets the job queue index what
 * was imported, and closes. Idempotent: a database that already holds the demo keeps every row.
 */
export async function seedDemoData(config: VendureConfig, seeders = discoverDemoSeeders()): Promise<void> {
    const seedConfig = mergeConfig(config, {
        importExportOptions: { importAssetsDir: path.join(sampleAssetsDir(), 'images') },
    });
    const worker = await bootstrapWorker(seedConfig);
    const app: INestApplicationContext = worker.app;
    try {
        const queues = app.get(ConfigService).jobQueueOptions.jobQueueStrategy;
        if (queues instanceof PollingJobQueueStrategy) {
            // read by each queue when it starts, below (BullMQ, with REDIS_URL, does not poll)
            queues.pollInterval = SEED_POLL_INTERVAL_MS;
        }
        const ctx = await app.get(RequestContextService).create({ apiType: 'admin' });
        for (const seeder of seeders) {
            Logger.info(`Seeding demo data: ${seeder.name}`, loggerCtx);
            await seeder.seed(app, ctx);
        }
        const seeded = await unsettledJobs(app, ['update-search-index']);
        await worker.startJobQueue();
        await drainJobQueue(app);
        if (seeded > 0) {
            // The seeders' index jobs each index in the languages their context's channel had when they were
            // queued (one queued before a seeder added Chinese to the channel indexes English only), and the
            // variant as it is when the job runs: one full reindex of the finished demo, in a context read now,
            // so that the search index holds every variant in every language of the channel whatever order the
            // jobs ran in. Only when this start seeded something: a start on a seeded database reindexes nothing.
            const finished = await app.get(RequestContextService).create({ apiType: 'admin' });
            await app.get(SearchService).reindex(finished);
            await drainJobQueue(app);
        }
    } finally {
        await app.close();
    }
}

/**
 * Jobs not yet settled (waiting, running or to be retried) in the named queues, through the job queue strategy's own
 * listing (Vendure's SQL job queue, or BullMQ on Redis with `REDIS_URL`); 0 where the strategy cannot list its jobs.
 */
async function unsettledJobs(app: INestApplicationContext, queueNames: string[]): Promise<number> {
    const strategy = app.get(ConfigService).jobQueueOptions.jobQueueStrategy;
    if (!isInspectableJobQueueStrategy(strategy) || !queueNames.length) {
        return 0;
    }
    const { totalItems } = await strategy.findMany({
        filter: { isSettled: { eq: false }, queueName: { in: queueNames } },
        take: 1,
    });
    return totalItems;
}

/**
 * Waits until the jobs the seeders queued (search index, collection filters) have run, at most two minutes. The
 * alerts' webhook deliveries are not waited for: the demo endpoint refuses them on purpose and they retry with
 * backoff for minutes (the worker carries on with them).
 */
async function drainJobQueue(app: INestApplicationContext): Promise<void> {
    const queueNames = app
        .get(JobQueueService)
        .getJobQueues()
        .map(q => q.name)
        .filter(name => name !== 'alerts-webhook');
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
        if ((await unsettledJobs(app, queueNames)) === 0) {
            return;
        }
        await new Promise(r => setTimeout(r, 50));
    }
    Logger.warn('Some demo data jobs are still pending; the worker will finish them', loggerCtx);
}
