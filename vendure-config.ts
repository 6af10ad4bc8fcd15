import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import {
    DefaultCachePlugin,
    DefaultJobQueuePlugin,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    dummyPaymentHandler,
    DefaultLogger,
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
import 'dotenv/config';
import path from 'path';

import { B2bPlugin } from './plugins/b2b';
import { WarehousePlugin } from './plugins/warehouse';
import { readEnv, TriflowEnv } from './src/common/env';
import { useImmediateSqliteTransactions } from './src/common/sqlite-write-lock';

/**
 * Our own plugins, in the order they are registered. The test kit, the schema script and the benchmarks take the
 * same list, so whatever runs in production is what the tests exercise.
 */
export function triflowPlugins(_env: TriflowEnv): Array<NonNullable<VendureConfig['plugins']>[number]> {
    // Order matters for strategies that wrap the one before: b2b, marketplace, warehouse, logistics, alerts, portal.
    return [B2bPlugin.init({}), WarehousePlugin.init({})];
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
    }
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
                  }
                : {
                      type: 'better-sqlite3',
                      database: env.db.sqlitePath,
                      synchronize: false,
                      migrations: [migrationsGlob],
                      logging: false,
                      timeout: 15_000,
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
        customFields: {},
        logger: new DefaultLogger({ level: env.logLevel }),
        plugins: [
            ...(isDev ? [GraphiqlPlugin.init({ route: 'graphiql' })] : []),
            AssetServerPlugin.init({
                route: 'assets',
                assetUploadDir: env.assetsDir,
                assetUrlPrefix: env.assetUrlPrefix,
            }),
            DefaultSchedulerPlugin.init(),
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            DefaultCachePlugin.init({}),
            DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
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
        handlers: defaultEmailHandlers,
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
