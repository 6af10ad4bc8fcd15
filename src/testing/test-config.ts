import {
    DefaultSearchPlugin,
    InMemoryJobBufferStorageStrategy,
    mergeConfig,
    PasswordHashingStrategy,
    VendureConfig,
} from '@vendure/core';
// Not re-exported by @vendure/core's index: the job queue of Vendure's test config, with its poll interval set below.
import { InMemoryJobQueueStrategy } from '@vendure/core/dist/job-queue/in-memory-job-queue-strategy';
// Not re-exported either: Vendure's default cache strategy, one per server below.
import { InMemoryCacheStrategy } from '@vendure/core/dist/config/system/in-memory-cache-strategy';
import { registerInitializer, testConfig as vendureTestConfig } from '@vendure/testing';
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

import { readEnv } from '../common/env';
import { usePreparedPlainSql } from '../common/plain-sql';
import { coreConfig, infrastructurePlugins, postgresPoolOptions, triflowPlugins } from '../platform-config';

import { SharedPostgresInitializer, SharedSqljsInitializer } from './shared-population';

// The e2e bundle planner, plain JS for jest.config.js (see there).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const e2eBundles = require('./e2e-bundles') as { e2eServerPort(testPath: string, base: number): number };

/**
 * The sql.js initializer caches a populated database per spec and would keep serving it after an entity or
 * custom field changed. The cache folder is named after a hash of everything that shapes the schema, so a
 * change makes a fresh one.
 */
function schemaFingerprint(): string {
    const root = path.join(__dirname, '..', '..');
    const hash = crypto.createHash('sha1');
    const visit = (p: string) => {
        if (!fs.existsSync(p)) {
            return;
        }
        if (fs.statSync(p).isDirectory()) {
            for (const f of fs.readdirSync(p).sort()) {
                if (f !== 'node_modules' && f !== '__data__' && f !== 'e2e' && f !== 'dashboard') {
                    visit(path.join(p, f));
                }
            }
        } else if (/\.(ts|csv)$/.test(p)) {
            hash.update(p).update(fs.readFileSync(p));
        }
    };
    ['vendure-config.ts', 'src/platform-config.ts', 'plugins', 'src/testing/fixtures'].forEach(p =>
        visit(path.join(root, p)),
    );
    return hash.digest('hex').slice(0, 12);
}

/** `DB=sqljs` (default) or `DB=postgres`: the database the e2e specs run on. */
export const testDb: 'sqljs' | 'postgres' = process.env.DB === 'postgres' ? 'postgres' : 'sqljs';

/** Fingerprint of the schema the specs run on (see above); part of every population key. */
export const schemaVersion = schemaFingerprint();

const sqljsDataDir = path.join(__dirname, '__data__', schemaVersion);
fs.mkdirSync(sqljsDataDir, { recursive: true });
registerInitializer('sqljs', new SharedSqljsInitializer(sqljsDataDir));
/**
 * Each spec's PostgreSQL database is named after the spec file; an optional suffix (`TRIFLOW_TEST_DB_SUFFIX`) lets
 * two checkouts of the project run the same spec at once.
 */
registerInitializer(
    'postgres',
    new SharedPostgresInitializer(process.env.TRIFLOW_TEST_DB_SUFFIX ?? '', schemaVersion),
);

/**
 * The port of this e2e test file's server: each spec or bundle file its own pair of ports (`e2eServerPort` in
 * `e2e-bundles.js`), so that specs in parallel jest workers do not collide. `offset` 0 or 1 for a spec that needs a
 * second server. `TRIFLOW_TEST_PORT_BASE` (default 4100) moves the whole range, for a second run on the machine; the
 * range is two ports per e2e file.
 */
export function testPort(offset = 0): number {
    const state = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState();
    const key = state?.testPath ?? `worker-${process.env.JEST_WORKER_ID ?? '1'}`;
    return e2eBundles.e2eServerPort(key, Number(process.env.TRIFLOW_TEST_PORT_BASE ?? 4100)) + offset;
}

/**
 * bcrypt at its lowest cost (4 rounds instead of Vendure's 12): each hash or check takes about a millisecond instead
 * of a quarter of a second. Logins and registrations are in almost every spec, and at cost 12 the specs spent
 * about a fifth of their time waiting for bcrypt. Still real bcrypt hashes, checked as production checks them.
 */
export class TestPasswordHashingStrategy implements PasswordHashingStrategy {
    private bcrypt?: Bcrypt;

    hash(plaintext: string): Promise<string> {
        return this.lib().hash(plaintext, 4);
    }

    check(plaintext: string, hash: string): Promise<boolean> {
        return this.lib().compare(plaintext, hash);
    }

    private lib(): Bcrypt {
        // Loaded lazily, as Vendure's own strategy loads it.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        this.bcrypt ??= require('bcrypt') as Bcrypt;
        return this.bcrypt;
    }
}

interface Bcrypt {
    hash(plaintext: string, rounds: number): Promise<string>;
    compare(plaintext: string, hash: string): Promise<boolean>;
}

// The test database is chosen by `DB` above; everything else (pool settings, REDIS_URL) is read as production would.
const env = readEnv({ ...process.env, NODE_ENV: 'test', DB: 'sqlite', LOG_LEVEL: 'error' });

/** How often an e2e server's in-memory job queue looks for the next job of each queue, in ms. */
const E2E_JOB_POLL_INTERVAL_MS = 20;

/**
 * The e2e configuration: Vendure's test config (T_ ids, no-op asset storage, quiet logger) with our database
 * choice, the production config's API and auth options, and every Triflow plugin. Pass extra plugins or
 * overrides through `mergeConfig`.
 */
export function triflowTestConfig(overrides: Partial<VendureConfig> = {}): Required<VendureConfig> {
    const production = coreConfig(env);
    // coreConfig saw the SQLite env above: on PostgreSQL the plugins' plain reads run prepared, as in production
    usePreparedPlainSql(testDb === 'postgres' && env.db.preparedStatements);
    const dbConnectionOptions: VendureConfig['dbConnectionOptions'] =
        testDb === 'postgres'
            ? {
                  type: 'postgres',
                  host: process.env.DB_HOST ?? '127.0.0.1',
                  port: Number(process.env.DB_PORT ?? 5432),
                  username: process.env.DB_USERNAME ?? 'postgres',
                  password: process.env.DB_PASSWORD ?? '',
                  synchronize: true,
                  extra: postgresPoolOptions(env),
              }
            : vendureTestConfig.dbConnectionOptions;
    const config: Partial<VendureConfig> = {
        apiOptions: {
            port: testPort(),
            csrfPrevention: production.apiOptions?.csrfPrevention,
            apolloServerPlugins: production.apiOptions?.apolloServerPlugins,
        },
        authOptions: {
            tokenMethod: production.authOptions?.tokenMethod,
            passwordHashingStrategy: new TestPasswordHashingStrategy(),
        },
        dbConnectionOptions,
        importExportOptions: {
            importAssetsDir: path.join(__dirname, 'fixtures', 'assets'),
        },
        paymentOptions: production.paymentOptions,
        entityOptions: { moneyStrategy: production.entityOptions?.moneyStrategy },
        // Each server its own in-memory cache and job buffer. Vendure's defaults are single instances made when its
        // config module loads, so two servers booted from one module registry (a spec that populates its template,
        // the specs of an e2e bundle) would share them: the second would read the first's cached entries
        // (the stock location strategy's channels of a location id, say) about rows of another database.
        systemOptions: { cacheStrategy: new InMemoryCacheStrategy({ cacheSize: 10_000 }) },
        // Vendure's in-memory job queue polls each queue every 200 ms and starts one job per poll: a spec that waits
        // for its jobs (search index, alerts, quote routing, tracking) waited up to 200 ms for each. Specs with
        // production's infrastructure (`triflowTestPlugins({ infrastructure: true })`) keep its SQL job queue.
        jobQueueOptions: {
            ...vendureTestConfig.jobQueueOptions,
            jobQueueStrategy: new InMemoryJobQueueStrategy({ pollInterval: E2E_JOB_POLL_INTERVAL_MS }),
            jobBufferStorageStrategy: new InMemoryJobBufferStorageStrategy(),
        },
        plugins: triflowTestPlugins(),
        ...overrides,
    };
    return mergeConfig(vendureTestConfig, config);
}

/**
 * The plugins of an e2e server: every Triflow plugin and, as in production, the search index (storefronts list
 * products and collections through `search`). With `infrastructure`, all of production's scheduler, job queue,
 * cache and search plugins (`infrastructurePlugins()`), for specs that must behave exactly like production under
 * load; the others keep Vendure's in-memory job queue and cache, which boot faster.
 */
export function triflowTestPlugins(options: { infrastructure?: boolean } = {}): VendureConfig['plugins'] {
    return [
        ...vendureTestConfig.plugins,
        ...(options.infrastructure
            ? infrastructurePlugins(env)
            : [DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true })]),
        ...triflowPlugins(env),
    ];
}
