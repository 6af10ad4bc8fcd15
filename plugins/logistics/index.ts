export { LogisticsPlugin } from './logistics.plugin';
export {
    LOGISTICS_PLUGIN_OPTIONS,
    CarrierPermission,
    ShipmentPermission,
    CARRIER_FULFILLMENT_HANDLER_CODE,
    SHIPMENT_STALLED_TASK_ID,
    TRACKING_POLL_TASK_ID,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WEBHOOK_ROUTE,
} from './constants';
export type { LogisticsPluginOptions } from './types';

// Carriers and adapters
export { Carrier } from './entities/carrier.entity';
export { CarrierService } from './services/carrier.service';
export { CarrierAdapterRegistry } from './services/carrier-adapter-registry';
export { TrackingPollService } from './services/tracking-poll.service';
export type { TrackingPollResult } from './services/tracking-poll.service';
export type {
    CarrierAdapter,
    CarrierWebhookRequest,
    ParsedTrackingEvent,
    WebhookVerification,
} from './config/carrier-adapter';
export { MalformedWebhookError } from './config/carrier-adapter';
export { ManualCarrierAdapter } from './config/manual-carrier-adapter';
export { GenericWebhookCarrierAdapter } from './config/generic-webhook-carrier-adapter';
export { signWebhookBody } from './config/webhook-signature';
export { TrackingStatus } from './config/tracking-status';

// Shipments and tracking
export { Shipment } from './entities/shipment.entity';
export type { ShipmentPackage } from './entities/shipment.entity';
export { TrackingEvent } from './entities/tracking-event.entity';
export { ShipmentService } from './services/shipment.service';
export { carrierFulfillmentHandler } from './config/carrier-fulfillment-handler';

// Events
export { CarrierEvent } from './events/carrier-event';
export { ShipmentDeliveredEvent } from './events/shipment-delivered.event';
export { ShipmentExceptionEvent } from './events/shipment-exception.event';
export { ShipmentStalledEvent } from './events/shipment-stalled.event';

// Shipment emails (EmailPlugin handlers) and the customer's email language
export {
    logisticsEmailHandlers,
    shipmentDeliveredEmailHandler,
    shipmentExceptionEmailHandler,
} from './config/shipment-email-handlers';
export type { ShipmentEmailData } from './config/shipment-email-handlers';
export { CustomerLanguageService } from './services/customer-language.service';

// Shipping fees
export { rateTableShippingCalculator, rateTableEligibilityChecker } from './config/rate-table-shipping';
export { parseRateTable, chargeableWeight, ratePrice, remoteSurcharge } from './config/rate-table';
export type { RateTable, RateTableZone, RemoteSurcharge, ShippableItem } from './config/rate-table';
export { readRateTableCsv, writeRateTableCsv, RATE_TABLE_CSV_COLUMNS } from './config/rate-table-csv';
export type {
    RateTableCsvMalformed,
    RateTableCsvRejection,
    RateTableCsvResult,
} from './config/rate-table-csv';
export { RateTableImportService } from './services/rate-table-import.service';
export type { ShippingRateTableImportReport } from './services/rate-table-import.service';
export { MalformedShippingRateTableCsvError } from './api/error-results';
