import { Injectable } from '@nestjs/common';
import { GlobalFlag } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    GlobalSettingsService,
    idsAreEqual,
    LocationWithQuantity,
    OrderLine,
    ProductVariant,
    RequestContext,
    RequestContextCacheService,
    StockLevel,
    UserInputError,
    StockLocation,
    StockLocationService,
    TransactionalConnection,
    ZoneService,
} from '@vendure/core';
import { In } from 'typeorm';

import { PlainSql } from '../../../src/common/plain-sql';
import { transactionScopedCache } from '../../../src/common/transaction-scoped-cache';
import { StockLedgerEntryType } from '../entities/stock-ledger-entry.entity';
import { Warehouse } from '../entities/warehouse.entity';
import { WarehouseAllocationRule } from '../types';

import { StockLedgerService } from './stock-ledger.service';
import { scopeOrderOfLine, stockOperationScope } from './stock-operation-scope';
import { WarehouseService } from './warehouse.service';

/** How a variant's stock is tracked, per Vendure's global and variant settings. */
export interface VariantStockSettings {
    tracked: boolean;
    /** Effective out-of-stock threshold (negative: backorders allowed down to it). */
    outOfStockThreshold: number;
}

/** Vendure's global stock settings (`GlobalSettings`), which a variant may inherit. */
export interface GlobalStockSettings {
    trackInventory: boolean;
    outOfStockThreshold: number;
}

/**
 * A variant's stock settings under the global ones, by Vendure's rules (as `ProductVariantService`'s
 * `getSaleableStockLevel` applies them): tracked when the variant says so or inherits a tracking default; its own
 * out-of-stock threshold unless it uses the global one.
 */
export function variantStockSettingsOf(
    variant: Pick<ProductVariant, 'trackInventory' | 'useGlobalOutOfStockThreshold' | 'outOfStockThreshold'>,
    global: GlobalStockSettings,
): VariantStockSettings {
    return {
        tracked:
            variant.trackInventory === GlobalFlag.TRUE ||
            (variant.trackInventory === GlobalFlag.INHERIT && global.trackInventory),
        outOfStockThreshold: variant.useGlobalOutOfStockThreshold
            ? global.outOfStockThreshold
            : variant.outOfStockThreshold,
    };
}

/** What the ledger says an order line holds per location. */
type Position = { stockLocationId: ID; allocated: number; sold: number };

/**
 * The decisions of {@link WarehouseStockLocationStrategy}: which warehouses ship an order line (by the shipping
 * address's zone, then the channel's rule: priority or most stock; split when no single warehouse has enough),
 * and from where sales, releases and cancellations take their stock (from the ledger, per location, so that a
 * split line is fulfilled and released where it was allocated).
 */
@Injectable()
export class WarehouseAllocationService {
    constructor(
        private connection: TransactionalConnection,
        private warehouseService: WarehouseService,
        private zoneService: ZoneService,
        private globalSettingsService: GlobalSettingsService,
        private stockLocationService: StockLocationService,
        private ledger: StockLedgerService,
        private requestCache: RequestContextCacheService,
    ) {
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;

    /** Drops the stock levels of inactive warehouses: their stock is not sellable. */
    async sellableLevels(ctx: RequestContext, stockLevels: StockLevel[]): Promise<StockLevel[]> {
        const inactive = await this.warehouseService.inactiveStockLocationIds(ctx);
        if (!inactive.size) {
            return stockLevels;
        }
        return stockLevels.filter(level => !inactive.has(String(level.stockLocationId)));
    }

    /**
     * Whether the variant's stock is tracked, and its out-of-stock threshold. Remembered for the rest of a
     * storefront request (allocating an order asks for each line several times; the shop API never changes a
     * variant); read anew in the admin API, where the same request may have just changed the variant.
     */
    variantStockSettings(ctx: RequestContext, productVariantId: ID): Promise<VariantStockSettings> {
        if (ctx.apiType !== 'shop') {
            return this.loadVariantStockSettings(ctx, productVariantId);
        }
        const known = this.knownStockSettings(ctx);
        let settings = known.get(String(productVariantId));
        if (!settings) {
            settings = this.scopeVariantStockSettings(ctx, productVariantId, known);
            known.set(String(productVariantId), settings);
            // a failed read is not remembered
            settings.catch(() => known.delete(String(productVariantId)));
        }
        return settings;
    }

    /**
     * The stock settings known to the request, shared by its nested transactions (the payment's savepoints, in
     * which Vendure allocates the order with copies of the request's context).
     */
    private knownStockSettings(ctx: RequestContext): Map<string, Promise<VariantStockSettings>> {
        return transactionScopedCache(
            ctx,
            'WarehouseAllocationService.variantStockSettings',
            () => new Map<string, Promise<VariantStockSettings>>(),
        );
    }

    /**
     * Remembers the stock settings of variants read with their `trackInventory`, `outOfStockThreshold` and
     * `useGlobalOutOfStockThreshold` (the check before payment reads them with the order's lines, and the global
     * settings with them), for the rest of a storefront request: the payment's allocation asks for them next.
     * Outside the shop API nothing is remembered (as {@link variantStockSettings} remembers nothing there).
     */
    rememberVariantStockSettings(
        ctx: RequestContext,
        variants: ProductVariant[],
        global?: GlobalStockSettings,
    ): void {
        if (ctx.apiType !== 'shop') {
            return;
        }
        const known = this.knownStockSettings(ctx);
        for (const variant of variants) {
            if (!known.has(String(variant.id))) {
                const settings = global
                    ? Promise.resolve(variantStockSettingsOf(variant, global))
                    : this.stockSettingsOf(ctx, variant);
                known.set(String(variant.id), settings);
                settings.catch(() => known.delete(String(variant.id)));
            }
        }
    }

    /**
     * Inside an order movement (Vendure's allocation of an order's lines), the first question reads the settings
     * of every variant of the movement's lines with one query, and remembers them for the request.
     */
    private async scopeVariantStockSettings(
        ctx: RequestContext,
        productVariantId: ID,
        known: Map<string, Promise<VariantStockSettings>>,
    ): Promise<VariantStockSettings> {
        const orderLineIds = stockOperationScope.current()?.origin.orderLineIds;
        if (!orderLineIds?.length) {
            return this.loadVariantStockSettings(ctx, productVariantId);
        }
        const variantIds = [...(await this.ledger.orderLinesByVariant(ctx, orderLineIds)).keys()];
        if (!variantIds.includes(String(productVariantId))) {
            return this.loadVariantStockSettings(ctx, productVariantId);
        }
        const others = variantIds.filter(id => id !== String(productVariantId) && !known.has(id));
        const all = this.loadManyVariantStockSettings(ctx, [String(productVariantId), ...others]);
        for (const id of others) {
            const settings = all.then(map => map.get(id) ?? this.loadVariantStockSettings(ctx, id));
            known.set(id, settings);
            settings.catch(() => known.delete(id));
        }
        return (
            (await all).get(String(productVariantId)) ?? this.loadVariantStockSettings(ctx, productVariantId)
        );
    }

    private async loadManyVariantStockSettings(
        ctx: RequestContext,
        productVariantIds: string[],
    ): Promise<Map<string, VariantStockSettings>> {
        const result = new Map<string, VariantStockSettings>();
        for (let i = 0; i < productVariantIds.length; i += 500) {
            const variants = await this.connection.getRepository(ctx, ProductVariant).find({
                where: { id: In(productVariantIds.slice(i, i + 500)) },
                withDeleted: true,
                loadEagerRelations: false,
            });
            for (const variant of variants) {
                result.set(String(variant.id), await this.stockSettingsOf(ctx, variant));
            }
        }
        return result;
    }

    private async loadVariantStockSettings(
        ctx: RequestContext,
        productVariantId: ID,
    ): Promise<VariantStockSettings> {
        const variant = await this.connection.getRepository(ctx, ProductVariant).findOne({
            where: { id: productVariantId },
            withDeleted: true,
            loadEagerRelations: false,
        });
        return this.stockSettingsOf(ctx, variant);
    }

    private async stockSettingsOf(
        ctx: RequestContext,
        variant: ProductVariant | null,
    ): Promise<VariantStockSettings> {
        const global = await this.globalSettingsService.getSettings(ctx);
        if (!variant) {
            return { tracked: global.trackInventory, outOfStockThreshold: global.outOfStockThreshold };
        }
        return variantStockSettingsOf(variant, global);
    }

    /**
     * Routes an order line to the channel's active warehouses: first those serving the shipping address's zone,
     * ordered by the channel's rule, then the others. The first warehouse with enough stock ships the whole
     * line; otherwise the line is split in that order; what no warehouse has is put on the first one, where the
     * stock guard refuses it (unless backorders are allowed). Returns `undefined` when the channel has no
     * active warehouse among `stockLocations`.
     */
    async planAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        const warehouses = (await this.warehouseService.inChannel(ctx)).filter(
            w => w.active && stockLocations.some(l => idsAreEqual(l.id, w.stockLocationId)),
        );
        if (!warehouses.length) {
            return undefined;
        }
        const locationOf = (w: Warehouse) =>
            stockLocations.find(l => idsAreEqual(l.id, w.stockLocationId)) ?? w.stockLocation;
        const settings = await this.variantStockSettings(ctx, orderLine.productVariantId);
        const levels = await this.levelsOf(
            ctx,
            orderLine.productVariantId,
            warehouses.map(w => w.stockLocationId),
        );
        const available = (w: Warehouse) => {
            const level = levels.find(l => idsAreEqual(l.stockLocationId, w.stockLocationId));
            return level ? Math.max(0, level.stockOnHand - level.stockAllocated) : 0;
        };
        const rule =
            ctx.channel.customFields?.warehouseAllocationRule === WarehouseAllocationRule.MostStock
                ? WarehouseAllocationRule.MostStock
                : WarehouseAllocationRule.Priority;
        const sort = (list: Warehouse[]) =>
            [...list].sort((a, b) => {
                if (rule === WarehouseAllocationRule.MostStock && available(b) !== available(a)) {
                    return available(b) - available(a);
                }
                return a.priority - b.priority || (Number(a.id) || 0) - (Number(b.id) || 0);
            });
        const zoneIds = await this.zoneIdsOfOrder(ctx, orderLine);
        const serves = (w: Warehouse) =>
            !zoneIds.length ||
            !w.zones?.length ||
            w.zones.some(z => zoneIds.some(id => idsAreEqual(id, z.id)));
        const ordered = [...sort(warehouses.filter(serves)), ...sort(warehouses.filter(w => !serves(w)))];
        if (!settings.tracked) {
            return [{ location: locationOf(ordered[0]), quantity }];
        }
        const single = ordered.find(w => available(w) >= quantity);
        if (single) {
            return [{ location: locationOf(single), quantity }];
        }
        const result: LocationWithQuantity[] = [];
        let remaining = quantity;
        for (const warehouse of ordered) {
            const take = Math.min(available(warehouse), remaining);
            if (take > 0) {
                result.push({ location: locationOf(warehouse), quantity: take });
                remaining -= take;
            }
            if (remaining === 0) {
                break;
            }
        }
        if (remaining > 0) {
            addTo(result, locationOf(ordered[0]), remaining);
        }
        return result;
    }

    /**
     * The stock on hand and allocated of a variant at the given locations: one plain read per order line as the
     * payment allocates it (the query builder's entity read cost more CPU than the database's answer).
     */
    private levelsOf(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationIds: ID[],
    ): Promise<Array<Pick<StockLevel, 'stockLocationId' | 'stockOnHand' | 'stockAllocated'>>> {
        return this.sql.rows(
            ctx,
            `SELECT "stockLocationId", "stockOnHand", "stockAllocated" FROM ${this.sql.table(StockLevel)}
             WHERE "productVariantId" = :productVariantId AND "stockLocationId" IN (:...stockLocationIds)`,
            { productVariantId, stockLocationIds },
        );
    }

    /**
     * Makes sure a tracked line is allocated in full: what the delegated strategy left unallocated (Vendure's
     * own strategy allocates nothing where there is no stock) goes to its first location, or the channel's
     * default location, where the stock guard refuses it unless backorders are allowed.
     */
    async completeAllocation(
        ctx: RequestContext,
        orderLine: OrderLine,
        quantity: number,
        delegated: LocationWithQuantity[],
    ): Promise<LocationWithQuantity[]> {
        const allocated = delegated.reduce((sum, l) => sum + l.quantity, 0);
        if (allocated >= quantity) {
            return delegated;
        }
        const settings = await this.variantStockSettings(ctx, orderLine.productVariantId);
        if (!settings.tracked && delegated.length) {
            return delegated;
        }
        const result = delegated.map(l => ({ ...l }));
        const location = result[0]?.location ?? (await this.stockLocationService.defaultStockLocation(ctx));
        addTo(result, location, quantity - allocated);
        return result;
    }

    /**
     * Where a sale or release of `quantity` of an order line takes its stock: the locations the ledger says still
     * hold its allocation, in allocation order. `undefined` when the ledger knows nothing of the line (inventory
     * not tracked): the delegated strategy decides.
     */
    async fromAllocations(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        return this.take(ctx, stockLocations, orderLine, quantity, p => p.allocated);
    }

    /** Where a cancellation of a fulfilled quantity puts the stock back: where it was sold. */
    async fromSales(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[] | undefined> {
        return this.take(ctx, stockLocations, orderLine, quantity, p => p.sold);
    }

    /**
     * Whether a warehouse can ship these quantities of order lines: its available stock (on hand − allocated)
     * plus what it already holds allocated for each line. Returns the first short line.
     */
    async shipFromShortfall(
        ctx: RequestContext,
        stockLocationId: ID,
        lines: Array<{ orderLineId: ID; quantity: number }>,
    ): Promise<{ sku: string; available: number; requested: number } | undefined> {
        for (const input of lines) {
            const line = await this.connection.getRepository(ctx, OrderLine).findOne({
                where: { id: input.orderLineId },
                relations: { productVariant: true },
                loadEagerRelations: false,
            });
            if (!line) {
                continue;
            }
            const settings = await this.variantStockSettings(ctx, line.productVariantId);
            if (!settings.tracked) {
                continue;
            }
            const level = await this.connection.getRepository(ctx, StockLevel).findOne({
                where: { productVariantId: line.productVariantId, stockLocationId },
            });
            const held = (await this.ledger.orderLinePositions(ctx, line.id)).find(p =>
                idsAreEqual(p.stockLocationId, stockLocationId),
            );
            const available =
                Math.max(0, (level?.stockOnHand ?? 0) - (level?.stockAllocated ?? 0)) +
                Math.max(0, held?.allocated ?? 0);
            if (available < input.quantity) {
                return { sku: line.productVariant.sku, available, requested: input.quantity };
            }
        }
        return undefined;
    }

    /**
     * Ship-from choice of a fulfilment: before `quantity` of an order line is sold at `target`, its allocation is
     * moved there from the locations that hold it (a release there, an allocation at `target`, both ledgered for
     * the line). The allocation at `target` is guarded: when `target` lacks the stock, a `UserInputError` rolls
     * the whole fulfilment back.
     */
    async moveAllocationTo(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
        target: { stockLocationId: ID; code: string },
    ): Promise<LocationWithQuantity[]> {
        const location =
            stockLocations.find(l => idsAreEqual(l.id, target.stockLocationId)) ??
            (await this.stockLocationService.findOne(ctx, target.stockLocationId));
        if (!location) {
            throw new UserInputError(`Warehouse ${target.code} is not a stock location of this channel`);
        }
        const positions = await this.ledger.orderLinePositions(ctx, orderLine.id);
        const scope = stockOperationScope.current()?.origin;
        const origin = (type: StockLedgerEntryType) => ({
            ...scope,
            type,
            orderLineIds: [orderLine.id],
            note: `ships from ${target.code}`,
        });
        let remaining = quantity;
        for (const position of positions) {
            if (idsAreEqual(position.stockLocationId, target.stockLocationId) || position.allocated <= 0) {
                continue;
            }
            // What the target already holds for the line is sold first.
            const atTarget = positions.find(p => idsAreEqual(p.stockLocationId, target.stockLocationId));
            const needed = remaining - Math.max(0, atTarget?.allocated ?? 0);
            const move = Math.min(position.allocated, needed);
            if (move <= 0) {
                break;
            }
            const taken = await this.ledger.applyChange(ctx, {
                productVariantId: orderLine.productVariantId,
                stockLocationId: target.stockLocationId,
                allocatedChange: move,
                guard: { allowance: 0 },
                origin: origin(StockLedgerEntryType.Allocation),
            });
            if (!taken.applied) {
                const sku = (
                    await this.connection.getRepository(ctx, ProductVariant).findOne({
                        where: { id: orderLine.productVariantId },
                        withDeleted: true,
                        loadEagerRelations: false,
                    })
                )?.sku;
                throw new UserInputError(
                    `Warehouse ${target.code} does not have ${move} more of ${sku ?? orderLine.productVariantId} to ship (${Math.max(0, taken.stockOnHand - taken.stockAllocated)} available)`,
                );
            }
            await this.ledger.applyChange(ctx, {
                productVariantId: orderLine.productVariantId,
                stockLocationId: position.stockLocationId,
                allocatedChange: -move,
                origin: origin(StockLedgerEntryType.Release),
            });
            remaining -= move;
        }
        return [{ location, quantity }];
    }

    private async take(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
        held: (p: Position) => number,
    ): Promise<LocationWithQuantity[] | undefined> {
        const positions = await this.ledger.orderLinePositions(ctx, orderLine.id);
        if (!positions.length) {
            return undefined;
        }
        const result: LocationWithQuantity[] = [];
        let remaining = quantity;
        for (const position of positions) {
            const location = stockLocations.find(l => idsAreEqual(l.id, position.stockLocationId));
            const take = Math.min(held(position), remaining);
            if (location && take > 0) {
                result.push({ location, quantity: take });
                remaining -= take;
            }
        }
        if (remaining > 0) {
            const fallback =
                stockLocations.find(l => idsAreEqual(l.id, positions[0].stockLocationId)) ??
                stockLocations[0];
            addTo(result, fallback, remaining);
        }
        return result;
    }

    /** Ids of the zones containing the country of the line's order's shipping address. */
    private async zoneIdsOfOrder(ctx: RequestContext, orderLine: OrderLine): Promise<ID[]> {
        let countryCode = orderLine.order?.shippingAddress?.countryCode;
        // Inside an order movement, the orders of all its lines are read once (not once per line).
        const scoped =
            countryCode === undefined
                ? await scopeOrderOfLine(ctx, this.connection, orderLine.id)
                : undefined;
        if (scoped) {
            countryCode = scoped.shippingCountryCode;
        } else if (countryCode === undefined) {
            const line = await this.connection.getRepository(ctx, OrderLine).findOne({
                where: { id: orderLine.id },
                relations: { order: true },
                loadEagerRelations: false,
            });
            countryCode = line?.order?.shippingAddress?.countryCode;
        }
        if (!countryCode) {
            return [];
        }
        const zones = await this.requestCache.get(ctx, 'WarehouseAllocationService.zones', () =>
            this.zoneService.getAllWithMembers(ctx),
        );
        return zones.filter(z => z.members.some(m => m.code === countryCode)).map(z => z.id);
    }
}

function addTo(list: LocationWithQuantity[], location: StockLocation, quantity: number): void {
    const existing = list.find(l => idsAreEqual(l.location.id, location.id));
    if (existing) {
        existing.quantity += quantity;
    } else {
        list.unshift({ location, quantity });
    }
}
