import { OnApplicationBootstrap } from '@nestjs/common';
import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';

import { OperationHooksModule } from '../../src/common/operation-hooks';

import { MarketplacePlugin, SellerOrderService } from '../marketplace';

import { rfqAdminApiExtensions, rfqShopApiExtensions } from './api/rfq-api-extensions';
import { QuoteRequestAdminResolver, SubmitQuoteResultResolver } from './api/quote-request-admin.resolver';
import {
    QuoteAdminEntityResolver,
    QuoteEntityResolver,
    QuoteRequestAdminEntityResolver,
    QuoteRequestAttachmentEntityResolver,
    QuoteRequestEntityResolver,
    QuoteRequestLineEntityResolver,
    QuoteRequestRoutingEntityResolver,
} from './api/quote-request-entity.resolver';
import { QuoteRequestAttachmentController } from './api/quote-request-attachment.controller';
import {
    AddQuoteRequestAttachmentResultResolver,
    AcceptQuoteResultResolver,
    QuoteRequestResultResolver,
    QuoteRequestShopResolver,
} from './api/quote-request-shop.resolver';
import { orderLineQuoteCustomField, quoteLineIdOf } from './config/order-line-quote-custom-field';
import { quoteDeadlineTask } from './config/quote-deadline-task';
import { QuoteOrderInterceptor } from './config/quote-order-interceptor';
import { QuoteOrderItemPriceCalculationStrategy } from './config/quote-order-item-price-calculation-strategy';
import { QuoteRequestPermission, RFQ_PLUGIN_OPTIONS } from './constants';
import { OfferPartNumber } from './entities/offer-part-number.entity';
import { VariantSku } from './entities/variant-sku.entity';
import { QuoteLine } from './entities/quote-line.entity';
import { QuoteRequestAttachment } from './entities/quote-request-attachment.entity';
import { QuoteRequestLine } from './entities/quote-request-line.entity';
import { QuoteRequestRouting } from './entities/quote-request-routing.entity';
import { QuoteRequest } from './entities/quote-request.entity';
import { Quote } from './entities/quote.entity';
import { QuoteRequestService } from './services/quote-request.service';
import {
    attachmentMimeType,
    QuoteRequestAttachmentService,
} from './services/quote-request-attachment.service';
import { QuoteService } from './services/quote.service';
import { QuotedPriceService } from './services/quoted-price.service';
import { RfqNotificationService } from './services/rfq-notification.service';
import { RfqRoutingService } from './services/rfq-routing.service';
import { defaultRfqPluginOptions, ResolvedRfqPluginOptions, RfqPluginOptions } from './types';

const entities: Array<Type<unknown>> = [
    QuoteRequest,
    QuoteRequestLine,
    QuoteRequestRouting,
    QuoteRequestAttachment,
    Quote,
    QuoteLine,
    OfferPartNumber,
    VariantSku,
];

const providers: Array<Type<unknown>> = [
    QuoteRequestService,
    QuoteRequestAttachmentService,
    RfqRoutingService,
    QuoteService,
    QuotedPriceService,
    RfqNotificationService,
];

const sharedResolvers: Array<Type<unknown>> = [
    QuoteRequestEntityResolver,
    QuoteRequestLineEntityResolver,
    QuoteRequestAttachmentEntityResolver,
    QuoteEntityResolver,
];

/**
 * Requests for quotation on the marketplace: a buyer's request goes, per line, to every approved seller carrying
 * the part (an offer on the variant, or a matching seller SKU / manufacturer part number); sellers quote, revise
 * or decline until the deadline; the buyer compares and accepts quotes into the active order at the quoted prices.
 * Registered after `MarketplacePlugin`, whose price strategy this one wraps.
 *
 * @example
 * ```ts
 * plugins: [B2bPlugin.init({}), MarketplacePlugin.init({}), RfqPlugin.init({})]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule, MarketplacePlugin, OperationHooksModule],
    entities: () => entities,
    controllers: [QuoteRequestAttachmentController],
    providers: [{ provide: RFQ_PLUGIN_OPTIONS, useFactory: () => RfqPlugin.options }, ...providers],
    adminApiExtensions: {
        schema: rfqAdminApiExtensions,
        resolvers: [
            ...sharedResolvers,
            QuoteRequestAdminResolver,
            SubmitQuoteResultResolver,
            QuoteRequestAdminEntityResolver,
            QuoteAdminEntityResolver,
            QuoteRequestRoutingEntityResolver,
        ],
    },
    shopApiExtensions: {
        schema: rfqShopApiExtensions,
        resolvers: [
            ...sharedResolvers,
            QuoteRequestShopResolver,
            QuoteRequestResultResolver,
            AcceptQuoteResultResolver,
            AddQuoteRequestAttachmentResultResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(QuoteRequestPermission);
        config.customFields.OrderLine.push(orderLineQuoteCustomField);
        // Attachments are Vendure assets: Vendure checks their declared, extension and content types against the
        // permitted file types, and the multipart upload against uploadMaxFileSize.
        const { attachmentFileTypes, attachmentMaxFileSize } = RfqPlugin.options;
        const permitted = new Set(config.assetOptions.permittedFileTypes);
        for (const type of [...attachmentFileTypes, ...attachmentFileTypes.map(attachmentMimeType)]) {
            permitted.add(type);
        }
        config.assetOptions.permittedFileTypes = [...permitted];
        config.assetOptions.uploadMaxFileSize = Math.max(
            config.assetOptions.uploadMaxFileSize,
            attachmentMaxFileSize + 1,
        );
        // Wraps whatever prices lines today (marketplace offer → dealer price → catalogue): lines without an
        // accepted quote keep that price.
        config.orderOptions.orderItemPriceCalculationStrategy = new QuoteOrderItemPriceCalculationStrategy(
            config.orderOptions.orderItemPriceCalculationStrategy,
        );
        config.orderOptions.orderInterceptors = [
            ...(config.orderOptions.orderInterceptors ?? []),
            new QuoteOrderInterceptor(),
        ];
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []),
            quoteDeadlineTask(RfqPlugin.options.deadlineTaskSchedule),
        ];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class RfqPlugin implements OnApplicationBootstrap {
    constructor(
        private sellerOrders: SellerOrderService,
        private quotedPrices: QuotedPriceService,
    ) {}

    /**
     * A line bought on an accepted quote is the quoting seller's: the marketplace puts it in that seller's order,
     * allocates and sells it at the seller's stock location and books it in the seller's ledger.
     */
    onApplicationBootstrap(): void {
        this.sellerOrders.registerLineSellerResolver({
            claims: line => quoteLineIdOf(line.customFields) !== undefined,
            sellerIdOfLine: async (ctx, line) => {
                const quoteLineId = quoteLineIdOf(line.customFields);
                return quoteLineId === undefined
                    ? undefined
                    : this.quotedPrices.sellerIdOfAcceptedQuoteLine(ctx, quoteLineId);
            },
        });
    }

    static options: ResolvedRfqPluginOptions = defaultRfqPluginOptions;

    /** Registers the plugin; see {@link RfqPluginOptions} for the options and their defaults. */
    static init(options: RfqPluginOptions = {}): Type<RfqPlugin> {
        const resolved: ResolvedRfqPluginOptions = {
            ...defaultRfqPluginOptions,
            ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        };
        if (!(resolved.unansweredAfterHours > 0)) {
            throw new Error('RfqPlugin: unansweredAfterHours must be a positive number of hours');
        }
        if (typeof resolved.deadlineTaskSchedule !== 'string' || !resolved.deadlineTaskSchedule.trim()) {
            throw new Error('RfqPlugin: deadlineTaskSchedule must be a cron expression');
        }
        if (!(Number.isSafeInteger(resolved.attachmentMaxFileSize) && resolved.attachmentMaxFileSize > 0)) {
            throw new Error('RfqPlugin: attachmentMaxFileSize must be a positive number of bytes');
        }
        if (!(Number.isSafeInteger(resolved.attachmentMaxCount) && resolved.attachmentMaxCount >= 0)) {
            throw new Error('RfqPlugin: attachmentMaxCount must be a whole number, 0 or more');
        }
        const unknownType = resolved.attachmentFileTypes.find(
            t => !/^\.[a-z0-9]+$/.test(t) || attachmentMimeType(t) === 'application/octet-stream',
        );
        if (unknownType !== undefined) {
            throw new Error(
                `RfqPlugin: attachmentFileTypes: "${unknownType}" is not a known extension (lower case, with the dot)`,
            );
        }
        this.options = resolved;
        return RfqPlugin;
    }
}
