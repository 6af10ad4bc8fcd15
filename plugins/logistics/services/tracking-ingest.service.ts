import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    JobQueue,
    JobQueueService,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';

import { CarrierWebhookRequest, MalformedWebhookError, ParsedTrackingEvent } from '../config/carrier-adapter';
import { LOGISTICS_PLUGIN_OPTIONS, loggerCtx, TRACKING_EVENT_QUEUE } from '../constants';
import { Carrier } from '../entities/carrier.entity';
import { Shipment } from '../entities/shipment.entity';
import { ResolvedLogisticsPluginOptions } from '../types';

import { CarrierAdapterRegistry } from './carrier-adapter-registry';
import { CarrierService } from './carrier.service';
import { ShipmentService } from './shipment.service';

/** Job data: shipments whose timeline got new events and whose status must be re-derived. */
interface ApplyTrackingJobData {
    [key: string]: string | number | Array<string | number>;
    shipmentIds: Array<string | number>;
}

/** What a webhook delivery came to. `accepted` answers HTTP 202; the others 401, 400 and 404. */
export type WebhookOutcome =
    | { kind: 'accepted'; received: number; unknownTrackingNumbers: number }
    | { kind: 'unauthorized'; reason: string }
    | { kind: 'malformed'; reason: string }
    | { kind: 'not-found' };

/**
 * Carrier webhooks: verify (signature over the raw body, timestamp window) before parsing, parse, store each event
 * once, answer, and apply the new statuses on the job queue (fulfillment transitions, shipment events).
 */
@Injectable()
export class TrackingIngestService implements OnModuleInit {
    private queue: JobQueue<ApplyTrackingJobData>;

    constructor(
        private connection: TransactionalConnection,
        private jobQueueService: JobQueueService,
        private requestContextService: RequestContextService,
        private carriers: CarrierService,
        private shipments: ShipmentService,
        private adapters: CarrierAdapterRegistry,
        @Inject(LOGISTICS_PLUGIN_OPTIONS) private options: ResolvedLogisticsPluginOptions,
    ) {}

    async onModuleInit(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue({
            name: TRACKING_EVENT_QUEUE,
            process: job => this.applyShipments(job.data.shipmentIds),
        });
    }

    async receiveWebhook(carrierCode: string, request: CarrierWebhookRequest): Promise<WebhookOutcome> {
        const ctx = await this.requestContextService.create({ apiType: 'admin' });
        const carrier = await this.carriers.findByCode(ctx, carrierCode);
        const adapter = carrier?.enabled ? this.adapters.get(carrier.adapterCode) : undefined;
        if (!carrier || !adapter?.verifyWebhook || !adapter.parseWebhook) {
            return { kind: 'not-found' };
        }
        const verification = adapter.verifyWebhook(
            request,
            this.carriers.activeSecrets(carrier, new Date()),
            new Date(),
        );
        if (verification !== 'valid') {
            return {
                kind: 'unauthorized',
                reason: verification === 'stale' ? 'stale timestamp' : 'bad signature',
            };
        }
        let events: ParsedTrackingEvent[];
        try {
            events = adapter.parseWebhook(request);
        } catch (e) {
            if (e instanceof MalformedWebhookError) {
                return { kind: 'malformed', reason: e.message };
            }
            throw e;
        }
        if (events.length > this.options.maxEventsPerWebhook) {
            return {
                kind: 'malformed',
                reason: `At most ${this.options.maxEventsPerWebhook} events per request`,
            };
        }
        const stored = await this.ingest(ctx, carrier, events);
        return { kind: 'accepted', ...stored };
    }

    /**
     * Stores a carrier's events once each (insert-or-ignore on the carrier's event id) and applies them on the job
     * queue: what webhooks and the tracking poll both do with the events they receive.
     */
    async ingest(
        ctx: RequestContext,
        carrier: Carrier,
        events: ParsedTrackingEvent[],
    ): Promise<{ received: number; unknownTrackingNumbers: number }> {
        const stored = await this.connection.withTransaction(ctx, tx =>
            this.shipments.storeEvents(tx, carrier, events),
        );
        if (stored.shipmentIds.length) {
            await this.queue.add({ shipmentIds: stored.shipmentIds }, { retries: 5 });
        }
        return { received: events.length, unknownTrackingNumbers: stored.unknownTrackingNumbers };
    }

    /** Re-derives each shipment's status, in a transaction per shipment on the shipment's channel. */
    private async applyShipments(shipmentIds: ID[]): Promise<void> {
        const base = await this.requestContextService.create({ apiType: 'admin' });
        for (const id of shipmentIds) {
            const shipment = await this.connection.getRepository(base, Shipment).findOne({ where: { id } });
            if (!shipment) {
                continue;
            }
            const channel = await this.connection
                .getRepository(base, Channel)
                .findOne({ where: { id: shipment.channelId } });
            const ctx = await this.requestContextService.create({
                apiType: 'admin',
                // By token: the channel as ChannelService caches it, with its default tax zone.
                channelOrToken: channel?.token,
            });
            try {
                await this.connection.withTransaction(ctx, tx => this.shipments.applyLatestStatus(tx, id));
            } catch (e) {
                Logger.error(
                    `Applying tracking events to shipment ${String(id)} failed: ${(e as Error).message}`,
                    loggerCtx,
                );
                throw e;
            }
        }
    }
}
