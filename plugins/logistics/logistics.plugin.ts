import { MiddlewareConsumer, NestModule, RequestMethod } from '@nestjs/common';
import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';

import { OperationHooksModule } from '../../src/common/operation-hooks';

import {
    CarrierAdminEntityResolver,
    CreateCarrierResultResolver,
    ImportShippingRateTableCsvResultResolver,
    LogisticsAdminResolver,
    OrderShipmentsAdminResolver,
    ShipmentAdminEntityResolver,
} from './api/logistics-admin.resolver';
import { logisticsAdminApiExtensions, logisticsShopApiExtensions } from './api/logistics-api-extensions';
import {
    LogisticsShopResolver,
    OrderShipmentsShopResolver,
    ShipmentShopEntityResolver,
    TrackOrderResultResolver,
} from './api/logistics-shop.resolver';
import { LogisticsWebhookMiddleware } from './api/logistics-webhook.middleware';
import { carrierFulfillmentHandler } from './config/carrier-fulfillment-handler';
import { customerCustomFields, productVariantCustomFields } from './config/logistics-custom-fields';
import { rateTableEligibilityChecker, rateTableShippingCalculator } from './config/rate-table-shipping';
import { shipmentStalledTask } from './config/shipment-stalled-task';
import { trackingPollTask } from './config/tracking-poll-task';
import { webhookRawBodyMiddleware } from './config/webhook-raw-body';
import { CarrierPermission, LOGISTICS_PLUGIN_OPTIONS, ShipmentPermission, WEBHOOK_ROUTE } from './constants';
import { Carrier } from './entities/carrier.entity';
import { Shipment } from './entities/shipment.entity';
import { TrackingEvent } from './entities/tracking-event.entity';
import { CarrierAdapterRegistry } from './services/carrier-adapter-registry';
import { CarrierService } from './services/carrier.service';
import { OrderTrackingService } from './services/order-tracking.service';
import { CustomerLanguageService } from './services/customer-language.service';
import { RateTableImportService } from './services/rate-table-import.service';
import { ShipmentStallCheckService } from './services/shipment-stall-check.service';
import { ShipmentWarehouseService } from './services/shipment-warehouse.service';
import { ShipmentService } from './services/shipment.service';
import { TrackingIngestService } from './services/tracking-ingest.service';
import { TrackingPollService } from './services/tracking-poll.service';
import {
    defaultLogisticsPluginOptions,
    LogisticsPluginOptions,
    ResolvedLogisticsPluginOptions,
} from './types';

/*
 * The plugin is assembled from these lists; each area (carriers, shipments and tracking, webhooks, shipping fees)
 * adds its own lines.
 */
const entities: Array<Type<unknown>> = [Carrier, Shipment, TrackingEvent];

const providers: Array<Type<unknown>> = [
    CarrierAdapterRegistry,
    CarrierService,
    ShipmentService,
    TrackingIngestService,
    OrderTrackingService,
    ShipmentStallCheckService,
    CustomerLanguageService,
    RateTableImportService,
    TrackingPollService,
    ShipmentWarehouseService,
];

const adminResolvers: Array<Type<unknown>> = [
    LogisticsAdminResolver,
    CreateCarrierResultResolver,
    ImportShippingRateTableCsvResultResolver,
    CarrierAdminEntityResolver,
    ShipmentAdminEntityResolver,
    OrderShipmentsAdminResolver,
];

const shopResolvers: Array<Type<unknown>> = [
    LogisticsShopResolver,
    TrackOrderResultResolver,
    OrderShipmentsShopResolver,
    ShipmentShopEntityResolver,
];

const permissions = [CarrierPermission, ShipmentPermission];

/**
 * Carriers as adapters, a `Shipment` per carrier fulfillment with a normalized tracking timeline, signed and
 * idempotent carrier webhooks (`POST /logistics/webhook/:carrierCode`) and order tracking for shoppers. Tracking
 * moves Vendure's fulfillments (and so orders) to Shipped and Delivered and publishes `ShipmentDeliveredEvent`,
 * `ShipmentExceptionEvent` and `ShipmentStalledEvent`.
 *
 * @example
 * ```ts
 * plugins: [WarehousePlugin.init({}), LogisticsPlugin.init({ adapters: [new AcmeExpressAdapter()] })]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule, OperationHooksModule],
    entities: () => entities,
    providers: [
        { provide: LOGISTICS_PLUGIN_OPTIONS, useFactory: () => LogisticsPlugin.options },
        // Refusals (ErrorResults) in the request's language
        ...providers,
    ],
    exports: [CarrierService, ShipmentService, CarrierAdapterRegistry],
    adminApiExtensions: {
        schema: () => logisticsAdminApiExtensions,
        resolvers: () => adminResolvers,
    },
    shopApiExtensions: {
        schema: () => logisticsShopApiExtensions,
        resolvers: () => shopResolvers,
    },
    configuration: config => {
        config.authOptions.customPermissions.push(...permissions);
        config.shippingOptions.fulfillmentHandlers.push(carrierFulfillmentHandler);
        config.apiOptions.middleware.push(webhookRawBodyMiddleware());
        config.schedulerOptions.tasks.push(shipmentStalledTask(), trackingPollTask());
        // Rate-table shipping fees, edited on Vendure's shipping-method page.
        config.shippingOptions.shippingCalculators.push(rateTableShippingCalculator);
        config.shippingOptions.shippingEligibilityCheckers.push(rateTableEligibilityChecker);
        config.customFields.ProductVariant = [
            ...(config.customFields.ProductVariant ?? []),
            ...productVariantCustomFields,
        ];
        config.customFields.Customer = [...(config.customFields.Customer ?? []), ...customerCustomFields];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class LogisticsPlugin implements NestModule {
    static options: ResolvedLogisticsPluginOptions = defaultLogisticsPluginOptions;

    /** The carrier webhook (`LogisticsWebhookMiddleware`), ahead of the API's guards and interceptors. */
    configure(consumer: MiddlewareConsumer): void {
        consumer
            .apply(LogisticsWebhookMiddleware)
            .forRoutes({ path: `${WEBHOOK_ROUTE}/*carrierCode`, method: RequestMethod.POST });
    }

    /** Registers the plugin; see {@link LogisticsPluginOptions} for the options and their defaults. */
    static init(options: LogisticsPluginOptions = {}): Type<LogisticsPlugin> {
        const resolved: ResolvedLogisticsPluginOptions = {
            ...defaultLogisticsPluginOptions,
            ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        };
        const positive = (name: keyof ResolvedLogisticsPluginOptions) => {
            const value = resolved[name];
            if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
                throw new Error(
                    `LogisticsPlugin: ${name} must be a positive number, got ${JSON.stringify(value)}`,
                );
            }
        };
        positive('webhookToleranceSeconds');
        positive('maxEventsPerWebhook');
        positive('stalledAfterDays');
        positive('trackOrderRateLimit');
        if (resolved.defaultSecretGraceHours < 0) {
            throw new Error('LogisticsPlugin: defaultSecretGraceHours must be >= 0');
        }
        const codes = new Set<string>(['manual', 'generic-webhook']);
        for (const adapter of resolved.adapters) {
            if (!adapter?.code || codes.has(adapter.code)) {
                throw new Error(
                    `LogisticsPlugin: adapter codes must be unique, got "${String(adapter?.code)}"`,
                );
            }
            codes.add(adapter.code);
        }
        this.options = resolved;
        return LogisticsPlugin;
    }
}
