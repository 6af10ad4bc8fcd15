import { CrudPermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link LogisticsPluginOptions}. */
export const LOGISTICS_PLUGIN_OPTIONS = Symbol('LOGISTICS_PLUGIN_OPTIONS');

/** Logger context for everything the logistics plugin logs. */
export const loggerCtx = 'LogisticsPlugin';

/** Carriers: their adapter, tracking URL template and webhook secret. */
export const CarrierPermission = new CrudPermissionDefinition('Carrier');

/** Shipments and their tracking timeline (reading them, adding manual tracking events). */
export const ShipmentPermission = new CrudPermissionDefinition('Shipment');

/** Job queue on which accepted webhook events are stored and applied. */
export const TRACKING_EVENT_QUEUE = 'logistics-tracking-events';

/** Code of the fulfillment handler that ships with a carrier and a tracking number. */
export const CARRIER_FULFILLMENT_HANDLER_CODE = 'carrier-fulfillment';

/** Path (under the server root) of the carrier webhook endpoint: `POST /logistics/webhook/:carrierCode`. */
export const WEBHOOK_ROUTE = 'logistics/webhook';

/** Header holding the Unix time (seconds) the sender signed at. */
export const TIMESTAMP_HEADER = 'x-triflow-timestamp';

/** Header holding `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`. */
export const SIGNATURE_HEADER = 'x-triflow-signature';

/** Id of the scheduled task that flags shipments with no tracking event for a while. */
export const SHIPMENT_STALLED_TASK_ID = 'logistics-shipment-stalled-check';

/** Id of the scheduled task that pulls tracking events from carriers whose adapter implements `fetchTracking`. */
export const TRACKING_POLL_TASK_ID = 'logistics-tracking-poll';
