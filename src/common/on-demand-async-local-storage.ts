import { AsyncLocalStorage } from 'async_hooks';

/**
 * An `AsyncLocalStorage` that is enabled only while one of its `run`s is under way.
 *
 * On Node 20 an `AsyncLocalStorage` works through async hooks: from its first `run` on, every promise the process
 * creates, in any request, passes through a hook that copies the store (measured: 4–8 ms of CPU per guest
 * checkout, and a tax on every product page served after the first order). This one disables its storage when
 * its last `run` has ended, so the hooks are off again between the operations that need them.
 *
 * After that, async work that a `run` started and that outlives it sees no store, or, once a later `run` has
 * enabled the storage again, its old store: a store must say itself when it is over (a flag set at the end of the
 * `run`), as the stores of this platform do.
 */
export class OnDemandAsyncLocalStorage<T> {
    private readonly storage = new AsyncLocalStorage<T>();
    private running = 0;

    getStore(): T | undefined {
        return this.running ? this.storage.getStore() : undefined;
    }

    async run<R>(store: T, work: () => Promise<R>): Promise<R> {
        this.running++;
        try {
            return await this.storage.run(store, work);
        } finally {
            this.running--;
            if (this.running === 0) {
                this.storage.disable();
            }
        }
    }
}
