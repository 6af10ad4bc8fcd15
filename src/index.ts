import { bootstrap, runMigrations } from '@vendure/core';
import type { Server } from 'http';

import { config } from '../vendure-config';

import { assertProductionSafe, readEnv } from './common/env';
import { keepConnectionsAlive } from './common/http-server';

/** Server entry: migrations first (a no-op when current), then the HTTP server. */
async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    const env = readEnv();
    assertProductionSafe(env);
    await runMigrations(config);
    const app = await bootstrap(config);
    keepConnectionsAlive(app.getHttpServer() as Server, env.httpKeepAliveTimeoutMs);
}

main().catch(err => {
    // Written directly: before bootstrap Vendure's Logger has no logger to write to.
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
