/**
 * Server (1) of the benchmark: bare Vendure. The same compiled configuration as Triflow (`dist/vendure-config.js`:
 * database, pool, auth, money strategy, job queue, search, cache, assets, email, harden), with every Triflow plugin
 * taken out, on a copy of the same database. Started by `bench/run.ts`; the environment carries the port and the
 * SQLite path. The database was migrated with Triflow's migrations: the plugins' tables and custom-field columns are
 * there, unused (each custom-field column is nullable or has a default).
 *
 * With `BENCH_LEAVE_OUT` (`--without warehouse,…`) it is Triflow without only the named plugins and those that
 * import them (`leave-out.ts`): what those plugins cost.
 */
import { bootstrap } from '@vendure/core';
import type { Server } from 'http';
import path from 'path';

import { pluginsToLeaveOut, shortName } from './leave-out';

type ConfigModule = typeof import('../../vendure-config');
type EnvModule = typeof import('../../src/common/env');
type HttpModule = typeof import('../../src/common/http-server');

const dist = path.resolve(__dirname, '..', '..', 'dist');
/* eslint-disable @typescript-eslint/no-require-imports */
const { buildConfig, triflowPlugins } = require(path.join(dist, 'vendure-config.js')) as ConfigModule;
const { readEnv } = require(path.join(dist, 'src', 'common', 'env.js')) as EnvModule;
const { keepConnectionsAlive } = require(path.join(dist, 'src', 'common', 'http-server.js')) as HttpModule;
/* eslint-enable @typescript-eslint/no-require-imports */

async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    const env = readEnv();
    const config = buildConfig(env);
    // `Plugin.init()` returns the plugin class itself, so the classes identify the plugins to leave out.
    const names = (process.env.BENCH_LEAVE_OUT ?? '').split(',').filter(n => n.trim());
    const ours = triflowPlugins(env) as Array<{ name: string }>;
    const leave = pluginsToLeaveOut(ours, names);
    if (leave.unknown.length) {
        throw new Error(
            `--without ${leave.unknown.join(', ')}: no such Triflow plugin (${ours.map(shortName).join(', ')})`,
        );
    }
    if (names.length) {
        // the harness prints this line from the server's log
        process.stdout.write(
            `leaving out: ${leave.plugins.map(shortName).join(', ')}` +
                (leave.followers.length
                    ? ` (${leave.followers.map(shortName).join(', ')}: imports a plugin left out)`
                    : '') +
                '\n',
        );
    }
    const out = new Set<unknown>(leave.plugins);
    config.plugins = (config.plugins ?? []).filter(p => !out.has(p));
    const app = await bootstrap(config);
    keepConnectionsAlive(app.getHttpServer() as Server, env.httpKeepAliveTimeoutMs);
}

main().catch(err => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
