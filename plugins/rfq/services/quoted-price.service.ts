import { Injectable } from '@nestjs/common';
import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { ConfigService, idsAreEqual, Order, RequestContext, TransactionalConnection } from '@vendure/core';

import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';

import { QuoteLine } from '../entities/quote-line.entity';
import { QuoteRequest } from '../entities/quote-request.entity';
import { Quote } from '../entities/quote.entity';

/** An accepted quote line as the cart sees it: its price and the quantity the buyer may order at it. */
export interface AcceptedQuoteLine {
    unitPrice: number;
    acceptedQuantity: number;
}

/** Reads accepted quote lines for pricing and for checking cart quantities. */
@Injectable()
export class QuotedPriceService {
    private codec: EntityIdCodec;

    constructor(
        private connection: TransactionalConnection,
        configService: ConfigService,
    ) {
        this.codec = entityIdCodec(configService);
    }

    /** The quote line id as the order line's custom field holds it (as the API shows ids). */
    encode(id: ID): string {
        return this.codec.encode(id);
    }

    /**
     * The accepted quote line, if it was accepted on a request of the order's customer in the order's currency.
     * Anything else (not accepted, another customer's, another currency) prices as if there were no quote.
     */
    async findAccepted(
        ctx: RequestContext,
        quoteLineId: string,
        order: Order,
    ): Promise<AcceptedQuoteLine | undefined> {
        const row = await this.connection
            .getRepository(ctx, QuoteLine)
            .createQueryBuilder('line')
            .innerJoin(Quote, 'quote', 'quote.id = line.quoteId')
            .innerJoin(QuoteRequest, 'request', 'request.id = quote.requestId')
            .select('line.unitPrice', 'unitPrice')
            .addSelect('line.acceptedQuantity', 'acceptedQuantity')
            .addSelect('request.customerId', 'customerId')
            .addSelect('request.currencyCode', 'currencyCode')
            .where('line.id = :id', { id: this.codec.decode(quoteLineId) })
            .andWhere('line.acceptedQuantity > 0')
            .getRawOne<{
                unitPrice: string | number;
                acceptedQuantity: string | number;
                customerId: ID;
                currencyCode: CurrencyCode;
            }>();
        if (!row || !order.customerId || !idsAreEqual(row.customerId, order.customerId)) {
            return undefined;
        }
        if (row.currencyCode !== order.currencyCode) {
            return undefined;
        }
        return { unitPrice: Number(row.unitPrice), acceptedQuantity: Number(row.acceptedQuantity) };
    }

    /**
     * The marketplace seller of an accepted quote line (the quote's seller): an order line bought on it is that
     * seller's (its seller order, stock location, ledger). Undefined for a quote line not accepted.
     */
    async sellerIdOfAcceptedQuoteLine(ctx: RequestContext, quoteLineId: string): Promise<ID | undefined> {
        const row = await this.connection
            .getRepository(ctx, QuoteLine)
            .createQueryBuilder('line')
            .innerJoin(Quote, 'quote', 'quote.id = line.quoteId')
            .select('quote.sellerId', 'sellerId')
            .where('line.id = :id', { id: this.codec.decode(quoteLineId) })
            .andWhere('line.acceptedQuantity > 0')
            .getRawOne<{ sellerId: ID }>();
        return row?.sellerId ?? undefined;
    }
}
