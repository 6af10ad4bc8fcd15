import {
    BigIntMoneyStrategy,
    DefaultJobQueuePlugin,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    dummyPaymentHandler,
    DefaultLogger,
    RedisCachePlugin,
    VendureConfig,
} from '@vendure/core';
import path from 'path';

import { AlertsPlugin, alertWebhookBackoff, alertWebhookBullMqJobOptions } from '../plugins/alerts';
import { B2bPlugin } from '../plugins/b2b';
import { LogisticsPlugin } from '../plugins/logistics';
import { MarketplacePlugin } from '../plugins/marketplace';
import { PortalPlugin } from '../plugins/portal';
import { RfqPlugin } from '../plugins/rfq';
import { WarehousePlugin } from '../plugins/warehouse';

import { useAtomicStockLevelUpdates } from './common/atomic-stock-levels';
import { DatabaseBusyPlugin } from './common/database-busy-plugin';
import { readEnv, TriflowEnv } from './common/env';
import { indexJobQueuePolls } from './common/job-queue-poll-index';
import { usePreparedPlainSql } from './common/plain-sql';
import { redisOptionsFromUrl } from './common/redis';
import { bindSqliteIntegerParameters } from './common/sqlite-integer-parameters';
import { useImmediateSqliteTransactions } from './common/sqlite-write-lock';

/*
 * The platform's configuration without the packages only a running platform needs (the asset server, the email
 * plugin, the Dashboard, GraphiQL, the hardening plugin; `vendure-config.ts` adds them). The e2e specs build their
 * servers from this module alone: those packages and what they load (mjml, cheerio, sharp, date-fns; BullMQ below)
 * are some 1,800 modules, which jest loads anew for every spec file, seconds each.
 */

export type PluginList = Array<NonNullable<VendureConfig['plugins']>[number]>;

/**
 * Our own plugins, in the order they are registered. The test kit, the schema script and the benchmarks take the
 * same list, so whatever runs in production is what the tests exercise.
 */
export function triflowPlugins(_env: TriflowEnv): PluginList {
    // Order matters for strategies that wrap the one before: b2b, marketplace, rfq, warehouse, logistics, alerts, portal.
    return [
        B2bPlugin.init({}),
        MarketplacePlugin.init({}),
        RfqPlugin.init({}),
        WarehousePlugin.init({}),
        LogisticsPlugin.init({}),
        AlertsPlugin.init({}),
        PortalPlugin.init({ articleUrlPattern: '/news/:slug' }),
    ];
}

/**
 * What runs underneath: the scheduler, the job queue, the cache and the search index. The concurrency e2e spec
 * boots with exactly these, so the pool behaviour it proves is production's.
 *
 * The cache never takes a database connection. Vendure's `DefaultCachePlugin` stores entries through
 * `rawConnection`, i.e. a second pool connection while the request's transaction holds its first: under a burst
 * of checkouts every pool connection ends up held by a transaction that waits for another one, and the server
 * stops answering for good (issue #15). One process uses Vendure's default in-memory cache; several processes
 * (`REDIS_URL` set) share `RedisCachePlugin` and run the job queue on BullMQ.
 */
export function infrastructurePlugins(env: TriflowEnv): PluginList {
    const redis = env.redisUrl ? redisOptionsFromUrl(env.redisUrl) : undefined;
    return [
        DefaultSchedulerPlugin.init(),
        ...(redis
            ? [
                  bullMq().init({
                      connection: { ...redis, maxRetriesPerRequest: null },
                      setJobOptions: alertWebhookBullMqJobOptions(),
                  }),
                  RedisCachePlugin.init({ redisOptions: redis, namespace: 'triflow-cache' }),
              ]
            : [
                  DefaultJobQueuePlugin.init({
                      useDatabaseForBuffer: true,
                      backoffStrategy: alertWebhookBackoff(),
                  }),
              ]),
        DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
    ];
}

type BullMqPackage = typeof import('@vendure/job-queue-plugin/package/bullmq');

/** BullMQ and ioredis, loaded only when `REDIS_URL` asks for them. */
function bullMq(): BullMqPackage['BullMQJobQueuePlugin'] {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bullmq = require('@vendure/job-queue-plugin/package/bullmq') as BullMqPackage;
    return bullmq.BullMQJobQueuePlugin;
}

/**
 * node-postgres pool settings (TypeORM `extra`): a bounded pool whose waiters give up after
 * `DB_POOL_ACQUIRE_TIMEOUT` instead of queueing forever, and server-side limits on a single statement and on a
 * transaction left idle, so that no request can hold a connection indefinitely.
 */
export function postgresPoolOptions(env: TriflowEnv): Record<string, unknown> {
    return {
        max: env.db.pool.max,
        connectionTimeoutMillis: env.db.pool.acquireTimeoutMs,
        statement_timeout: env.db.pool.statementTimeoutMs,
        idle_in_transaction_session_timeout: env.db.pool.idleInTransactionTimeoutMs,
        application_name: 'triflow',
    };
}

/**
 * The configuration from environment variables (see README, "Environment") without its plugins: API, auth,
 * database, payment, money, logging, and the statement-level fixes the database needs. `buildConfig`
 * (vendure-config.ts) adds the plugins; the e2e specs add theirs (`src/testing/test-config.ts`).
 */
export function coreConfig(env: TriflowEnv = readEnv()): VendureConfig {
    // Compiled, this file is in `dist/src`, and `dist/` holds `migrations/` too.
    const root = path.join(__dirname, '..');
    const isDev = !env.isProduction;
    if (env.db.type === 'sqlite') {
        useImmediateSqliteTransactions();
        bindSqliteIntegerParameters();
    }
    useAtomicStockLevelUpdates();
    indexJobQueuePolls();
    usePreparedPlainSql(env.db.type === 'postgres' && env.db.preparedStatements);
    const migrationsGlob = path.join(
        root,
        'migrations',
        env.db.type === 'postgres' ? 'postgres' : 'sqlite',
        '*.+(js|ts)',
    );

    return {
        apiOptions: {
            hostname: env.host,
            port: env.port,
            adminApiPath: 'admin-api',
            shopApiPath: 'shop-api',
            trustProxy: env.trustProxy,
            csrfPrevention: true,
            apolloServerPlugins: [
                new DatabaseBusyPlugin({
                    acquireTimeoutMs: env.db.pool.acquireTimeoutMs,
                    statementTimeoutMs: env.db.pool.statementTimeoutMs,
                    poolMax: env.db.pool.max,
                }),
            ],
            cors: {
                origin: env.corsOrigins.length ? env.corsOrigins : isDev,
                credentials: true,
                exposedHeaders: ['vendure-auth-token'],
            },
            ...(isDev ? { adminApiDebug: true, shopApiDebug: true } : {}),
        },
        authOptions: {
            tokenMethod: ['bearer', 'cookie'],
            superadminCredentials: {
                identifier: env.superadmin.username,
                password: env.superadmin.password,
            },
            cookieOptions: {
                secret: env.cookieSecret,
            },
        },
        dbConnectionOptions:
            env.db.type === 'postgres'
                ? {
                      type: 'postgres',
                      host: env.db.host,
                      port: env.db.port,
                      database: env.db.name,
                      username: env.db.username,
                      password: env.db.password,
                      schema: env.db.schema,
                      ssl: env.db.ssl ? { rejectUnauthorized: false } : undefined,
                      synchronize: false,
                      migrations: [migrationsGlob],
                      logging: false,
                      extra: postgresPoolOptions(env),
                  }
                : {
                      type: 'better-sqlite3',
                      database: env.db.sqlitePath,
                      synchronize: false,
                      migrations: [migrationsGlob],
                      logging: false,
                      timeout: 15_000,
                      // TypeORM keeps prepared statements in a first-in-first-out cache of 100 by default. A
                      // storefront request runs 20-60 distinct statements (Vendure's and the plugins'; IN lists of
                      // other lengths are other statements), so at 100 nearly half the executions re-prepared their
                      // statement (SQLite parses and plans it again): measured, 6,106 misses in 13,487 executions
                      // of the product-detail benchmark. 2,000 keeps a working set of several thousand prepared
                      // statements' memory (a few KB each) and almost no re-preparing. That holds since TypeORM no
                      // longer writes integer parameters into the statement's text (every id made another statement):
                      // src/common/sqlite-integer-parameters.ts binds them.
                      statementCacheSize: 2_000,
                      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
                          // WAL lets the worker read while the server writes; `timeout` above is the busy timeout
                          // a second writer waits for the lock (see src/common/sqlite-write-lock.ts).
                          db.pragma('journal_mode = WAL');
                          db.pragma('synchronous = NORMAL');
                      },
                  },
        paymentOptions: {
            paymentMethodHandlers: [dummyPaymentHandler],
        },
        entityOptions: {
            // 64-bit money columns: group enterprises give dealers credit limits and orders in the tens of
            // millions, above what 32-bit columns hold (21,474,836.47).
            moneyStrategy: new BigIntMoneyStrategy(),
        },
        customFields: {},
        logger: new DefaultLogger({ level: env.logLevel }),
    };
}
