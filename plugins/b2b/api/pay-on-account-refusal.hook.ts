import { Injectable, OnModuleInit } from '@nestjs/common';
import { Logger, RequestContext, TransactionalConnection } from '@vendure/core';

import { OperationCall, OperationHook, OperationHooks } from '../../../src/common/operation-hooks';
import { loggerCtx } from '../constants';
import { CreditCheckoutService } from '../services/credit-checkout.service';

/**
 * Vendure answers `addPaymentToOrder` with IneligiblePaymentMethodError before any payment exists, so no
 * payment handler or event sees it. For the pay-on-account methods this puts the order back in AddingItems after
 * such a refusal (in its own transaction, after the mutation's), so that every refused pay-on-account checkout
 * leaves the cart editable, as `placeOrderOnAccount` does.
 */
@Injectable()
export class PayOnAccountRefusalHook implements OperationHook, OnModuleInit {
    readonly operation = 'Mutation';
    readonly fields = ['addPaymentToOrder'];
    readonly api = 'shop';

    constructor(
        private checkout: CreditCheckoutService,
        private connection: TransactionalConnection,
        private hooks: OperationHooks,
    ) {}

    onModuleInit(): void {
        this.hooks.register(this);
    }

    async after({ ctx, args }: OperationCall, result: unknown): Promise<unknown> {
        const method = (args as { input?: { method?: string } }).input?.method;
        if (
            method &&
            (result as { __typename?: string } | undefined)?.__typename === 'IneligiblePaymentMethodError'
        ) {
            await this.returnToCart(ctx, method);
        }
        return result;
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
