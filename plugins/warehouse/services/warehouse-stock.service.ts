import { Injectable } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    EntityNotFoundError,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    ProductVariant,
    RequestContext,
    StockLevel,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { Warehouse, WarehouseAddress } from '../entities/warehouse.entity';

import { OPEN_PURCHASE_ORDER_STATES } from './purchase-order.service';
import { StockTransferService } from './stock-transfer.service';
import { WarehouseAllocationService } from './warehouse-allocation.service';
import { WarehouseService } from './warehouse.service';

/** Stock of one variant in one warehouse. */
export interface WarehouseStockLevel {
    warehouse: Warehouse;
    productVariantId: ID;
    productVariant?: ProductVariant;
    stockOnHand: number;
    stockAllocated: number;
}

/** Availability of a variant at a pick-up warehouse, as the shop API shows it. */
export interface PickupAvailability {
    warehouseId: ID;
    code: string;
    name: string;
    address: WarehouseAddress | null;
    pickupInstructions: string | null;
    /** What Vendure's StockDisplayStrategy shows for this warehouse's saleable stock (IN_STOCK, …). */
    stockLevel: string;
    available: boolean;
}

/** Reads of stock per warehouse: the admin views and the shop's pick-up availability. */
@Injectable()
export class WarehouseStockService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private configService: ConfigService,
        private warehouseService: WarehouseService,
        private allocation: WarehouseAllocationService,
        private transfers: StockTransferService,
    ) {}

    /** The stock levels of a warehouse (optionally only variants whose SKU or name contains `term`). */
    async levels(
        ctx: RequestContext,
        warehouseId: ID,
        options?: ListQueryOptions<StockLevel>,
        term?: string | null,
    ): Promise<PaginatedList<WarehouseStockLevel>> {
        const warehouse = await this.warehouseService.getOrThrow(ctx, warehouseId);
        const qb = this.listQueryBuilder
            .build(StockLevel, options, { ctx, entityAlias: 'level' })
            .innerJoinAndSelect('level.productVariant', 'variant')
            .andWhere('level.stockLocationId = :locationId', { locationId: warehouse.stockLocationId })
            .andWhere('variant.deletedAt IS NULL');
        if (term?.trim()) {
            qb.leftJoin('variant.translations', 'variantTranslation').andWhere(
                '(LOWER(variant.sku) LIKE :term OR LOWER(variantTranslation.name) LIKE :term)',
                { term: `%${term.trim().toLowerCase()}%` },
            );
        }
        if (!options?.sort) {
            qb.orderBy('variant.sku', 'ASC');
        }
        const [levels, totalItems] = await qb.getManyAndCount();
        return {
            items: levels.map(level => ({
                warehouse,
                productVariantId: level.productVariantId,
                productVariant: level.productVariant,
                stockOnHand: level.stockOnHand,
                stockAllocated: level.stockAllocated,
            })),
            totalItems,
        };
    }

    /** A variant's stock in every warehouse of the channel (zero where it has none). */
    async forVariant(ctx: RequestContext, productVariantId: ID): Promise<WarehouseStockLevel[]> {
        const [variant] = await this.connection.findByIdsInChannel(
            ctx,
            ProductVariant,
            [productVariantId],
            ctx.channelId,
            {},
        );
        if (!variant) {
            throw new EntityNotFoundError('ProductVariant', productVariantId);
        }
        const warehouses = await this.warehouseService.inChannel(ctx);
        const levels = warehouses.length
            ? await this.connection.getRepository(ctx, StockLevel).find({
                  where: {
                      productVariantId: variant.id,
                      stockLocationId: In(warehouses.map(w => w.stockLocationId)),
                  },
              })
            : [];
        return warehouses.map(warehouse => {
            const level = levels.find(l => idsAreEqual(l.stockLocationId, warehouse.stockLocationId));
            return {
                warehouse,
                productVariantId: variant.id,
                productVariant: variant,
                stockOnHand: level?.stockOnHand ?? 0,
                stockAllocated: level?.stockAllocated ?? 0,
            };
        });
    }

    /** Units in transit to the warehouse (dispatched transfers not yet received). */
    inTransit(ctx: RequestContext, warehouseId: ID, productVariantId: ID): Promise<number> {
        return this.transfers.inTransitTo(ctx, warehouseId, productVariantId);
    }

    /** Units ordered from suppliers for the warehouse and not yet accepted (sent or partially received orders). */
    async onOrder(ctx: RequestContext, warehouseId: ID, productVariantId: ID): Promise<number> {
        const raw = await this.connection
            .getRepository(ctx, PurchaseOrderLine)
            .createQueryBuilder('line')
            .innerJoin('line.purchaseOrder', 'po')
            .select('COALESCE(SUM(line.quantity - line.quantityReceived), 0)', 'total')
            .where('po.warehouseId = :warehouseId', { warehouseId })
            .andWhere('po.state IN (:...states)', { states: OPEN_PURCHASE_ORDER_STATES })
            .andWhere('line.productVariantId = :productVariantId', { productVariantId })
            .andWhere('line.quantityReceived < line.quantity')
            .getRawOne<{ total: string | number }>();
        return Number(raw?.total ?? 0);
    }

    /**
     * The channel's active pick-up warehouses with the variant's availability there, when the channel enables
     * it (Channel custom field `warehousePickupAvailability`); otherwise an empty list.
     */
    async pickupAvailability(ctx: RequestContext, productVariantId: ID): Promise<PickupAvailability[]> {
        if (!ctx.channel.customFields?.warehousePickupAvailability) {
            return [];
        }
        const [variant] = await this.connection.findByIdsInChannel(
            ctx,
            ProductVariant,
            [productVariantId],
            ctx.channelId,
            {},
        );
        if (!variant || variant.deletedAt) {
            return [];
        }
        const warehouses = (await this.warehouseService.inChannel(ctx)).filter(
            w => w.active && w.pickupPoint,
        );
        if (!warehouses.length) {
            return [];
        }
        const levels = await this.connection.getRepository(ctx, StockLevel).find({
            where: {
                productVariantId: variant.id,
                stockLocationId: In(warehouses.map(w => w.stockLocationId)),
            },
        });
        const settings = await this.allocation.variantStockSettings(ctx, variant.id);
        const { stockDisplayStrategy } = this.configService.catalogOptions;
        const result: PickupAvailability[] = [];
        for (const warehouse of warehouses) {
            const level = levels.find(l => idsAreEqual(l.stockLocationId, warehouse.stockLocationId));
            const saleable = settings.tracked
                ? (level?.stockOnHand ?? 0) -
                  (level?.stockAllocated ?? 0) -
                  Math.max(0, settings.outOfStockThreshold)
                : Number.MAX_SAFE_INTEGER;
            result.push({
                warehouseId: warehouse.id,
                code: warehouse.code,
                name: warehouse.stockLocation.name,
                address: warehouse.address,
                pickupInstructions: warehouse.pickupInstructions,
                stockLevel: await stockDisplayStrategy.getStockLevel(ctx, variant, saleable),
                available: saleable > 0,
            });
        }
        return result;
    }
}
