import { Logger } from '@vendure/core';
import { JobRecord } from '@vendure/core/dist/plugin/default-job-queue-plugin/job-record.entity';
import { getMetadataArgsStorage } from 'typeorm';

/** The index's name, in the migrations of both dialects. */
export const JOB_QUEUE_POLL_INDEX = 'IDX_job_record_queue_state_created';

/**
 * An index for the SQL job queue's poll: `job_record (queueName, state, createdAt)`.
 *
 * `DefaultJobQueuePlugin`'s worker asks every queue for its next job every 200 ms (`SqlJobQueueStrategy`:
 * `WHERE queueName = ? AND (state = 'PENDING' OR state = 'RETRYING') ORDER BY createdAt LIMIT 1`). Vendure
 * indexes `job_record` on `createdAt` only, so each poll walked the table in creation order, reading every settled
 * job's row (its `data` too, which can be tens of kilobytes) before finding the queue's next one or none. The cost
 * grew with the settled jobs Vendure keeps between its clean-ups (every 2 hours, 1,000 kept): with 5,800 rows a
 * poll took 5.4 ms on SQLite, and an idle worker polling Triflow's queues used 13 % of a core doing nothing.
 * With the index a poll is a seek (0.02 ms; the idle worker 1.4 % of a core), whatever the table holds.
 *
 * Declared as TypeORM metadata of Vendure's own entity, so that the migrations create it on both dialects and
 * the migration check keeps it. It is core configuration (in `buildConfig`): bare Vendure in the benchmark runs
 * with it too. With BullMQ (`REDIS_URL`) `job_record` is not used and the index is idle.
 */
export function indexJobQueuePolls(): void {
    const storage = getMetadataArgsStorage();
    if (storage.indices.some(index => index.target === JobRecord && index.name === JOB_QUEUE_POLL_INDEX)) {
        return;
    }
    storage.indices.push({
        target: JobRecord,
        name: JOB_QUEUE_POLL_INDEX,
        columns: ['queueName', 'state', 'createdAt'],
        unique: false,
        synchronize: true,
    });
    Logger.debug('job_record is indexed for the job queue poll', 'Triflow');
}
