import { Injectable } from '@nestjs/common';
import { DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    ProductVariant,
    RequestContext,
    StockLevel,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { IsNull, Not } from 'typeorm';

import { PlainSql } from '../../../src/common/plain-sql';
import { loggerCtx } from '../constants';
import { ReorderPoint } from '../entities/reorder-point.entity';
import { Warehouse } from '../entities/warehouse.entity';
import { Supplier } from '../entities/supplier.entity';
import { StockBelowReorderPointEvent } from '../events/stock-below-reorder-point.event';

import { PurchaseOrderService } from './purchase-order.service';
import type { TouchedStockLevel } from './stock-operation-scope';
import { WarehouseService } from './warehouse.service';

export interface CreateReorderPointInput {
    productVariantId: ID;
    warehouseId: ID;
    minQuantity: number;
    reorderQuantity: number;
    preferredSupplierId?: ID | null;
    autoDraftPurchaseOrder?: boolean | null;
}

export interface UpdateReorderPointInput {
    id: ID;
    minQuantity?: number | null;
    reorderQuantity?: number | null;
    preferredSupplierId?: ID | null;
    autoDraftPurchaseOrder?: boolean | null;
}

/** Filters of the reorder point list besides the generic ones. */
export interface ReorderPointFilter {
    warehouseId?: ID | null;
    productVariantId?: ID | null;
    belowMinimumOnly?: boolean | null;
}

/**
 * Reorder points and their evaluation. The ledger calls {@link ReorderPointService.evaluate} once per stock
 * operation with the stock levels it touched: a crossing below the minimum is recorded with a conditional UPDATE
 * (`belowSince` from NULL to now), so only one of several concurrent operations publishes the event.
 */
@Injectable()
export class ReorderPointService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private eventBus: EventBus,
        private warehouseService: WarehouseService,
        private purchaseOrderService: PurchaseOrderService,
    ) {
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<ReorderPoint>,
        filter: ReorderPointFilter = {},
    ): Promise<PaginatedList<ReorderPoint>> {
        const warehouseIds = (await this.warehouseService.inChannel(ctx)).map(w => w.id);
        if (!warehouseIds.length) {
            return { items: [], totalItems: 0 };
        }
        const qb = this.listQueryBuilder
            .build(ReorderPoint, options, {
                ctx,
                entityAlias: 'reorderPoint',
                relations: ['warehouse', 'warehouse.stockLocation', 'preferredSupplier', 'productVariant'],
            })
            .andWhere('reorderPoint.warehouseId IN (:...warehouseIds)', { warehouseIds });
        if (filter.warehouseId != null) {
            qb.andWhere('reorderPoint.warehouseId = :warehouseId', { warehouseId: filter.warehouseId });
        }
        if (filter.productVariantId != null) {
            qb.andWhere('reorderPoint.productVariantId = :productVariantId', {
                productVariantId: filter.productVariantId,
            });
        }
        if (filter.belowMinimumOnly) {
            qb.andWhere('reorderPoint.belowSince IS NOT NULL');
        }
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<ReorderPoint | undefined> {
        const point = await this.connection.getRepository(ctx, ReorderPoint).findOne({
            where: { id },
            relations: { warehouse: { stockLocation: true }, preferredSupplier: true, productVariant: true },
        });
        if (!point || !(await this.warehouseService.findOne(ctx, point.warehouseId))) {
            return undefined;
        }
        return point;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<ReorderPoint> {
        const point = await this.findOne(ctx, id);
        if (!point) {
            throw new EntityNotFoundError('ReorderPoint', id);
        }
        return point;
    }

    async create(ctx: RequestContext, input: CreateReorderPointInput): Promise<ReorderPoint> {
        const warehouse = await this.warehouseService.getOrThrow(ctx, input.warehouseId);
        const [variant] = await this.connection.findByIdsInChannel(
            ctx,
            ProductVariant,
            [input.productVariantId],
            ctx.channelId,
            {},
        );
        if (!variant) {
            throw new EntityNotFoundError('ProductVariant', input.productVariantId);
        }
        this.validate(input);
        await this.checkSupplier(ctx, input.preferredSupplierId);
        const repo = this.connection.getRepository(ctx, ReorderPoint);
        if (await repo.exists({ where: { productVariantId: variant.id, warehouseId: warehouse.id } })) {
            throw new UserInputError(
                `${variant.sku} already has a reorder point in ${warehouse.code}; update that one instead`,
            );
        }
        const saved = await repo.save(
            new ReorderPoint({
                productVariantId: variant.id,
                warehouseId: warehouse.id,
                minQuantity: input.minQuantity,
                reorderQuantity: input.reorderQuantity,
                preferredSupplierId: input.preferredSupplierId ?? null,
                autoDraftPurchaseOrder: input.autoDraftPurchaseOrder ?? false,
                belowSince: null,
                lastTriggeredAt: null,
            }),
        );
        await this.evaluate(ctx, [
            { productVariantId: variant.id, stockLocationId: warehouse.stockLocationId },
        ]);
        return this.getOrThrow(ctx, saved.id);
    }

    async update(ctx: RequestContext, input: UpdateReorderPointInput): Promise<ReorderPoint> {
        const point = await this.getOrThrow(ctx, input.id);
        this.validate({
            minQuantity: input.minQuantity ?? point.minQuantity,
            reorderQuantity: input.reorderQuantity ?? point.reorderQuantity,
        });
        if (input.preferredSupplierId !== undefined) {
            await this.checkSupplier(ctx, input.preferredSupplierId);
        }
        const patch: Partial<ReorderPoint> = {};
        if (input.minQuantity != null) patch.minQuantity = input.minQuantity;
        if (input.reorderQuantity != null) patch.reorderQuantity = input.reorderQuantity;
        if (input.preferredSupplierId !== undefined) patch.preferredSupplierId = input.preferredSupplierId;
        if (input.autoDraftPurchaseOrder != null) patch.autoDraftPurchaseOrder = input.autoDraftPurchaseOrder;
        if (Object.keys(patch).length) {
            await this.connection.getRepository(ctx, ReorderPoint).update({ id: point.id }, patch);
        }
        await this.evaluate(ctx, [
            { productVariantId: point.productVariantId, stockLocationId: point.warehouse.stockLocationId },
        ]);
        return this.getOrThrow(ctx, point.id);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const point = await this.getOrThrow(ctx, id);
        await this.connection.getRepository(ctx, ReorderPoint).delete({ id: point.id });
        return { result: DeletionResult.DELETED };
    }

    /** Available stock (on hand − allocated) of the reorder point's variant in its warehouse. */
    async available(ctx: RequestContext, point: ReorderPoint): Promise<number> {
        const warehouse = point.warehouse ?? (await this.warehouseService.getOrThrow(ctx, point.warehouseId));
        const level = await this.connection.getRepository(ctx, StockLevel).findOne({
            where: { productVariantId: point.productVariantId, stockLocationId: warehouse.stockLocationId },
        });
        return level ? level.stockOnHand - level.stockAllocated : 0;
    }

    /**
     * Publishes `StockBelowReorderPointEvent` for each touched stock level whose reorder point was just crossed
     * downwards, drafts the purchase order when the reorder point asks for it, and re-arms reorder points whose
     * stock is back at or above the minimum.
     */
    async evaluate(ctx: RequestContext, touched: TouchedStockLevel[]): Promise<void> {
        const repo = this.connection.getRepository(ctx, ReorderPoint);
        // One query for the reorder points of all touched levels, with their warehouses, and one for the stock of
        // those that have one (an order's allocation touches a level per line), instead of two per level.
        const points = await this.pointsOf(ctx, touched);
        if (!points.size) {
            return;
        }
        const levels = await this.levelsOf(
            ctx,
            touched.filter(level => points.has(levelKey(level))),
        );
        for (const level of touched) {
            const point = points.get(levelKey(level));
            if (!point?.warehouse) {
                continue;
            }
            const warehouse = point.warehouse;
            const stock = levels.get(levelKey(level));
            const available = stock ? stock.stockOnHand - stock.stockAllocated : 0;
            if (available < point.minQuantity && !point.belowSince) {
                const now = new Date();
                const result = await repo
                    .createQueryBuilder()
                    .update(ReorderPoint)
                    .set({ belowSince: now, lastTriggeredAt: now })
                    .where({ id: point.id, belowSince: IsNull() })
                    .execute();
                if (result.affected === 1) {
                    point.belowSince = now;
                    point.lastTriggeredAt = now;
                    let draftedPurchaseOrderId: ID | null = null;
                    if (point.autoDraftPurchaseOrder && point.preferredSupplierId != null) {
                        draftedPurchaseOrderId = await this.purchaseOrderService.draftForReorderPoint(
                            ctx,
                            point,
                        );
                    }
                    Logger.info(
                        `Variant ${String(point.productVariantId)} fell below its reorder point in ${warehouse.code} (${available} < ${point.minQuantity})`,
                        loggerCtx,
                    );
                    await this.eventBus.publish(
                        new StockBelowReorderPointEvent(ctx, point, available, draftedPurchaseOrderId),
                    );
                }
            } else if (available >= point.minQuantity && point.belowSince) {
                await repo
                    .createQueryBuilder()
                    .update(ReorderPoint)
                    .set({ belowSince: null })
                    .where({ id: point.id, belowSince: Not(IsNull()) })
                    .execute();
            }
        }
    }

    /**
     * The reorder points of touched levels (those of warehouses: a stock location without warehouse details has
     * none), each with its warehouse, keyed by variant and stock location.
     */
    private async pointsOf(
        ctx: RequestContext,
        levels: TouchedStockLevel[],
    ): Promise<Map<string, ReorderPoint>> {
        const points = new Map<string, ReorderPoint>();
        if (!levels.length) {
            return points;
        }
        const stockLocationIds = unique(levels.map(l => l.stockLocationId));
        for (const variantIds of slices(unique(levels.map(l => l.productVariantId)))) {
            // plain SQL: the payment's allocation asks this of every order, and most find nothing
            const rows = await this.sql.rows<Record<string, unknown>>(
                ctx,
                `SELECT ${this.sql.columns(ReorderPoint, 'p', true)}, ${this.sql.columns(Warehouse, 'w', true)}
                FROM ${this.sql.table(ReorderPoint)} p
                INNER JOIN ${this.sql.table(Warehouse)} w ON w."id" = p."warehouseId"
                WHERE p."productVariantId" IN (:...variantIds) AND w."stockLocationId" IN (:...stockLocationIds)`,
                { variantIds, stockLocationIds },
            );
            for (const row of rows) {
                const point = this.sql.hydrate(ReorderPoint, row, 'p', true) as ReorderPoint;
                point.warehouse = this.sql.hydrate(Warehouse, row, 'w', true) as Warehouse;
                points.set(
                    `${String(point.productVariantId)}:${String(point.warehouse.stockLocationId)}`,
                    point,
                );
            }
        }
        return points;
    }

    /** The stock levels of touched levels, keyed by variant and stock location. */
    private async levelsOf(
        ctx: RequestContext,
        levels: TouchedStockLevel[],
    ): Promise<Map<string, Pick<StockLevel, 'stockOnHand' | 'stockAllocated'>>> {
        const result = new Map<string, Pick<StockLevel, 'stockOnHand' | 'stockAllocated'>>();
        if (!levels.length) {
            return result;
        }
        const locationIds = unique(levels.map(l => l.stockLocationId));
        for (const variantIds of slices(unique(levels.map(l => l.productVariantId)))) {
            const found = await this.sql.rows<
                Pick<StockLevel, 'productVariantId' | 'stockLocationId' | 'stockOnHand' | 'stockAllocated'>
            >(
                ctx,
                `SELECT "productVariantId", "stockLocationId", "stockOnHand", "stockAllocated"
                FROM ${this.sql.table(StockLevel)}
                WHERE "productVariantId" IN (:...variantIds) AND "stockLocationId" IN (:...locationIds)`,
                { variantIds, locationIds },
            );
            for (const level of found) {
                result.set(levelKey(level), level);
            }
        }
        return result;
    }

    private validate(input: { minQuantity: number; reorderQuantity: number }): void {
        if (!Number.isInteger(input.minQuantity) || input.minQuantity < 0) {
            throw new UserInputError(`minQuantity must be a whole number >= 0, got ${input.minQuantity}`);
        }
        if (!Number.isInteger(input.reorderQuantity) || input.reorderQuantity < 1) {
            throw new UserInputError(
                `reorderQuantity must be a whole number >= 1, got ${input.reorderQuantity}`,
            );
        }
    }

    private async checkSupplier(ctx: RequestContext, supplierId: ID | null | undefined): Promise<void> {
        if (supplierId == null) {
            return;
        }
        const supplier = await this.connection
            .getRepository(ctx, Supplier)
            .findOne({ where: { id: supplierId, channelId: ctx.channelId } });
        if (!supplier) {
            throw new EntityNotFoundError('Supplier', supplierId);
        }
    }
}

function levelKey(level: { productVariantId: ID; stockLocationId: ID }): string {
    return `${String(level.productVariantId)}:${String(level.stockLocationId)}`;
}

function unique(ids: Array<ID | undefined>): ID[] {
    const seen = new Map<string, ID>();
    for (const id of ids) {
        if (id != null) {
            seen.set(String(id), id);
        }
    }
    return [...seen.values()];
}

/** Ids in slices that stay well under the databases' bound-parameter limits (SQLite's is the lowest). */
function slices(ids: ID[], size = 500): ID[][] {
    const result: ID[][] = [];
    for (let i = 0; i < ids.length; i += size) {
        result.push(ids.slice(i, i + size));
    }
    return result;
}
