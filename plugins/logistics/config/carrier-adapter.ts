import { InjectableStrategy, RequestContext } from '@vendure/core';

import type { Carrier } from '../entities/carrier.entity';
import type { Shipment } from '../entities/shipment.entity';

import { TrackingStatus } from './tracking-status';

/** One tracking event as a carrier reported it, already mapped onto the normalized statuses. */
export interface ParsedTrackingEvent {
    /** The carrier's id of the event: unique per carrier, the key that makes deliveries idempotent. */
    carrierEventId: string;
    /** The tracking number of the shipment the event belongs to. */
    trackingNumber: string;
    status: TrackingStatus;
    subStatus?: string | null;
    /** The carrier's own status code and text. */
    carrierStatusCode?: string | null;
    carrierStatusText?: string | null;
    location?: string | null;
    /** When it happened (ISO 8601), not when it arrived. */
    occurredAt: string;
    /** The event as the carrier sent it. */
    rawPayload?: unknown;
}

/** The webhook request as received: raw bytes and lower-cased headers. */
export interface CarrierWebhookRequest {
    rawBody: Buffer;
    headers: Record<string, string | undefined>;
}

/** Outcome of a signature check: accepted, or why not. */
export type WebhookVerification = 'valid' | 'bad-signature' | 'stale';

/** Thrown by {@link CarrierAdapter.parseWebhook} for a body that is not in the carrier's format (HTTP 400). */
export class MalformedWebhookError extends Error {}

/**
 * A carrier integration. `manual` (staff enter events) and `generic-webhook` (Triflow's documented JSON format) are
 * built in; a developer adds a carrier by writing one adapter and passing it to `LogisticsPlugin.init({ adapters })`.
 *
 * @example
 * ```ts
 * export class AcmeExpressAdapter implements CarrierAdapter {
 *     readonly code = 'acme-express';
 *     readonly description = 'ACME Express (webhooks)';
 *     verifyWebhook(req: CarrierWebhookRequest, secrets: string[]) { ... }
 *     parseWebhook(req: CarrierWebhookRequest) { ... }
 *     mapStatus(code: string) { return code === 'DLV' ? { status: TrackingStatus.Delivered } : ...; }
 * }
 * ```
 */
export interface CarrierAdapter extends InjectableStrategy {
    /** Stored on `Carrier.adapterCode`. */
    readonly code: string;
    /** Shown when choosing a carrier's adapter. */
    readonly description: string;
    /** Tells the carrier about a new shipment (booking a label, subscribing to tracking). Optional. */
    registerShipment?(ctx: RequestContext, carrier: Carrier, shipment: Shipment): Promise<void>;
    /** Pulls the tracking events of a shipment, for carriers that do not push. Optional. */
    fetchTracking?(ctx: RequestContext, carrier: Carrier, shipment: Shipment): Promise<ParsedTrackingEvent[]>;
    /**
     * Checks a webhook's signature over the raw body, in constant time, before anything is parsed. `secrets` are
     * the carrier's current secret and, during a rotation's grace period, the previous one. Adapters without it
     * accept no webhooks.
     */
    verifyWebhook?(request: CarrierWebhookRequest, secrets: string[], now: Date): WebhookVerification;
    /** Parses a verified body into events; throws {@link MalformedWebhookError} when it is not well formed. */
    parseWebhook?(request: CarrierWebhookRequest): ParsedTrackingEvent[];
    /** Maps one of the carrier's status codes onto a normalized status (and a sub-status). */
    mapStatus(carrierCode: string): { status: TrackingStatus; subStatus?: string };
}
