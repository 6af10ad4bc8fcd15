import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    Ctx,
    Customer,
    ProductVariant,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
} from '@vendure/core';

import { MarketplaceSellerService } from '../../marketplace';
import { QuoteLine } from '../entities/quote-line.entity';
import { QuoteRequestLine } from '../entities/quote-request-line.entity';
import { QuoteRequestRouting } from '../entities/quote-request-routing.entity';
import { QuoteRequest } from '../entities/quote-request.entity';
import { Quote, QuoteState } from '../entities/quote.entity';
import { compareQuotes, QuoteLineComparison } from '../services/quote-comparison';
import { QuoteRequestService } from '../services/quote-request.service';
import { QuoteRequestAttachmentService } from '../services/quote-request-attachment.service';
import { QuoteRequestAttachment } from '../entities/quote-request-attachment.entity';
import { entityIdCodec } from '../config/entity-id-codec';

import { RFQ_ATTACHMENT_ROUTE } from './quote-request-attachment.controller';

/**
 * Fields of a request, in both APIs. The request itself was found for the viewer already; these read only what
 * that viewer may see (a seller: its routed lines and its own quote).
 */
@Resolver('QuoteRequest')
export class QuoteRequestEntityResolver {
    constructor(
        private requests: QuoteRequestService,
        private attachmentService: QuoteRequestAttachmentService,
    ) {}

    @ResolveField()
    attachments(
        @Ctx() ctx: RequestContext,
        @Parent() request: QuoteRequest,
    ): Promise<QuoteRequestAttachment[]> {
        return this.attachmentService.visibleAttachments(ctx, request);
    }

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

@Resolver('QuoteRequestAttachment')
export class QuoteRequestAttachmentEntityResolver {
    constructor(private configService: ConfigService) {}

    /** The guarded download route on the host the API was called on (absolute: storefronts live elsewhere). */
    @ResolveField()
    url(@Ctx() ctx: RequestContext, @Parent() attachment: QuoteRequestAttachment): string {
        const id = encodeURIComponent(entityIdCodec(this.configService).encode(attachment.id));
        const req = ctx.req;
        const host = req?.get('host');
        const base = req && host ? `${req.protocol}://${host}` : '';
        return `${base}/${RFQ_ATTACHMENT_ROUTE}/${id}`;
    }
}

@Resolver('QuoteRequestLine')
export class QuoteRequestLineEntityResolver {
    constructor(
        private connection: TransactionalConnection,
        private requestCache: RequestContextCacheService,
    ) {}

    @ResolveField()
    async productName(@Ctx() ctx: RequestContext, @Parent() line: QuoteRequestLine): Promise<string | null> {
        const variant = await this.variant(ctx, line);
        if (!variant) {
            return null;
        }
        const translation =
            variant.translations.find(t => t.languageCode === ctx.languageCode) ??
            variant.translations.find(t => t.languageCode === ctx.channel.defaultLanguageCode) ??
            variant.translations[0];
        return translation?.name ?? null;
    }

    @ResolveField()
    async sku(@Ctx() ctx: RequestContext, @Parent() line: QuoteRequestLine): Promise<string | null> {
        return (await this.variant(ctx, line))?.sku ?? null;
    }

    /**
     * The line's catalogue variant with its translations, read by id whatever the channel: a seller channel does
     * not hold the catalogue, and the line was already found for this viewer. Cached per request and line.
     */
    private variant(ctx: RequestContext, line: QuoteRequestLine): Promise<ProductVariant | null> {
        if (line.productVariantId == null) {
            return Promise.resolve(null);
        }
        const id = line.productVariantId;
        return this.requestCache.get(ctx, `rfq-line-variant-${String(id)}`, () =>
            this.connection.getRepository(ctx, ProductVariant).findOne({
                where: { id },
                relations: { translations: true },
                withDeleted: true,
            }),
        );
    }

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
    constructor(
        private requests: QuoteRequestService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    async buyer(
        @Ctx() ctx: RequestContext,
        @Parent() request: QuoteRequest,
    ): Promise<{ customerId: ID; name: string; emailAddress: string } | null> {
        if ((await this.requests.adminViewer(ctx)).kind !== 'operator') {
            return null;
        }
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { id: request.customerId }, withDeleted: true });
        if (!customer) {
            return null;
        }
        return {
            customerId: customer.id,
            name: `${customer.firstName} ${customer.lastName}`.trim() || customer.emailAddress,
            emailAddress: customer.emailAddress,
        };
    }

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
