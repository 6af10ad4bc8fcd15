import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    idsAreEqual,
    Order,
    OrderLine,
    RequestContext,
    StockLevel,
    StockLocation,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { PlainSql } from '../../../src/common/plain-sql';
import { transactionScopedCache } from '../../../src/common/transaction-scoped-cache';

import {
    InsufficientWarehouseStockError,
    PickupOrderModificationError,
    PickupPointUnavailableError,
} from '../api/error-results';
import { WAREHOUSE_PICKUP_CHECKER_CODE } from '../constants';
import { OrderPickupChoice } from '../entities/order-pickup-choice.entity';
import { Warehouse, WarehouseAddress } from '../entities/warehouse.entity';

import { scopeOrderOfLine } from './stock-operation-scope';
import { WarehouseAllocationService } from './warehouse-allocation.service';
import { WarehouseService } from './warehouse.service';

/** A pick-up warehouse as the buyer of an order sees it. */
export interface OrderPickupPoint {
    warehouseId: ID;
    code: string;
    name: string;
    address: WarehouseAddress | null;
    pickupInstructions: string | null;
    /** Every line of the order can be collected there now. */
    available: boolean;
    /** The buyer chose it for this order. */
    selected: boolean;
}

/** What a pick-up warehouse lacks for an order: the first short variant. */
/** What {@link OrderPickupService.shortfall} reads of an order line (an `OrderLine` has it). */
export interface PickupLine {
    productVariantId: ID;
    quantity: number;
    productVariant?: { sku: string };
}

export interface PickupShortfall {
    productVariantId: ID;
    sku: string;
    available: number;
    requested: number;
}

/**
 * Click-and-collect: the pick-up warehouse a buyer chooses for an order, kept in {@link OrderPickupChoice}
 * (keyed by order id; nothing is added to Vendure's `Order`). The choice takes effect when the order's shipping
 * method uses the `warehouse-pickup` eligibility checker: then every line is allocated at that warehouse, with
 * no fallback to another one (the buyer collects there).
 */
@Injectable()
export class OrderPickupService {
    constructor(
        private connection: TransactionalConnection,
        private warehouseService: WarehouseService,
        private allocation: WarehouseAllocationService,
    ) {
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;

    /**
     * Per request and transaction: order id → its pick-up choice, and order line id → its order id. Allocation asks for every line
     * of an order in turn; the choice changes only through this service, which forgets it then.
     */
    private memo(ctx: RequestContext) {
        // one memo for the request's transaction and its savepoints (a choice is forgotten in it on change)
        return transactionScopedCache(ctx, 'warehouse-order-pickup-memo', () => ({
            choices: new Map<string, Promise<OrderPickupChoice | undefined>>(),
            orderOfLine: new Map<string, ID | undefined>(),
        }));
    }

    /** The channel's active pick-up warehouses, each with whether the order's lines can be collected there. */
    async pickupPoints(ctx: RequestContext, order: Order | undefined): Promise<OrderPickupPoint[]> {
        const warehouses = (await this.warehouseService.inChannel(ctx)).filter(
            w => w.active && w.pickupPoint,
        );
        const choice = order ? await this.choiceOf(ctx, order.id) : undefined;
        const lines = order ? await this.linesOf(ctx, order.id) : [];
        const result: OrderPickupPoint[] = [];
        for (const warehouse of warehouses) {
            result.push({
                warehouseId: warehouse.id,
                code: warehouse.code,
                name: warehouse.stockLocation.name,
                address: warehouse.address,
                pickupInstructions: warehouse.pickupInstructions,
                available: !(await this.shortfall(ctx, lines, warehouse)),
                selected: !!choice && idsAreEqual(choice.warehouseId, warehouse.id),
            });
        }
        return result;
    }

    /**
     * Chooses the pick-up warehouse of an order. Refused when the warehouse is not an active pick-up point of
     * the channel, when the order is past AddingItems, or when the warehouse cannot supply every line now.
     */
    async setPickupWarehouse(
        ctx: RequestContext,
        order: Order,
        warehouseId: ID,
    ): Promise<
        Order | PickupPointUnavailableError | PickupOrderModificationError | InsufficientWarehouseStockError
    > {
        if (order.state !== 'AddingItems') {
            return new PickupOrderModificationError();
        }
        const warehouse = await this.warehouseService.findOne(ctx, warehouseId);
        if (!warehouse || !warehouse.active || !warehouse.pickupPoint) {
            return new PickupPointUnavailableError(warehouseId);
        }
        const short = await this.shortfall(ctx, await this.linesOf(ctx, order.id), warehouse);
        if (short) {
            return new InsufficientWarehouseStockError(
                short.productVariantId,
                short.sku,
                warehouse.code,
                Math.max(0, short.available),
                short.requested,
            );
        }
        const repo = this.connection.getRepository(ctx, OrderPickupChoice);
        this.memo(ctx).choices.delete(String(order.id));
        const existing = await repo.findOne({ where: { orderId: order.id } });
        if (existing) {
            existing.warehouseId = warehouse.id;
            await repo.save(existing);
        } else {
            await repo.save(new OrderPickupChoice({ orderId: order.id, warehouseId: warehouse.id }));
        }
        return order;
    }

    /** Removes the choice (the order is delivered again). */
    async clearPickupWarehouse(
        ctx: RequestContext,
        order: Order,
    ): Promise<Order | PickupOrderModificationError> {
        if (order.state !== 'AddingItems') {
            return new PickupOrderModificationError();
        }
        this.memo(ctx).choices.delete(String(order.id));
        await this.connection.getRepository(ctx, OrderPickupChoice).delete({ orderId: order.id });
        return order;
    }

    choiceOf(ctx: RequestContext, orderId: ID): Promise<OrderPickupChoice | undefined> {
        const { choices } = this.memo(ctx);
        let choice = choices.get(String(orderId));
        if (!choice) {
            // one plain statement (an order has at most one choice: `orderId` is unique); the entities whole,
            // dates included, as they reach GraphQL
            choice = this.sql
                .rows<Record<string, unknown>>(
                    ctx,
                    `SELECT ${this.sql.columns(OrderPickupChoice, 'c', true)}, ${this.warehouseService.warehouseColumns('w', 'l')}
                    FROM ${this.sql.table(OrderPickupChoice)} c
                    LEFT JOIN ${this.sql.table(Warehouse)} w ON w."id" = c."warehouseId"
                    LEFT JOIN ${this.sql.table(StockLocation)} l ON l."id" = w."stockLocationId"
                    WHERE c."orderId" = :orderId`,
                    { orderId },
                )
                .then(([row]) => {
                    const found = row && this.sql.hydrate(OrderPickupChoice, row, 'c', true);
                    const warehouse = found && this.warehouseService.warehouseOfRow(row, 'w', 'l');
                    if (found && warehouse) {
                        found.warehouse = warehouse;
                    }
                    return found;
                });
            choices.set(String(orderId), choice);
            // a failed read is not remembered
            choice.catch(() => choices.delete(String(orderId)));
        }
        return choice;
    }

    /**
     * Tells the request that an order has no pick-up choice, when a caller read that with other columns (the
     * check before payment joins the choice to the order's lines): {@link choiceOf} answers it without a query
     * for the rest of the request's transaction, until a choice is made in it.
     */
    rememberNoChoice(ctx: RequestContext, orderId: ID): void {
        const { choices } = this.memo(ctx);
        if (!choices.has(String(orderId))) {
            choices.set(String(orderId), Promise.resolve(undefined));
        }
    }

    /** The chosen warehouse, whether or not the order's shipping method is click-and-collect. */
    async chosenWarehouse(ctx: RequestContext, orderId: ID): Promise<Warehouse | undefined> {
        return (await this.choiceOf(ctx, orderId))?.warehouse;
    }

    /** Any warehouse by id, whatever its channel (the fulfilment handler checked the channel). */
    async warehouseById(ctx: RequestContext, id: ID): Promise<Warehouse | undefined> {
        return (await this.connection.getRepository(ctx, Warehouse).findOne({ where: { id } })) ?? undefined;
    }

    /** The chosen warehouse, when the order and the warehouse are in the request's channel. */
    async chosenWarehouseInChannel(ctx: RequestContext, orderId: ID): Promise<Warehouse | undefined> {
        const [order] = await this.connection.findByIdsInChannel(ctx, Order, [orderId], ctx.channelId, {});
        const choice = order ? await this.choiceOf(ctx, order.id) : undefined;
        return choice ? this.warehouseService.findOne(ctx, choice.warehouseId) : undefined;
    }

    /**
     * The warehouse that must supply the order: the chosen one when the order's shipping method is
     * click-and-collect (uses the `warehouse-pickup` checker); otherwise `undefined`.
     */
    async effectivePickupWarehouse(ctx: RequestContext, orderId: ID): Promise<Warehouse | undefined> {
        const choice = await this.choiceOf(ctx, orderId);
        if (!choice) {
            return undefined;
        }
        const order = await this.connection.getRepository(ctx, Order).findOne({
            where: { id: orderId },
            relations: { shippingLines: { shippingMethod: true } },
            loadEagerRelations: false,
        });
        const pickup = order?.shippingLines?.some(
            l => l.shippingMethod?.checker?.code === WAREHOUSE_PICKUP_CHECKER_CODE,
        );
        return pickup ? choice.warehouse : undefined;
    }

    /** {@link effectivePickupWarehouse} of the order of a line. */
    async effectivePickupWarehouseOfLine(
        ctx: RequestContext,
        orderLine: OrderLine,
    ): Promise<Warehouse | undefined> {
        let orderId: ID | undefined = orderLine.order?.id;
        if (orderId == null) {
            orderId = (await scopeOrderOfLine(ctx, this.connection, orderLine.id))?.orderId;
        }
        if (orderId == null) {
            const { orderOfLine } = this.memo(ctx);
            const key = String(orderLine.id);
            if (!orderOfLine.has(key)) {
                const line = await this.connection.getRepository(ctx, OrderLine).findOne({
                    where: { id: orderLine.id },
                    relations: { order: true },
                    loadEagerRelations: false,
                });
                orderOfLine.set(key, line?.order?.id);
            }
            orderId = orderOfLine.get(key);
        }
        return orderId == null ? undefined : this.effectivePickupWarehouse(ctx, orderId);
    }

    /** The first variant of the lines the warehouse cannot supply (tracked stock, on hand − allocated). */
    async shortfall(
        ctx: RequestContext,
        lines: PickupLine[],
        warehouse: Warehouse,
    ): Promise<PickupShortfall | undefined> {
        const byVariant = new Map<string, { line: PickupLine; quantity: number }>();
        for (const line of lines) {
            const key = String(line.productVariantId);
            const entry = byVariant.get(key) ?? { line, quantity: 0 };
            entry.quantity += line.quantity;
            byVariant.set(key, entry);
        }
        if (!byVariant.size) {
            return undefined;
        }
        const levels = await this.connection.getRepository(ctx, StockLevel).find({
            where: {
                stockLocationId: warehouse.stockLocationId,
                productVariantId: In(lines.map(l => l.productVariantId)),
            },
        });
        for (const { line, quantity } of byVariant.values()) {
            const settings = await this.allocation.variantStockSettings(ctx, line.productVariantId);
            if (!settings.tracked) {
                continue;
            }
            const level = levels.find(l => idsAreEqual(l.productVariantId, line.productVariantId));
            const available =
                (level?.stockOnHand ?? 0) - (level?.stockAllocated ?? 0) - settings.outOfStockThreshold;
            if (available < quantity) {
                return {
                    productVariantId: line.productVariantId,
                    sku: line.productVariant?.sku ?? String(line.productVariantId),
                    available,
                    requested: quantity,
                };
            }
        }
        return undefined;
    }

    async linesOf(ctx: RequestContext, orderId: ID): Promise<OrderLine[]> {
        return this.connection.getRepository(ctx, OrderLine).find({
            where: { order: { id: orderId } },
            relations: { productVariant: true },
            loadEagerRelations: false,
        });
    }
}
