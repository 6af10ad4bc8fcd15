import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Logger, RequestContext, TransactionalConnection } from '@vendure/core';
import { internal_getRequestContext } from '@vendure/core/dist/api/common/request-context';
import { GraphQLResolveInfo } from 'graphql';
import { Observable, switchMap } from 'rxjs';

import { loggerCtx } from '../constants';
import { CreditCheckoutService } from '../services/credit-checkout.service';

/**
 * Vendure answers `addPaymentToOrder` with IneligiblePaymentMethodError before any payment exists, so no
 * payment handler or event sees it. For the pay-on-account methods this puts the order back in AddingItems after
 * such a refusal (in its own transaction, after the mutation's), so that every refused pay-on-account checkout
 * leaves the cart editable, as `placeOrderOnAccount` does.
 */
@Injectable()
export class PayOnAccountRefusalInterceptor implements NestInterceptor {
    constructor(
        private checkout: CreditCheckoutService,
        private connection: TransactionalConnection,
    ) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<GqlContextType>() !== 'graphql') {
            return next.handle();
        }
        const gqlContext = GqlExecutionContext.create(context);
        const info = gqlContext.getInfo<GraphQLResolveInfo>();
        if (info.parentType.name !== 'Mutation' || info.fieldName !== 'addPaymentToOrder') {
            return next.handle();
        }
        const method = gqlContext.getArgs<{ input?: { method?: string } }>().input?.method;
        const req = gqlContext.getContext<{ req: Parameters<typeof internal_getRequestContext>[0] }>().req;
        return next.handle().pipe(
            // the resolver's value may still be a promise at this point
            switchMap(async (value: unknown) => {
                const result: unknown = await value;
                if (
                    method &&
                    (result as { __typename?: string } | undefined)?.__typename ===
                        'IneligiblePaymentMethodError'
                ) {
                    await this.returnToCart(internal_getRequestContext(req), method);
                }
                return result;
            }),
        );
    }

    private async returnToCart(ctx: RequestContext, method: string): Promise<void> {
        try {
            await this.connection.withTransaction(ctx, txCtx =>
                this.checkout.returnActiveOrderToCartAfterRefusal(txCtx, method),
            );
        } catch (e) {
            Logger.warn(`Could not return the order to AddingItems: ${String(e)}`, loggerCtx);
        }
    }
}
