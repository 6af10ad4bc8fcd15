import { RequestContext } from '@vendure/core';
import { GraphQLResolveInfo } from 'graphql';

import { OperationCall, OperationHook, OperationHooks } from './operation-hooks';

function call(apiType: 'shop' | 'admin', args: Record<string, unknown> = {}): OperationCall {
    return {
        ctx: { apiType } as RequestContext,
        args,
        info: { fieldName: 'addPaymentToOrder' } as GraphQLResolveInfo,
    };
}

describe('OperationHooks', () => {
    it('runs the hooks of the field only, before hooks in order and after hooks in reverse, around the resolver', async () => {
        const hooks = new OperationHooks();
        const seen: string[] = [];
        const hook = (name: string): OperationHook => ({
            operation: 'Mutation',
            fields: ['addPaymentToOrder'],
            before: () => void seen.push(`${name}:before`),
            after: (_call, result) => {
                seen.push(`${name}:after(${String(result)})`);
                return `${String(result)}+${name}`;
            },
        });
        hooks.register(hook('a'));
        hooks.register(hook('b'));
        hooks.register({ operation: 'Mutation', fields: ['setOrderShippingMethod'], before: () => 'other' });
        hooks.register({ operation: 'Query', fields: ['addPaymentToOrder'], before: () => 'query' });

        const own = hooks.hooksOf('Mutation', 'addPaymentToOrder');
        expect(own).toHaveLength(2);
        expect(hooks.hooksOf('Query', 'activeOrder')).toEqual([]);
        const result = await hooks.run(own, call('shop'), () => {
            seen.push('resolver');
            return Promise.resolve('order');
        });
        expect(seen).toEqual(['a:before', 'b:before', 'resolver', 'b:after(order)', 'a:after(order+b)']);
        expect(result).toBe('order+b+a');
    });

    it('answers a before hook’s refusal instead of the resolver; earlier hooks still see it after', async () => {
        const hooks = new OperationHooks();
        const afterSaw: unknown[] = [];
        const resolver = jest.fn(() => Promise.resolve('order'));
        const later = jest.fn(() => undefined);
        hooks.register({
            operation: 'Mutation',
            fields: ['addPaymentToOrder'],
            after: (_call, result) => {
                afterSaw.push(result);
                return result;
            },
        });
        hooks.register({
            operation: 'Mutation',
            fields: ['addPaymentToOrder'],
            before: ({ args }) => Promise.resolve(args.refuse ? { errorCode: 'REFUSED' } : undefined),
        });
        hooks.register({ operation: 'Mutation', fields: ['addPaymentToOrder'], before: later });
        const own = hooks.hooksOf('Mutation', 'addPaymentToOrder');

        await expect(hooks.run(own, call('shop', { refuse: true }), resolver)).resolves.toEqual({
            errorCode: 'REFUSED',
        });
        expect(resolver).not.toHaveBeenCalled();
        expect(later).not.toHaveBeenCalled();
        expect(afterSaw).toEqual([{ errorCode: 'REFUSED' }]);

        await expect(hooks.run(own, call('shop', { refuse: false }), resolver)).resolves.toBe('order');
        expect(resolver).toHaveBeenCalledTimes(1);
        expect(later).toHaveBeenCalledTimes(1);
    });

    it('skips a hook of the other API, and lets a completed argument reach the resolver', async () => {
        const hooks = new OperationHooks();
        hooks.register({
            operation: 'Mutation',
            fields: ['addPaymentToOrder'],
            api: 'admin',
            before: () => 'admin only',
        });
        hooks.register({
            operation: 'Mutation',
            fields: ['addPaymentToOrder'],
            api: 'shop',
            before: ({ args }) => {
                args.offerId = 'T_7';
                return undefined;
            },
        });
        const own = hooks.hooksOf('Mutation', 'addPaymentToOrder');
        const shopCall = call('shop', {});
        await expect(hooks.run(own, shopCall, () => Promise.resolve(shopCall.args.offerId))).resolves.toBe(
            'T_7',
        );
        await expect(hooks.run(own, call('admin'), () => Promise.resolve('resolved'))).resolves.toBe(
            'admin only',
        );
    });

    it('fails the call when a hook throws, without running the resolver', async () => {
        const hooks = new OperationHooks();
        hooks.register({
            operation: 'Mutation',
            fields: ['addPaymentToOrder'],
            before: () => Promise.reject(new Error('database gone')),
        });
        const resolver = jest.fn(() => Promise.resolve('order'));
        await expect(
            hooks.run(hooks.hooksOf('Mutation', 'addPaymentToOrder'), call('shop'), resolver),
        ).rejects.toThrow('database gone');
        expect(resolver).not.toHaveBeenCalled();
    });
});
