import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../constants';

import {
    CarrierAdapter,
    CarrierWebhookRequest,
    MalformedWebhookError,
    ParsedTrackingEvent,
    WebhookVerification,
} from './carrier-adapter';
import { isTrackingStatus, TrackingStatus } from './tracking-status';
import { signaturesMatch, signWebhookBody } from './webhook-signature';

const MAX_TEXT = 500;

/**
 * Triflow's documented webhook format (see the README): a JSON body `{ "events": [ ... ] }` (or one event object),
 * signed with HMAC-SHA256 over `"<timestamp>.<raw body>"`. Statuses are the normalized ones; a carrier that sends
 * its own codes maps them in an adapter of its own.
 */
export class GenericWebhookCarrierAdapter implements CarrierAdapter {
    readonly code = 'generic-webhook';
    readonly description = 'Generic webhook: signed JSON events in the Triflow format';

    constructor(private toleranceSeconds = 300) {}

    verifyWebhook(request: CarrierWebhookRequest, secrets: string[], now: Date): WebhookVerification {
        const timestamp = request.headers[TIMESTAMP_HEADER] ?? '';
        const signature = request.headers[SIGNATURE_HEADER] ?? '';
        if (!/^\d{1,12}$/.test(timestamp) || !signature) {
            return 'bad-signature';
        }
        let valid = false;
        for (const secret of secrets) {
            // Check every secret, so timing does not reveal which one matched.
            valid = signaturesMatch(signature, signWebhookBody(secret, timestamp, request.rawBody)) || valid;
        }
        if (!valid) {
            return 'bad-signature';
        }
        if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > this.toleranceSeconds) {
            return 'stale';
        }
        return 'valid';
    }

    parseWebhook(request: CarrierWebhookRequest): ParsedTrackingEvent[] {
        let body: unknown;
        try {
            body = JSON.parse(request.rawBody.toString('utf8'));
        } catch {
            throw new MalformedWebhookError('The body is not JSON');
        }
        const list: unknown[] = isObject(body) && Array.isArray(body.events) ? body.events : [body];
        if (!list.length) {
            throw new MalformedWebhookError('The body holds no events');
        }
        return list.map((item, i) => this.parseEvent(item, i));
    }

    mapStatus(carrierCode: string): { status: TrackingStatus } {
        return { status: isTrackingStatus(carrierCode) ? carrierCode : TrackingStatus.Exception };
    }

    private parseEvent(item: unknown, index: number): ParsedTrackingEvent {
        const where = `events[${index}]`;
        if (!isObject(item)) {
            throw new MalformedWebhookError(`${where} is not an object`);
        }
        const id = requiredText(item.id, `${where}.id`);
        const trackingNumber = requiredText(item.trackingNumber, `${where}.trackingNumber`);
        const status = requiredText(item.status, `${where}.status`);
        if (!isTrackingStatus(status)) {
            throw new MalformedWebhookError(`${where}.status "${status}" is not a tracking status`);
        }
        const occurredAtText = requiredText(item.occurredAt, `${where}.occurredAt`);
        const occurredAt = new Date(occurredAtText);
        if (Number.isNaN(occurredAt.getTime())) {
            throw new MalformedWebhookError(`${where}.occurredAt is not an ISO 8601 date`);
        }
        return {
            carrierEventId: id,
            trackingNumber,
            status,
            subStatus: optionalText(item.subStatus, `${where}.subStatus`),
            carrierStatusCode: optionalText(item.code, `${where}.code`) ?? status,
            carrierStatusText: optionalText(item.description, `${where}.description`),
            location: optionalText(item.location, `${where}.location`),
            occurredAt: occurredAt.toISOString(),
            rawPayload: item,
        };
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requiredText(value: unknown, name: string): string {
    if (typeof value !== 'string' || !value.trim()) {
        throw new MalformedWebhookError(`${name} must be a non-empty string`);
    }
    if (value.length > MAX_TEXT) {
        throw new MalformedWebhookError(`${name} is longer than ${MAX_TEXT} characters`);
    }
    // PostgreSQL's text cannot hold U+0000: refused here, or the whole batch's insert would fail.
    if (value.includes('\u0000')) {
        throw new MalformedWebhookError(`${name} contains a NUL character`);
    }
    return value.trim();
}

function optionalText(value: unknown, name: string): string | null {
    if (value === undefined || value === null) {
        return null;
    }
    return requiredText(value, name);
}
