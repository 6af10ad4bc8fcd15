import { mergeConfig, VendureConfig } from '@vendure/core';
import {
    PostgresInitializer,
    registerInitializer,
    SqljsInitializer,
    testConfig as vendureTestConfig,
} from '@vendure/testing';
import path from 'path';

import { buildConfig, triflowPlugins } from '../../vendure-config';
import { readEnv } from '../common/env';

/** `DB=sqljs` (default) or `DB=postgres`: the database the e2e specs run on. */
export const testDb: 'sqljs' | 'postgres' = process.env.DB === 'postgres' ? 'postgres' : 'sqljs';

registerInitializer('sqljs', new SqljsInitializer(path.join(__dirname, '__data__')));
registerInitializer('postgres', new PostgresInitializer());

/**
 * A port per spec file, derived from its path, so that specs in parallel jest workers (and two jest runs on one
 * machine) do not collide. `offset` 0 or 1 for a spec that needs a second server.
 */
export function testPort(offset = 0): number {
    const state = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState();
    const key = state?.testPath ?? `worker-${process.env.JEST_WORKER_ID ?? '1'}`;
    let hash = 0;
    for (const ch of path.basename(key)) {
        hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    }
    return 4100 + (hash % 2000) * 2 + offset;
}

const env = readEnv({ ...process.env, NODE_ENV: 'test', DB: 'sqlite', LOG_LEVEL: 'error' });

/**
 * The e2e configuration: Vendure's test config (T_ ids, no-op asset storage, quiet logger) with our database
 * choice, the production config's API and auth options, and every Triflow plugin. Pass extra plugins or
 * overrides through `mergeConfig`.
 */
export function triflowTestConfig(overrides: Partial<VendureConfig> = {}): Required<VendureConfig> {
    const production = buildConfig(env);
    const dbConnectionOptions: VendureConfig['dbConnectionOptions'] =
        testDb === 'postgres'
            ? {
                  type: 'postgres',
                  host: process.env.DB_HOST ?? '127.0.0.1',
                  port: Number(process.env.DB_PORT ?? 5432),
                  username: process.env.DB_USERNAME ?? 'postgres',
                  password: process.env.DB_PASSWORD ?? '',
                  synchronize: true,
              }
            : vendureTestConfig.dbConnectionOptions;
    const config: Partial<VendureConfig> = {
        apiOptions: {
            port: testPort(),
            csrfPrevention: production.apiOptions?.csrfPrevention,
        },
        authOptions: {
            tokenMethod: production.authOptions?.tokenMethod,
        },
        dbConnectionOptions,
        importExportOptions: {
            importAssetsDir: path.join(__dirname, 'fixtures', 'assets'),
        },
        paymentOptions: production.paymentOptions,
        plugins: [...vendureTestConfig.plugins, ...triflowPlugins(env)],
        ...overrides,
    };
    return mergeConfig(vendureTestConfig, config);
}
