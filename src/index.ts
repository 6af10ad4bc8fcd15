import { bootstrap, Logger, runMigrations } from '@vendure/core';

import { config } from '../vendure-config';

import { assertProductionSafe, readEnv } from './common/env';

const loggerCtx = 'Triflow';

/** Server entry: migrations first (a no-op when current), then the HTTP server. */
async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    assertProductionSafe(readEnv());
    await runMigrations(config);
    await bootstrap(config);
}

main().catch(err => {
    Logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err), loggerCtx);
    process.exit(1);
});
