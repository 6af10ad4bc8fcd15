import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    CustomerService,
    EntityNotFoundError,
    EventBus,
    ForbiddenError,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    ProductVariant,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import crypto from 'crypto';
import { Brackets, In } from 'typeorm';

import { CompanyRole, CompanyService } from '../../b2b';
import { MarketplaceSellerService } from '../../marketplace';
import { QuoteRequestPermission } from '../constants';
import { QuoteDeadlinePassedError, QuoteRequestStateError } from '../api/error-results';
import { QuoteLine } from '../entities/quote-line.entity';
import { QuoteRequestLine } from '../entities/quote-request-line.entity';
import { QuoteRequestRouting } from '../entities/quote-request-routing.entity';
import { QuoteRequest, QuoteRequestAddress, QuoteRequestState } from '../entities/quote-request.entity';
import { Quote, QuoteState } from '../entities/quote.entity';
import { QuoteRequestSubmittedEvent } from '../events/quote-request-submitted.event';

import { normalizePartNumber } from './part-number';
import { checkDate, checkInt, checkText, RFQ_INPUT_LIMITS } from './rfq-input';

export interface QuoteRequestLineInput {
    productVariantId?: ID | null;
    partNumber?: string | null;
    manufacturer?: string | null;
    description?: string | null;
    quantity: number;
}

export interface CreateQuoteRequestInput {
    lines: QuoteRequestLineInput[];
    neededBy?: Date | string | null;
    responseDeadline: Date | string;
    deliveryAddress?: QuoteRequestAddress | null;
    note?: string | null;
}

export interface UpdateQuoteRequestInput extends Partial<CreateQuoteRequestInput> {
    id: ID;
}

/** Who reads a request: its buyer (and company admins), the operator, or a seller it was routed to. */
export type RfqViewer =
    | { kind: 'buyer'; customerId: ID }
    | { kind: 'operator' }
    | { kind: 'seller'; sellerId: ID }
    | { kind: 'none' };

type RequestResult = QuoteRequest | QuoteRequestStateError | QuoteDeadlinePassedError;

/** The buyer's side of requests for quotation, and what each viewer may read of a request. */
@Injectable()
export class QuoteRequestService implements OnModuleInit {
    /** The B2B plugin's companies, when it is installed: a dealer member's requests belong to its company. */
    private companies: CompanyService | undefined;

    constructor(
        private moduleRef: ModuleRef,
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private customerService: CustomerService,
        private sellers: MarketplaceSellerService,
        private eventBus: EventBus,
    ) {}

    /** @internal */
    onModuleInit(): void {
        try {
            this.companies = this.moduleRef.get(CompanyService, { strict: false });
        } catch {
            // B2bPlugin is not installed: requests are the customer's own.
            this.companies = undefined;
        }
    }

    /** The customer behind the request's user (not deleted), cached for the request. */
    private async activeCustomerId(ctx: RequestContext): Promise<ID | undefined> {
        if (this.companies) {
            return this.companies.getActiveCustomerId(ctx);
        }
        if (ctx.activeUserId == null) {
            return undefined;
        }
        const customer = await this.customerService.findOneByUserId(ctx, ctx.activeUserId);
        return customer?.id;
    }

    /** The logged-in buyer, or ForbiddenError. */
    async requireBuyer(
        ctx: RequestContext,
    ): Promise<{ customerId: ID; companyId: ID | null; companyAdmin: boolean }> {
        const customerId = await this.activeCustomerId(ctx);
        if (customerId == null) {
            throw new ForbiddenError();
        }
        const membership = await this.companies?.getActiveMembership(ctx);
        return {
            customerId,
            companyId: membership?.companyId ?? null,
            companyAdmin: membership?.role === CompanyRole.Admin,
        };
    }

    /** Who the admin API request acts for: the operator on the default channel, a seller on its channel. */
    async adminViewer(ctx: RequestContext): Promise<RfqViewer> {
        if (ctx.apiType === 'shop') {
            const customerId = await this.activeCustomerId(ctx);
            return customerId == null ? { kind: 'none' } : { kind: 'buyer', customerId };
        }
        const scope = await this.sellers.getScope(ctx);
        if (scope.operator) {
            // On the default channel only holders of ReadQuoteRequest see requests (not every ReadOffer holder).
            return ctx.userHasPermissions([QuoteRequestPermission.Read])
                ? { kind: 'operator' }
                : { kind: 'none' };
        }
        return scope.sellerId == null ? { kind: 'none' } : { kind: 'seller', sellerId: scope.sellerId };
    }

    async findAllForBuyer(
        ctx: RequestContext,
        options?: ListQueryOptions<QuoteRequest>,
    ): Promise<PaginatedList<QuoteRequest>> {
        const buyer = await this.requireBuyer(ctx);
        const qb = this.listQueryBuilder.build(QuoteRequest, options, { ctx });
        qb.andWhere(
            new Brackets(w => {
                w.where(`${qb.alias}.customerId = :rfqCustomerId`, { rfqCustomerId: buyer.customerId });
                if (buyer.companyAdmin && buyer.companyId != null) {
                    w.orWhere(`${qb.alias}.companyId = :rfqCompanyId`, { rfqCompanyId: buyer.companyId });
                }
            }),
        );
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    /** The buyer's own request (or its company's, for a company admin); undefined otherwise. */
    async findOneForBuyer(ctx: RequestContext, id: ID): Promise<QuoteRequest | undefined> {
        const buyer = await this.requireBuyer(ctx);
        const request = await this.connection.getRepository(ctx, QuoteRequest).findOne({ where: { id } });
        if (!request) {
            return undefined;
        }
        const own = idsAreEqual(request.customerId, buyer.customerId);
        const company =
            buyer.companyAdmin && buyer.companyId != null && idsAreEqual(request.companyId, buyer.companyId);
        return own || company ? request : undefined;
    }

    /** Operator: every request. Seller: those with at least one line routed to it. Anyone else: none. */
    async findAllForAdmin(
        ctx: RequestContext,
        options?: ListQueryOptions<QuoteRequest>,
    ): Promise<PaginatedList<QuoteRequest>> {
        const viewer = await this.adminViewer(ctx);
        const qb = this.listQueryBuilder.build(QuoteRequest, options, { ctx });
        if (viewer.kind === 'seller') {
            qb.andWhere(
                `${qb.alias}.id IN (SELECT "routing"."requestId" FROM "rfq_quote_request_routing" "routing" WHERE "routing"."sellerId" = :rfqSellerId)`,
                { rfqSellerId: viewer.sellerId },
            );
        } else if (viewer.kind !== 'operator') {
            return { items: [], totalItems: 0 };
        }
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    async findOneForAdmin(ctx: RequestContext, id: ID): Promise<QuoteRequest | undefined> {
        const viewer = await this.adminViewer(ctx);
        if (viewer.kind === 'operator') {
            return (
                (await this.connection.getRepository(ctx, QuoteRequest).findOne({ where: { id } })) ??
                undefined
            );
        }
        if (viewer.kind !== 'seller') {
            return undefined;
        }
        const request = await this.connection
            .getRepository(ctx, QuoteRequest)
            .createQueryBuilder('request')
            .innerJoin(
                QuoteRequestRouting,
                'routing',
                'routing.requestId = request.id AND routing.sellerId = :sellerId',
                { sellerId: viewer.sellerId },
            )
            .where('request.id = :id', { id })
            .getOne();
        return request ?? undefined;
    }

    /** The lines the viewer may see: all for the buyer and the operator, the routed ones for a seller. */
    async visibleLines(ctx: RequestContext, request: QuoteRequest): Promise<QuoteRequestLine[]> {
        const viewer = await this.adminViewer(ctx);
        const qb = this.connection
            .getRepository(ctx, QuoteRequestLine)
            .createQueryBuilder('line')
            .where('line.requestId = :requestId', { requestId: request.id })
            .orderBy('line.position', 'ASC')
            .addOrderBy('line.id', 'ASC');
        if (viewer.kind === 'seller') {
            qb.innerJoin(
                QuoteRequestRouting,
                'routing',
                'routing.requestLineId = line.id AND routing.sellerId = :sellerId',
                { sellerId: viewer.sellerId },
            );
        } else if (viewer.kind === 'none') {
            return [];
        }
        return qb.getMany();
    }

    /** Lines no seller was found for (empty until routed). */
    async unroutedLines(ctx: RequestContext, request: QuoteRequest): Promise<QuoteRequestLine[]> {
        if (!request.routedAt) {
            return [];
        }
        const viewer = await this.adminViewer(ctx);
        if (viewer.kind === 'seller' || viewer.kind === 'none') {
            return [];
        }
        return this.connection
            .getRepository(ctx, QuoteRequestLine)
            .createQueryBuilder('line')
            .leftJoin(QuoteRequestRouting, 'routing', 'routing.requestLineId = line.id')
            .where('line.requestId = :requestId', { requestId: request.id })
            .andWhere('routing.id IS NULL')
            .orderBy('line.position', 'ASC')
            .getMany();
    }

    /** Ids of the request's lines that reached at least one seller. */
    async routedLineIds(ctx: RequestContext, requestId: ID): Promise<Set<string>> {
        const rows = await this.connection
            .getRepository(ctx, QuoteRequestRouting)
            .createQueryBuilder('routing')
            .select('DISTINCT routing.requestLineId', 'lineId')
            .where('routing.requestId = :requestId', { requestId })
            .getRawMany<{ lineId: ID }>();
        return new Set(rows.map(r => String(r.lineId)));
    }

    /** Routings the viewer may see: all for the operator, its own for a seller. */
    async visibleRoutings(ctx: RequestContext, request: QuoteRequest): Promise<QuoteRequestRouting[]> {
        const viewer = await this.adminViewer(ctx);
        if (viewer.kind !== 'operator' && viewer.kind !== 'seller') {
            return [];
        }
        return this.connection.getRepository(ctx, QuoteRequestRouting).find({
            where:
                viewer.kind === 'seller'
                    ? { requestId: request.id, sellerId: viewer.sellerId }
                    : { requestId: request.id },
            order: { requestLineId: 'ASC', sellerId: 'ASC' },
        });
    }

    /** Quotes the viewer may see: all for the buyer and the operator, its own for a seller. */
    async visibleQuotes(ctx: RequestContext, request: QuoteRequest): Promise<Quote[]> {
        const viewer = await this.adminViewer(ctx);
        if (viewer.kind === 'none') {
            return [];
        }
        const quotes = await this.connection.getRepository(ctx, Quote).find({
            where:
                viewer.kind === 'seller'
                    ? { requestId: request.id, sellerId: viewer.sellerId }
                    : { requestId: request.id },
            order: { id: 'ASC' },
        });
        // A buyer does not see declined quotes' (empty) lines differently, but never sees a draft of a seller.
        return quotes;
    }

    /** Current-revision lines of these quotes. */
    async currentLines(ctx: RequestContext, quotes: Quote[]): Promise<QuoteLine[]> {
        if (quotes.length === 0) {
            return [];
        }
        const lines = await this.connection.getRepository(ctx, QuoteLine).find({
            where: { quoteId: In(quotes.map(q => q.id)) },
            order: { id: 'ASC' },
        });
        const revision = new Map(quotes.map(q => [String(q.id), q.revision]));
        return lines.filter(l => revision.get(String(l.quoteId)) === l.revision);
    }

    async create(ctx: RequestContext, input: CreateQuoteRequestInput): Promise<QuoteRequest> {
        const buyer = await this.requireBuyer(ctx);
        const values = this.checkHeader(input, true);
        const lines = await this.checkLines(ctx, input.lines);
        const request = await this.connection.getRepository(ctx, QuoteRequest).save(
            new QuoteRequest({
                ...values,
                code: `RFQ-${crypto.randomBytes(5).toString('hex').toUpperCase()}`,
                state: QuoteRequestState.Draft,
                customerId: buyer.customerId,
                companyId: buyer.companyId,
                channelId: ctx.channelId,
                currencyCode: ctx.currencyCode,
            }),
        );
        await this.saveLines(ctx, request.id, lines);
        return request;
    }

    async update(ctx: RequestContext, input: UpdateQuoteRequestInput): Promise<RequestResult> {
        const request = await this.requireOwn(ctx, input.id);
        if (request.state !== QuoteRequestState.Draft) {
            return new QuoteRequestStateError(request.state, 'changed');
        }
        const values = this.checkHeader(
            {
                neededBy: input.neededBy === undefined ? request.neededBy : input.neededBy,
                responseDeadline: input.responseDeadline ?? request.responseDeadline,
                deliveryAddress:
                    input.deliveryAddress === undefined ? request.deliveryAddress : input.deliveryAddress,
                note: input.note === undefined ? request.note : input.note,
            },
            input.responseDeadline != null,
        );
        const lines = input.lines ? await this.checkLines(ctx, input.lines) : undefined;
        await this.connection.getRepository(ctx, QuoteRequest).update({ id: request.id }, values);
        if (lines) {
            await this.connection.getRepository(ctx, QuoteRequestLine).delete({ requestId: request.id });
            await this.saveLines(ctx, request.id, lines);
        }
        return this.reload(ctx, request.id);
    }

    /** Draft → submitted (a conditional UPDATE: submitting twice at once routes once), then routing is queued. */
    async submit(ctx: RequestContext, id: ID): Promise<RequestResult> {
        const request = await this.requireOwn(ctx, id);
        if (request.state !== QuoteRequestState.Draft) {
            return new QuoteRequestStateError(request.state, 'submitted');
        }
        if (request.responseDeadline.getTime() <= Date.now()) {
            return new QuoteDeadlinePassedError();
        }
        const result = await this.connection
            .getRepository(ctx, QuoteRequest)
            .createQueryBuilder()
            .update(QuoteRequest)
            .set({ state: QuoteRequestState.Submitted, submittedAt: new Date() })
            .where('id = :id AND state = :draft', { id: request.id, draft: QuoteRequestState.Draft })
            .execute();
        if (!result.affected) {
            const current = await this.reload(ctx, request.id);
            return new QuoteRequestStateError(current.state, 'submitted');
        }
        const submitted = await this.reload(ctx, request.id);
        await this.eventBus.publish(new QuoteRequestSubmittedEvent(ctx, submitted));
        return submitted;
    }

    /** Draft or submitted → cancelled; the sellers' open quotes are withdrawn. */
    async cancel(ctx: RequestContext, id: ID): Promise<RequestResult> {
        const request = await this.requireOwn(ctx, id);
        const result = await this.connection
            .getRepository(ctx, QuoteRequest)
            .createQueryBuilder()
            .update(QuoteRequest)
            .set({ state: QuoteRequestState.Cancelled, closedAt: new Date() })
            .where('id = :id AND state IN (:...states)', {
                id: request.id,
                states: [QuoteRequestState.Draft, QuoteRequestState.Submitted],
            })
            .execute();
        if (!result.affected) {
            return new QuoteRequestStateError(request.state, 'cancelled');
        }
        await this.connection
            .getRepository(ctx, Quote)
            .update({ requestId: request.id, state: QuoteState.Submitted }, { state: QuoteState.Withdrawn });
        return this.reload(ctx, request.id);
    }

    /** A request line by id (no visibility check: for services that checked the request already). */
    async requestLine(ctx: RequestContext, id: ID): Promise<QuoteRequestLine | undefined> {
        return (
            (await this.connection.getRepository(ctx, QuoteRequestLine).findOne({ where: { id } })) ??
            undefined
        );
    }

    private async requireOwn(ctx: RequestContext, id: ID): Promise<QuoteRequest> {
        const request = await this.findOneForBuyer(ctx, id);
        if (!request) {
            throw new EntityNotFoundError('QuoteRequest', id);
        }
        return request;
    }

    private async reload(ctx: RequestContext, id: ID): Promise<QuoteRequest> {
        return this.connection.getRepository(ctx, QuoteRequest).findOneOrFail({ where: { id } });
    }

    private checkHeader(
        input: Omit<CreateQuoteRequestInput, 'lines'>,
        checkDeadlineInFuture: boolean,
    ): Pick<QuoteRequest, 'neededBy' | 'responseDeadline' | 'deliveryAddress' | 'note'> {
        const responseDeadline = checkDate(input.responseDeadline, 'responseDeadline');
        if (checkDeadlineInFuture && responseDeadline.getTime() <= Date.now()) {
            throw new UserInputError('responseDeadline must be in the future');
        }
        const neededBy = input.neededBy == null ? null : checkDate(input.neededBy, 'neededBy');
        const a = input.deliveryAddress;
        let deliveryAddress: QuoteRequestAddress | null = null;
        if (a) {
            const streetLine1 = checkText(a.streetLine1, 'deliveryAddress.streetLine1', 255);
            const countryCode = checkText(a.countryCode, 'deliveryAddress.countryCode', 2);
            if (!streetLine1 || !countryCode) {
                throw new UserInputError('deliveryAddress needs streetLine1 and a two-letter countryCode');
            }
            deliveryAddress = {
                fullName: checkText(a.fullName, 'deliveryAddress.fullName', 255),
                company: checkText(a.company, 'deliveryAddress.company', 255),
                streetLine1,
                streetLine2: checkText(a.streetLine2, 'deliveryAddress.streetLine2', 255),
                city: checkText(a.city, 'deliveryAddress.city', 255),
                postalCode: checkText(a.postalCode, 'deliveryAddress.postalCode', 20),
                countryCode: countryCode.toUpperCase(),
                phoneNumber: checkText(a.phoneNumber, 'deliveryAddress.phoneNumber', 50),
            };
        }
        return {
            neededBy,
            responseDeadline,
            deliveryAddress,
            note: checkText(input.note, 'note', RFQ_INPUT_LIMITS.note),
        };
    }

    private async checkLines(
        ctx: RequestContext,
        lines: QuoteRequestLineInput[],
    ): Promise<Array<Partial<QuoteRequestLine>>> {
        if (!Array.isArray(lines) || lines.length === 0 || lines.length > RFQ_INPUT_LIMITS.lines) {
            throw new UserInputError(`A request needs 1 to ${RFQ_INPUT_LIMITS.lines} lines`);
        }
        const variantIds = lines.filter(l => l.productVariantId != null).map(l => l.productVariantId as ID);
        if (variantIds.length) {
            const found = await this.connection
                .getRepository(ctx, ProductVariant)
                .createQueryBuilder('variant')
                .select('variant.id', 'id')
                .where('variant.id IN (:...ids)', { ids: variantIds })
                .andWhere('variant.deletedAt IS NULL')
                .getRawMany<{ id: ID }>();
            const known = new Set(found.map(f => String(f.id)));
            const missing = variantIds.find(id => !known.has(String(id)));
            if (missing != null) {
                throw new EntityNotFoundError('ProductVariant', missing);
            }
        }
        return lines.map((line, i) => {
            const partNumber = checkText(line.partNumber, `lines[${i}].partNumber`, RFQ_INPUT_LIMITS.text);
            if (line.productVariantId == null && !partNumber) {
                throw new UserInputError(`lines[${i}] needs a productVariantId or a partNumber`);
            }
            return {
                position: i,
                productVariantId: line.productVariantId ?? null,
                partNumber,
                partNumberNormalized: normalizePartNumber(partNumber),
                manufacturer: checkText(line.manufacturer, `lines[${i}].manufacturer`, RFQ_INPUT_LIMITS.text),
                description: checkText(
                    line.description,
                    `lines[${i}].description`,
                    RFQ_INPUT_LIMITS.description,
                ),
                quantity: checkInt(line.quantity, `lines[${i}].quantity`, 1, RFQ_INPUT_LIMITS.quantity),
            };
        });
    }

    private async saveLines(
        ctx: RequestContext,
        requestId: ID,
        lines: Array<Partial<QuoteRequestLine>>,
    ): Promise<void> {
        await this.connection
            .getRepository(ctx, QuoteRequestLine)
            .save(lines.map(l => new QuoteRequestLine({ ...l, requestId })));
    }
}
