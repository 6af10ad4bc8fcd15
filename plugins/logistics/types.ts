import { CarrierAdapter } from './config/carrier-adapter';

/**
 * Options of the {@link LogisticsPlugin}, passed to `LogisticsPlugin.init()`. Carriers themselves (code, secret,
 * adapter) are entities a merchant edits; these options are developer-level switches.
 */
export interface LogisticsPluginOptions {
    /**
     * Carrier adapters besides the built-in `manual` and `generic-webhook` ones. A developer integrates a carrier
     * by writing one {@link CarrierAdapter} and listing it here.
     *
     * @default []
     */
    adapters?: CarrierAdapter[];
    /**
     * How far (seconds) a webhook's signed timestamp may be from the server clock before it is refused as stale
     * (replay window).
     *
     * @default 300
     */
    webhookToleranceSeconds?: number;
    /**
     * Most events one webhook request may carry.
     *
     * @default 500
     */
    maxEventsPerWebhook?: number;
    /**
     * Hours the previous webhook secret is still accepted after a rotation, when the rotation names none.
     *
     * @default 24
     */
    defaultSecretGraceHours?: number;
    /**
     * Days without a tracking event after which an undelivered shipment publishes `ShipmentStalledEvent`.
     *
     * @default 5
     */
    stalledAfterDays?: number;
    /**
     * Guest `trackOrder` look-ups allowed per client IP address per minute (the rest get `TrackingRateLimitError`).
     *
     * @default 10
     */
    trackOrderRateLimit?: number;
}

/** {@link LogisticsPluginOptions} with every default applied. */
export type ResolvedLogisticsPluginOptions = Required<LogisticsPluginOptions>;

export const defaultLogisticsPluginOptions: ResolvedLogisticsPluginOptions = {
    adapters: [],
    webhookToleranceSeconds: 300,
    maxEventsPerWebhook: 500,
    defaultSecretGraceHours: 24,
    stalledAfterDays: 5,
    trackOrderRateLimit: 10,
};

declare module '@vendure/core/dist/entity/custom-entity-fields' {
    interface CustomProductVariantFields {
        /** Shipping weight in grams (rate-table shipping). */
        shippingWeight?: number | null;
        /** Shipping length in millimetres. */
        shippingLength?: number | null;
        /** Shipping width in millimetres. */
        shippingWidth?: number | null;
        /** Shipping height in millimetres. */
        shippingHeight?: number | null;
    }
    interface CustomCustomerFields {
        /** Language of the customer's shipment emails (`en` or `zh_Hans`); unset: the channel's default. */
        notificationLanguage?: string | null;
    }
}
