import { Injectable } from '@nestjs/common';
import { Logger, RequestContext, TransactionalConnection } from '@vendure/core';
import { In, Not } from 'typeorm';

import { ParsedTrackingEvent } from '../config/carrier-adapter';
import { finalTrackingStatuses, TrackingStatus } from '../config/tracking-status';
import { loggerCtx } from '../constants';
import { Carrier } from '../entities/carrier.entity';
import { Shipment } from '../entities/shipment.entity';

import { CarrierAdapterRegistry } from './carrier-adapter-registry';
import { TrackingIngestService } from './tracking-ingest.service';

/** What one poll did. */
export interface TrackingPollResult {
    /** Open shipments asked about. */
    shipments: number;
    /** Events the carriers returned (each stored once: already known ones are ignored). */
    events: number;
    /** Shipments whose fetch failed or returned a malformed event (nothing stored for them). */
    failed: number;
}

const statuses = new Set<string>(Object.values(TrackingStatus));

function wellFormed(e: ParsedTrackingEvent): boolean {
    return (
        typeof e?.carrierEventId === 'string' &&
        e.carrierEventId.length > 0 &&
        typeof e.trackingNumber === 'string' &&
        statuses.has(e.status) &&
        typeof e.occurredAt === 'string' &&
        !Number.isNaN(new Date(e.occurredAt).getTime())
    );
}

/**
 * For carriers that do not push: asks the adapter of each enabled carrier that implements `fetchTracking` for the
 * events of each of its open (not delivered or expired) shipments, and feeds them through the same ingestion as
 * webhooks, so an event is stored once however often it is fetched.
 */
@Injectable()
export class TrackingPollService {
    constructor(
        private connection: TransactionalConnection,
        private adapters: CarrierAdapterRegistry,
        private ingest: TrackingIngestService,
    ) {}

    async run(ctx: RequestContext): Promise<TrackingPollResult> {
        const result: TrackingPollResult = { shipments: 0, events: 0, failed: 0 };
        const carriers = await this.connection.getRepository(ctx, Carrier).find({ where: { enabled: true } });
        for (const carrier of carriers) {
            const adapter = this.adapters.get(carrier.adapterCode);
            if (!adapter?.fetchTracking) {
                continue;
            }
            const open = await this.connection.getRepository(ctx, Shipment).find({
                where: { carrierId: carrier.id, status: Not(In(finalTrackingStatuses)) },
                order: { id: 'ASC' },
            });
            for (const shipment of open) {
                result.shipments += 1;
                let events: ParsedTrackingEvent[];
                try {
                    events = await adapter.fetchTracking(ctx, carrier, shipment);
                } catch (e) {
                    Logger.warn(
                        `Fetching tracking for ${carrier.code} ${shipment.trackingNumber} failed: ${(e as Error).message}`,
                        loggerCtx,
                    );
                    result.failed += 1;
                    continue;
                }
                const own = (events ?? []).filter(e => e?.trackingNumber === shipment.trackingNumber);
                if (!own.every(wellFormed)) {
                    Logger.warn(
                        `${carrier.code} returned a malformed event for ${shipment.trackingNumber}; none stored`,
                        loggerCtx,
                    );
                    result.failed += 1;
                    continue;
                }
                if (own.length) {
                    await this.ingest.ingest(ctx, carrier, own);
                    result.events += own.length;
                }
            }
        }
        return result;
    }
}
