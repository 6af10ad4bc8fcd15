import { bootstrap, runMigrations } from '@vendure/core';

import { config } from '../vendure-config';

import { assertProductionSafe, readEnv } from './common/env';

/** Server entry: migrations first (a no-op when current), then the HTTP server. */
async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    assertProductionSafe(readEnv());
    await runMigrations(config);
    await bootstrap(config);
}

main().catch(err => {
    // Written directly: before bootstrap Vendure's Logger has no logger to write to.
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
