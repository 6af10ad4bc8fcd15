/**
 * Runs `fn` once the promise jobs queued so far have run: DataLoader's batch schedule, which Vendure's own loaders
 * use (its stock levels of a product's variants, for one). The resolvers of one step of a GraphQL answer ask in the
 * same wave of promise jobs, so a batch started here collects them all; unlike `setImmediate`, the request does not
 * wait for the event loop's next turn, behind whatever I/O and work of other requests arrived meanwhile.
 */
export function afterPromiseJobs(fn: () => void): void {
    void Promise.resolve().then(() => process.nextTick(fn));
}
