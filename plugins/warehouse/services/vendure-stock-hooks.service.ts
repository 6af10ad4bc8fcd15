import { Inject, Injectable } from '@nestjs/common';
import { DeletionResult, GlobalFlag } from '@vendure/common/lib/generated-types';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    GlobalSettings,
    GlobalSettingsService,
    I18nError,
    idsAreEqual,
    Logger,
    OrderLine,
    OrderService,
    OrderStateTransitionError,
    ProductVariant,
    RequestContext,
    StockLevel,
    StockLevelService,
    StockLocationService,
    StockMovementService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { localize } from '../../../src/common/localized-error-result';
import { loggerCtx, WAREHOUSE_PLUGIN_OPTIONS } from '../constants';
import { OrderPickupChoice } from '../entities/order-pickup-choice.entity';
import { StockDocumentType, StockLedgerEntryType } from '../entities/stock-ledger-entry.entity';
import { ResolvedWarehousePluginOptions } from '../types';

import { OrderPickupService } from './order-pickup.service';
import { StockLedgerService } from './stock-ledger.service';
import { RawScopeOrderLine, rememberOrderLines, stockOperationScope } from './stock-operation-scope';
import {
    GlobalStockSettings,
    variantStockSettingsOf,
    WarehouseAllocationService,
} from './warehouse-allocation.service';
import { WarehouseService } from './warehouse.service';

/**
 * Thrown when an allocation would take stock that is no longer there (another checkout took it between the
 * buyer's stock check and payment). The transaction rolls back: no payment, no order state change, no stock
 * change is kept.
 */
export class InsufficientStockForOrderError extends I18nError {
    constructor(sku: string, available: number, requested: number) {
        super(
            `Not enough stock of ${sku} is left to complete this order (${Math.max(0, available)} available, ${requested} requested). Nothing was charged and the order was not placed.`,
            {},
            'INSUFFICIENT_STOCK_ERROR',
        );
    }
}

/** An order line as the check before payment reads it (see `linesBeforePayment`). */
interface LineBeforePayment {
    quantity: number;
    productVariantId: ID;
    /** The channel that sells the line: another seller's when it is not the default channel. */
    sellerChannelId: ID | null;
    orderState: string;
    /** Whether the line holds an allocation already (a payment after the order was placed). */
    allocated: boolean;
    productVariant: ProductVariant;
}

/** A boolean column read raw: SQLite answers 0/1, PostgreSQL true/false. */
function rawBoolean(value: boolean | number | string): boolean {
    return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}

type AddPaymentToOrder = OrderService['addPaymentToOrder'];
type AddPaymentResult = Awaited<ReturnType<AddPaymentToOrder>>;

const INSTALLED = Symbol('WarehousePluginStockHooks');

/**
 * Routes Vendure's own stock writes through the ledger, so that nothing changes a `StockLevel` behind its back
 * and every change is one conditional UPDATE:
 *
 * - `StockLevelService.updateStockOnHandForLocation` / `updateStockAllocatedForLocation` (read-then-write in
 *   Vendure, which loses updates under concurrency) become {@link StockLedgerService.applyChange}; allocations
 *   of the platform's stock are guarded, so stock is never allocated twice. An allocation at another seller's
 *   own stock location for that seller's order line (see {@link VendureStockHooksService.isAnotherSellersStock})
 *   is ledgered but not guarded: that seller guards its quantity (the marketplace: its offers).
 * - `StockMovementService`'s allocation, sale, release, cancellation and adjustment methods run inside a ledger
 *   scope, so each entry names its order (or the manual adjustment) and reorder points are evaluated once.
 * - `OrderService.addPaymentToOrder` first checks that the order's tracked lines the platform sells (not those
 *   of another seller channel) are still in stock and refuses with an `OrderStateTransitionError` (nothing
 *   written) when they are not.
 * - `StockLocationService.delete` ledgers the stock it moves to the target location.
 *
 * Installed once per application (server and worker) when the plugin bootstraps.
 */
@Injectable()
export class VendureStockHooksService {
    constructor(
        private connection: TransactionalConnection,
        private stockLevelService: StockLevelService,
        private stockMovementService: StockMovementService,
        private stockLocationService: StockLocationService,
        private channelService: ChannelService,
        private orderService: OrderService,
        private globalSettingsService: GlobalSettingsService,
        private ledger: StockLedgerService,
        private allocation: WarehouseAllocationService,
        private warehouseService: WarehouseService,
        private pickup: OrderPickupService,
        @Inject(WAREHOUSE_PLUGIN_OPTIONS) private options: ResolvedWarehousePluginOptions,
    ) {}

    install(): void {
        const marker = this.stockLevelService as unknown as Record<symbol, boolean>;
        if (marker[INSTALLED]) {
            return;
        }
        marker[INSTALLED] = true;
        this.routeStockLevelWrites();
        this.scopeStockMovements();
        this.guardPayments();
        this.ledgerLocationDeletion();
        Logger.verbose('Vendure stock writes are routed through the stock ledger', loggerCtx);
    }

    private routeStockLevelWrites(): void {
        const levels = this.stockLevelService;
        levels.updateStockOnHandForLocation = (ctx, productVariantId, stockLocationId, change) =>
            this.applyVendureChange(ctx, productVariantId, stockLocationId, change, 0);
        levels.updateStockAllocatedForLocation = (ctx, productVariantId, stockLocationId, change) =>
            this.applyVendureChange(ctx, productVariantId, stockLocationId, 0, change);
    }

    private async applyVendureChange(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationId: ID,
        onHandChange: number,
        allocatedChange: number,
    ): Promise<void> {
        let guard: { allowance: number } | undefined;
        if (
            allocatedChange > 0 &&
            !(await this.isAnotherSellersStock(ctx, productVariantId, stockLocationId))
        ) {
            const { outOfStockThreshold } = await this.allocation.variantStockSettings(ctx, productVariantId);
            guard = { allowance: Math.max(0, -outOfStockThreshold) };
        }
        const result = await this.ledger.applyChange(ctx, {
            productVariantId,
            stockLocationId,
            onHandChange,
            allocatedChange,
            guard,
        });
        if (!result.applied) {
            const variant = await this.ledger.findVariant(ctx, productVariantId);
            throw new InsufficientStockForOrderError(
                variant?.sku ?? String(productVariantId),
                result.stockOnHand - result.stockAllocated,
                allocatedChange,
            );
        }
    }

    /**
     * Whether an order movement's change of a variant at a stock location is another seller's business, not the
     * platform's: one of the movement's order lines of that variant is sold by a seller channel other than the
     * default channel (`OrderLine.sellerChannelId`), and the location is that seller channel's own: assigned to
     * it, not to the default channel, and not a warehouse. The seller's quantity lives with the seller (the
     * marketplace plugin's offers, with their own guarded allocation), so the platform's guard does not apply.
     */
    private async isAnotherSellersStock(
        ctx: RequestContext,
        productVariantId: ID,
        stockLocationId: ID,
    ): Promise<boolean> {
        const orderLineIds = stockOperationScope.current()?.origin.orderLineIds ?? [];
        if (!orderLineIds.length) {
            return false;
        }
        const linesOfVariant =
            (await this.ledger.orderLinesByVariant(ctx, orderLineIds)).get(String(productVariantId)) ?? [];
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const sellerChannelIds = linesOfVariant
            .map(line => line.sellerChannelId)
            .filter((id): id is ID => id != null && !idsAreEqual(id, defaultChannel.id));
        if (!sellerChannelIds.length) {
            return false;
        }
        if ((await this.warehouseService.byStockLocationId(ctx)).has(String(stockLocationId))) {
            return false;
        }
        const channels = await this.ledger.scopeLocationChannels(ctx, stockLocationId);
        return (
            !channels.some(c => c.code === DEFAULT_CHANNEL_CODE) &&
            channels.some(c => sellerChannelIds.some(id => idsAreEqual(id, c.id)))
        );
    }

    private scopeStockMovements(): void {
        const movements = this.stockMovementService;
        const ledger = this.ledger;
        const allocate = movements.createAllocationsForOrderLines.bind(movements);
        movements.createAllocationsForOrderLines = (ctx, lines) =>
            ledger.runInScope(
                ctx,
                { type: StockLedgerEntryType.Allocation, orderLineIds: lines.map(l => l.orderLineId) },
                () => allocate(ctx, lines),
            );
        const sell = movements.createSalesForOrder.bind(movements);
        movements.createSalesForOrder = (ctx, lines) =>
            ledger.runInScope(
                ctx,
                { type: StockLedgerEntryType.Sale, orderLineIds: lines.map(l => l.orderLineId) },
                () => sell(ctx, lines),
            );
        const cancel = movements.createCancellationsForOrderLines.bind(movements);
        movements.createCancellationsForOrderLines = (ctx, lines) =>
            ledger.runInScope(
                ctx,
                { type: StockLedgerEntryType.Cancellation, orderLineIds: lines.map(l => l.orderLineId) },
                () => cancel(ctx, lines),
            );
        const release = movements.createReleasesForOrderLines.bind(movements);
        movements.createReleasesForOrderLines = (ctx, lines) =>
            ledger.runInScope(
                ctx,
                { type: StockLedgerEntryType.Release, orderLineIds: lines.map(l => l.orderLineId) },
                () => release(ctx, lines),
            );
        const adjust = movements.adjustProductVariantStock.bind(movements);
        movements.adjustProductVariantStock = async (ctx, productVariantId, stockOnHandNumberOrInput) => {
            if (!this.options.allowDirectAdjustments) {
                await this.refuseDirectAdjustment(ctx, productVariantId, stockOnHandNumberOrInput);
            }
            return ledger.runInScope(ctx, { type: StockLedgerEntryType.Adjustment }, () =>
                adjust(ctx, productVariantId, stockOnHandNumberOrInput),
            );
        };
    }

    /** With `allowDirectAdjustments: false`, stock on hand of a warehouse changes only through documents. */
    private async refuseDirectAdjustment(
        ctx: RequestContext,
        productVariantId: ID,
        input: Parameters<StockMovementService['adjustProductVariantStock']>[2],
    ): Promise<void> {
        const inputs =
            typeof input === 'number'
                ? [
                      {
                          stockLocationId: (await this.stockLocationService.defaultStockLocation(ctx)).id,
                          stockOnHand: input,
                      },
                  ]
                : input;
        const warehouses = await this.warehouseService.byStockLocationId(ctx);
        for (const { stockLocationId, stockOnHand } of inputs) {
            const warehouse = warehouses.get(String(stockLocationId));
            if (!warehouse) {
                continue;
            }
            const level = await this.connection
                .getRepository(ctx, StockLevel)
                .findOne({ where: { productVariantId, stockLocationId } });
            if ((level?.stockOnHand ?? 0) !== stockOnHand) {
                throw new UserInputError(
                    `Stock on hand in warehouse ${warehouse.code} changes only through goods receipts, transfers and stock counts`,
                );
            }
        }
    }

    private guardPayments(): void {
        const orders = this.orderService;
        const addPayment = orders.addPaymentToOrder.bind(orders);
        orders.addPaymentToOrder = (ctx, orderId, input) =>
            this.ledger.exclusive(async (): Promise<AddPaymentResult> => {
                const refusal = await this.checkStockBeforePayment(ctx, orderId);
                return refusal ?? addPayment(ctx, orderId, input);
            });
    }

    /**
     * Before a payment that will place the order: are its tracked lines still in stock? Only the lines the
     * platform sells are checked: a line of another seller channel (a marketplace offer line) is that seller's
     * to check, and may sell a variant the platform has none of. Under concurrent
     * checkouts on PostgreSQL this check can pass for more buyers than there is stock; the guarded allocation
     * then refuses the late ones (and their transaction rolls back).
     */
    private async checkStockBeforePayment(
        ctx: RequestContext,
        orderId: ID,
    ): Promise<AddPaymentResult | undefined> {
        const { lines, globalStock } = await this.linesBeforePayment(ctx, orderId);
        if (!lines.length || lines[0].orderState !== 'ArrangingPayment' || lines.some(l => l.allocated)) {
            return undefined;
        }
        const fromState = lines[0].orderState;
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const platformLines = lines.filter(
            line => line.sellerChannelId == null || idsAreEqual(line.sellerChannelId, defaultChannel.id),
        );
        if (!platformLines.length) {
            return undefined;
        }
        const global = globalStock ?? (await this.globalSettingsService.getSettings(ctx));
        // the payment allocates these variants next: their stock settings are known now
        this.allocation.rememberVariantStockSettings(
            ctx,
            platformLines.map(l => l.productVariant),
            global,
        );
        const pickupWarehouse = await this.pickup.effectivePickupWarehouse(ctx, orderId);
        if (pickupWarehouse) {
            // Click-and-collect: the chosen warehouse must hold every line; no other warehouse ships it.
            const short = await this.pickup.shortfall(ctx, platformLines, pickupWarehouse);
            return short
                ? new OrderStateTransitionError({
                      fromState,
                      toState: 'PaymentAuthorized',
                      transitionError: localize(
                          {
                              en: `Not enough stock of ${short.sku} at the pick-up point ${pickupWarehouse.code} (${Math.max(0, short.available)} available, ${short.requested} requested): choose another pick-up point or delivery`,
                              zh_Hans: `自提点 ${pickupWarehouse.code} 的 ${short.sku} 库存不足（可用 ${Math.max(0, short.available)} 件，需要 ${short.requested} 件）：请选择其他自提点或改为配送`,
                          },
                          ctx.languageCode,
                      ),
                  })
                : undefined;
        }
        const byVariant = new Map<string, { variant: ProductVariant; quantity: number }>();
        for (const line of platformLines) {
            const key = String(line.productVariantId);
            const entry = byVariant.get(key) ?? { variant: line.productVariant, quantity: 0 };
            entry.quantity += line.quantity;
            byVariant.set(key, entry);
        }
        // Vendure's `ProductVariantService.getSaleableStockLevel` with the global settings read above: untracked
        // stock is never short; otherwise available stock (the stock location strategies') less the variant's
        // out-of-stock threshold. Asked for all variants at once: Vendure's stock level loader and the stock
        // location strategies (the marketplace's seller stock) batch what is asked in the same turn into one query
        // each.
        const tracked = [...byVariant.values()].filter(
            ({ variant }) => variantStockSettingsOf(variant, global).tracked,
        );
        const available = await Promise.all(
            tracked.map(({ variant }) => this.stockLevelService.getAvailableStock(ctx, variant.id)),
        );
        for (const [i, { variant, quantity }] of tracked.entries()) {
            const saleable =
                available[i].stockOnHand -
                available[i].stockAllocated -
                variantStockSettingsOf(variant, global).outOfStockThreshold;
            if (saleable < quantity) {
                return new OrderStateTransitionError({
                    fromState,
                    toState: 'PaymentAuthorized',
                    transitionError: localize(
                        {
                            en: `Not enough stock of ${variant.sku} is left to complete this order (${Math.max(0, saleable)} available, ${quantity} requested)`,
                            zh_Hans: `${variant.sku} 的库存不足以完成此订单（可用 ${Math.max(0, saleable)} 件，需要 ${quantity} 件）`,
                        },
                        ctx.languageCode,
                    ),
                });
            }
        }
        return undefined;
    }

    /**
     * The order's lines as the check before payment needs them, in one plain query: quantity, seller channel, the
     * variant's stock settings (a `ProductVariant` with only those columns), the order's state and whether the line
     * holds an allocation already; with them Vendure's global stock settings, and what the payment's allocation
     * asks next: the order's code and shipping address (remembered for the order movement, see
     * `rememberOrderLines`) and whether the order has a pick-up choice (its absence remembered). No whole order,
     * no variant with its prices and translations.
     */
    private async linesBeforePayment(
        ctx: RequestContext,
        orderId: ID,
    ): Promise<{ lines: LineBeforePayment[]; globalStock: GlobalStockSettings | undefined }> {
        const rows = await this.connection
            .getRepository(ctx, OrderLine)
            .createQueryBuilder('line')
            .innerJoin('line.order', 'order')
            .innerJoin('line.productVariant', 'variant')
            .withDeleted()
            .select('line.id', 'lineId')
            .addSelect('line.quantity', 'quantity')
            .addSelect('line.productVariantId', 'variantId')
            .addSelect('line.sellerChannelId', 'sellerChannelId')
            .addSelect('order.id', 'orderId')
            .addSelect('order.code', 'orderCode')
            .addSelect('order.shippingAddress', 'shippingAddress')
            .addSelect('order.state', 'orderState')
            .addSelect('variant.sku', 'sku')
            .addSelect('variant.trackInventory', 'trackInventory')
            .addSelect('variant.outOfStockThreshold', 'outOfStockThreshold')
            .addSelect('variant.useGlobalOutOfStockThreshold', 'useGlobalOutOfStockThreshold')
            // Vendure's GlobalSettingsService reads its first row by creation date
            .addSelect(
                (sub: SelectQueryBuilder<ObjectLiteral>) => this.globalSettingsColumn(sub, 'trackInventory'),
                'globalTrackInventory',
            )
            .addSelect(
                (sub: SelectQueryBuilder<ObjectLiteral>) =>
                    this.globalSettingsColumn(sub, 'outOfStockThreshold'),
                'globalOutOfStockThreshold',
            )
            .leftJoin(OrderPickupChoice, 'choice', 'choice.orderId = order.id')
            .addSelect('choice.id', 'pickupChoiceId')
            // one row per allocation of a line (none before the order is placed)
            .leftJoin('line.allocations', 'allocation')
            .addSelect('allocation.id', 'allocationId')
            .where('line.orderId = :orderId', { orderId })
            .orderBy('line.id', 'ASC')
            .getRawMany<
                RawScopeOrderLine & {
                    quantity: number | string;
                    orderState: string;
                    sku: string;
                    trackInventory: GlobalFlag;
                    outOfStockThreshold: number | string;
                    useGlobalOutOfStockThreshold: boolean | number | string;
                    globalTrackInventory: boolean | number | string | null;
                    globalOutOfStockThreshold: number | string | null;
                    pickupChoiceId: ID | null;
                    allocationId: ID | null;
                }
            >();
        const lines = new Map<string, LineBeforePayment>();
        for (const row of rows) {
            const known = lines.get(String(row.lineId));
            if (known) {
                known.allocated ||= row.allocationId != null;
                continue;
            }
            lines.set(String(row.lineId), {
                quantity: Number(row.quantity),
                productVariantId: row.variantId,
                sellerChannelId: row.sellerChannelId,
                orderState: row.orderState,
                allocated: row.allocationId != null,
                productVariant: new ProductVariant({
                    id: row.variantId,
                    sku: row.sku,
                    trackInventory: row.trackInventory,
                    outOfStockThreshold: Number(row.outOfStockThreshold),
                    useGlobalOutOfStockThreshold: rawBoolean(row.useGlobalOutOfStockThreshold),
                }),
            });
        }
        const first = rows[0];
        if (first) {
            rememberOrderLines(ctx, rows);
            if (first.pickupChoiceId == null) {
                this.pickup.rememberNoChoice(ctx, orderId);
            }
        }
        const globalStock =
            first && first.globalTrackInventory != null && first.globalOutOfStockThreshold != null
                ? {
                      trackInventory: rawBoolean(first.globalTrackInventory),
                      outOfStockThreshold: Number(first.globalOutOfStockThreshold),
                  }
                : undefined;
        return { lines: [...lines.values()], globalStock };
    }

    /** `(SELECT <column> FROM global_settings ORDER BY createdAt LIMIT 1)`: the row Vendure reads. */
    private globalSettingsColumn(
        sub: SelectQueryBuilder<ObjectLiteral>,
        column: 'trackInventory' | 'outOfStockThreshold',
    ): SelectQueryBuilder<ObjectLiteral> {
        return sub
            .select(`settings.${column}`)
            .from(GlobalSettings, 'settings')
            .orderBy('settings.createdAt', 'ASC')
            .limit(1);
    }

    private ledgerLocationDeletion(): void {
        const locations = this.stockLocationService;
        const remove = locations.delete.bind(locations);
        locations.delete = async (ctx, input) => {
            const moved = input.transferToLocationId
                ? await this.connection
                      .getRepository(ctx, StockLevel)
                      .find({ where: { stockLocationId: input.id } })
                : [];
            const result = await remove(ctx, input);
            if (result.result === DeletionResult.DELETED && input.transferToLocationId) {
                const origin = {
                    type: StockLedgerEntryType.LocationMerge,
                    document: {
                        type: StockDocumentType.StockLocation,
                        id: input.id,
                        code: `location ${String(input.id)}`,
                    },
                };
                for (const level of moved) {
                    await this.ledger.recordExternalChange(ctx, origin, {
                        productVariantId: level.productVariantId,
                        stockLocationId: input.id,
                        stockOnHand: 0,
                        stockAllocated: 0,
                    });
                    const target = await this.connection.getRepository(ctx, StockLevel).findOne({
                        where: {
                            productVariantId: level.productVariantId,
                            stockLocationId: input.transferToLocationId,
                        },
                    });
                    if (target) {
                        await this.ledger.recordExternalChange(ctx, origin, target);
                    }
                }
            }
            return result;
        };
    }
}
