import { Channel, RequestContext } from '@vendure/core';
import { TRANSACTION_MANAGER_KEY } from '@vendure/core/dist/common/constants';

import { peekTransactionScopedCache, transactionScopedCache } from './transaction-scoped-cache';

type WithManager = RequestContext & { [TRANSACTION_MANAGER_KEY]?: unknown };

function requestContext(channelId = 1): RequestContext {
    return new RequestContext({
        apiType: 'shop',
        isAuthorized: true,
        authorizedAsOwnerOnly: false,
        channel: new Channel({ id: channelId, code: `channel-${channelId}` }),
    });
}

/** What Vendure's TransactionWrapper does: copy the context and put the transaction's entity manager on it. */
function inTransaction(ctx: RequestContext, manager: object): RequestContext {
    const copy = ctx.copy() as WithManager;
    copy[TRANSACTION_MANAGER_KEY] = manager;
    return copy;
}

describe('transactionScopedCache', () => {
    const read = (ctx: RequestContext, reads: { n: number }) =>
        transactionScopedCache(ctx, 'key', () => ++reads.n);

    it('reads once per context outside a transaction, as the request cache does', () => {
        const reads = { n: 0 };
        const ctx = requestContext();
        expect([read(ctx, reads), read(ctx, reads)]).toEqual([1, 1]);
        // another request (another context) reads for itself
        expect(read(requestContext(), reads)).toBe(2);
    });

    it('shares a transaction’s reads with its savepoints (copies of the context with the same manager)', () => {
        const reads = { n: 0 };
        const manager = {};
        const transaction = inTransaction(requestContext(), manager);
        expect(read(transaction, reads)).toBe(1);
        const savepoint = inTransaction(transaction, manager);
        const nested = inTransaction(savepoint, manager);
        expect([read(savepoint, reads), read(nested, reads)]).toEqual([1, 1]);
        // a value first read in a savepoint is the transaction's too
        expect(transactionScopedCache(nested, 'other', () => 'from savepoint')).toBe('from savepoint');
        expect(transactionScopedCache(transaction, 'other', () => 'again')).toBe('from savepoint');
    });

    it('does not carry a read from outside a transaction into it, nor from one transaction into the next', () => {
        const reads = { n: 0 };
        const manager = {};
        const ctx = requestContext();
        expect(read(ctx, reads)).toBe(1);
        // SQLite: one entity manager for every transaction of the process
        const first = inTransaction(ctx, manager);
        expect(read(first, reads)).toBe(2);
        const second = inTransaction(ctx, manager);
        expect(read(second, reads)).toBe(3);
        // the context outside the transactions keeps its own value
        expect(read(ctx, reads)).toBe(1);
    });

    it('starts empty in a copy scoped to another channel', () => {
        const reads = { n: 0 };
        const manager = {};
        const transaction = inTransaction(requestContext(1), manager);
        expect(read(transaction, reads)).toBe(1);
        const seller = transaction.copy(new Channel({ id: 2, code: 'seller' })) as WithManager;
        expect(read(seller, reads)).toBe(2);
        expect(read(transaction, reads)).toBe(1);
    });

    it('peeks at what was read, under the same sharing rules, without reading', () => {
        const manager = {};
        const ctx = requestContext();
        const first = inTransaction(ctx, manager);
        expect(peekTransactionScopedCache(first, 'key')).toBeUndefined();
        transactionScopedCache(first, 'key', () => 'read');
        expect(peekTransactionScopedCache(first, 'key')).toBe('read');
        // its savepoints see it; the next transaction of the same request and the request outside it do not
        expect(peekTransactionScopedCache(inTransaction(first, manager), 'key')).toBe('read');
        expect(peekTransactionScopedCache(inTransaction(ctx, manager), 'key')).toBeUndefined();
        expect(peekTransactionScopedCache(ctx, 'key')).toBeUndefined();
    });
});
