import { Injectable } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import {
    ConfigService,
    EventBus,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    ProductVariant,
    RequestContext,
    StockAdjustment,
    StockLevel,
    StockLocation,
    StockMovementEvent,
    TransactionalConnection,
} from '@vendure/core';

import { insertOne } from '../../../src/common/bulk-write';
import { isSqlite } from '../../../src/common/database-type';
import { PlainSql } from '../../../src/common/plain-sql';
import {
    StockDocumentType,
    StockLedgerEntry,
    StockLedgerEntryType,
} from '../entities/stock-ledger-entry.entity';

import { ReorderPointService } from './reorder-point.service';
import { ReentrantMutex } from './stock-mutex';
import {
    ScopeOrderLine,
    scopeOrderLinesByVariant,
    stockOperationScope,
    StockOrigin,
    TouchedStockLevel,
} from './stock-operation-scope';

/** One change of one stock level. */
export interface StockChangeInput {
    productVariantId: ID;
    stockLocationId: ID;
    /** Change of stock on hand. */
    onHandChange?: number;
    /** Change of stock allocated. */
    allocatedChange?: number;
    /**
     * Refuse the change if it would leave less than `-allowance` sellable (on hand − allocated) at the location:
     * for allocations and dispatches. The check and the change are one conditional UPDATE.
     */
    guard?: { allowance: number };
    /** Defaults to the current scope's origin (see {@link StockLedgerService.runInScope}). */
    origin?: StockOrigin;
    /** Record a Vendure `StockAdjustment` movement and publish `StockMovementEvent` (document changes). */
    recordStockMovement?: boolean;
}

/** What a stock level's latest ledger entry says it held. */
type LastEntry = Pick<StockLedgerEntry, 'stockOnHandAfter' | 'stockAllocatedAfter'>;

/** A stock level as it is, and its latest ledger entry (null when it has none). */
interface LevelAndLastEntry {
    level: { stockOnHand: number; stockAllocated: number };
    last: LastEntry | null;
}

/** {@link LevelAndLastEntry} as read raw (numbers may come as strings; no entry: the last quantities NULL). */
interface LevelAndLastEntryRow {
    stockOnHand: number | string;
    stockAllocated: number | string;
    lastOnHand: number | string | null;
    lastAllocated: number | string | null;
}

function levelAndLastEntryOf(row: LevelAndLastEntryRow): LevelAndLastEntry {
    return {
        level: { stockOnHand: Number(row.stockOnHand), stockAllocated: Number(row.stockAllocated) },
        // an entry's quantities after are never NULL: NULL is no entry
        last:
            row.lastOnHand == null
                ? null
                : {
                      stockOnHandAfter: Number(row.lastOnHand),
                      stockAllocatedAfter: Number(row.lastAllocated),
                  },
    };
}

/** The result of {@link StockLedgerService.applyChange}. */
export type StockChangeResult =
    | { applied: true; entry: StockLedgerEntry | null; stockOnHand: number; stockAllocated: number }
    | { applied: false; stockOnHand: number; stockAllocated: number };

/** Filters of the ledger query. */
export interface StockLedgerQuery {
    productVariantId: ID;
    stockLocationIds?: ID[];
    dateRange?: { start: Date | string; end: Date | string } | null;
}

/**
 * The stock ledger: the one way stock levels change. Every change is one conditional UPDATE of Vendure's
 * `StockLevel` (so concurrent changes never overwrite each other and guarded changes never oversell), followed,
 * in the same transaction, by an append-only {@link StockLedgerEntry} with the quantities before and after, the
 * user, and the document or order. Vendure's own `StockLevelService` is routed here (see
 * `VendureStockHooksService`), so order allocations, sales, releases and cancellations are ledgered too.
 */
@Injectable()
export class StockLedgerService {
    private readonly sqliteMutex = new ReentrantMutex();
    private readonly serialize: boolean;
    private readonly sql: PlainSql;

    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private eventBus: EventBus,
        private reorderPointService: ReorderPointService,
        configService: ConfigService,
    ) {
        this.sql = new PlainSql(connection);
        this.serialize = isSqlite(configService.dbConnectionOptions.type);
    }

    /**
     * Runs work that must not interleave with other stock operations of this process on SQLite (a check followed
     * by the writes it justifies). On PostgreSQL it just runs: row locks and conditional UPDATEs isolate it.
     */
    exclusive<T>(work: () => Promise<T>): Promise<T> {
        return this.serialize ? this.sqliteMutex.run(work) : work();
    }

    /**
     * Runs a stock operation (a posting, an order movement): the changes inside it are ledgered with `origin`,
     * and the reorder points of the stock levels it touched are evaluated once, at its end.
     */
    runInScope<T>(ctx: RequestContext, origin: StockOrigin, work: () => Promise<T>): Promise<T> {
        return stockOperationScope.run(origin, work, touched =>
            this.reorderPointService.evaluate(ctx, touched),
        );
    }

    /**
     * Applies one change to a stock level and ledgers it. Returns `applied: false` (and writes nothing) when a
     * guarded change would oversell.
     */
    applyChange(ctx: RequestContext, input: StockChangeInput): Promise<StockChangeResult> {
        return this.exclusive(async () => {
            const result = await this.applyUnlocked(ctx, input);
            if (result.applied && !stockOperationScope.current()) {
                await this.reorderPointService.evaluate(ctx, [input]);
            }
            return result;
        });
    }

    private async applyUnlocked(ctx: RequestContext, input: StockChangeInput): Promise<StockChangeResult> {
        const onHandChange = input.onHandChange ?? 0;
        const allocatedChange = input.allocatedChange ?? 0;
        const repo = this.connection.getRepository(ctx, StockLevel);
        const where = { productVariantId: input.productVariantId, stockLocationId: input.stockLocationId };
        if (onHandChange === 0 && allocatedChange === 0) {
            await this.ensureStockLevel(ctx, input.productVariantId, input.stockLocationId);
            const level = await repo.findOneOrFail({ where });
            return {
                applied: true,
                entry: null,
                stockOnHand: level.stockOnHand,
                stockAllocated: level.stockAllocated,
            };
        }
        const parameters = {
            ...where,
            onHandChange,
            allocatedChange,
            allowance: Math.max(0, input.guard?.allowance ?? 0),
        };
        let changed = await this.changeLevel(ctx, !!input.guard, parameters);
        // The level usually exists: it is created (and the UPDATE repeated) only when the UPDATE found no row,
        // which saves a look-up per change. A guarded UPDATE that was refused finds the row, and stays refused.
        if (!changed && (await this.ensureStockLevel(ctx, input.productVariantId, input.stockLocationId))) {
            changed = await this.changeLevel(ctx, !!input.guard, parameters);
        }
        if (!changed) {
            const { level } = await this.levelAndLastEntry(
                ctx,
                input.productVariantId,
                input.stockLocationId,
            );
            return { applied: false, stockOnHand: level.stockOnHand, stockAllocated: level.stockAllocated };
        }
        const { level, last } = changed;
        const origin = input.origin ??
            stockOperationScope.current()?.origin ?? { type: StockLedgerEntryType.Adjustment };
        const entry = await this.writeEntry(
            ctx,
            origin,
            {
                productVariantId: input.productVariantId,
                stockLocationId: input.stockLocationId,
                quantity: onHandChange,
                allocatedChange,
                stockOnHandAfter: level.stockOnHand,
                stockAllocatedAfter: level.stockAllocated,
            },
            { last },
        );
        stockOperationScope
            .current()
            ?.touched.set(`${String(input.productVariantId)}:${String(input.stockLocationId)}`, {
                productVariantId: input.productVariantId,
                stockLocationId: input.stockLocationId,
            });
        if (input.recordStockMovement && onHandChange !== 0) {
            const movement = await this.connection.getRepository(ctx, StockAdjustment).save(
                new StockAdjustment({
                    quantity: onHandChange,
                    stockLocation: { id: input.stockLocationId },
                    productVariant: { id: input.productVariantId },
                }),
            );
            await this.eventBus.publish(new StockMovementEvent(ctx, [movement]));
        }
        return { applied: true, entry, stockOnHand: level.stockOnHand, stockAllocated: level.stockAllocated };
    }

    /**
     * The change of one stock level as one UPDATE (plain SQL: it runs once per stock change, for every line of
     * every order allocated), conditional on what remains sellable when `guarded`: the database applies the check
     * and the change together, so two changes never both pass a check that only one of them may. Answers the level
     * as the change left it and what the level's latest ledger entry says it held (to see whether the ledger must
     * reconcile first), or undefined when it changed nothing: the level does not exist, or the guard refused.
     *
     * On SQLite the UPDATE returns both itself (`RETURNING`): one statement instead of two, and nothing can write
     * between them (one writer at a time, and the ledger's changes of a process take turns). On PostgreSQL the
     * level and its last entry are read after it: under READ COMMITTED a subquery of the UPDATE reads the ledger as
     * the statement found it when it began, before it waited for the level's row lock, so it would miss the entry
     * of the change it waited for, which a statement of its own after the UPDATE sees.
     */
    private async changeLevel(
        ctx: RequestContext,
        guarded: boolean,
        parameters: {
            productVariantId: ID;
            stockLocationId: ID;
            onHandChange: number;
            allocatedChange: number;
            allowance: number;
        },
    ): Promise<LevelAndLastEntry | undefined> {
        const onHand = this.sql.column(StockLevel, 'stockOnHand');
        const allocated = this.sql.column(StockLevel, 'stockAllocated');
        const update = `UPDATE ${this.sql.table(StockLevel)}
            SET ${onHand} = ${onHand} + :onHandChange, ${allocated} = ${allocated} + :allocatedChange,
                ${this.sql.column(StockLevel, 'updatedAt')} = CURRENT_TIMESTAMP
            WHERE ${this.sql.column(StockLevel, 'productVariantId')} = :productVariantId
                AND ${this.sql.column(StockLevel, 'stockLocationId')} = :stockLocationId${
                    guarded
                        ? ` AND ${onHand} + :onHandChange - (${allocated} + :allocatedChange) + :allowance >= 0`
                        : ''
                }`;
        if (!this.serialize) {
            return (await this.sql.write(ctx, update, parameters))
                ? this.levelAndLastEntry(ctx, parameters.productVariantId, parameters.stockLocationId)
                : undefined;
        }
        const ledger = this.sql.table(StockLedgerEntry);
        const lastOf = (property: 'stockOnHandAfter' | 'stockAllocatedAfter') =>
            `(SELECT le.${this.sql.column(StockLedgerEntry, property)} FROM ${ledger} le
            WHERE le.${this.sql.column(StockLedgerEntry, 'productVariantId')} = :productVariantId
                AND le.${this.sql.column(StockLedgerEntry, 'stockLocationId')} = :stockLocationId
            ORDER BY le.${this.sql.column(StockLedgerEntry, 'id')} DESC LIMIT 1)`;
        const [row] = await this.sql.writeReturning<LevelAndLastEntryRow>(
            ctx,
            `${update}
            RETURNING ${onHand} AS "stockOnHand", ${allocated} AS "stockAllocated",
                ${lastOf('stockOnHandAfter')} AS "lastOnHand", ${lastOf('stockAllocatedAfter')} AS "lastAllocated"`,
            parameters,
        );
        return row ? levelAndLastEntryOf(row) : undefined;
    }

    /**
     * Records changes Vendure made itself (deleting a stock location moves its stock with plain saves): the
     * ledger entries bring the ledger back in line with the stock level as it now is.
     */
    async recordExternalChange(
        ctx: RequestContext,
        origin: StockOrigin,
        level: { productVariantId: ID; stockLocationId: ID; stockOnHand: number; stockAllocated: number },
    ): Promise<void> {
        await this.exclusive(async () => {
            const last = await this.lastEntry(ctx, level.productVariantId, level.stockLocationId);
            const quantity = level.stockOnHand - (last?.stockOnHandAfter ?? 0);
            const allocatedChange = level.stockAllocated - (last?.stockAllocatedAfter ?? 0);
            if (quantity !== 0 || allocatedChange !== 0) {
                await this.writeEntry(
                    ctx,
                    origin,
                    {
                        productVariantId: level.productVariantId,
                        stockLocationId: level.stockLocationId,
                        quantity,
                        allocatedChange,
                        stockOnHandAfter: level.stockOnHand,
                        stockAllocatedAfter: level.stockAllocated,
                    },
                    false,
                );
            }
        });
    }

    /** The ledger of a variant, newest first by default. */
    async findEntries(
        ctx: RequestContext,
        query: StockLedgerQuery,
        options?: ListQueryOptions<StockLedgerEntry>,
    ): Promise<PaginatedList<StockLedgerEntry>> {
        const qb = this.listQueryBuilder
            .build(StockLedgerEntry, options, { ctx, entityAlias: 'entry' })
            .andWhere('entry.productVariantId = :productVariantId', {
                productVariantId: query.productVariantId,
            });
        if (query.stockLocationIds) {
            if (!query.stockLocationIds.length) {
                return { items: [], totalItems: 0 };
            }
            qb.andWhere('entry.stockLocationId IN (:...stockLocationIds)', {
                stockLocationIds: query.stockLocationIds,
            });
        }
        if (query.dateRange) {
            qb.andWhere('entry.createdAt >= :start AND entry.createdAt <= :end', {
                start: new Date(query.dateRange.start),
                end: new Date(query.dateRange.end),
            });
        }
        if (!options?.sort) {
            qb.orderBy('entry.id', 'DESC');
        }
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    /**
     * A stock level as it is now (after the change just made to it) and what its latest ledger entry says it was,
     * in one plain query: the level, and the entry with the highest id of the level (the ledger's index on variant,
     * location and id finds it without a scan). Throws when the level does not exist.
     */
    private async levelAndLastEntry(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationId: ID,
    ): Promise<LevelAndLastEntry> {
        const level = this.sql.table(StockLevel);
        const ledger = this.sql.table(StockLedgerEntry);
        const [row] = await this.sql.rows<LevelAndLastEntryRow>(
            ctx,
            `SELECT sl."stockOnHand" AS "stockOnHand", sl."stockAllocated" AS "stockAllocated",
                le."stockOnHandAfter" AS "lastOnHand", le."stockAllocatedAfter" AS "lastAllocated"
            FROM ${level} sl
            LEFT JOIN ${ledger} le ON le."id" = (
                SELECT MAX(e."id") FROM ${ledger} e
                WHERE e."productVariantId" = :productVariantId AND e."stockLocationId" = :stockLocationId
            )
            WHERE sl."productVariantId" = :productVariantId AND sl."stockLocationId" = :stockLocationId`,
            { productVariantId, stockLocationId },
        );
        if (!row) {
            throw new Error(
                `No stock level of variant ${String(productVariantId)} at location ${String(stockLocationId)}`,
            );
        }
        return levelAndLastEntryOf(row);
    }

    /** The latest entry of a stock level. */
    lastEntry(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationId: ID,
    ): Promise<StockLedgerEntry | null> {
        return this.connection.getRepository(ctx, StockLedgerEntry).findOne({
            where: { productVariantId, stockLocationId },
            order: { id: 'DESC' },
        });
    }

    /** Sum of the ledger of a stock level: what its stock on hand and allocated must be. */
    async ledgerTotals(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationId: ID,
    ): Promise<{ stockOnHand: number; stockAllocated: number }> {
        const raw = await this.connection
            .getRepository(ctx, StockLedgerEntry)
            .createQueryBuilder('entry')
            .select('COALESCE(SUM(entry.quantity), 0)', 'onHand')
            .addSelect('COALESCE(SUM(entry.allocatedChange), 0)', 'allocated')
            .where('entry.productVariantId = :productVariantId', { productVariantId })
            .andWhere('entry.stockLocationId = :stockLocationId', { stockLocationId })
            .getRawOne<{ onHand: string | number; allocated: string | number }>();
        return { stockOnHand: Number(raw?.onHand ?? 0), stockAllocated: Number(raw?.allocated ?? 0) };
    }

    /**
     * Per stock location, what an order line still holds there according to the ledger: allocated (allocations −
     * sales − releases) and sold (sales − cancellations).
     */
    async orderLinePositions(
        ctx: RequestContext,
        orderLineId: ID,
    ): Promise<Array<{ stockLocationId: ID; allocated: number; sold: number }>> {
        const entries = await this.connection.getRepository(ctx, StockLedgerEntry).find({
            where: { orderLineId },
            order: { id: 'ASC' },
        });
        const positions: Array<{ stockLocationId: ID; allocated: number; sold: number }> = [];
        for (const entry of entries) {
            let position = positions.find(p => idsAreEqual(p.stockLocationId, entry.stockLocationId));
            if (!position) {
                position = { stockLocationId: entry.stockLocationId, allocated: 0, sold: 0 };
                positions.push(position);
            }
            position.allocated += entry.allocatedChange;
            if (
                entry.type === StockLedgerEntryType.Sale ||
                entry.type === StockLedgerEntryType.Cancellation
            ) {
                position.sold -= entry.quantity;
            }
        }
        return positions;
    }

    /** Creates the stock level (empty) when it does not exist; returns whether it had to. */
    private async ensureStockLevel(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationId: ID,
    ): Promise<boolean> {
        const repo = this.connection.getRepository(ctx, StockLevel);
        const exists = await repo.exists({ where: { productVariantId, stockLocationId } });
        if (!exists) {
            await repo
                .createQueryBuilder()
                .insert()
                .values({ productVariantId, stockLocationId, stockOnHand: 0, stockAllocated: 0 })
                .updateEntity(false)
                .orIgnore()
                .execute();
        }
        return !exists;
    }

    private async writeEntry(
        ctx: RequestContext,
        origin: StockOrigin,
        change: {
            productVariantId: ID;
            stockLocationId: ID;
            quantity: number;
            allocatedChange: number;
            stockOnHandAfter: number;
            stockAllocatedAfter: number;
        },
        /**
         * Reconcile with the level's latest entry first (an entry for a change made outside the ledger): `last` when
         * the caller has read it, else it is read here. `false`: the change itself brings the ledger in line.
         */
        reconcile: false | { last?: LastEntry | null } = {},
    ): Promise<StockLedgerEntry> {
        const repo = this.connection.getRepository(ctx, StockLedgerEntry);
        const stockOnHandBefore = change.stockOnHandAfter - change.quantity;
        const stockAllocatedBefore = change.stockAllocatedAfter - change.allocatedChange;
        const common = {
            productVariantId: change.productVariantId,
            stockLocationId: change.stockLocationId,
            userId: ctx.activeUserId ?? null,
            channelId: ctx.channelId ?? null,
        };
        if (reconcile) {
            const last =
                reconcile.last !== undefined
                    ? reconcile.last
                    : await this.lastEntry(ctx, change.productVariantId, change.stockLocationId);
            const lastOnHand = last?.stockOnHandAfter ?? 0;
            const lastAllocated = last?.stockAllocatedAfter ?? 0;
            if (lastOnHand !== stockOnHandBefore || lastAllocated !== stockAllocatedBefore) {
                await insertOne(
                    repo,
                    new StockLedgerEntry({
                        ...common,
                        type: StockLedgerEntryType.Reconciliation,
                        quantity: stockOnHandBefore - lastOnHand,
                        allocatedChange: stockAllocatedBefore - lastAllocated,
                        stockOnHandBefore: lastOnHand,
                        stockOnHandAfter: stockOnHandBefore,
                        stockAllocatedBefore: lastAllocated,
                        stockAllocatedAfter: stockAllocatedBefore,
                        documentType: null,
                        documentId: null,
                        documentCode: null,
                        orderLineId: null,
                        note: last ? 'Stock level changed outside the ledger' : 'Opening balance',
                    }),
                );
            }
        }
        let document: { type: StockDocumentType; id: string; code: string } | null = origin.document
            ? { type: origin.document.type, id: String(origin.document.id), code: origin.document.code }
            : null;
        let orderLineId: ID | null = null;
        if (origin.orderLineIds?.length) {
            const line = await this.orderLineFor(
                ctx,
                origin.orderLineIds,
                change.productVariantId,
                change.stockLocationId,
            );
            if (line) {
                orderLineId = line.orderLineId;
                document = { type: StockDocumentType.Order, id: String(line.orderId), code: line.orderCode };
            }
        }
        return insertOne(
            repo,
            new StockLedgerEntry({
                ...common,
                type: origin.type,
                quantity: change.quantity,
                allocatedChange: change.allocatedChange,
                stockOnHandBefore,
                stockOnHandAfter: change.stockOnHandAfter,
                stockAllocatedBefore,
                stockAllocatedAfter: change.stockAllocatedAfter,
                documentType: document?.type ?? null,
                documentId: document?.id ?? null,
                documentCode: document?.code ?? null,
                orderLineId,
                note: origin.note ?? null,
            }),
        );
    }

    /**
     * Which of the movement's order lines a variant's change at a stock location belongs to, and its order. An
     * order may hold the same variant twice: bought from the platform and from a marketplace seller's offer. Then
     * a change at a location of that seller's own channel (not the default channel's) is the seller's line, and
     * any other change the platform's.
     */
    private async orderLineFor(
        ctx: RequestContext,
        orderLineIds: ID[],
        productVariantId: ID,
        stockLocationId: ID,
    ): Promise<ScopeOrderLine | undefined> {
        const candidates =
            (await this.orderLinesByVariant(ctx, orderLineIds)).get(String(productVariantId)) ?? [];
        if (candidates.length <= 1) {
            return candidates[0];
        }
        const channels = await this.scopeLocationChannels(ctx, stockLocationId);
        const defaultChannel = channels.find(c => c.code === DEFAULT_CHANNEL_CODE);
        const isPlatformLine = (line: ScopeOrderLine) =>
            line.sellerChannelId == null ||
            (defaultChannel !== undefined && idsAreEqual(line.sellerChannelId, defaultChannel.id));
        const sellerLine = defaultChannel
            ? undefined
            : candidates.find(
                  line =>
                      line.sellerChannelId != null &&
                      channels.some(c => idsAreEqual(c.id, line.sellerChannelId)),
              );
        return sellerLine ?? candidates.find(isPlatformLine) ?? candidates[0];
    }

    /** Order lines by variant id, with their orders and selling channels (see {@link scopeOrderLinesByVariant}). */
    orderLinesByVariant(ctx: RequestContext, orderLineIds: ID[]): Promise<Map<string, ScopeOrderLine[]>> {
        return scopeOrderLinesByVariant(ctx, this.connection, orderLineIds);
    }

    /** The channels a stock location is assigned to (id and code), looked up once per ledger scope. */
    scopeLocationChannels(
        ctx: RequestContext,
        stockLocationId: ID,
    ): Promise<Array<{ id: ID; code: string }>> {
        const load = () =>
            this.connection
                .getRepository(ctx, StockLocation)
                .findOne({ where: { id: stockLocationId }, relations: { channels: true } })
                .then(location => (location?.channels ?? []).map(c => ({ id: c.id, code: c.code })));
        const scope = stockOperationScope.current();
        if (!scope) {
            return load();
        }
        scope.locationChannels ??= new Map();
        let channels = scope.locationChannels.get(String(stockLocationId));
        if (!channels) {
            channels = load();
            scope.locationChannels.set(String(stockLocationId), channels);
        }
        return channels;
    }

    /** Stock location and variant of an entry, for field resolvers. */
    async findStockLocation(ctx: RequestContext, id: ID): Promise<StockLocation | null> {
        return this.connection.getRepository(ctx, StockLocation).findOne({ where: { id } });
    }

    async findVariant(ctx: RequestContext, id: ID): Promise<ProductVariant | null> {
        return this.connection.getRepository(ctx, ProductVariant).findOne({ where: { id } });
    }
}

/** The touched stock levels of a scope, as passed to reorder evaluation. */
export type { TouchedStockLevel };
