import { Injectable, OnModuleInit } from '@nestjs/common';
import { DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    CacheService,
    EntityNotFoundError,
    EventBus,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    RequestContext,
    RequestContextCacheService,
    StockLocation,
    StockLocationService,
    TransactionalConnection,
    UserInputError,
    Zone,
} from '@vendure/core';
import { In, Not, SelectQueryBuilder } from 'typeorm';

import { PlainSql } from '../../../src/common/plain-sql';
import {
    inTransaction,
    peekTransactionScopedCache,
    transactionScopedCache,
} from '../../../src/common/transaction-scoped-cache';
import { DuplicateCodeError } from '../api/error-results';
import { loggerCtx } from '../constants';
import { PurchaseOrder, PurchaseOrderState } from '../entities/purchase-order.entity';
import { StockCount, StockCountState } from '../entities/stock-count.entity';
import { StockTransfer, StockTransferState } from '../entities/stock-transfer.entity';
import { Warehouse, WarehouseAddress, WarehouseType } from '../entities/warehouse.entity';
import { WarehouseEvent } from '../events/warehouse-event';

/** Fields shared by create and update. */
interface WarehouseDetailsInput {
    code?: string | null;
    type?: WarehouseType | null;
    active?: boolean | null;
    priority?: number | null;
    pickupPoint?: boolean | null;
    pickupInstructions?: string | null;
    address?: WarehouseAddress | null;
    zoneIds?: ID[] | null;
    /** Channels of the stock location (it stays in the current channel unless left out explicitly). */
    channelIds?: ID[] | null;
    name?: string | null;
    description?: string | null;
}

export interface CreateWarehouseInput extends WarehouseDetailsInput {
    code: string;
    /** An existing stock location of this channel to turn into a warehouse; otherwise one is created. */
    stockLocationId?: ID | null;
}

export interface UpdateWarehouseInput extends WarehouseDetailsInput {
    id: ID;
}

const RELATIONS = ['stockLocation', 'zones'];

/** The request cache key of {@link WarehouseService.byStockLocationId}. */
const BY_STOCK_LOCATION = 'WarehouseService.byStockLocationId';

/** Vendure's cache key of the inactive warehouses' stock locations, for storefront reads (see below). */
const INACTIVE_LOCATIONS_CACHE_KEY = 'warehouse:inactive-stock-locations';
const INACTIVE_LOCATIONS_TTL_MS = 30_000;

/**
 * Warehouses: the details on Vendure stock locations. Reads are scoped to the request's channel through the
 * stock location's channels, so a warehouse of another channel is "not found".
 */
@Injectable()
export class WarehouseService implements OnModuleInit {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private stockLocationService: StockLocationService,
        private requestCache: RequestContextCacheService,
        private cacheService: CacheService,
        private eventBus: EventBus,
    ) {
        this.sql = new PlainSql(connection);
    }

    onModuleInit(): void {
        // after the change has committed (the event bus waits for the transaction)
        this.eventBus.ofType(WarehouseEvent).subscribe(() => {
            void this.cacheService.delete(INACTIVE_LOCATIONS_CACHE_KEY);
        });
    }

    private readonly sql: PlainSql;

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<Warehouse>,
    ): Promise<PaginatedList<Warehouse>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(Warehouse, options, {
                ctx,
                entityAlias: 'warehouse',
                relations: RELATIONS,
                customPropertyMap: { name: 'stockLocation.name' },
            })
            .andWhere(qb => `warehouse.stockLocationId IN ${this.channelLocationsSubQuery(qb)}`)
            .setParameter('channelId', ctx.channelId)
            .getManyAndCount();
        return { items, totalItems };
    }

    /** `(SELECT stock location ids of :channelId)`, for `IN` filters. */
    channelLocationsSubQuery(qb: SelectQueryBuilder<Warehouse>): string {
        return qb
            .subQuery()
            .select('scopeLocation.id')
            .from(StockLocation, 'scopeLocation')
            .innerJoin('scopeLocation.channels', 'scopeChannel')
            .where('scopeChannel.id = :channelId')
            .getQuery();
    }

    async findOne(ctx: RequestContext, id: ID): Promise<Warehouse | undefined> {
        const warehouse = await this.connection
            .getRepository(ctx, Warehouse)
            .createQueryBuilder('warehouse')
            .innerJoinAndSelect('warehouse.stockLocation', 'stockLocation')
            .innerJoin('stockLocation.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            })
            .leftJoinAndSelect('warehouse.zones', 'zone')
            .where('warehouse.id = :id', { id })
            .getOne();
        return warehouse ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<Warehouse> {
        const warehouse = await this.findOne(ctx, id);
        if (!warehouse) {
            throw new EntityNotFoundError('Warehouse', id);
        }
        return warehouse;
    }

    /**
     * The warehouses of the request's channel with their stock locations and zones, by priority (cached for the
     * request). One plain read, a row per warehouse and zone: the storefront's cart, shipping and payment requests
     * each ask for them, and the query builder's joined read cost more CPU than the database's answer. The
     * entities are whole, dates included: they reach GraphQL.
     */
    inChannel(ctx: RequestContext): Promise<Warehouse[]> {
        return this.requestCache.get(ctx, 'WarehouseService.inChannel', async () => {
            const rows = await this.sql.rows<Record<string, unknown>>(
                ctx,
                `SELECT ${this.warehouseColumns('w', 'l')}, ${this.sql.columns(Zone, 'z', true)}
                FROM ${this.sql.table(Warehouse)} w
                INNER JOIN ${this.sql.table(StockLocation)} l ON l."id" = w."stockLocationId"
                LEFT JOIN ${this.sql.table(Warehouse, 'zones')} wz ON wz."warehouseId" = w."id"
                LEFT JOIN ${this.sql.table(Zone)} z ON z."id" = wz."zoneId"
                WHERE EXISTS (SELECT 1 FROM ${this.sql.table(StockLocation, 'channels')} lc
                    WHERE lc."stockLocationId" = l."id" AND lc."channelId" = :channelId)
                ORDER BY w."priority" ASC, w."id" ASC`,
                { channelId: ctx.channelId },
            );
            const warehouses: Warehouse[] = [];
            for (const row of rows) {
                let warehouse = warehouses[warehouses.length - 1];
                // a warehouse's rows are adjacent (ordered by its id within its priority)
                if (!warehouse || !idsAreEqual(warehouse.id, this.sql.idOf(row, 'w'))) {
                    warehouse = this.warehouseOfRow(row, 'w', 'l') as Warehouse;
                    warehouse.zones = [];
                    warehouses.push(warehouse);
                }
                const zone = this.sql.hydrate(Zone, row, 'z', true);
                if (zone) {
                    warehouse.zones.push(zone);
                }
            }
            return warehouses;
        });
    }

    /**
     * The select list of a warehouse (alias `w`) and its stock location (alias `l`) for a plain read, whole (dates
     * included: they reach GraphQL); {@link warehouseOfRow} makes the entities of a row.
     */
    warehouseColumns(w: string, l: string): string {
        return `${this.sql.columns(Warehouse, w, true)}, ${this.sql.columns(StockLocation, l, true)}`;
    }

    /** The warehouse with its stock location of a row read with {@link warehouseColumns}; undefined where none. */
    warehouseOfRow(row: Record<string, unknown>, w: string, l: string): Warehouse | undefined {
        const warehouse = this.sql.hydrate(Warehouse, row, w, true);
        if (warehouse) {
            warehouse.stockLocation = this.sql.hydrate(StockLocation, row, l, true) as StockLocation;
        }
        return warehouse;
    }

    /** Ids of every stock location of the request's channel (warehouses or not). */
    async channelStockLocationIds(ctx: RequestContext): Promise<ID[]> {
        const locations = await this.connection
            .getRepository(ctx, StockLocation)
            .createQueryBuilder('location')
            .innerJoin('location.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            })
            .getMany();
        return locations.map(l => l.id);
    }

    /** Every warehouse, whatever its channels, by stock location id (cached for the request). */
    async byStockLocationId(ctx: RequestContext): Promise<Map<string, Warehouse>> {
        return transactionScopedCache(ctx, BY_STOCK_LOCATION, async () => {
            const all = await this.connection.getRepository(ctx, Warehouse).find();
            return new Map(all.map(w => [String(w.stockLocationId), w]));
        });
    }

    /**
     * The stock locations of inactive warehouses, whatever their channels: their stock is not sellable. From
     * {@link byStockLocationId} when the request has read it, else one plain query (a product page's stock
     * levels need nothing else of the warehouses); cached for the request.
     *
     * A storefront read outside a transaction (a product page, a listing: what the shop shows, not what it sells)
     * takes it from Vendure's cache, cleared by {@link WarehouseEvent} after any change through this service and
     * read again at the latest after 30 s (another process, a change made elsewhere). What a transaction decides
     * with (adding to a cart, the check before payment, allocation) and every admin or worker read is read anew.
     */
    async inactiveStockLocationIds(ctx: RequestContext): Promise<Set<string>> {
        const known = peekTransactionScopedCache<Promise<Map<string, Warehouse>>>(ctx, BY_STOCK_LOCATION);
        if (known) {
            const all = await known;
            return new Set([...all.values()].filter(w => !w.active).map(w => String(w.stockLocationId)));
        }
        return transactionScopedCache(ctx, 'WarehouseService.inactiveStockLocationIds', async () => {
            const shared = ctx.apiType === 'shop' && !inTransaction(ctx);
            if (shared) {
                const cached = await this.cacheService.get<string[]>(INACTIVE_LOCATIONS_CACHE_KEY);
                if (cached) {
                    return new Set(cached);
                }
            }
            const rows = await this.sql.rows<{ stockLocationId: ID }>(
                ctx,
                `SELECT "stockLocationId" FROM ${this.sql.table(Warehouse)} WHERE "active" = :active`,
                { active: false },
            );
            const ids = rows.map(r => String(r.stockLocationId));
            if (shared) {
                await this.cacheService.set(INACTIVE_LOCATIONS_CACHE_KEY, ids, {
                    ttl: INACTIVE_LOCATIONS_TTL_MS,
                });
            }
            return new Set(ids);
        });
    }

    async findByCode(ctx: RequestContext, code: string): Promise<Warehouse | undefined> {
        return (await this.inChannel(ctx)).find(w => w.code === code);
    }

    async create(ctx: RequestContext, input: CreateWarehouseInput): Promise<Warehouse | DuplicateCodeError> {
        this.validate(input);
        const code = input.code.trim();
        if (await this.connection.getRepository(ctx, Warehouse).exists({ where: { code } })) {
            return new DuplicateCodeError('warehouse', code);
        }
        const zones = await this.loadZones(ctx, input.zoneIds ?? []);
        let stockLocation: StockLocation;
        if (input.stockLocationId != null) {
            const existing = await this.connection.findOneInChannel(
                ctx,
                StockLocation,
                input.stockLocationId,
                ctx.channelId,
            );
            if (!existing) {
                throw new EntityNotFoundError('StockLocation', input.stockLocationId);
            }
            if (
                await this.connection
                    .getRepository(ctx, Warehouse)
                    .exists({ where: { stockLocationId: existing.id } })
            ) {
                throw new UserInputError(`The stock location "${existing.name}" is already a warehouse`);
            }
            stockLocation = existing;
            if (input.name || input.description != null) {
                stockLocation = await this.stockLocationService.update(ctx, {
                    id: existing.id,
                    ...(input.name ? { name: input.name } : {}),
                    ...(input.description != null ? { description: input.description } : {}),
                });
            }
        } else {
            if (!input.name?.trim()) {
                throw new UserInputError('A new warehouse needs a name (or an existing stockLocationId)');
            }
            stockLocation = await this.stockLocationService.create(ctx, {
                name: input.name.trim(),
                description: input.description ?? '',
            });
        }
        const warehouse = await this.connection.getRepository(ctx, Warehouse).save(
            new Warehouse({
                stockLocationId: stockLocation.id,
                code,
                type: input.type ?? WarehouseType.Branch,
                active: input.active ?? true,
                priority: input.priority ?? 100,
                pickupPoint: input.pickupPoint ?? false,
                pickupInstructions: input.pickupInstructions ?? null,
                address: input.address ?? null,
                zones,
            }),
        );
        if (input.channelIds) {
            await this.syncChannels(ctx, stockLocation.id, input.channelIds);
        }
        Logger.verbose(`Created warehouse ${code}`, loggerCtx);
        const created = await this.getOrThrow(ctx, warehouse.id);
        await this.eventBus.publish(new WarehouseEvent(ctx, created, 'created', input));
        return created;
    }

    async update(ctx: RequestContext, input: UpdateWarehouseInput): Promise<Warehouse | DuplicateCodeError> {
        const warehouse = await this.getOrThrow(ctx, input.id);
        this.validate(input);
        const repo = this.connection.getRepository(ctx, Warehouse);
        if (input.code != null) {
            const code = input.code.trim();
            if (await repo.exists({ where: { code, id: Not(warehouse.id) } })) {
                return new DuplicateCodeError('warehouse', code);
            }
            warehouse.code = code;
        }
        if (input.type != null) warehouse.type = input.type;
        if (input.active != null) warehouse.active = input.active;
        if (input.priority != null) warehouse.priority = input.priority;
        if (input.pickupPoint != null) warehouse.pickupPoint = input.pickupPoint;
        if (input.pickupInstructions !== undefined) warehouse.pickupInstructions = input.pickupInstructions;
        if (input.address !== undefined) warehouse.address = input.address;
        if (input.zoneIds) warehouse.zones = await this.loadZones(ctx, input.zoneIds);
        await repo.save(warehouse);
        if (input.name || input.description != null) {
            await this.stockLocationService.update(ctx, {
                id: warehouse.stockLocationId,
                ...(input.name ? { name: input.name } : {}),
                ...(input.description != null ? { description: input.description } : {}),
            });
        }
        if (input.channelIds) {
            await this.syncChannels(ctx, warehouse.stockLocationId, input.channelIds);
        }
        const updated = (await this.findOne(ctx, warehouse.id)) ?? warehouse;
        await this.eventBus.publish(new WarehouseEvent(ctx, updated, 'updated', input));
        return updated;
    }

    /**
     * Removes the warehouse details (the stock location and its stock stay, as a plain Vendure stock location).
     * Refused while documents are open on it.
     */
    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const warehouse = await this.getOrThrow(ctx, id);
        const openPurchaseOrders = await this.connection.getRepository(ctx, PurchaseOrder).count({
            where: {
                warehouseId: warehouse.id,
                state: In([
                    PurchaseOrderState.Draft,
                    PurchaseOrderState.Sent,
                    PurchaseOrderState.PartiallyReceived,
                ]),
            },
        });
        const openTransfers = await this.connection.getRepository(ctx, StockTransfer).count({
            where: [
                {
                    sourceWarehouseId: warehouse.id,
                    state: In([StockTransferState.Draft, StockTransferState.InTransit]),
                },
                {
                    destinationWarehouseId: warehouse.id,
                    state: In([StockTransferState.Draft, StockTransferState.InTransit]),
                },
            ],
        });
        const openCounts = await this.connection
            .getRepository(ctx, StockCount)
            .count({ where: { warehouseId: warehouse.id, state: StockCountState.Open } });
        if (openPurchaseOrders + openTransfers + openCounts > 0) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `Warehouse ${warehouse.code} still has ${openPurchaseOrders} open purchase orders, ${openTransfers} open transfers and ${openCounts} open stock counts`,
            };
        }
        try {
            await this.connection.getRepository(ctx, Warehouse).delete({ id: warehouse.id });
        } catch {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `Warehouse ${warehouse.code} is referenced by documents and cannot be deleted; deactivate it instead`,
            };
        }
        await this.eventBus.publish(new WarehouseEvent(ctx, warehouse, 'deleted', id));
        return { result: DeletionResult.DELETED };
    }

    private validate(input: WarehouseDetailsInput): void {
        if (input.code != null && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(input.code.trim())) {
            throw new UserInputError(
                `The warehouse code "${input.code}" must be 1-64 letters, digits, "-", "_" or "."`,
            );
        }
        if (input.priority != null && (!Number.isInteger(input.priority) || input.priority < 0)) {
            throw new UserInputError(
                `The ship-from priority must be a whole number >= 0, got ${input.priority}`,
            );
        }
        if (input.address && (!input.address.streetLine1?.trim() || !input.address.countryCode?.trim())) {
            throw new UserInputError('A warehouse address needs at least streetLine1 and countryCode');
        }
    }

    private async loadZones(ctx: RequestContext, zoneIds: ID[]): Promise<Zone[]> {
        if (!zoneIds.length) {
            return [];
        }
        const zones = await this.connection.getRepository(ctx, Zone).find({ where: { id: In(zoneIds) } });
        const missing = zoneIds.find(id => !zones.some(z => idsAreEqual(z.id, id)));
        if (missing != null) {
            throw new EntityNotFoundError('Zone', missing);
        }
        return zones;
    }

    private async syncChannels(ctx: RequestContext, stockLocationId: ID, channelIds: ID[]): Promise<void> {
        const location = await this.connection.getRepository(ctx, StockLocation).findOneOrFail({
            where: { id: stockLocationId },
            relations: { channels: true },
        });
        for (const channelId of channelIds) {
            if (!location.channels.some(c => idsAreEqual(c.id, channelId))) {
                await this.stockLocationService.assignStockLocationsToChannel(ctx, {
                    channelId,
                    stockLocationIds: [stockLocationId],
                });
            }
        }
        for (const channel of location.channels) {
            if (!channelIds.some(id => idsAreEqual(id, channel.id))) {
                await this.stockLocationService.removeStockLocationsFromChannel(ctx, {
                    channelId: channel.id,
                    stockLocationIds: [stockLocationId],
                });
            }
        }
    }
}
