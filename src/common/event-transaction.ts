import { Type } from '@vendure/common/lib/shared-types';
import { ConfigService, EventBus, VendureEvent } from '@vendure/core';
import { SqlJobQueueStrategy } from '@vendure/core/dist/plugin/default-job-queue-plugin/sql-job-queue-strategy';

/**
 * Whether jobs are rows in the platform's own database (Vendure's SQL job queue, every install without Redis):
 * then a job added with the event's `ctx` commits, or rolls back, with the event's transaction. A queue elsewhere
 * (BullMQ) must get a job after the commit, so that no worker runs it before what it reads is visible.
 */
export function usesSqlJobQueue(configService: ConfigService): boolean {
    return configService.jobQueueOptions.jobQueueStrategy instanceof SqlJobQueueStrategy;
}

export interface EventHandlerOptions<T extends VendureEvent> {
    event: Type<T>;
    /** Unique per handler (`EventBus.registerBlockingEventHandler`): `<plugin>:<what>`. */
    id: string;
    /** In the publisher's transaction, before it commits; else after it committed. */
    inTransaction: boolean;
    /**
     * Should not throw: in the transaction, what it throws fails the publisher's request. `inTransaction` tells it
     * whether to use the event's `ctx` (its transaction) or to read and write in transactions of its own.
     */
    handler: (event: T, inTransaction: boolean) => Promise<void>;
}

/**
 * Handles an event either in the transaction that published it (a blocking event handler: one commit for the
 * publisher's writes and the handler's, and nothing left behind by a rolled-back transaction) or after that
 * transaction committed (a subscriber: the publisher's transaction never holds, or waits for, what the handler
 * writes). Every Vendure and Triflow publisher awaits `publish`, so a blocking handler runs before the commit.
 */
export function onEvent<T extends VendureEvent>(eventBus: EventBus, options: EventHandlerOptions<T>): void {
    const { event, id, inTransaction, handler } = options;
    if (inTransaction) {
        eventBus.registerBlockingEventHandler({ event, id, handler: e => handler(e, true) });
    } else {
        eventBus.ofType(event).subscribe(e => {
            void handler(e, false);
        });
    }
}
