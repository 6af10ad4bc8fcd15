import { OnApplicationBootstrap } from '@nestjs/common';
import {
    EventBus,
    Logger,
    PluginCommonModule,
    RequestContextService,
    TransactionalConnection,
    Type,
    VendurePlugin,
} from '@vendure/core';
import { concatAST } from 'graphql';

import { OperationHooksModule } from '../../src/common/operation-hooks';
import { RequestedVariantsModule } from '../../src/common/active-order-variants';

import {
    CommissionRuleAdminResolver,
    CommissionRuleEntityResolver,
    MarketplaceCommissionRuleResultResolver,
} from './api/commission-rule-admin.resolver';
import { commissionRuleAdminApiExtensions } from './api/commission-rule-api-extensions';
import { offerAdminApiExtensions, offerShopApiExtensions } from './api/offer-api-extensions';
import {
    ImportOffersCsvResultResolver,
    OfferAdminEntityResolver,
    OfferAdminResolver,
    OfferResultResolver,
} from './api/offer-admin.resolver';
import {
    OfferShopEntityResolver,
    ProductOffersShopResolver,
    ProductVariantOffersShopResolver,
} from './api/offer-shop.resolver';
import { payoutAdminApiExtensions } from './api/payout-api-extensions';
import {
    MarkPayoutBatchPaidResultResolver,
    PayoutAdminResolver,
    PayoutBatchEntityResolver,
    RecordSellerRefundResultResolver,
    SellerFinanceEntityResolver,
} from './api/payout-admin.resolver';
import { sellerAdminApiExtensions, sellerShopApiExtensions } from './api/seller-api-extensions';
import {
    SellerAdminEntityResolver,
    SellerAdminResolver,
    SellerStatusResultResolver,
} from './api/seller-admin.resolver';
import {
    RegisterSellerResultResolver,
    SellerProfileEntityResolver,
    SellerShopResolver,
} from './api/seller-shop.resolver';
import { OfferCheckoutHook } from './api/offer-checkout.hook';
import { OfferSelectionHook } from './api/offer-selection.hook';
import { SellerFulfilmentHook } from './api/seller-fulfilment.hook';
import { BuyBoxProductVariantPriceCalculationStrategy } from './config/buy-box-product-variant-price-calculation-strategy';
import { offerCheckoutProcess } from './config/offer-checkout-process';
import { withSellerOrderProcess } from './config/seller-order-process';
import { OfferOrderInterceptor } from './config/offer-order-interceptor';
import { OfferOrderItemPriceCalculationStrategy } from './config/offer-order-item-price-calculation-strategy';
import { orderLineOfferCustomField } from './config/order-line-offer-custom-field';
import { MarketplaceOrderSellerStrategy } from './config/marketplace-order-seller-strategy';
import { MarketplaceShippingLineAssignmentStrategy } from './config/marketplace-shipping-line-assignment-strategy';
import { MarketplaceStockLocationStrategy } from './config/marketplace-stock-location-strategy';
import { payoutBatchTask } from './config/payout-batch-task';
import { sellerShippingEligibilityChecker } from './config/seller-shipping-eligibility-checker';
import { SellerAuthenticationStrategy } from './config/seller-authentication-strategy';
import {
    loggerCtx,
    MARKETPLACE_PLUGIN_OPTIONS,
    MarketplaceSellerPermission,
    OfferPermission,
    SellerPayoutPermission,
} from './constants';
import { MarketplaceCommissionRule } from './entities/commission-rule.entity';
import { MarketplaceSeller } from './entities/marketplace-seller.entity';
import { Offer } from './entities/offer.entity';
import { SellerLedgerEntry } from './entities/seller-ledger-entry.entity';
import { SellerOrderSettlement } from './entities/seller-order-settlement.entity';
import { SellerPayoutBatch } from './entities/seller-payout-batch.entity';
import { SellerStatusEvent } from './events/seller-status.event';
import { announceBuyBoxChange } from './services/buy-box-price-events';
import { CommissionRuleService } from './services/commission-rule.service';
import { MarketplaceSellerService } from './services/marketplace-seller.service';
import { OfferCsvService } from './services/offer-csv.service';
import { OfferService } from './services/offer.service';
import { SellerOrderFulfilmentService } from './services/seller-order-fulfilment.service';
import { SellerOrderService } from './services/seller-order.service';
import { SellerOrderCancellationService } from './services/seller-order-cancellation.service';
import { SellerOwnProductService } from './services/seller-own-product.service';
import { SellerRefundRecorder } from './services/seller-refund-recorder';
import { SellerPayoutService } from './services/seller-payout.service';
import {
    defaultMarketplacePluginOptions,
    MarketplacePluginOptions,
    ResolvedMarketplacePluginOptions,
} from './types';

/*
 * The plugin is assembled from these lists; each area (sellers, offers, buy box) adds its own lines.
 */
const entities: Array<Type<unknown>> = [
    MarketplaceSeller,
    Offer,
    SellerOrderSettlement,
    SellerLedgerEntry,
    SellerPayoutBatch,
    MarketplaceCommissionRule,
];

const providers: Array<Type<unknown>> = [
    MarketplaceSellerService,
    OfferService,
    OfferCsvService,
    SellerOrderService,
    SellerOrderFulfilmentService,
    SellerPayoutService,
    SellerRefundRecorder,
    SellerOrderCancellationService,
    SellerOwnProductService,
    CommissionRuleService,
];

const adminSchemas = [
    sellerAdminApiExtensions,
    offerAdminApiExtensions,
    payoutAdminApiExtensions,
    commissionRuleAdminApiExtensions,
];

const adminResolvers: Array<Type<unknown>> = [
    SellerAdminResolver,
    SellerAdminEntityResolver,
    SellerStatusResultResolver,
    SellerProfileEntityResolver,
    OfferAdminResolver,
    OfferAdminEntityResolver,
    OfferResultResolver,
    ImportOffersCsvResultResolver,
    PayoutAdminResolver,
    PayoutBatchEntityResolver,
    SellerFinanceEntityResolver,
    RecordSellerRefundResultResolver,
    MarkPayoutBatchPaidResultResolver,
    CommissionRuleAdminResolver,
    CommissionRuleEntityResolver,
    MarketplaceCommissionRuleResultResolver,
];

const shopSchemas = [sellerShopApiExtensions, offerShopApiExtensions];

const shopResolvers: Array<Type<unknown>> = [
    SellerShopResolver,
    RegisterSellerResultResolver,
    SellerProfileEntityResolver,
    ProductVariantOffersShopResolver,
    ProductOffersShopResolver,
    OfferShopEntityResolver,
];

const permissions = [MarketplaceSellerPermission, OfferPermission, SellerPayoutPermission];

/**
 * A marketplace on the shared catalogue: sellers apply and are approved, suspended and reinstated by the
 * operator; each seller gets a Vendure seller, channel, stock location, role and administrator; sellers publish
 * offers on catalogue variants, and the storefront shows them with a buy box.
 *
 * @example
 * ```ts
 * plugins: [MarketplacePlugin.init({})]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule, OperationHooksModule, RequestedVariantsModule],
    entities: () => entities,
    providers: [
        { provide: MARKETPLACE_PLUGIN_OPTIONS, useFactory: () => MarketplacePlugin.options },
        OfferSelectionHook,
        OfferCheckoutHook,
        SellerFulfilmentHook,
        ...providers,
    ],
    adminApiExtensions: {
        schema: () => concatAST(adminSchemas),
        resolvers: () => adminResolvers,
    },
    shopApiExtensions: {
        schema: () => concatAST(shopSchemas),
        resolvers: () => shopResolvers,
    },
    configuration: config => {
        config.authOptions.customPermissions.push(...permissions);
        // Administrators of sellers that are not approved may not log in, whichever strategy checks the password.
        config.authOptions.adminAuthenticationStrategy = config.authOptions.adminAuthenticationStrategy.map(
            strategy => new SellerAuthenticationStrategy(strategy),
        );
        // Offer lines: the order line records its offer; it is priced by it and checked when added or changed.
        // Wraps whatever prices lines today (the B2B dealer strategy), which still prices lines without an offer.
        config.customFields.OrderLine.push(orderLineOfferCustomField);
        config.orderOptions.orderItemPriceCalculationStrategy = new OfferOrderItemPriceCalculationStrategy(
            config.orderOptions.orderItemPriceCalculationStrategy,
        );
        // Storefront prices (product pages and the search index) of offered variants are their buy-box price,
        // what addItemToOrder charges; wraps the B2B dealer strategy, which prices variants nobody offers.
        config.catalogOptions.productVariantPriceCalculationStrategy =
            new BuyBoxProductVariantPriceCalculationStrategy(
                config.catalogOptions.productVariantPriceCalculationStrategy,
            );
        // A seller's shipping method is offered only to carts holding that seller's lines.
        config.shippingOptions.shippingEligibilityCheckers.push(sellerShippingEligibilityChecker);
        config.orderOptions.orderInterceptors = [
            ...(config.orderOptions.orderInterceptors ?? []),
            new OfferOrderInterceptor(),
        ];
        // A cart holding an offer that stopped selling (suspended seller, inactive, sold out) does not check out.
        config.orderOptions.process = [...(config.orderOptions.process ?? []), offerCheckoutProcess];
        // Seller orders are paid when the buyer's payment settles, and fulfilled by their sellers; the buyer's
        // order follows their fulfilments (Vendure's default process then checks fulfilment states through it).
        config.orderOptions.process = withSellerOrderProcess(config.orderOptions.process);
        // Seller orders: offer lines belong to their seller's channel, get their seller's shipping line, are
        // allocated from the offer (at the seller's stock location) and split into seller orders on placement.
        // Each wraps the strategy configured before, which still decides for orders without offer lines.
        const orderSellerStrategy = new MarketplaceOrderSellerStrategy(
            config.orderOptions.orderSellerStrategy,
        );
        // Commission and the seller's ledger are frozen in the placing transaction.
        orderSellerStrategy.onSellerOrdersCreated((ctx, _aggregate, sellerOrders, injector) =>
            injector.get(SellerPayoutService).recordPlacedSellerOrders(ctx, sellerOrders),
        );
        config.orderOptions.orderSellerStrategy = orderSellerStrategy;
        config.shippingOptions.shippingLineAssignmentStrategy = new MarketplaceShippingLineAssignmentStrategy(
            config.shippingOptions.shippingLineAssignmentStrategy,
        );
        config.catalogOptions.stockLocationStrategy = new MarketplaceStockLocationStrategy(
            config.catalogOptions.stockLocationStrategy,
        );
        config.schedulerOptions.tasks.push(payoutBatchTask(MarketplacePlugin.options.payoutBatchSchedule));
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class MarketplacePlugin implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private connection: TransactionalConnection,
        private offerService: OfferService,
        private sellerService: MarketplaceSellerService,
        private requestContextService: RequestContextService,
    ) {}

    /**
     * Sellers' stock locations leave the default channel Vendure put them in on start; seller roles get the
     * permissions `sellerRolePermissions` adds (sellers approved before); a seller's status
     * decides whether its offers are in the buy box: their variants are indexed again.
     */
    async onApplicationBootstrap(): Promise<void> {
        const bootCtx = await this.requestContextService.create({ apiType: 'admin' });
        const detached = await this.sellerService.keepSellerStockLocationsOwn(bootCtx);
        if (detached) {
            Logger.info(`Took ${detached} seller stock location(s) out of the default channel`, loggerCtx);
        }
        const updated = await this.sellerService.grantSellerRolePermissions(bootCtx);
        if (updated) {
            Logger.info(`Gave ${updated} seller role(s) the permissions they lacked`, loggerCtx);
        }
        this.eventBus.ofType(SellerStatusEvent).subscribe(event => {
            this.offerService
                .variantIdsOfSeller(event.ctx, event.seller.id)
                .then(ids => announceBuyBoxChange(event.ctx, this.connection, this.eventBus, ids))
                .catch((e: Error) =>
                    Logger.error(`Could not re-index a seller's offered variants: ${e.message}`, loggerCtx),
                );
        });
    }

    static options: ResolvedMarketplacePluginOptions = defaultMarketplacePluginOptions;

    /** Registers the plugin; see {@link MarketplacePluginOptions} for the options and their defaults. */
    static init(options: MarketplacePluginOptions = {}): Type<MarketplacePlugin> {
        const resolved: ResolvedMarketplacePluginOptions = {
            ...defaultMarketplacePluginOptions,
            ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        };
        if (typeof resolved.sellerRatingStrategy?.getRatings !== 'function') {
            throw new Error(
                'MarketplacePlugin: sellerRatingStrategy must implement getRatings(ctx, sellerIds)',
            );
        }
        if (!Array.isArray(resolved.sellerRolePermissions)) {
            throw new Error('MarketplacePlugin: sellerRolePermissions must be a list of permissions');
        }
        if (!Number.isSafeInteger(resolved.maxOfferCsvRows) || resolved.maxOfferCsvRows < 1) {
            throw new Error('MarketplacePlugin: maxOfferCsvRows must be a whole number of at least 1');
        }
        this.options = resolved;
        return MarketplacePlugin;
    }
}
