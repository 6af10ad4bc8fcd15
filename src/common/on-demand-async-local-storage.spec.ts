import { OnDemandAsyncLocalStorage } from './on-demand-async-local-storage';

const tick = (ms = 1) => new Promise(resolve => setTimeout(resolve, ms));

/** Node 20's AsyncLocalStorage keeps its own `enabled` flag: true from a `run` until `disable()`. */
function isEnabled(storage: OnDemandAsyncLocalStorage<unknown>): boolean {
    return (storage as unknown as { storage: { enabled: boolean } }).storage.enabled;
}

describe('OnDemandAsyncLocalStorage', () => {
    it('carries the store through the awaits of a run, and keeps concurrent runs apart', async () => {
        const storage = new OnDemandAsyncLocalStorage<{ name: string }>();
        const seen: string[] = [];
        const work = (name: string, wait: number) =>
            storage.run({ name }, async () => {
                await tick(wait);
                seen.push(`${name}:${storage.getStore()?.name ?? '-'}`);
                await tick(wait);
                seen.push(`${name}:${storage.getStore()?.name ?? '-'}`);
                return name;
            });
        await expect(Promise.all([work('a', 5), work('b', 2)])).resolves.toEqual(['a', 'b']);
        expect(seen.sort()).toEqual(['a:a', 'a:a', 'b:b', 'b:b']);
        expect(storage.getStore()).toBeUndefined();
    });

    it('nests runs, and disables itself only when the last run has ended', async () => {
        const storage = new OnDemandAsyncLocalStorage<string>();
        expect(isEnabled(storage)).toBe(false);
        let release!: () => void;
        const long = storage.run('long', () => new Promise<void>(resolve => (release = resolve)));
        await storage.run('outer', async () => {
            await storage.run('inner', async () => {
                await tick();
                expect(storage.getStore()).toBe('inner');
            });
            expect(storage.getStore()).toBe('outer');
        });
        // the long run is still under way: the hooks stay on
        expect(isEnabled(storage)).toBe(true);
        release();
        await long;
        expect(isEnabled(storage)).toBe(false);
    });

    it('rejects as the work rejects, and disables itself all the same', async () => {
        const storage = new OnDemandAsyncLocalStorage<string>();
        await expect(
            storage.run('failing', async () => {
                await tick();
                throw new Error('refused');
            }),
        ).rejects.toThrow('refused');
        expect(isEnabled(storage)).toBe(false);
    });

    it('shows work that outlives its run no store once the last run has ended', async () => {
        const storage = new OnDemandAsyncLocalStorage<string>();
        let later: Promise<string | undefined> | undefined;
        await storage.run('short', () => {
            later = tick(10).then(() => storage.getStore());
            return Promise.resolve();
        });
        await expect(later).resolves.toBeUndefined();
    });
});
