import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Order, RequestContext } from '@vendure/core';

import { CreditLedgerEntry } from '../entities/credit-ledger-entry.entity';
import { CreditLedgerService } from '../services/credit-ledger.service';

/**
 * `Order.creditCharge` on both APIs: the order's charge on its company's credit account, with the buyer's purchase
 * order number. Whoever may read the order (Vendure checked that when resolving it) may read how it was charged.
 */
@Resolver('Order')
export class OrderCreditChargeResolver {
    constructor(private ledger: CreditLedgerService) {}

    @ResolveField()
    creditCharge(@Ctx() ctx: RequestContext, @Parent() order: Order): Promise<CreditLedgerEntry | null> {
        return this.ledger.chargeForOrder(ctx, order.id);
    }
}
