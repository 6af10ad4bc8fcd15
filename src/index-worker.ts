import { bootstrapWorker, Logger } from '@vendure/core';

import { config } from '../vendure-config';

import { assertProductionSafe, readEnv } from './common/env';

const loggerCtx = 'Triflow';

/** Worker entry: job queues and scheduled tasks. Migrations are the server's job. */
async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    assertProductionSafe(readEnv());
    const worker = await bootstrapWorker(config);
    await worker.startJobQueue();
}

main().catch(err => {
    Logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err), loggerCtx);
    process.exit(1);
});
