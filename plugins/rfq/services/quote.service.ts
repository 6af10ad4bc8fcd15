import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ActiveOrderService,
    EntityNotFoundError,
    EventBus,
    ForbiddenError,
    idsAreEqual,
    isGraphQlErrorResult,
    Order,
    OrderService,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In, LessThan } from 'typeorm';

import {
    QuoteAlreadyAcceptedError,
    QuoteDeadlinePassedError,
    QuoteNotFoundError,
    QuoteNotRevisableError,
    QuoteQuantityExceededError,
    QuoteRequestStateError,
    QuoteUnavailableError,
} from '../api/error-results';
import { RFQ_PLUGIN_OPTIONS } from '../constants';
import { QuoteLine } from '../entities/quote-line.entity';
import { Offer } from '../../marketplace';
import { QuoteRequestRouting } from '../entities/quote-request-routing.entity';
import { QuoteRequest, QuoteRequestState } from '../entities/quote-request.entity';
import { Quote, QuoteState } from '../entities/quote.entity';
import { QuoteReceivedEvent } from '../events/quote-received.event';
import { QuoteRequestUnansweredEvent } from '../events/quote-request-unanswered.event';
import { ResolvedRfqPluginOptions } from '../types';

import { QuoteRequestService } from './quote-request.service';
import { QuotedPriceService } from './quoted-price.service';
import { checkDate, checkInt, checkText, RFQ_INPUT_LIMITS } from './rfq-input';

export interface SubmitQuoteLineInput {
    requestLineId: ID;
    unitPrice: number;
    quantity: number;
    quantityAvailable: number;
    leadTimeDays: number;
    note?: string | null;
}

export interface SubmitQuoteInput {
    requestId: ID;
    validUntil?: Date | string | null;
    note?: string | null;
    lines: SubmitQuoteLineInput[];
}

export interface AcceptQuoteLineInput {
    quoteLineId: ID;
    quantity?: number | null;
}

type SubmitResult = Quote | QuoteRequestStateError | QuoteDeadlinePassedError | QuoteNotRevisableError;

/** What adding a line to the order may refuse (stock, limits, interceptors). */
type AddItemRefusal = Exclude<Awaited<ReturnType<OrderService['addItemToOrder']>>, Order>;

type AcceptRefusal =
    QuoteNotFoundError | QuoteAlreadyAcceptedError | QuoteUnavailableError | QuoteQuantityExceededError;

/** Thrown inside the acceptance's savepoint to undo what was written, then returned as the ErrorResult. */
class AcceptanceRefused extends Error {
    constructor(readonly result: AcceptRefusal | AddItemRefusal) {
        super('acceptance refused');
    }
}

/** Largest unit price a quote takes (BigIntMoneyStrategy: up to JavaScript's safe integers). */
const MAX_PRICE = Number.MAX_SAFE_INTEGER;

/** Sellers' quotes (submit, revise, decline), the buyer's acceptance into the order, and the deadlines. */
@Injectable()
export class QuoteService {
    constructor(
        private connection: TransactionalConnection,
        private requests: QuoteRequestService,
        private orderService: OrderService,
        private activeOrderService: ActiveOrderService,
        private eventBus: EventBus,
        private quotedPrices: QuotedPriceService,
        @Inject(RFQ_PLUGIN_OPTIONS) private options: ResolvedRfqPluginOptions,
    ) {}

    /**
     * The seller's quote for a request routed to it: the first call creates it, later ones add a revision (the
     * older lines are kept). Only the lines routed to the seller can be quoted.
     */
    async submit(ctx: RequestContext, input: SubmitQuoteInput): Promise<SubmitResult> {
        const { request, sellerId, routedLineIds } = await this.requireRouted(ctx, input.requestId);
        const refusal = this.checkOpen(request);
        if (refusal) {
            return refusal;
        }
        if (!Array.isArray(input.lines) || input.lines.length === 0) {
            throw new UserInputError('A quote needs at least one line');
        }
        const seen = new Set<string>();
        const lines = input.lines.map((l, i) => {
            const lineId = String(l.requestLineId);
            if (!routedLineIds.has(lineId)) {
                throw new EntityNotFoundError('QuoteRequestLine', l.requestLineId);
            }
            if (seen.has(lineId)) {
                throw new UserInputError(`lines[${i}]: request line ${lineId} is quoted twice`);
            }
            seen.add(lineId);
            return {
                requestLineId: l.requestLineId,
                unitPrice: checkInt(l.unitPrice, `lines[${i}].unitPrice (minor units)`, 0, MAX_PRICE),
                quantity: checkInt(l.quantity, `lines[${i}].quantity`, 1, RFQ_INPUT_LIMITS.quantity),
                quantityAvailable: checkInt(
                    l.quantityAvailable,
                    `lines[${i}].quantityAvailable`,
                    0,
                    RFQ_INPUT_LIMITS.quantity,
                ),
                leadTimeDays: checkInt(
                    l.leadTimeDays,
                    `lines[${i}].leadTimeDays`,
                    0,
                    RFQ_INPUT_LIMITS.leadTimeDays,
                ),
                note: checkText(l.note, `lines[${i}].note`, RFQ_INPUT_LIMITS.description),
            };
        });
        const validUntil = input.validUntil == null ? null : checkDate(input.validUntil, 'validUntil');
        if (validUntil && validUntil.getTime() <= Date.now()) {
            throw new UserInputError('validUntil must be in the future');
        }
        const note = checkText(input.note, 'note', RFQ_INPUT_LIMITS.note);
        const repo = this.connection.getRepository(ctx, Quote);
        const existing = await repo.findOne({ where: { requestId: request.id, sellerId } });
        let quote: Quote;
        if (!existing) {
            quote = await repo.save(
                new Quote({
                    requestId: request.id,
                    sellerId,
                    state: QuoteState.Submitted,
                    revision: 1,
                    currencyCode: request.currencyCode,
                    validUntil,
                    note,
                    declineReason: null,
                }),
            );
        } else {
            if (existing.state === QuoteState.Accepted) {
                return new QuoteNotRevisableError(existing.state);
            }
            // Conditional on the revision read: two revisions at once cannot both write the same number.
            const result = await repo
                .createQueryBuilder()
                .update(Quote)
                .set({
                    revision: existing.revision + 1,
                    state: QuoteState.Submitted,
                    validUntil,
                    note,
                    declineReason: null,
                })
                .where('id = :id AND revision = :revision AND state != :accepted', {
                    id: existing.id,
                    revision: existing.revision,
                    accepted: QuoteState.Accepted,
                })
                .execute();
            if (!result.affected) {
                const current = await repo.findOneOrFail({ where: { id: existing.id } });
                return new QuoteNotRevisableError(current.state);
            }
            quote = await repo.findOneOrFail({ where: { id: existing.id } });
        }
        await this.connection
            .getRepository(ctx, QuoteLine)
            .save(lines.map(l => new QuoteLine({ ...l, quoteId: quote.id, revision: quote.revision })));
        await this.eventBus.publish(new QuoteReceivedEvent(ctx, quote, request));
        return quote;
    }

    /** The seller declines the request, with a reason (a quote in state declined, without lines). */
    async decline(ctx: RequestContext, requestId: ID, reason: string): Promise<SubmitResult> {
        const { request, sellerId } = await this.requireRouted(ctx, requestId);
        const text = checkText(reason, 'reason', RFQ_INPUT_LIMITS.description);
        if (!text) {
            throw new UserInputError('reason must not be empty');
        }
        const refusal = this.checkOpen(request);
        if (refusal) {
            return refusal;
        }
        const repo = this.connection.getRepository(ctx, Quote);
        const existing = await repo.findOne({ where: { requestId: request.id, sellerId } });
        if (existing?.state === QuoteState.Accepted) {
            return new QuoteNotRevisableError(existing.state);
        }
        if (!existing) {
            return repo.save(
                new Quote({
                    requestId: request.id,
                    sellerId,
                    state: QuoteState.Declined,
                    revision: 1,
                    currencyCode: request.currencyCode,
                    validUntil: null,
                    note: null,
                    declineReason: text,
                }),
            );
        }
        const result = await repo
            .createQueryBuilder()
            .update(Quote)
            .set({ state: QuoteState.Declined, declineReason: text, revision: existing.revision + 1 })
            .where('id = :id AND state != :accepted', { id: existing.id, accepted: QuoteState.Accepted })
            .execute();
        if (!result.affected) {
            return new QuoteNotRevisableError(QuoteState.Accepted);
        }
        return repo.findOneOrFail({ where: { id: existing.id } });
    }

    /** Accepts every line of the quote's current revision, each at its quoted quantity. */
    async acceptQuote(ctx: RequestContext, quoteId: ID): Promise<Order | AcceptRefusal | AddItemRefusal> {
        const quote = await this.findQuoteForBuyer(ctx, quoteId);
        if (!quote) {
            return new QuoteNotFoundError();
        }
        const lines = await this.connection
            .getRepository(ctx, QuoteLine)
            .find({ where: { quoteId: quote.id, revision: quote.revision }, order: { id: 'ASC' } });
        if (lines.length === 0) {
            return new QuoteUnavailableError(quote.state === QuoteState.Declined ? 'declined' : 'withdrawn');
        }
        return this.acceptLines(
            ctx,
            lines.map(l => ({ quoteLineId: l.id })),
        );
    }

    /**
     * Accepts quote lines (of one or several sellers' quotes) and adds them to the buyer's active order at the
     * quoted unit price, each up to its quoted quantity. All or nothing: the lines are claimed by conditional
     * UPDATEs in a savepoint, after the quotes were locked in id order; any refusal undoes everything.
     */
    async acceptLines(
        ctx: RequestContext,
        input: AcceptQuoteLineInput[],
    ): Promise<Order | AcceptRefusal | AddItemRefusal> {
        if (!Array.isArray(input) || input.length === 0) {
            throw new UserInputError('Name at least one quote line to accept');
        }
        const buyer = await this.requests.requireBuyer(ctx);
        try {
            return await this.connection.withTransaction(ctx, async tx => {
                const ids = input.map(i => i.quoteLineId);
                if (new Set(ids.map(String)).size !== ids.length) {
                    throw new UserInputError('A quote line is named twice');
                }
                const found = await this.connection
                    .getRepository(tx, QuoteLine)
                    .find({ where: { id: In(ids) } });
                if (found.length !== ids.length) {
                    throw new AcceptanceRefused(new QuoteNotFoundError());
                }
                // Lock each quote (a conditional UPDATE holds its row until commit), in id order against deadlocks.
                const quoteIds = [...new Set(found.map(l => String(l.quoteId)))].sort((a, b) =>
                    a.localeCompare(b, undefined, { numeric: true }),
                );
                for (const quoteId of quoteIds) {
                    await this.connection
                        .getRepository(tx, Quote)
                        .createQueryBuilder()
                        .update(Quote)
                        .set({ acceptanceVersion: () => '"acceptanceVersion" + 1' })
                        .where('id = :id', { id: quoteId })
                        .execute();
                }
                // Read again after the locks: a concurrent acceptance that committed meanwhile is seen now.
                const lines = await this.connection
                    .getRepository(tx, QuoteLine)
                    .find({ where: { id: In(ids) } });
                const quotes = await this.connection
                    .getRepository(tx, Quote)
                    .find({ where: { id: In(quoteIds) } });
                const requests = await this.connection
                    .getRepository(tx, QuoteRequest)
                    .find({ where: { id: In([...new Set(quotes.map(q => String(q.requestId)))]) } });
                const now = Date.now();
                const claims: Array<{ line: QuoteLine; quantity: number; variantId: ID }> = [];
                for (const item of input) {
                    const line = lines.find(l => idsAreEqual(l.id, item.quoteLineId));
                    const quote = quotes.find(q => idsAreEqual(q.id, line?.quoteId));
                    const request = requests.find(r => idsAreEqual(r.id, quote?.requestId));
                    if (!line || !quote || !request || !this.isBuyerOf(buyer, request)) {
                        throw new AcceptanceRefused(new QuoteNotFoundError());
                    }
                    if (line.acceptedQuantity > 0) {
                        throw new AcceptanceRefused(new QuoteAlreadyAcceptedError());
                    }
                    const reason = this.unavailability(quote, request, line, now);
                    if (reason) {
                        throw new AcceptanceRefused(new QuoteUnavailableError(reason));
                    }
                    const quantity = item.quantity ?? line.quantity;
                    if (!Number.isInteger(quantity) || quantity < 1) {
                        throw new UserInputError('quantity must be a whole number of at least 1');
                    }
                    if (quantity > line.quantity) {
                        throw new AcceptanceRefused(new QuoteQuantityExceededError(line.quantity));
                    }
                    const requestLine = await this.requests.requestLine(tx, line.requestLineId);
                    // a free-text part is ordered as the catalogue variant of the seller's offer it matched
                    const variantId =
                        requestLine?.productVariantId ??
                        (await this.matchedVariantId(tx, line.requestLineId, quote.sellerId));
                    if (variantId == null) {
                        throw new UserInputError(
                            'This quote line is for a part outside the catalogue: it cannot be ordered online',
                        );
                    }
                    claims.push({ line, quantity, variantId });
                }
                for (const claim of claims) {
                    const result = await this.connection
                        .getRepository(tx, QuoteLine)
                        .createQueryBuilder()
                        .update(QuoteLine)
                        .set({ acceptedQuantity: claim.quantity, acceptedAt: new Date() })
                        .where('id = :id AND "acceptedQuantity" = 0', { id: claim.line.id })
                        .execute();
                    if (!result.affected) {
                        throw new AcceptanceRefused(new QuoteAlreadyAcceptedError());
                    }
                }
                await this.connection
                    .getRepository(tx, Quote)
                    .update(
                        { id: In(quoteIds), state: QuoteState.Submitted },
                        { state: QuoteState.Accepted },
                    );
                const order = await this.activeOrderService.getActiveOrder(tx, undefined, true);
                let latest: Order = order;
                for (const claim of claims) {
                    const added = await this.orderService.addItemToOrder(
                        tx,
                        order.id,
                        claim.variantId,
                        claim.quantity,
                        { quoteLineId: this.quotedPrices.encode(claim.line.id) },
                    );
                    if (isGraphQlErrorResult(added)) {
                        throw new AcceptanceRefused(added);
                    }
                    latest = added;
                }
                return latest;
            });
        } catch (e) {
            if (e instanceof AcceptanceRefused) {
                return e.result;
            }
            throw e;
        }
    }

    /**
     * Submitted requests past their response deadline are closed, quotes past their validity (or of closed
     * requests) expire; submitted requests without any quote after `unansweredAfterHours` publish
     * `QuoteRequestUnansweredEvent` once. `now` is the time to judge by (the scheduled task: the current time).
     */
    async runDeadlines(
        ctx: RequestContext,
        now = new Date(),
    ): Promise<{ closed: number; expired: number; unanswered: number }> {
        const requestRepo = this.connection.getRepository(ctx, QuoteRequest);
        const due = await requestRepo.find({
            where: { state: QuoteRequestState.Submitted, responseDeadline: LessThan(now) },
            select: { id: true },
        });
        let closed = 0;
        for (const r of due) {
            const result = await requestRepo.update(
                { id: r.id, state: QuoteRequestState.Submitted },
                { state: QuoteRequestState.Closed, closedAt: now },
            );
            closed += result.affected ?? 0;
        }
        const quoteRepo = this.connection.getRepository(ctx, Quote);
        const expiredByValidity = await quoteRepo.update(
            { state: QuoteState.Submitted, validUntil: LessThan(now) },
            { state: QuoteState.Expired },
        );
        let expired = expiredByValidity.affected ?? 0;
        if (due.length) {
            const byDeadline = await quoteRepo.update(
                { state: QuoteState.Submitted, requestId: In(due.map(r => r.id)) },
                { state: QuoteState.Expired },
            );
            expired += byDeadline.affected ?? 0;
        }
        const cutoff = new Date(now.getTime() - this.options.unansweredAfterHours * 3600_000);
        const silent = await requestRepo
            .createQueryBuilder('request')
            .leftJoin(Quote, 'quote', 'quote.requestId = request.id')
            .where('request.state = :submitted', { submitted: QuoteRequestState.Submitted })
            .andWhere('request.submittedAt < :cutoff', { cutoff })
            .andWhere('request.unansweredNotifiedAt IS NULL')
            .andWhere('quote.id IS NULL')
            .getMany();
        let unanswered = 0;
        for (const request of silent) {
            const result = await requestRepo
                .createQueryBuilder()
                .update(QuoteRequest)
                .set({ unansweredNotifiedAt: now })
                .where('id = :id AND "unansweredNotifiedAt" IS NULL', { id: request.id })
                .execute();
            if (result.affected) {
                unanswered++;
                await this.eventBus.publish(new QuoteRequestUnansweredEvent(ctx, request));
            }
        }
        return { closed, expired, unanswered };
    }

    /**
     * Ids of the channel's submitted requests submitted before the cut-off that no seller answered (no quote, nor a
     * decline), whether `QuoteRequestUnansweredEvent` was published or not: for other plugins judging by their own
     * number of hours (the alerts plugin's `rfq-quote-request-unanswered` rules).
     */
    async findUnansweredIds(ctx: RequestContext, submittedBefore: Date, take = 1000): Promise<ID[]> {
        const rows = await this.connection
            .getRepository(ctx, QuoteRequest)
            .createQueryBuilder('request')
            .select('request.id', 'id')
            .leftJoin(Quote, 'quote', 'quote.requestId = request.id')
            .where('request.channelId = :channelId', { channelId: ctx.channelId })
            .andWhere('request.state = :submitted', { submitted: QuoteRequestState.Submitted })
            .andWhere('request.submittedAt < :submittedBefore', { submittedBefore })
            .andWhere('quote.id IS NULL')
            .orderBy('request.id', 'ASC')
            .limit(take)
            .getRawMany<{ id: ID }>();
        return rows.map(r => r.id);
    }

    /** The quote, if it answers one of the buyer's requests. */
    private async findQuoteForBuyer(ctx: RequestContext, quoteId: ID): Promise<Quote | undefined> {
        const quote = await this.connection.getRepository(ctx, Quote).findOne({ where: { id: quoteId } });
        if (!quote) {
            return undefined;
        }
        const request = await this.requests.findOneForBuyer(ctx, quote.requestId);
        return request ? quote : undefined;
    }

    private isBuyerOf(
        buyer: { customerId: ID; companyId: ID | null; companyAdmin: boolean },
        request: QuoteRequest,
    ): boolean {
        return (
            idsAreEqual(request.customerId, buyer.customerId) ||
            (buyer.companyAdmin && buyer.companyId != null && idsAreEqual(request.companyId, buyer.companyId))
        );
    }

    /**
     * The catalogue variant a free-text request line means for a seller: the variant of the offer whose seller SKU,
     * manufacturer part number or variant SKU matched the part number when the line was routed to that seller.
     */
    private async matchedVariantId(
        ctx: RequestContext,
        requestLineId: ID,
        sellerId: ID,
    ): Promise<ID | undefined> {
        const row = await this.connection
            .getRepository(ctx, QuoteRequestRouting)
            .createQueryBuilder('routing')
            .innerJoin(Offer, 'offer', 'offer.id = routing.offerId')
            .select('offer.productVariantId', 'productVariantId')
            .where('routing.requestLineId = :requestLineId', { requestLineId })
            .andWhere('routing.sellerId = :sellerId', { sellerId })
            .getRawOne<{ productVariantId: ID }>();
        return row?.productVariantId ?? undefined;
    }

    private unavailability(
        quote: Quote,
        request: QuoteRequest,
        line: QuoteLine,
        now: number,
    ): 'expired' | 'declined' | 'withdrawn' | 'superseded' | undefined {
        if (quote.state === QuoteState.Declined) {
            return 'declined';
        }
        if (quote.state === QuoteState.Withdrawn || request.state === QuoteRequestState.Cancelled) {
            return 'withdrawn';
        }
        if (line.revision !== quote.revision) {
            return 'superseded';
        }
        if (
            quote.state === QuoteState.Expired ||
            request.state === QuoteRequestState.Closed ||
            (quote.validUntil && quote.validUntil.getTime() <= now)
        ) {
            return 'expired';
        }
        return undefined;
    }

    private checkOpen(request: QuoteRequest): QuoteRequestStateError | QuoteDeadlinePassedError | undefined {
        if (request.state !== QuoteRequestState.Submitted) {
            return new QuoteRequestStateError(request.state, 'quoted');
        }
        if (request.responseDeadline.getTime() <= Date.now()) {
            return new QuoteDeadlinePassedError();
        }
        return undefined;
    }

    /** The request, if routed to the seller of this admin request, with the ids of the lines routed to it. */
    private async requireRouted(
        ctx: RequestContext,
        requestId: ID,
    ): Promise<{ request: QuoteRequest; sellerId: ID; routedLineIds: Set<string> }> {
        const viewer = await this.requests.adminViewer(ctx);
        if (viewer.kind !== 'seller') {
            throw new ForbiddenError();
        }
        const routings = await this.connection
            .getRepository(ctx, QuoteRequestRouting)
            .find({ where: { requestId, sellerId: viewer.sellerId } });
        const request = routings.length
            ? await this.connection.getRepository(ctx, QuoteRequest).findOne({ where: { id: requestId } })
            : null;
        if (!request) {
            throw new EntityNotFoundError('QuoteRequest', requestId);
        }
        return {
            request,
            sellerId: viewer.sellerId,
            routedLineIds: new Set(routings.map(r => String(r.requestLineId))),
        };
    }
}
