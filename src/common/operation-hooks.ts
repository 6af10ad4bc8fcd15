import { CallHandler, ExecutionContext, Injectable, Module, NestInterceptor } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from '@vendure/core';
import { internal_getRequestContext } from '@vendure/core/dist/api/common/request-context';
import { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, map, Observable, switchMap } from 'rxjs';

import { LocalizedErrorResult } from './localized-error-result';

/** One call of a query or mutation, as an {@link OperationHook} sees it. */
export interface OperationCall<Args = Record<string, unknown>> {
    ctx: RequestContext;
    /**
     * The arguments the resolver will receive (the same object: a `before` hook may complete them, as the
     * marketplace fills in a variant's buy-box offer).
     */
    args: Args;
    info: GraphQLResolveInfo;
}

/**
 * Code that runs around a query or mutation of Vendure's (or another plugin's) API without replacing its resolver:
 * a refusal before Vendure writes anything, an input completed, an answer acted on. Registered with
 * {@link OperationHooks.register}; one interceptor runs every plugin's hooks, so a request pays for the hooks of
 * the fields it calls only (Nest runs each global interceptor around every query and mutation).
 */
export interface OperationHook {
    operation: 'Query' | 'Mutation';
    /** The root fields it wraps, e.g. `['addPaymentToOrder']`. */
    fields: readonly string[];
    /** Only calls through this API (both when left out). */
    api?: 'shop' | 'admin';
    /**
     * Before the resolver: answers `undefined` to go on, or the answer to give instead (an ErrorResult), in which
     * case neither the resolver nor the later hooks run; the `after` hooks of earlier ones still do.
     */
    before?(call: OperationCall): unknown;
    /** After the resolver (or a later hook's refusal), with its answer: answers the answer to give. */
    after?(call: OperationCall, result: unknown): unknown;
}

/** The registry of {@link OperationHook}s: one for the application (see {@link OperationHooksModule}). */
@Injectable()
export class OperationHooks {
    private byField = new Map<string, OperationHook[]>();

    /** Hooks run in the order they were registered; `after` hooks in the reverse order (each wraps the later). */
    register(hook: OperationHook): void {
        for (const field of hook.fields) {
            const key = `${hook.operation}.${field}`;
            this.byField.set(key, [...(this.byField.get(key) ?? []), hook]);
        }
    }

    /** The hooks of a root field (empty for most). */
    hooksOf(operation: string, field: string): readonly OperationHook[] {
        return this.byField.get(`${operation}.${field}`) ?? [];
    }

    /** Runs the hooks that apply to the call around `resolve`. */
    async run(hooks: readonly OperationHook[], call: OperationCall, resolve: () => Promise<unknown>) {
        const applying = hooks.filter(h => !h.api || h.api === call.ctx.apiType);
        const step = async (i: number): Promise<unknown> => {
            if (i === applying.length) {
                return resolve();
            }
            const hook = applying[i];
            const answer: unknown = hook.before ? await hook.before(call) : undefined;
            let result = answer !== undefined ? answer : await step(i + 1);
            if (hook.after) {
                result = await hook.after(call, result);
            }
            return result;
        };
        return step(0);
    }
}

/** Sets every {@link LocalizedErrorResult} of an answer (the answer itself, or in a list) in the language. */
function localizeErrorResults(result: unknown, languageCode: string | undefined): unknown {
    if (result instanceof LocalizedErrorResult) {
        result.localizeTo(languageCode);
    } else if (Array.isArray(result)) {
        for (const item of result) {
            if (item instanceof LocalizedErrorResult) {
                item.localizeTo(languageCode);
            }
        }
    }
    return result;
}

type RequestOf = Parameters<typeof internal_getRequestContext>[0];

/**
 * The platform's one global interceptor: around every query and mutation it runs the {@link OperationHook}s
 * registered for the field, and sets each {@link LocalizedErrorResult} the answer holds in the request's language
 * (`?languageCode=zh_Hans`, as the Dashboard and storefronts send it). Field resolvers are not intercepted
 * (Vendure applies guards only to them).
 */
@Injectable()
export class OperationHooksInterceptor implements NestInterceptor {
    constructor(private hooks: OperationHooks) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<GqlContextType>() !== 'graphql') {
            return next.handle();
        }
        const gqlContext = GqlExecutionContext.create(context);
        const info = gqlContext.getInfo<GraphQLResolveInfo>();
        const operation = info.parentType.name;
        if (operation !== 'Mutation' && operation !== 'Query') {
            return next.handle();
        }
        const req = gqlContext.getContext<{ req?: RequestOf }>().req;
        const languageCode = () => (req ? internal_getRequestContext(req)?.languageCode : undefined);
        const hooks = this.hooks.hooksOf(operation, info.fieldName);
        if (!hooks.length || !req) {
            return next.handle().pipe(
                // resolvers may answer a promise
                switchMap((result: unknown) => Promise.resolve(result)),
                map((result: unknown) => localizeErrorResults(result, languageCode())),
            );
        }
        const ctx = internal_getRequestContext(req);
        const call: OperationCall = { ctx, args: gqlContext.getArgs(), info };
        return from(this.hooks.run(hooks, call, () => lastValueFrom(next.handle()))).pipe(
            map((result: unknown) => localizeErrorResults(result, ctx.languageCode)),
        );
    }
}

/**
 * Provides {@link OperationHooks} and registers {@link OperationHooksInterceptor} for the whole application, once:
 * every plugin with hooks, or with {@link LocalizedErrorResult}s to answer, lists this module in its `imports`, and
 * Nest makes one instance of a module however many modules import it.
 */
@Module({
    providers: [OperationHooks, { provide: APP_INTERCEPTOR, useClass: OperationHooksInterceptor }],
    exports: [OperationHooks],
})
export class OperationHooksModule {}
