import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Channel,
    Ctx,
    ListQueryOptions,
    ProductVariant,
    RequestContext,
    StockLocation,
    Transaction,
    TransactionalConnection,
    User,
} from '@vendure/core';

import { ReorderPointPermission, WarehousePermission } from '../constants';
import { ReorderPoint } from '../entities/reorder-point.entity';
import { StockLedgerEntry } from '../entities/stock-ledger-entry.entity';
import { Supplier } from '../entities/supplier.entity';
import { Warehouse } from '../entities/warehouse.entity';
import {
    CreateReorderPointInput,
    ReorderPointService,
    UpdateReorderPointInput,
} from '../services/reorder-point.service';
import { StockLedgerService } from '../services/stock-ledger.service';
import { WarehouseStockLevel, WarehouseStockService } from '../services/warehouse-stock.service';
import { CreateWarehouseInput, UpdateWarehouseInput, WarehouseService } from '../services/warehouse.service';

import { DuplicateCodeError } from './error-results';

@Resolver()
export class WarehouseAdminResolver {
    constructor(
        private warehouseService: WarehouseService,
        private stock: WarehouseStockService,
        private ledger: StockLedgerService,
        private reorderPointService: ReorderPointService,
    ) {}

    @Query()
    @Allow(WarehousePermission.Read)
    warehouses(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Warehouse> },
    ): Promise<PaginatedList<Warehouse>> {
        return this.warehouseService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(WarehousePermission.Read)
    warehouse(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Warehouse | undefined> {
        return this.warehouseService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(WarehousePermission.Read)
    warehouseStockLevels(
        @Ctx() ctx: RequestContext,
        @Args() args: { warehouseId: ID; term?: string | null; skip?: number | null; take?: number | null },
    ): Promise<PaginatedList<WarehouseStockLevel>> {
        return this.stock.levels(
            ctx,
            args.warehouseId,
            { skip: args.skip ?? undefined, take: args.take ?? undefined },
            args.term,
        );
    }

    @Query()
    @Allow(WarehousePermission.Read)
    variantWarehouseStock(
        @Ctx() ctx: RequestContext,
        @Args() args: { productVariantId: ID },
    ): Promise<WarehouseStockLevel[]> {
        return this.stock.forVariant(ctx, args.productVariantId);
    }

    @Query()
    @Allow(WarehousePermission.Read)
    async stockLedger(
        @Ctx() ctx: RequestContext,
        @Args()
        args: {
            productVariantId: ID;
            warehouseId?: ID | null;
            dateRange?: { start: string; end: string } | null;
            options?: ListQueryOptions<StockLedgerEntry>;
        },
    ): Promise<PaginatedList<StockLedgerEntry>> {
        const stockLocationIds =
            args.warehouseId != null
                ? [(await this.warehouseService.getOrThrow(ctx, args.warehouseId)).stockLocationId]
                : await this.warehouseService.channelStockLocationIds(ctx);
        return this.ledger.findEntries(
            ctx,
            { productVariantId: args.productVariantId, stockLocationIds, dateRange: args.dateRange },
            args.options,
        );
    }

    @Query()
    @Allow(ReorderPointPermission.Read)
    reorderPoints(
        @Ctx() ctx: RequestContext,
        @Args()
        args: {
            options?: ListQueryOptions<ReorderPoint>;
            warehouseId?: ID | null;
            productVariantId?: ID | null;
            belowMinimumOnly?: boolean | null;
        },
    ): Promise<PaginatedList<ReorderPoint>> {
        return this.reorderPointService.findAll(ctx, args.options, args);
    }

    @Query()
    @Allow(ReorderPointPermission.Read)
    reorderPoint(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<ReorderPoint | undefined> {
        return this.reorderPointService.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(WarehousePermission.Create)
    createWarehouse(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateWarehouseInput },
    ): Promise<Warehouse | DuplicateCodeError> {
        return this.warehouseService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(WarehousePermission.Update)
    updateWarehouse(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateWarehouseInput },
    ): Promise<Warehouse | DuplicateCodeError> {
        return this.warehouseService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(WarehousePermission.Delete)
    deleteWarehouse(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.warehouseService.delete(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(ReorderPointPermission.Create)
    createReorderPoint(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateReorderPointInput },
    ): Promise<ReorderPoint> {
        return this.reorderPointService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(ReorderPointPermission.Update)
    updateReorderPoint(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateReorderPointInput },
    ): Promise<ReorderPoint> {
        return this.reorderPointService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(ReorderPointPermission.Delete)
    deleteReorderPoint(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.reorderPointService.delete(ctx, args.id);
    }
}

@Resolver('Warehouse')
export class WarehouseEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    name(@Parent() warehouse: Warehouse): string {
        return warehouse.stockLocation?.name ?? '';
    }

    @ResolveField()
    description(@Parent() warehouse: Warehouse): string {
        return warehouse.stockLocation?.description ?? '';
    }

    @ResolveField()
    async stockLocation(@Ctx() ctx: RequestContext, @Parent() warehouse: Warehouse): Promise<StockLocation> {
        return (
            warehouse.stockLocation ??
            (await this.connection
                .getRepository(ctx, StockLocation)
                .findOneOrFail({ where: { id: warehouse.stockLocationId } }))
        );
    }

    @ResolveField()
    zones(@Parent() warehouse: Warehouse) {
        return warehouse.zones ?? [];
    }

    @ResolveField()
    async channels(@Ctx() ctx: RequestContext, @Parent() warehouse: Warehouse): Promise<Channel[]> {
        const location = await this.connection.getRepository(ctx, StockLocation).findOne({
            where: { id: warehouse.stockLocationId },
            relations: { channels: true },
        });
        return location?.channels ?? [];
    }
}

@Resolver('WarehouseStockLevel')
export class WarehouseStockLevelEntityResolver {
    constructor(
        private stock: WarehouseStockService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    available(@Parent() level: WarehouseStockLevel): number {
        return level.stockOnHand - level.stockAllocated;
    }

    @ResolveField()
    async productVariant(
        @Ctx() ctx: RequestContext,
        @Parent() level: WarehouseStockLevel,
    ): Promise<ProductVariant> {
        return (
            level.productVariant ??
            this.connection
                .getRepository(ctx, ProductVariant)
                .findOneOrFail({ where: { id: level.productVariantId } })
        );
    }

    @ResolveField()
    inTransit(@Ctx() ctx: RequestContext, @Parent() level: WarehouseStockLevel): Promise<number> {
        return this.stock.inTransit(ctx, level.warehouse.id, level.productVariantId);
    }

    @ResolveField()
    onOrder(@Ctx() ctx: RequestContext, @Parent() level: WarehouseStockLevel): Promise<number> {
        return this.stock.onOrder(ctx, level.warehouse.id, level.productVariantId);
    }

    @ResolveField()
    async reorderPoint(
        @Ctx() ctx: RequestContext,
        @Parent() level: WarehouseStockLevel,
    ): Promise<ReorderPoint | null> {
        return this.connection.getRepository(ctx, ReorderPoint).findOne({
            where: { warehouseId: level.warehouse.id, productVariantId: level.productVariantId },
        });
    }
}

@Resolver('StockLedgerEntry')
export class StockLedgerEntryEntityResolver {
    constructor(
        private connection: TransactionalConnection,
        private warehouses: WarehouseService,
    ) {}

    @ResolveField()
    productVariant(
        @Ctx() ctx: RequestContext,
        @Parent() entry: StockLedgerEntry,
    ): Promise<ProductVariant | null> {
        return this.connection
            .getRepository(ctx, ProductVariant)
            .findOne({ where: { id: entry.productVariantId }, withDeleted: true });
    }

    @ResolveField()
    stockLocation(
        @Ctx() ctx: RequestContext,
        @Parent() entry: StockLedgerEntry,
    ): Promise<StockLocation | null> {
        return this.connection
            .getRepository(ctx, StockLocation)
            .findOne({ where: { id: entry.stockLocationId } });
    }

    @ResolveField()
    async warehouse(
        @Ctx() ctx: RequestContext,
        @Parent() entry: StockLedgerEntry,
    ): Promise<Warehouse | null> {
        const warehouse = (await this.warehouses.byStockLocationId(ctx)).get(String(entry.stockLocationId));
        return warehouse ? ((await this.warehouses.findOne(ctx, warehouse.id)) ?? null) : null;
    }

    @ResolveField()
    async userIdentifier(
        @Ctx() ctx: RequestContext,
        @Parent() entry: StockLedgerEntry,
    ): Promise<string | null> {
        if (entry.userId == null) {
            return null;
        }
        const user = await this.connection.getRepository(ctx, User).findOne({ where: { id: entry.userId } });
        return user?.identifier ?? null;
    }
}

@Resolver('ReorderPoint')
export class ReorderPointEntityResolver {
    constructor(
        private reorderPoints: ReorderPointService,
        private warehouses: WarehouseService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    belowMinimum(@Parent() point: ReorderPoint): boolean {
        return point.belowSince != null;
    }

    @ResolveField()
    available(@Ctx() ctx: RequestContext, @Parent() point: ReorderPoint): Promise<number> {
        return this.reorderPoints.available(ctx, point);
    }

    @ResolveField()
    async warehouse(@Ctx() ctx: RequestContext, @Parent() point: ReorderPoint): Promise<Warehouse> {
        return (await this.warehouses.findOne(ctx, point.warehouseId)) ?? point.warehouse;
    }

    @ResolveField()
    productVariant(@Ctx() ctx: RequestContext, @Parent() point: ReorderPoint): Promise<ProductVariant> {
        return point.productVariant
            ? Promise.resolve(point.productVariant)
            : this.connection
                  .getRepository(ctx, ProductVariant)
                  .findOneOrFail({ where: { id: point.productVariantId } });
    }

    @ResolveField()
    preferredSupplier(@Ctx() ctx: RequestContext, @Parent() point: ReorderPoint): Promise<Supplier | null> {
        if (point.preferredSupplierId == null) {
            return Promise.resolve(null);
        }
        return this.connection
            .getRepository(ctx, Supplier)
            .findOne({ where: { id: point.preferredSupplierId } });
    }
}
