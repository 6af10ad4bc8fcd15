import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, TransactionalConnection } from '@vendure/core';

import { MarketplaceSellerService } from '../../marketplace';
import { QuoteLine } from '../entities/quote-line.entity';
import { QuoteRequestLine } from '../entities/quote-request-line.entity';
import { QuoteRequestRouting } from '../entities/quote-request-routing.entity';
import { QuoteRequest } from '../entities/quote-request.entity';
import { Quote, QuoteState } from '../entities/quote.entity';
import { compareQuotes, QuoteLineComparison } from '../services/quote-comparison';
import { QuoteRequestService } from '../services/quote-request.service';

/**
 * Fields of a request, in both APIs. The request itself was found for the viewer already; these read only what
 * that viewer may see (a seller: its routed lines and its own quote).
 */
@Resolver('QuoteRequest')
export class QuoteRequestEntityResolver {
    constructor(private requests: QuoteRequestService) {}

    @ResolveField()
    lines(@Ctx() ctx: RequestContext, @Parent() request: QuoteRequest): Promise<QuoteRequestLine[]> {
        return this.requests.visibleLines(ctx, request);
    }

    @ResolveField()
    unroutedLines(@Ctx() ctx: RequestContext, @Parent() request: QuoteRequest): Promise<QuoteRequestLine[]> {
        return this.requests.unroutedLines(ctx, request);
    }

    @ResolveField()
    quotes(@Ctx() ctx: RequestContext, @Parent() request: QuoteRequest): Promise<Quote[]> {
        return this.requests.visibleQuotes(ctx, request);
    }

    @ResolveField()
    async comparison(
        @Ctx() ctx: RequestContext,
        @Parent() request: QuoteRequest,
    ): Promise<Array<QuoteLineComparison<QuoteLine>>> {
        const lines = await this.requests.visibleLines(ctx, request);
        const quotes = (await this.requests.visibleQuotes(ctx, request)).filter(
            q => q.state === QuoteState.Submitted || q.state === QuoteState.Accepted,
        );
        return compareQuotes(lines, await this.requests.currentLines(ctx, quotes));
    }
}

@Resolver('QuoteRequestLine')
export class QuoteRequestLineEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    async routed(@Ctx() ctx: RequestContext, @Parent() line: QuoteRequestLine): Promise<boolean> {
        const count = await this.connection
            .getRepository(ctx, QuoteRequestRouting)
            .count({ where: { requestLineId: line.id } });
        return count > 0;
    }
}

@Resolver('Quote')
export class QuoteEntityResolver {
    constructor(
        private requests: QuoteRequestService,
        private sellers: MarketplaceSellerService,
    ) {}

    @ResolveField()
    async sellerName(@Ctx() ctx: RequestContext, @Parent() quote: Quote): Promise<string> {
        return (await this.sellers.findOne(ctx, quote.sellerId))?.name ?? '';
    }

    @ResolveField()
    lines(@Ctx() ctx: RequestContext, @Parent() quote: Quote): Promise<QuoteLine[]> {
        return this.requests.currentLines(ctx, [quote]);
    }
}

/** Admin-only fields: whom the request reached and the quotes' history. */
@Resolver('QuoteRequest')
export class QuoteRequestAdminEntityResolver {
    constructor(private requests: QuoteRequestService) {}

    @ResolveField()
    routings(@Ctx() ctx: RequestContext, @Parent() request: QuoteRequest): Promise<QuoteRequestRouting[]> {
        return this.requests.visibleRoutings(ctx, request);
    }
}

@Resolver('Quote')
export class QuoteAdminEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    history(@Ctx() ctx: RequestContext, @Parent() quote: Quote): Promise<QuoteLine[]> {
        return this.connection
            .getRepository(ctx, QuoteLine)
            .find({ where: { quoteId: quote.id }, order: { revision: 'ASC', id: 'ASC' } });
    }
}

@Resolver('QuoteRequestRouting')
export class QuoteRequestRoutingEntityResolver {
    constructor(private sellers: MarketplaceSellerService) {}

    @ResolveField()
    async sellerName(@Ctx() ctx: RequestContext, @Parent() routing: QuoteRequestRouting): Promise<string> {
        return (await this.sellers.findOne(ctx, routing.sellerId))?.name ?? '';
    }
}
