import { RequestContext } from '@vendure/core';
import { TRANSACTION_MANAGER_KEY } from '@vendure/core/dist/common/constants';

const SCOPE = Symbol('TriflowTransactionScopedCache');

interface Scope {
    /** The context the scope was made for (copies of it inherit it). */
    owner: RequestContext;
    /** The entity manager of the transaction the values were read in (undefined: outside a transaction). */
    manager: unknown;
    channelId: unknown;
    values: Map<string, unknown>;
}

type ScopedContext = RequestContext & { [SCOPE]?: Scope; [TRANSACTION_MANAGER_KEY]?: unknown };

/**
 * A request cache for reads that nested transactions of the same request may share.
 *
 * Vendure's `RequestContextCacheService` keys its cache by the `RequestContext` object, and Vendure copies the
 * context for every `withTransaction`, nested ones (savepoints) included: a guest's `addPaymentToOrder` loads
 * and prices the order in the mutation's transaction, again in the payment's savepoint and again in the order
 * transition's, each time with an empty cache, so every read cached "per request" ran three times.
 *
 * Here a copy made inside the same transaction (same entity manager, same channel) shares the values of the
 * context it was copied from: the cache travels with the copy (an own property, which `RequestContext.copy()`
 * copies), and is kept only while the transaction and the channel are the same. A context outside any
 * transaction, a new top-level transaction and a copy scoped to another channel start empty, as before: nothing
 * read outside a transaction is reused inside it.
 *
 * For reads the transaction does not change between them (which offers sell a variant, the warehouses): a value
 * read in a savepoint stays cached for the transaction even if the savepoint rolls back.
 */
export function transactionScopedCache<T>(ctx: RequestContext, key: string, read: () => T): T {
    const scope = scopeOf(ctx, true);
    if (scope.values.has(key)) {
        return scope.values.get(key) as T;
    }
    const value = read();
    scope.values.set(key, value);
    return value;
}

/**
 * What {@link transactionScopedCache} holds under `key` for this context, without reading it: undefined when
 * nothing was read yet (a caller with a lighter read of its own uses the full one only if it is there already).
 */
export function peekTransactionScopedCache<T>(ctx: RequestContext, key: string): T | undefined {
    return scopeOf(ctx, false)?.values.get(key) as T | undefined;
}

/** Whether the context runs in a transaction (a mutation, `withTransaction`), as Vendure marks it. */
export function inTransaction(ctx: RequestContext): boolean {
    return (ctx as ScopedContext)[TRANSACTION_MANAGER_KEY] !== undefined;
}

function scopeOf(ctx: RequestContext, create: true): Scope;
function scopeOf(ctx: RequestContext, create: false): Scope | undefined;
function scopeOf(ctx: RequestContext, create: boolean): Scope | undefined {
    const scoped = ctx as ScopedContext;
    const manager = scoped[TRANSACTION_MANAGER_KEY];
    const scope = scoped[SCOPE];
    const shared =
        scope !== undefined &&
        (scope.owner === ctx ||
            (manager !== undefined &&
                scope.manager === manager &&
                String(scope.channelId) === String(ctx.channelId)));
    if (scope && shared) {
        return scope;
    }
    if (!create) {
        return undefined;
    }
    const fresh: Scope = { owner: ctx, manager, channelId: ctx.channelId, values: new Map() };
    scoped[SCOPE] = fresh;
    return fresh;
}
