import { GroupCommit, ItemOutcome } from './group-commit';

/** A batch runner that records its batches and holds each until released. */
function recorder() {
    const batches: number[][] = [];
    const releases: Array<() => void> = [];
    const run = (items: number[]): Promise<Array<ItemOutcome<number>>> => {
        batches.push(items);
        return new Promise(resolve => {
            releases.push(() =>
                resolve(
                    items.map(i =>
                        i < 0 ? { ok: false, error: new Error(`bad ${i}`) } : { ok: true, value: i * 10 },
                    ),
                ),
            );
        });
    };
    return { batches, releases, run };
}

const tick = () => new Promise(resolve => setImmediate(resolve));

describe('GroupCommit', () => {
    it('writes a lone item in a batch of its own, without waiting for more', async () => {
        const r = recorder();
        const group = new GroupCommit(r.run, { maxItems: 10 });
        const answer = group.submit(1);
        await tick();
        expect(r.batches).toEqual([[1]]);
        r.releases[0]();
        await expect(answer).resolves.toBe(10);
    });

    it('puts the items that arrive while a batch is in flight into the next batch, in order', async () => {
        const r = recorder();
        const group = new GroupCommit(r.run, { maxItems: 10 });
        const first = group.submit(1);
        await tick();
        const later = [2, 3, 4].map(i => group.submit(i));
        await tick();
        expect(r.batches).toEqual([[1]]);
        expect(group.backlog).toBe(3);
        r.releases[0]();
        await first;
        await tick();
        expect(r.batches).toEqual([[1], [2, 3, 4]]);
        r.releases[1]();
        await expect(Promise.all(later)).resolves.toEqual([20, 30, 40]);
    });

    it('settles each item with its own outcome', async () => {
        const r = recorder();
        const group = new GroupCommit(r.run, { maxItems: 10 });
        const answers = [5, -1, 6].map(i => group.submit(i));
        await tick();
        expect(r.batches).toEqual([[5, -1, 6]]);
        r.releases[0]();
        const settled = await Promise.allSettled(answers);
        expect(settled.map(s => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
        expect((settled[1] as PromiseRejectedResult).reason.message).toBe('bad -1');
    });

    it('fails every item of a batch whose runner throws, and goes on with the next batch', async () => {
        let calls = 0;
        const group = new GroupCommit<number, number>(
            items => {
                calls += 1;
                if (calls === 1) {
                    return Promise.reject(new Error('database gone'));
                }
                return Promise.resolve(items.map(i => ({ ok: true as const, value: i })));
            },
            { maxItems: 10 },
        );
        const failed = [1, 2].map(i => group.submit(i));
        const results = await Promise.allSettled(failed);
        expect(results.map(s => s.status)).toEqual(['rejected', 'rejected']);
        await expect(group.submit(3)).resolves.toBe(3);
    });

    it('bounds a batch by count and by weight, always taking at least one item', async () => {
        const r = recorder();
        const group = new GroupCommit(r.run, { maxItems: 3, maxWeight: 100, weight: i => i });
        const answers = [1, 2, 3, 4, 60, 50, 500].map(i => group.submit(i));
        for (let n = 0; n < 4; n++) {
            await tick();
            r.releases[n]?.();
            await tick();
        }
        await Promise.all(answers);
        expect(r.batches).toEqual([[1, 2, 3], [4, 60], [50], [500]]);
    });
});
