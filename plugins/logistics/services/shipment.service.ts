import { Injectable, OnModuleInit } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allocation,
    EntityNotFoundError,
    EventBus,
    Fulfillment,
    FulfillmentEvent,
    FulfillmentState,
    isGraphQlErrorResult,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    OrderService,
    RequestContext,
    Sale,
    StockLocationService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import crypto from 'crypto';
import { Brackets, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { PlainSql } from '../../../src/common/plain-sql';
import { ParsedTrackingEvent } from '../config/carrier-adapter';
import {
    finalTrackingStatuses,
    isTrackingStatus,
    shippedTrackingStatuses,
    TrackingStatus,
} from '../config/tracking-status';
import { CARRIER_FULFILLMENT_HANDLER_CODE, loggerCtx } from '../constants';
import { Carrier } from '../entities/carrier.entity';
import { APPLY_QUEUED_STALE_MS, Shipment, ShipmentPackage } from '../entities/shipment.entity';
import { TrackingEvent } from '../entities/tracking-event.entity';
import { ShipmentDeliveredEvent } from '../events/shipment-delivered.event';
import { ShipmentExceptionEvent } from '../events/shipment-exception.event';

import { CarrierAdapterRegistry } from './carrier-adapter-registry';
import { CarrierService } from './carrier.service';

export interface AddShipmentTrackingEventInput {
    shipmentId: ID;
    status: string;
    subStatus?: string | null;
    description?: string | null;
    location?: string | null;
    occurredAt?: Date | string | null;
}

/** Outcome of storing a batch of carrier events. */
export interface StoredTrackingEvents {
    /** Shipments that may have a new latest event. */
    shipmentIds: ID[];
    /**
     * Those of them this call marked as waiting to be applied (`applyQueuedAt` was null, or stale): an apply job
     * must be queued for them. The others were already waiting, and the job queued then applies these events too.
     */
    queuedShipmentIds: ID[];
    /** Events whose tracking number matches no shipment of the carrier (not stored). */
    unknownTrackingNumbers: number;
    /** The tracking numbers of the events that matched a shipment of the carrier. */
    knownTrackingNumbers: Set<string>;
}

/**
 * Shipments (one per carrier fulfillment) and their timeline. A shipment's status is its latest event by event
 * time; a status change moves the Vendure fulfillment (and so the order) through Vendure's own state machines.
 */
@Injectable()
export class ShipmentService implements OnModuleInit {
    private sql: PlainSql;

    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private orderService: OrderService,
        private eventBus: EventBus,
        private carrierService: CarrierService,
        private adapters: CarrierAdapterRegistry,
        private stockLocationService: StockLocationService,
    ) {
        this.sql = new PlainSql(connection);
    }

    onModuleInit(): void {
        // Inside the transaction that creates the fulfillment: no fulfillment without its shipment.
        this.eventBus.registerBlockingEventHandler({
            id: 'logistics-shipment-for-fulfillment',
            event: FulfillmentEvent,
            handler: event => this.onFulfillmentCreated(event),
        });
    }

    findAll(ctx: RequestContext, options?: ListQueryOptions<Shipment>): Promise<PaginatedList<Shipment>> {
        return this.listQueryBuilder
            .build(Shipment, options, { ctx, relations: ['carrier'], where: { channelId: ctx.channelId } })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    async findOne(ctx: RequestContext, id: ID): Promise<Shipment | undefined> {
        const shipment = await this.connection
            .getRepository(ctx, Shipment)
            .findOne({ where: { id, channelId: ctx.channelId }, relations: ['carrier'] });
        return shipment ?? undefined;
    }

    forOrder(ctx: RequestContext, orderId: ID): Promise<Shipment[]> {
        return this.connection.getRepository(ctx, Shipment).find({
            where: { orderId, channelId: ctx.channelId },
            relations: ['carrier'],
            order: { id: 'ASC' },
        });
    }

    /** The timeline, oldest first. */
    timeline(ctx: RequestContext, shipmentId: ID): Promise<TrackingEvent[]> {
        return this.connection.getRepository(ctx, TrackingEvent).find({
            where: { shipmentId },
            order: { occurredAt: 'ASC', id: 'ASC' },
        });
    }

    /**
     * Stores carrier events, each once: `(carrierId, carrierEventId)` is unique and the insert ignores a row that
     * is already there, so concurrent deliveries of one event store it once. Does not apply them (see
     * {@link applyLatestStatus}).
     */
    async storeEvents(
        ctx: RequestContext,
        carrier: Carrier,
        events: ParsedTrackingEvent[],
    ): Promise<StoredTrackingEvents> {
        const numbers = [...new Set(events.map(e => e.trackingNumber))];
        if (numbers.length && this.connection.rawConnection.options.type === 'postgres') {
            return this.storeEventsInOneStatement(ctx, carrier, events, numbers);
        }
        const shipments = numbers.length
            ? await this.connection.getRepository(ctx, Shipment).find({
                  where: { carrierId: carrier.id, trackingNumber: In(numbers) },
                  select: ['id', 'trackingNumber'],
              })
            : [];
        const byNumber = new Map(shipments.map(s => [s.trackingNumber, s.id]));
        const rows: Array<QueryDeepPartialEntity<TrackingEvent>> = [];
        let unknown = 0;
        for (const e of events) {
            const shipmentId = byNumber.get(e.trackingNumber);
            if (shipmentId == null) {
                unknown += 1;
                continue;
            }
            rows.push({
                shipmentId,
                carrierId: carrier.id,
                carrierEventId: e.carrierEventId,
                status: e.status,
                subStatus: e.subStatus ?? null,
                carrierStatusCode: e.carrierStatusCode ?? null,
                carrierStatusText: e.carrierStatusText ?? null,
                location: e.location ?? null,
                occurredAt: new Date(e.occurredAt),
                rawPayload: (e.rawPayload ?? null) as QueryDeepPartialEntity<unknown>,
            });
        }
        if (unknown) {
            Logger.warn(
                `${unknown} event(s) for unknown tracking numbers of carrier ${carrier.code}`,
                loggerCtx,
            );
        }
        // Events stored before (a carrier's retried delivery) change no shipment: no apply job for them. This is the
        // TypeORM path (SQLite): the transaction holds the write lock, so the answer holds until the insert.
        const already = new Set<string>();
        const eventIds = [...new Set(rows.map(r => r.carrierEventId as string))];
        for (let i = 0; i < eventIds.length; i += 500) {
            const found = await this.connection.getRepository(ctx, TrackingEvent).find({
                where: { carrierId: carrier.id, carrierEventId: In(eventIds.slice(i, i + 500)) },
                select: ['id', 'carrierEventId'],
            });
            found.forEach(f => already.add(f.carrierEventId));
        }
        const fresh = rows.filter(r => !already.has(r.carrierEventId as string));
        // A few hundred rows per statement keeps within every driver's bound-parameter limit.
        for (let i = 0; i < fresh.length; i += 200) {
            await this.connection
                .getRepository(ctx, TrackingEvent)
                .createQueryBuilder()
                .insert()
                .into(TrackingEvent)
                .values(fresh.slice(i, i + 200))
                .orIgnore()
                .execute();
        }
        const shipmentIds = [...new Set(rows.map(r => r.shipmentId as ID))];
        return {
            shipmentIds,
            queuedShipmentIds: await this.markQueued(ctx, [...new Set(fresh.map(r => r.shipmentId as ID))]),
            unknownTrackingNumbers: unknown,
            knownTrackingNumbers: new Set(byNumber.keys()),
        };
    }

    /**
     * {@link storeEvents} on PostgreSQL as one statement (a webhook batch's only statement besides its job): the
     * carrier's shipments of the events' tracking numbers, and the insert-or-ignore of the events that match one,
     * in their arrival order (ids break ties of event time). Values are bound as arrays, as the query builder would
     * bind each (dates in the driver's format, the raw payload as JSON text).
     *
     * Every shipment that got an event is locked, marked or not: a batch that finds its shipment already marked
     * leaves the apply to the job queued then, and that job must not read the events before this batch's are
     * committed. Locked, an apply that has not claimed the shipment yet waits for this commit (and then reads these
     * events); one that has claimed it is waited for here, and the shipment is found unmarked and marked again, with
     * a job of its own. Locking only the unmarked ones let an apply under way miss the batch's events for good (the
     * shipment kept an earlier event's status and time).
     */
    private async storeEventsInOneStatement(
        ctx: RequestContext,
        carrier: Carrier,
        events: ParsedTrackingEvent[],
        numbers: string[],
    ): Promise<StoredTrackingEvents> {
        const shipment = this.sql.table(Shipment);
        const event = this.sql.table(TrackingEvent);
        const now = new Date();
        const matched = await this.sql.rows<{ id: ID; trackingNumber: string; queued: boolean }>(
            ctx,
            `WITH s AS (
                SELECT "id", "carrierId", "trackingNumber" FROM ${shipment}
                WHERE "carrierId" = :carrierId AND "trackingNumber" IN (:...numbers)
            ), ins AS (
                INSERT INTO ${event} ("shipmentId", "carrierId", "carrierEventId", "status", "subStatus",
                    "carrierStatusCode", "carrierStatusText", "location", "occurredAt", "rawPayload")
                SELECT s."id", s."carrierId", e."carrierEventId", e."status", e."subStatus", e."carrierStatusCode",
                    e."carrierStatusText", e."location", e."occurredAt", e."rawPayload"
                FROM unnest(CAST(:trackingNumbers AS varchar[]), CAST(:carrierEventIds AS varchar[]),
                    CAST(:statuses AS varchar[]), CAST(:subStatuses AS varchar[]), CAST(:codes AS varchar[]),
                    CAST(:texts AS varchar[]), CAST(:locations AS varchar[]), CAST(:occurredAts AS timestamp[]),
                    CAST(:payloads AS text[])) WITH ORDINALITY AS e("trackingNumber", "carrierEventId", "status",
                    "subStatus", "carrierStatusCode", "carrierStatusText", "location", "occurredAt", "rawPayload", "n")
                JOIN s ON s."trackingNumber" = e."trackingNumber"
                ORDER BY e."n"
                ON CONFLICT DO NOTHING
                RETURNING "shipmentId"
            ), locked AS (
                SELECT "id", "applyQueuedAt" FROM ${shipment}
                WHERE "id" IN (SELECT "shipmentId" FROM ins)
                ORDER BY "id" FOR UPDATE
            ), queued AS (
                UPDATE ${shipment} SET "applyQueuedAt" = :now
                WHERE "id" IN (
                    SELECT "id" FROM locked
                    WHERE "applyQueuedAt" IS NULL OR "applyQueuedAt" < :staleBefore
                )
                RETURNING "id"
            )
            SELECT "id", "trackingNumber", "id" IN (SELECT "id" FROM queued) AS "queued" FROM s`,
            {
                now,
                staleBefore: new Date(now.getTime() - APPLY_QUEUED_STALE_MS),
                carrierId: carrier.id,
                numbers,
                trackingNumbers: events.map(e => e.trackingNumber),
                carrierEventIds: events.map(e => e.carrierEventId),
                statuses: events.map(e => e.status),
                subStatuses: events.map(e => e.subStatus ?? null),
                codes: events.map(e => e.carrierStatusCode ?? null),
                texts: events.map(e => e.carrierStatusText ?? null),
                locations: events.map(e => e.location ?? null),
                occurredAts: events.map(e => new Date(e.occurredAt)),
                payloads: events.map(e => (e.rawPayload == null ? null : JSON.stringify(e.rawPayload))),
            },
        );
        const byNumber = new Map(matched.map(m => [m.trackingNumber, m.id]));
        const unknown = events.filter(e => !byNumber.has(e.trackingNumber)).length;
        if (unknown) {
            Logger.warn(
                `${unknown} event(s) for unknown tracking numbers of carrier ${carrier.code}`,
                loggerCtx,
            );
        }
        return {
            shipmentIds: [...new Set(events.flatMap(e => byNumber.get(e.trackingNumber) ?? []))],
            queuedShipmentIds: matched.filter(m => m.queued).map(m => m.id),
            unknownTrackingNumbers: unknown,
            knownTrackingNumbers: new Set(byNumber.keys()),
        };
    }

    /** A tracking event entered by staff (manual carriers, or a correction), applied at once. */
    async addManualEvent(ctx: RequestContext, input: AddShipmentTrackingEventInput): Promise<Shipment> {
        if (!isTrackingStatus(input.status)) {
            throw new UserInputError(`"${input.status}" is not a tracking status`);
        }
        const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
        if (Number.isNaN(occurredAt.getTime())) {
            throw new UserInputError('occurredAt is not a valid date');
        }
        for (const [name, value] of [
            ['subStatus', input.subStatus],
            ['description', input.description],
            ['location', input.location],
        ] as const) {
            if (value != null && value.length > 500) {
                throw new UserInputError(`${name} is longer than 500 characters`);
            }
        }
        const shipment = await this.findOne(ctx, input.shipmentId);
        if (!shipment) {
            throw new UserInputError(`No shipment with id ${String(input.shipmentId)}`);
        }
        await this.storeEvents(ctx, shipment.carrier, [
            {
                carrierEventId: `manual-${crypto.randomUUID()}`,
                trackingNumber: shipment.trackingNumber,
                status: input.status,
                subStatus: input.subStatus?.trim() || null,
                carrierStatusCode: input.status,
                carrierStatusText: input.description?.trim() || null,
                location: input.location?.trim() || null,
                occurredAt: occurredAt.toISOString(),
            },
        ]);
        await this.applyLatestStatus(ctx, shipment.id);
        return (await this.findOne(ctx, shipment.id)) as Shipment;
    }

    /**
     * Sets the shipment's status to its latest event's (by event time; among equal times, the later stored) and,
     * when that changed, moves the fulfillment and publishes the shipment events. Idempotent. Run it in a
     * transaction: it first clears the shipment's mark of events waiting (`applyQueuedAt`), which locks the row
     * until the transaction ends, so two applies of one shipment take turns (the second sees the first's status and
     * publishes nothing again) and events stored meanwhile wait for the lock, mark the row again and get a job of
     * their own. With `onlyIfQueued`, a shipment not marked is left as it is (its events were applied since they
     * were stored) and false answered.
     */
    async applyLatestStatus(
        ctx: RequestContext,
        shipmentId: ID,
        options: { onlyIfQueued?: boolean } = {},
    ): Promise<boolean> {
        const claimed = await this.connection
            .getRepository(ctx, Shipment)
            .createQueryBuilder()
            .update(Shipment)
            // keeps updatedAt: the row's content does not change here
            .set({ applyQueuedAt: null, updatedAt: () => '"updatedAt"' })
            .where('"id" = :id', { id: shipmentId })
            .andWhere('"applyQueuedAt" IS NOT NULL')
            .execute();
        if (options.onlyIfQueued && !claimed.affected) {
            return false;
        }
        const shipment = await this.connection
            .getRepository(ctx, Shipment)
            .findOne({ where: { id: shipmentId }, relations: ['carrier'] });
        if (!shipment) {
            return false;
        }
        const latest = await this.connection.getRepository(ctx, TrackingEvent).findOne({
            where: { shipmentId },
            order: { occurredAt: 'DESC', id: 'DESC' },
        });
        if (!latest) {
            return true;
        }
        const previous = shipment.status;
        const changed =
            previous !== latest.status ||
            shipment.subStatus !== latest.subStatus ||
            shipment.lastEventAt?.getTime() !== latest.occurredAt.getTime();
        if (changed) {
            shipment.status = latest.status;
            shipment.subStatus = latest.subStatus;
            shipment.lastEventAt = latest.occurredAt;
            shipment.stalledAt = null;
            await this.connection.getRepository(ctx, Shipment).update(shipment.id, {
                status: shipment.status,
                subStatus: shipment.subStatus,
                lastEventAt: shipment.lastEventAt,
                stalledAt: null,
            });
        }
        // Whatever the latest event, any event at or past InTransit means the parcel has left.
        await this.moveFulfillment(ctx, shipment, await this.furthestFulfillmentState(ctx, shipment));
        if (previous !== shipment.status) {
            if (shipment.status === TrackingStatus.Delivered) {
                await this.eventBus.publish(new ShipmentDeliveredEvent(ctx, shipment));
            } else if (
                shipment.status === TrackingStatus.Exception ||
                shipment.status === TrackingStatus.AttemptFail
            ) {
                await this.eventBus.publish(new ShipmentExceptionEvent(ctx, shipment));
            }
        }
        return true;
    }

    /**
     * Shipments whose stored events wait to be applied, longest waiting first, with their channels (marks older
     * than {@link APPLY_QUEUED_STALE_MS} left out: their job was lost, and their next events queue a new one).
     */
    async findQueuedForApply(
        ctx: RequestContext,
        take: number,
        exclude: ID[] = [],
    ): Promise<Array<{ id: ID; channelId: ID }>> {
        const qb = this.connection
            .getRepository(ctx, Shipment)
            .createQueryBuilder('shipment')
            .select(['shipment.id', 'shipment.channelId'])
            .where('shipment.applyQueuedAt >= :staleBefore', {
                staleBefore: new Date(Date.now() - APPLY_QUEUED_STALE_MS),
            })
            .orderBy('shipment.applyQueuedAt', 'ASC')
            .addOrderBy('shipment.id', 'ASC')
            .take(take);
        if (exclude.length) {
            qb.andWhere('shipment.id NOT IN (:...exclude)', { exclude });
        }
        const rows = await qb.getMany();
        return rows.map(r => ({ id: r.id, channelId: r.channelId }));
    }

    /**
     * Marks the shipments as waiting to be applied where they were not (or their mark is stale), and answers those
     * it marked. The TypeORM path (SQLite, where the transaction holds the database's write lock, so nothing comes
     * between the read and the write); PostgreSQL marks them in {@link storeEventsInOneStatement}.
     */
    private async markQueued(ctx: RequestContext, ids: ID[]): Promise<ID[]> {
        if (!ids.length) {
            return [];
        }
        const now = new Date();
        const staleBefore = new Date(now.getTime() - APPLY_QUEUED_STALE_MS);
        const waiting = new Brackets(b =>
            b.where('"applyQueuedAt" IS NULL').orWhere('"applyQueuedAt" < :staleBefore', { staleBefore }),
        );
        const repo = this.connection.getRepository(ctx, Shipment);
        const toMark = await repo
            .createQueryBuilder()
            .select('"id"', 'id')
            .where('"id" IN (:...ids)', { ids })
            .andWhere(waiting)
            .getRawMany<{ id: ID }>();
        if (!toMark.length) {
            return [];
        }
        const marked = toMark.map(r => r.id);
        await repo
            .createQueryBuilder()
            .update(Shipment)
            .set({ applyQueuedAt: now, updatedAt: () => '"updatedAt"' })
            .where('"id" IN (:...marked)', { marked })
            .execute();
        return marked;
    }

    /** Undelivered shipments whose last event (or creation) is older than the cut-off and not yet flagged. */
    async findStalled(ctx: RequestContext, before: Date): Promise<Shipment[]> {
        const candidates = await this.connection
            .getRepository(ctx, Shipment)
            .createQueryBuilder('shipment')
            .leftJoinAndSelect('shipment.carrier', 'carrier')
            .where('shipment.status NOT IN (:...final)', { final: finalTrackingStatuses })
            .andWhere('shipment.stalledAt IS NULL')
            .andWhere('COALESCE(shipment.lastEventAt, shipment.createdAt) < :before', { before })
            .getMany();
        return candidates;
    }

    /**
     * Ids of the channel's undelivered shipments silent since before the cut-off (last event, or creation when none),
     * flagged or not: for other plugins judging silence by their own number of days (the alerts
     * plugin's `logistics-shipment-stalled` rules).
     */
    async findSilentIds(ctx: RequestContext, before: Date, take = 1000): Promise<ID[]> {
        const rows = await this.connection
            .getRepository(ctx, Shipment)
            .createQueryBuilder('shipment')
            .select('shipment.id', 'id')
            .where('shipment.channelId = :channelId', { channelId: ctx.channelId })
            .andWhere('shipment.status NOT IN (:...final)', { final: finalTrackingStatuses })
            .andWhere('COALESCE(shipment.lastEventAt, shipment.createdAt) < :before', { before })
            .orderBy('shipment.id', 'ASC')
            .limit(take)
            .getRawMany<{ id: ID }>();
        return rows.map(r => r.id);
    }

    /** Whether the shipment is undelivered (not in a final status) and silent since before the cut-off. */
    isSilentSince(shipment: Shipment, before: Date): boolean {
        return (
            !finalTrackingStatuses.includes(shipment.status) &&
            (shipment.lastEventAt ?? shipment.createdAt).getTime() < before.getTime()
        );
    }

    async markStalled(ctx: RequestContext, shipment: Shipment): Promise<void> {
        shipment.stalledAt = new Date();
        await this.connection
            .getRepository(ctx, Shipment)
            .update(shipment.id, { stalledAt: shipment.stalledAt });
    }

    /**
     * Sets (or with null clears) the stock location a shipment leaves from. The location must be one of the
     * channel's; anything else is refused with a UserInputError.
     */
    async setFromStockLocation(
        ctx: RequestContext,
        shipmentId: ID,
        stockLocationId: ID | null,
    ): Promise<Shipment> {
        const shipment = await this.findOne(ctx, shipmentId);
        if (!shipment) {
            throw new EntityNotFoundError('Shipment', shipmentId);
        }
        if (stockLocationId != null) {
            const location = await this.stockLocationService.findOne(ctx, stockLocationId);
            if (!location) {
                throw new UserInputError(
                    `No stock location with id ${String(stockLocationId)} in this channel: the shipment keeps its warehouse`,
                );
            }
        }
        shipment.fromStockLocationId = stockLocationId ?? null;
        await this.connection
            .getRepository(ctx, Shipment)
            .update({ id: shipment.id }, { fromStockLocationId: shipment.fromStockLocationId });
        return shipment;
    }

    /**
     * The one stock location the order lines were allocated or sold from (Vendure's `Allocation` and `Sale` stock
     * movements), or null when there is none or more than one.
     */
    async soldFromStockLocationId(ctx: RequestContext, orderLineIds: ID[]): Promise<ID | null> {
        if (!orderLineIds.length) {
            return null;
        }
        const locations = new Set<string>();
        for (const type of [Allocation, Sale]) {
            const movements = await this.connection
                .getRepository(ctx, type)
                .find({ where: { orderLine: { id: In(orderLineIds) } } });
            for (const m of movements) {
                locations.add(String(m.stockLocationId));
            }
        }
        if (locations.size !== 1) {
            return null;
        }
        const [only] = [...locations];
        const location = await this.stockLocationService.findOne(ctx, only);
        return location ? location.id : null;
    }

    private async furthestFulfillmentState(
        ctx: RequestContext,
        shipment: Shipment,
    ): Promise<FulfillmentState | undefined> {
        if (shipment.status === TrackingStatus.Delivered) {
            return 'Delivered';
        }
        if (shippedTrackingStatuses.includes(shipment.status)) {
            return 'Shipped';
        }
        // An earlier event may have been past InTransit (the latest is by event time): one is enough, not a count
        // of the whole timeline.
        const shipped = await this.connection.getRepository(ctx, TrackingEvent).findOne({
            where: { shipmentId: shipment.id, status: In(shippedTrackingStatuses) },
            select: ['id'],
        });
        return shipped ? 'Shipped' : undefined;
    }

    private async moveFulfillment(
        ctx: RequestContext,
        shipment: Shipment,
        target: FulfillmentState | undefined,
    ): Promise<void> {
        if (!target) {
            return;
        }
        const fulfillment = await this.connection
            .getRepository(ctx, Fulfillment)
            .findOne({ where: { id: shipment.fulfillmentId } });
        if (!fulfillment) {
            return;
        }
        const path: FulfillmentState[] =
            fulfillment.state === 'Pending'
                ? target === 'Delivered'
                    ? ['Shipped', 'Delivered']
                    : ['Shipped']
                : fulfillment.state === 'Shipped' && target === 'Delivered'
                  ? ['Delivered']
                  : [];
        for (const state of path) {
            const result = await this.orderService.transitionFulfillmentToState(ctx, fulfillment.id, state);
            if (isGraphQlErrorResult(result)) {
                Logger.warn(
                    `Fulfillment ${String(fulfillment.id)} of shipment ${String(shipment.id)} could not move to ${state}: ${result.message}`,
                    loggerCtx,
                );
                return;
            }
        }
    }

    private async onFulfillmentCreated(event: FulfillmentEvent): Promise<void> {
        const { ctx, entity: fulfillment, input } = event;
        if (!input || input.handler.code !== CARRIER_FULFILLMENT_HANDLER_CODE) {
            return;
        }
        const args = Object.fromEntries(input.handler.arguments.map(a => [a.name, a.value]));
        const carrier = await this.carrierService.requireEnabled(ctx, String(args.carrierCode ?? ''));
        const order = input.orders[0];
        const fromStockLocationId = await this.soldFromStockLocationId(
            ctx,
            input.lines.map(l => l.orderLineId),
        );
        const shipment = await this.connection.getRepository(ctx, Shipment).save(
            new Shipment({
                channelId: ctx.channelId,
                fulfillmentId: fulfillment.id,
                orderId: order.id,
                carrier,
                carrierId: carrier.id,
                trackingNumber: String(args.trackingNumber ?? '').trim(),
                status: TrackingStatus.Pending,
                subStatus: null,
                lastEventAt: null,
                stalledAt: null,
                packages: parsePackages(args.packages),
                fromStockLocationId,
            }),
        );
        const adapter = this.adapters.get(carrier.adapterCode);
        if (adapter?.registerShipment) {
            await adapter.registerShipment(ctx, carrier, shipment);
        }
    }
}

/** The `packages` argument: a JSON array of `{ weight, length, width, height }` (grams, millimetres). */
export function parsePackages(value: unknown): ShipmentPackage[] {
    if (value == null || value === '') {
        return [];
    }
    let parsed: unknown;
    try {
        parsed = typeof value === 'string' ? JSON.parse(value) : value;
    } catch {
        throw new UserInputError('packages must be a JSON array of { weight, length, width, height }');
    }
    if (!Array.isArray(parsed) || parsed.length > 100) {
        throw new UserInputError('packages must be a JSON array of at most 100 packages');
    }
    return parsed.map((p: unknown, i) => {
        if (typeof p !== 'object' || p === null) {
            throw new UserInputError(`packages[${i}] is not an object`);
        }
        const pkg = p as Record<string, unknown>;
        const out: ShipmentPackage = {};
        for (const key of ['weight', 'length', 'width', 'height'] as const) {
            const v = pkg[key];
            if (v == null) {
                continue;
            }
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
                throw new UserInputError(`packages[${i}].${key} must be a number >= 0`);
            }
            out[key] = v;
        }
        return out;
    });
}
