import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, RequestContext, Transaction } from '@vendure/core';

import { OfferPermission } from '../../marketplace';
import { QuoteRequestPermission } from '../constants';
import { QuoteRequest } from '../entities/quote-request.entity';
import { Quote } from '../entities/quote.entity';
import { QuoteRequestService } from '../services/quote-request.service';
import { QuoteService, SubmitQuoteInput } from '../services/quote.service';

import { QuoteDeadlinePassedError, QuoteNotRevisableError, QuoteRequestStateError } from './error-results';

type SubmitResult = Quote | QuoteRequestStateError | QuoteDeadlinePassedError | QuoteNotRevisableError;

/**
 * Requests for quotation in the admin API. The operator (default channel, `ReadQuoteRequest`) sees every request
 * and whom it reached; a seller administrator (its seller channel, `ReadOffer`) sees the requests routed to its
 * seller and quotes them (`UpdateOffer`).
 */
@Resolver()
export class QuoteRequestAdminResolver {
    constructor(
        private requests: QuoteRequestService,
        private quotes: QuoteService,
    ) {}

    @Query()
    @Allow(QuoteRequestPermission.Read, OfferPermission.Read)
    quoteRequests(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<QuoteRequest> },
    ): Promise<PaginatedList<QuoteRequest>> {
        return this.requests.findAllForAdmin(ctx, args.options);
    }

    @Query()
    @Allow(QuoteRequestPermission.Read, OfferPermission.Read)
    quoteRequest(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<QuoteRequest | undefined> {
        return this.requests.findOneForAdmin(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(OfferPermission.Update)
    submitQuote(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: SubmitQuoteInput },
    ): Promise<SubmitResult> {
        return this.quotes.submit(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(OfferPermission.Update)
    declineQuoteRequest(
        @Ctx() ctx: RequestContext,
        @Args() args: { requestId: ID; reason: string },
    ): Promise<SubmitResult> {
        return this.quotes.decline(ctx, args.requestId, args.reason);
    }
}

@Resolver('SubmitQuoteResult')
export class SubmitQuoteResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Quote';
    }
}
