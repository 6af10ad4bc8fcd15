import { AssetServerPlugin } from '@vendure/asset-server-plugin';
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
import { DashboardPlugin } from '@vendure/dashboard/plugin';
import {
    defaultEmailHandlers,
    EmailPlugin,
    EmailPluginDevModeOptions,
    EmailPluginOptions,
    FileBasedTemplateLoader,
} from '@vendure/email-plugin';
import { GraphiqlPlugin } from '@vendure/graphiql-plugin';
import { HardenPlugin } from '@vendure/harden-plugin';
import { BullMQJobQueuePlugin } from '@vendure/job-queue-plugin/package/bullmq';
import 'dotenv/config';
import path from 'path';

import {
    alertEmailHandler,
    AlertsPlugin,
    alertWebhookBackoff,
    alertWebhookBullMqJobOptions,
} from './plugins/alerts';
import { B2bPlugin } from './plugins/b2b';
import { LogisticsPlugin, logisticsEmailHandlers } from './plugins/logistics';
import { MarketplacePlugin } from './plugins/marketplace';
import { PortalPlugin } from './plugins/portal';
import { RfqPlugin, rfqEmailHandlers } from './plugins/rfq';
import { WarehousePlugin } from './plugins/warehouse';
import { useAtomicStockLevelUpdates } from './src/common/atomic-stock-levels';
import { DatabaseBusyPlugin } from './src/common/database-busy-plugin';
import { readEnv, TriflowEnv } from './src/common/env';
import { indexJobQueuePolls } from './src/common/job-queue-poll-index';
import { usePreparedPlainSql } from './src/common/plain-sql';
import { redisOptionsFromUrl } from './src/common/redis';
import { bindSqliteIntegerParameters } from './src/common/sqlite-integer-parameters';
import { useImmediateSqliteTransactions } from './src/common/sqlite-write-lock';

type PluginList = Array<NonNullable<VendureConfig['plugins']>[number]>;

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
                  BullMQJobQueuePlugin.init({
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
 * Builds the whole configuration from environment variables (see README, "Environment").
 * The project root is where this file lives; compiled, that is `dist/`, which holds `migrations/` too.
 */
export function buildConfig(env: TriflowEnv = readEnv()): VendureConfig {
    const root = __dirname;
    const projectRoot = path.basename(root) === 'dist' ? path.join(root, '..') : root;
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
        plugins: [
            ...(isDev ? [GraphiqlPlugin.init({ route: 'graphiql' })] : []),
            AssetServerPlugin.init({
                route: 'assets',
                assetUploadDir: env.assetsDir,
                assetUrlPrefix: env.assetUrlPrefix,
            }),
            ...infrastructurePlugins(env),
            EmailPlugin.init(emailOptions(env, projectRoot)),
            DashboardPlugin.init({
                route: 'dashboard',
                appDir: path.join(projectRoot, 'dist', 'dashboard'),
            }),
            ...(env.isProduction ? [HardenPlugin.init({ maxQueryComplexity: 5000, apiMode: 'prod' })] : []),
            ...triflowPlugins(env),
        ],
    };
}

function emailOptions(env: TriflowEnv, projectRoot: string): EmailPluginOptions | EmailPluginDevModeOptions {
    const common = {
        // Vendure's own emails, then ours: RFQ (sellers reached by a request, buyers receiving a quote), logistics
        // (a shipment delivered or in trouble) and alerts.
        handlers: [
            ...defaultEmailHandlers,
            ...rfqEmailHandlers,
            ...logisticsEmailHandlers,
            alertEmailHandler,
        ],
        templateLoader: new FileBasedTemplateLoader(path.join(projectRoot, 'static', 'email', 'templates')),
        globalTemplateVars: {
            fromAddress: env.email.from,
            verifyEmailAddressUrl: `${env.storefrontUrl}/verify`,
            passwordResetUrl: `${env.storefrontUrl}/password-reset`,
            changeEmailAddressUrl: `${env.storefrontUrl}/verify-email-address-change`,
        },
    };
    if (env.email.smtpHost) {
        return {
            ...common,
            transport: {
                type: 'smtp',
                host: env.email.smtpHost,
                port: env.email.smtpPort,
                secure: env.email.smtpSecure,
                auth: env.email.smtpUser
                    ? { user: env.email.smtpUser, pass: env.email.smtpPassword }
                    : undefined,
            },
        };
    }
    if (env.isProduction) {
        // No SMTP configured: keep the emails as files rather than pretend to send them. The README says so.
        return {
            ...common,
            transport: { type: 'file', outputPath: path.join(env.dataDir, 'email', 'outbox') },
        };
    }
    return {
        ...common,
        devMode: true,
        outputPath: path.join(env.dataDir, 'email', 'test-emails'),
        route: 'mailbox',
    };
}

export const config: VendureConfig = buildConfig();
