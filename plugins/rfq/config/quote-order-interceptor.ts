import {
    Injector,
    Order,
    OrderInterceptor,
    RequestContext,
    WillAddItemToOrderInput,
    WillAdjustOrderLineInput,
} from '@vendure/core';

import { localize } from '../../../src/common/localized-error-result';
import { QuotedPriceService } from '../services/quoted-price.service';

import { quoteLineIdOf } from './order-line-quote-custom-field';

/**
 * Keeps quoted lines within their quote: a line on a quote line holds at most the accepted quantity, and only a
 * quote line accepted by the order's customer may be named.
 */
export class QuoteOrderInterceptor implements OrderInterceptor {
    private quotedPrices: QuotedPriceService;

    init(injector: Injector): void {
        this.quotedPrices = injector.get(QuotedPriceService);
    }

    async willAddItemToOrder(
        ctx: RequestContext,
        order: Order,
        input: WillAddItemToOrderInput,
    ): Promise<string | void> {
        const quoteLineId = quoteLineIdOf(input.customFields);
        if (!quoteLineId) {
            return;
        }
        const existing = order.lines
            .filter(l => quoteLineIdOf(l.customFields) === quoteLineId)
            .reduce((sum, l) => sum + l.quantity, 0);
        return this.check(ctx, order, quoteLineId, existing + input.quantity);
    }

    async willAdjustOrderLine(
        ctx: RequestContext,
        order: Order,
        input: WillAdjustOrderLineInput,
    ): Promise<string | void> {
        const quoteLineId = quoteLineIdOf(input.orderLine.customFields);
        if (!quoteLineId) {
            return;
        }
        return this.check(ctx, order, quoteLineId, input.quantity);
    }

    private async check(
        ctx: RequestContext,
        order: Order,
        quoteLineId: string,
        quantity: number,
    ): Promise<string | void> {
        const accepted = await this.quotedPrices.findAccepted(ctx, quoteLineId, order);
        if (!accepted) {
            return localize(
                {
                    en: 'This quote has not been accepted for this order',
                    zh_Hans: '该报价未被接受用于此订单',
                },
                ctx.languageCode,
            );
        }
        if (quantity > accepted.acceptedQuantity) {
            return localize(
                {
                    en: `The accepted quote covers at most ${accepted.acceptedQuantity}`,
                    zh_Hans: `已接受的报价最多覆盖 ${accepted.acceptedQuantity} 件`,
                },
                ctx.languageCode,
            );
        }
    }
}
