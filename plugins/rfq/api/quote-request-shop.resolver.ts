import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, Permission, RequestContext, Transaction } from '@vendure/core';

import { QuoteRequest } from '../entities/quote-request.entity';
import {
    CreateQuoteRequestInput,
    QuoteRequestService,
    UpdateQuoteRequestInput,
} from '../services/quote-request.service';
import { AcceptQuoteLineInput, QuoteService } from '../services/quote.service';
import {
    AddAttachmentResult,
    FileUpload,
    QuoteRequestAttachmentService,
} from '../services/quote-request-attachment.service';

import { QuoteDeadlinePassedError, QuoteRequestStateError } from './error-results';

type RequestResult = QuoteRequest | QuoteRequestStateError | QuoteDeadlinePassedError;
type AcceptResult = Awaited<ReturnType<QuoteService['acceptLines']>>;

/** The buyer's requests for quotation and acceptance of quotes (logged-in customers). */
@Resolver()
export class QuoteRequestShopResolver {
    constructor(
        private requests: QuoteRequestService,
        private quotes: QuoteService,
        private attachments: QuoteRequestAttachmentService,
    ) {}

    @Query()
    @Allow(Permission.Owner)
    myQuoteRequests(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<QuoteRequest> },
    ): Promise<PaginatedList<QuoteRequest>> {
        return this.requests.findAllForBuyer(ctx, args.options);
    }

    @Query()
    @Allow(Permission.Owner)
    myQuoteRequest(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<QuoteRequest | undefined> {
        return this.requests.findOneForBuyer(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    createQuoteRequest(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateQuoteRequestInput },
    ): Promise<QuoteRequest> {
        return this.requests.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    updateQuoteRequest(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateQuoteRequestInput },
    ): Promise<RequestResult> {
        return this.requests.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    submitQuoteRequest(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<RequestResult> {
        return this.requests.submit(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    cancelQuoteRequest(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<RequestResult> {
        return this.requests.cancel(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    addQuoteRequestAttachment(
        @Ctx() ctx: RequestContext,
        @Args() args: { requestId: ID; file: Promise<FileUpload> },
    ): Promise<AddAttachmentResult> {
        return this.attachments.add(ctx, args.requestId, args.file);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    removeQuoteRequestAttachment(
        @Ctx() ctx: RequestContext,
        @Args() args: { requestId: ID; attachmentId: ID },
    ): Promise<RequestResult> {
        return this.attachments.remove(ctx, args.requestId, args.attachmentId);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    acceptQuote(@Ctx() ctx: RequestContext, @Args() args: { quoteId: ID }): Promise<AcceptResult> {
        return this.quotes.acceptQuote(ctx, args.quoteId);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    acceptQuoteLines(
        @Ctx() ctx: RequestContext,
        @Args() args: { lines: AcceptQuoteLineInput[] },
    ): Promise<AcceptResult> {
        return this.quotes.acceptLines(ctx, args.lines);
    }
}

function resolveType(value: { __typename?: string }, fallback: string): string {
    return value.__typename ?? fallback;
}

@Resolver('QuoteRequestResult')
export class QuoteRequestResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return resolveType(value, 'QuoteRequest');
    }
}

@Resolver('AddQuoteRequestAttachmentResult')
export class AddQuoteRequestAttachmentResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return resolveType(value, 'QuoteRequestAttachment');
    }
}

@Resolver('AcceptQuoteResult')
export class AcceptQuoteResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return resolveType(value, 'Order');
    }
}
