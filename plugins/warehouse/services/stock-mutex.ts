import { OnDemandAsyncLocalStorage } from '../../../src/common/on-demand-async-local-storage';

/**
 * A re-entrant async mutex: `run` waits for the holders before it, and a call made while the same async flow
 * already holds it runs straight away (so a posting that holds it may apply several changes that take it too).
 *
 * Used on SQLite only (sql.js in tests, better-sqlite3 in production). There every request shares TypeORM's one
 * connection and nests its transaction into the others' as a savepoint, so two requests' statements interleave
 * at every `await` and nothing isolates a read from the following write. PostgreSQL isolates them with row
 * locks, and holding a process-wide lock there while waiting for a row lock could deadlock: it is not used.
 */
export class ReentrantMutex {
    private tail: Promise<void> = Promise.resolve();
    // The token outlives the hold in async work started inside it (an event subscriber scheduled during the
    // hold): once released, such work must queue like anyone else.
    private readonly held = new OnDemandAsyncLocalStorage<{ released: boolean }>();

    async run<T>(work: () => Promise<T>): Promise<T> {
        const token = this.held.getStore();
        if (token && !token.released) {
            return work();
        }
        const previous = this.tail;
        let release!: () => void;
        this.tail = new Promise<void>(resolve => (release = resolve));
        await previous;
        const hold = { released: false };
        try {
            return await this.held.run(hold, work);
        } finally {
            hold.released = true;
            release();
        }
    }
}
