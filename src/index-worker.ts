import { bootstrapWorker } from '@vendure/core';

import { config } from '../vendure-config';

import { assertProductionSafe, readEnv } from './common/env';

/** Worker entry: job queues and scheduled tasks. Migrations are the server's job. */
async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    assertProductionSafe(readEnv());
    const worker = await bootstrapWorker(config);
    await worker.startJobQueue();
}

main().catch(err => {
    // Written directly: before bootstrap Vendure's Logger has no logger to write to.
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
