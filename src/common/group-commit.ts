/** How one item of a batch came out: its own value, or its own error. */
export type ItemOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface GroupCommitOptions<I> {
    /** Most items in one batch. */
    maxItems: number;
    /** Most total weight in one batch (a batch always takes at least one item). */
    maxWeight?: number;
    /** An item's weight, e.g. its size in bytes. */
    weight?: (item: I) => number;
}

interface Waiting<I, O> {
    item: I;
    resolve: (value: O) => void;
    reject: (error: unknown) => void;
}

/**
 * Group commit: callers submit one item each and wait for its outcome; the items that arrive while a batch is being
 * written are written together in the next one. With one caller at a time every batch holds one item and waits no
 * longer than the current turn of the event loop; under load the batches grow, so many small writes become a few
 * transactions (one commit, one job) instead of one each. At most one batch per instance is in flight.
 *
 * `run` gets the items of a batch and answers one outcome per item, in order; an error it throws fails every item
 * of that batch (so `run` should settle items one by one where it can, e.g. by writing them singly after a failed
 * batch).
 */
export class GroupCommit<I, O> {
    private waiting: Array<Waiting<I, O>> = [];
    private running = false;
    private scheduled = false;

    constructor(
        private run: (items: I[]) => Promise<Array<ItemOutcome<O>>>,
        private options: GroupCommitOptions<I>,
    ) {}

    submit(item: I): Promise<O> {
        return new Promise<O>((resolve, reject) => {
            this.waiting.push({ item, resolve, reject });
            this.schedule();
        });
    }

    /** Items waiting for a batch (not counting the batch in flight). */
    get backlog(): number {
        return this.waiting.length;
    }

    private schedule(): void {
        if (this.running || this.scheduled) {
            return;
        }
        this.scheduled = true;
        // Wait for the requests already read in this turn of the event loop to join.
        setImmediate(() => {
            this.scheduled = false;
            void this.flush();
        });
    }

    private take(): Array<Waiting<I, O>> {
        const { maxItems, maxWeight = Infinity, weight } = this.options;
        let count = 0;
        let total = 0;
        while (count < this.waiting.length && count < maxItems) {
            const w = weight ? weight(this.waiting[count].item) : 0;
            if (count > 0 && total + w > maxWeight) {
                break;
            }
            total += w;
            count += 1;
        }
        return this.waiting.splice(0, count);
    }

    private async flush(): Promise<void> {
        if (this.running || !this.waiting.length) {
            return;
        }
        this.running = true;
        const batch = this.take();
        try {
            const outcomes = await this.run(batch.map(w => w.item));
            batch.forEach((w, i) => {
                const outcome = outcomes[i];
                if (!outcome) {
                    w.reject(new Error('The batch answered no outcome for this item'));
                } else if (outcome.ok) {
                    w.resolve(outcome.value);
                } else {
                    w.reject(outcome.error);
                }
            });
        } catch (error) {
            for (const w of batch) {
                w.reject(error);
            }
        } finally {
            this.running = false;
            if (this.waiting.length) {
                this.schedule();
            }
        }
    }
}
