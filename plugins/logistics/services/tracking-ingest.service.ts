import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    ConfigService,
    JobQueue,
    JobQueueService,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { isDatabaseBusyError } from '../../../src/common/database-busy-plugin';
import { usesSqlJobQueue } from '../../../src/common/event-transaction';
import { GroupCommit, ItemOutcome } from '../../../src/common/group-commit';
import { CarrierWebhookRequest, MalformedWebhookError, ParsedTrackingEvent } from '../config/carrier-adapter';
import { LOGISTICS_PLUGIN_OPTIONS, loggerCtx, TRACKING_EVENT_QUEUE } from '../constants';
import { Carrier } from '../entities/carrier.entity';
import { Shipment } from '../entities/shipment.entity';
import { ResolvedLogisticsPluginOptions } from '../types';

import { CarrierAdapterRegistry } from './carrier-adapter-registry';
import { CarrierService } from './carrier.service';
import { ShipmentService } from './shipment.service';

/**
 * Job data: shipments whose timeline got new events and whose status must be re-derived. `queued`: the shipments
 * were marked as waiting (`Shipment.applyQueuedAt`), so one found unmarked was applied meanwhile and is skipped
 * (jobs queued before the marks existed lack it, and apply theirs regardless).
 */
interface ApplyTrackingJobData {
    [key: string]: string | number | boolean | Array<string | number>;
    shipmentIds: Array<string | number>;
    queued: boolean;
}

/**
 * After its own shipments, an apply job applies others waiting (queued by jobs still behind it in the queue), up
 * to this many, longest waiting first: a backlog is applied at the worker's pace rather than at the queue's (the
 * SQL job queue starts one job per queue every 200 ms), and the jobs behind it find theirs done.
 */
const APPLY_DRAIN_MAX = 2000;
const APPLY_DRAIN_PAGE = 100;

/** What a webhook delivery came to. `accepted` answers HTTP 202; the others 401, 400 and 404. */
export type WebhookOutcome =
    | { kind: 'accepted'; received: number; unknownTrackingNumbers: number }
    | { kind: 'unauthorized'; reason: string }
    | { kind: 'malformed'; reason: string }
    | { kind: 'not-found' };

/** One webhook request waiting to be written with the others that arrived meanwhile. */
interface WebhookDelivery {
    carrierCode: string;
    request: CarrierWebhookRequest;
}

/** A verified, parsed delivery of a batch, and where its outcome goes. */
interface AcceptedDelivery {
    index: number;
    carrier: Carrier;
    events: ParsedTrackingEvent[];
}

/** Most deliveries, and most bytes of bodies, written in one transaction. */
const WEBHOOK_BATCH_ITEMS = 100;
const WEBHOOK_BATCH_BYTES = 2_000_000;

/**
 * Carrier webhooks: verify (signature over the raw body, timestamp window) before parsing, parse, store each event
 * once, answer, and apply the new statuses on the job queue (fulfillment transitions, shipment events).
 *
 * Deliveries are written by group commit: those that arrive while a batch is being written are verified, parsed
 * and stored together in the next one (one carrier read per carrier, one transaction, one apply job for all their
 * shipments), and each is answered only after its batch has committed and its job is queued. A lone delivery is
 * written at once. A batch that fails is written again delivery by delivery, so one bad delivery fails alone
 * (unless the database is busy: then every delivery of the batch fails at once, and the carrier retries).
 */
@Injectable()
export class TrackingIngestService implements OnModuleInit {
    private queue: JobQueue<ApplyTrackingJobData>;
    private webhooks = new GroupCommit<WebhookDelivery, WebhookOutcome>(batch => this.receiveBatch(batch), {
        maxItems: WEBHOOK_BATCH_ITEMS,
        maxWeight: WEBHOOK_BATCH_BYTES,
        weight: d => d.request.rawBody.length,
    });

    constructor(
        private connection: TransactionalConnection,
        private jobQueueService: JobQueueService,
        private requestContextService: RequestContextService,
        private carriers: CarrierService,
        private shipments: ShipmentService,
        private adapters: CarrierAdapterRegistry,
        private configService: ConfigService,
        @Inject(LOGISTICS_PLUGIN_OPTIONS) private options: ResolvedLogisticsPluginOptions,
    ) {}

    /**
     * Runs `store` in a transaction and queues the apply job for the shipments it marked as waiting (shipments
     * already waiting have a job queued, which applies the new events too). On Vendure's SQL job queue the apply job
     * is a row in the same database: it is written in the events' own transaction (one commit for both, and no
     * stored event without its job). A queue elsewhere (BullMQ) gets the job after the commit, so that no worker can
     * run it before the events it applies are visible.
     */
    private async storeAndQueue<T extends { queuedShipmentIds: ID[] }>(
        ctx: RequestContext,
        store: (tx: RequestContext) => Promise<T>,
    ): Promise<T> {
        const inTransaction = usesSqlJobQueue(this.configService);
        const job = (ids: ID[]): ApplyTrackingJobData => ({
            shipmentIds: ids,
            queued: true,
        });
        const stored = await this.connection.withTransaction(ctx, async tx => {
            const result = await store(tx);
            if (inTransaction && result.queuedShipmentIds.length) {
                await this.queue.add(job(result.queuedShipmentIds), { retries: 5, ctx: tx });
            }
            return result;
        });
        if (!inTransaction && stored.queuedShipmentIds.length) {
            await this.queue.add(job(stored.queuedShipmentIds), { retries: 5 });
        }
        return stored;
    }

    async onModuleInit(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue({
            name: TRACKING_EVENT_QUEUE,
            process: job => this.applyShipments(job.data.shipmentIds, job.data.queued === true),
        });
    }

    /** Verifies, parses and stores one webhook delivery (with the others that arrive meanwhile, see above). */
    receiveWebhook(carrierCode: string, request: CarrierWebhookRequest): Promise<WebhookOutcome> {
        return this.webhooks.submit({ carrierCode, request });
    }

    private async receiveBatch(deliveries: WebhookDelivery[]): Promise<Array<ItemOutcome<WebhookOutcome>>> {
        const ctx = await this.requestContextService.create({ apiType: 'admin' });
        const now = new Date();
        const carriers = new Map<string, Carrier | undefined>();
        for (const code of new Set(deliveries.map(d => d.carrierCode))) {
            carriers.set(code, await this.carriers.findForWebhook(ctx, code));
        }
        const outcomes: Array<ItemOutcome<WebhookOutcome>> = [];
        const accepted: AcceptedDelivery[] = [];
        deliveries.forEach((delivery, index) => {
            const carrier = carriers.get(delivery.carrierCode);
            if (!carrier) {
                outcomes[index] = { ok: true, value: { kind: 'not-found' } };
                return;
            }
            try {
                const checked = this.check(carrier, delivery.request, now);
                if (Array.isArray(checked)) {
                    accepted.push({ index, carrier, events: checked });
                } else {
                    outcomes[index] = { ok: true, value: checked };
                }
            } catch (error) {
                outcomes[index] = { ok: false, error };
            }
        });
        if (!accepted.length) {
            return outcomes;
        }
        try {
            const unknown = await this.storeTogether(ctx, accepted);
            accepted.forEach((a, i) => {
                outcomes[a.index] = {
                    ok: true,
                    value: {
                        kind: 'accepted',
                        received: a.events.length,
                        unknownTrackingNumbers: unknown[i],
                    },
                };
            });
        } catch (e) {
            // A busy database would only make each delivery wait again: all of them answer busy (503) at once.
            if (accepted.length === 1 || isDatabaseBusyError(e)) {
                for (const a of accepted) {
                    outcomes[a.index] = { ok: false, error: e };
                }
                return outcomes;
            }
            Logger.warn(
                `A batch of ${accepted.length} webhook deliveries failed (${(e as Error).message}); writing them one by one`,
                loggerCtx,
            );
            for (const a of accepted) {
                try {
                    const stored = await this.ingest(ctx, a.carrier, a.events);
                    outcomes[a.index] = { ok: true, value: { kind: 'accepted', ...stored } };
                } catch (error) {
                    outcomes[a.index] = { ok: false, error };
                }
            }
        }
        return outcomes;
    }

    /** The delivery's events, or why it is refused: adapter, signature and timestamp, body, size. */
    private check(
        carrier: Carrier,
        request: CarrierWebhookRequest,
        now: Date,
    ): ParsedTrackingEvent[] | Exclude<WebhookOutcome, { kind: 'accepted' }> {
        const adapter = carrier.enabled ? this.adapters.get(carrier.adapterCode) : undefined;
        if (!adapter?.verifyWebhook || !adapter.parseWebhook) {
            return { kind: 'not-found' };
        }
        const verification = adapter.verifyWebhook(request, this.carriers.activeSecrets(carrier, now), now);
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
        return events;
    }

    /**
     * Stores the events of several deliveries in one transaction (per carrier, one insert-or-ignore), then queues one
     * apply job for all their shipments. Answers each delivery's count of events for unknown tracking numbers.
     */
    private async storeTogether(ctx: RequestContext, accepted: AcceptedDelivery[]): Promise<number[]> {
        const byCarrier = new Map<ID, { carrier: Carrier; events: ParsedTrackingEvent[] }>();
        for (const a of accepted) {
            const group = byCarrier.get(a.carrier.id) ?? { carrier: a.carrier, events: [] };
            group.events.push(...a.events);
            byCarrier.set(a.carrier.id, group);
        }
        const known = new Map<ID, Set<string>>();
        await this.storeAndQueue(ctx, async tx => {
            const queuedShipmentIds = new Set<ID>();
            for (const [carrierId, group] of byCarrier) {
                const stored = await this.shipments.storeEvents(tx, group.carrier, group.events);
                known.set(carrierId, stored.knownTrackingNumbers);
                stored.queuedShipmentIds.forEach(id => queuedShipmentIds.add(id));
            }
            return { queuedShipmentIds: [...queuedShipmentIds] };
        });
        return accepted.map(
            a => a.events.filter(e => !known.get(a.carrier.id)?.has(e.trackingNumber)).length,
        );
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
        const stored = await this.storeAndQueue(ctx, tx => this.shipments.storeEvents(tx, carrier, events));
        return { received: events.length, unknownTrackingNumbers: stored.unknownTrackingNumbers };
    }

    /**
     * Re-derives each shipment's status, in a transaction per shipment on the shipment's channel; then those other
     * shipments waiting (see {@link APPLY_DRAIN_MAX}). A failure of one of the job's own shipments fails the job
     * (retried); one of the others is logged and left to its own job.
     */
    private async applyShipments(shipmentIds: ID[], queued: boolean): Promise<void> {
        const base = await this.requestContextService.create({ apiType: 'admin' });
        const contexts = new Map<string, Promise<RequestContext>>();
        const contextOf = (channelId: ID) => {
            let ctx = contexts.get(String(channelId));
            if (!ctx) {
                ctx = this.connection
                    .getRepository(base, Channel)
                    .findOne({ where: { id: channelId } })
                    .then(channel =>
                        this.requestContextService.create({
                            apiType: 'admin',
                            // By token: the channel as ChannelService caches it, with its default tax zone.
                            channelOrToken: channel?.token,
                        }),
                    );
                contexts.set(String(channelId), ctx);
            }
            return ctx;
        };
        const apply = async (id: ID, channelId: ID, onlyIfQueued: boolean) => {
            const ctx = await contextOf(channelId);
            await this.connection.withTransaction(ctx, tx =>
                this.shipments.applyLatestStatus(tx, id, { onlyIfQueued }),
            );
        };
        const own = shipmentIds.length
            ? await this.connection
                  .getRepository(base, Shipment)
                  .find({ where: { id: In(shipmentIds) }, select: ['id', 'channelId'] })
            : [];
        for (const shipment of own) {
            try {
                await apply(shipment.id, shipment.channelId, queued);
            } catch (e) {
                Logger.error(
                    `Applying tracking events to shipment ${String(shipment.id)} failed: ${(e as Error).message}`,
                    loggerCtx,
                );
                throw e;
            }
        }
        const seen = own.map(s => s.id);
        for (let applied = 0; applied < APPLY_DRAIN_MAX;) {
            const page = await this.shipments.findQueuedForApply(base, APPLY_DRAIN_PAGE, seen);
            if (!page.length) {
                break;
            }
            for (const next of page) {
                seen.push(next.id);
                applied += 1;
                try {
                    await apply(next.id, next.channelId, true);
                } catch (e) {
                    Logger.warn(
                        `Applying tracking events to shipment ${String(next.id)} failed (left to the job queued for it): ${
                            (e as Error).message
                        }`,
                        loggerCtx,
                    );
                }
            }
        }
    }
}
