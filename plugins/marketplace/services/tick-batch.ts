import { ID } from '@vendure/common/lib/shared-types';

import { afterPromiseJobs } from '../../../src/common/after-promise-jobs';

/**
 * Collects the keys asked for in the current wave of promise jobs (`afterPromiseJobs`: the resolvers of one step)
 * and loads them with one call. Made per request (its loader closes over the request's context and transaction);
 * nothing is remembered after a batch is answered, so a write earlier in the request is never masked.
 */
export class TickBatch<V> {
    private queue = new Map<
        string,
        Array<{ resolve: (value: V) => void; reject: (error: unknown) => void }>
    >();
    private scheduled = false;

    /** @param load answers every key it is given (a key it leaves out gets `fallback`). */
    constructor(
        private readonly load: (keys: string[]) => Promise<Map<string, V>>,
        private readonly fallback: () => V,
    ) {}

    get(key: ID): Promise<V> {
        return new Promise<V>((resolve, reject) => {
            const k = String(key);
            const waiting = this.queue.get(k) ?? [];
            waiting.push({ resolve, reject });
            this.queue.set(k, waiting);
            if (!this.scheduled) {
                this.scheduled = true;
                afterPromiseJobs(() => void this.flush());
            }
        });
    }

    private async flush(): Promise<void> {
        const batch = this.queue;
        this.queue = new Map();
        this.scheduled = false;
        try {
            const values = await this.load([...batch.keys()]);
            for (const [key, waiting] of batch) {
                const value = values.get(key) ?? this.fallback();
                waiting.forEach(w => w.resolve(value));
            }
        } catch (error) {
            for (const waiting of batch.values()) {
                waiting.forEach(w => w.reject(error));
            }
        }
    }
}
