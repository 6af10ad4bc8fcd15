import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, ProductVariant, RequestContext, Transaction } from '@vendure/core';

import {
    GoodsReceiptPermission,
    PurchaseOrderPermission,
    RunPurchaseOrderOverdueCheckPermission,
    StockCountPermission,
    StockTransferPermission,
    SupplierPermission,
} from '../constants';
import { GoodsReceiptLine } from '../entities/goods-receipt-line.entity';
import { GoodsReceipt, GoodsReceiptState } from '../entities/goods-receipt.entity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { StockCountLine } from '../entities/stock-count-line.entity';
import { StockCount } from '../entities/stock-count.entity';
import { StockTransferLine } from '../entities/stock-transfer-line.entity';
import { StockTransfer, StockTransferState } from '../entities/stock-transfer.entity';
import { Supplier } from '../entities/supplier.entity';
import { Warehouse } from '../entities/warehouse.entity';
import {
    CreateGoodsReceiptInput,
    GoodsReceiptService,
    PostGoodsReceiptResult,
    UpdateGoodsReceiptInput,
} from '../services/goods-receipt.service';
import {
    CreatePurchaseOrderInput,
    OPEN_PURCHASE_ORDER_STATES,
    PurchaseOrderOverdueCheckResult,
    PurchaseOrderService,
    UpdatePurchaseOrderInput,
} from '../services/purchase-order.service';
import {
    OpenStockCountInput,
    ScanStockCountInput,
    SetStockCountQuantityInput,
    StockCountService,
} from '../services/stock-count.service';
import {
    CreateStockTransferInput,
    StockTransferService,
    UpdateStockTransferInput,
} from '../services/stock-transfer.service';
import {
    CreateSupplierInput,
    SupplierMarketplaceSeller,
    SupplierService,
    UpdateSupplierInput,
} from '../services/supplier.service';
import { WarehouseService } from '../services/warehouse.service';

import {
    DocumentStateError,
    DuplicateCodeError,
    EmptyDocumentError,
    InsufficientWarehouseStockError,
    UnknownBarcodeError,
} from './error-results';

@Resolver()
export class SupplierAdminResolver {
    constructor(private supplierService: SupplierService) {}

    @Query()
    @Allow(SupplierPermission.Read)
    suppliers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Supplier> },
    ): Promise<PaginatedList<Supplier>> {
        return this.supplierService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(SupplierPermission.Read)
    supplier(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Supplier | undefined> {
        return this.supplierService.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(SupplierPermission.Create)
    createSupplier(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateSupplierInput },
    ): Promise<Supplier | DuplicateCodeError> {
        return this.supplierService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(SupplierPermission.Update)
    updateSupplier(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateSupplierInput },
    ): Promise<Supplier | DuplicateCodeError> {
        return this.supplierService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(SupplierPermission.Delete)
    deleteSupplier(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.supplierService.delete(ctx, args.id);
    }
}

@Resolver()
export class PurchaseOrderAdminResolver {
    constructor(private purchaseOrderService: PurchaseOrderService) {}

    @Query()
    @Allow(PurchaseOrderPermission.Read)
    purchaseOrders(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<PurchaseOrder> },
    ): Promise<PaginatedList<PurchaseOrder>> {
        return this.purchaseOrderService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(PurchaseOrderPermission.Read)
    purchaseOrder(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<PurchaseOrder | undefined> {
        return this.purchaseOrderService.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(PurchaseOrderPermission.Create)
    createPurchaseOrder(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreatePurchaseOrderInput },
    ): Promise<PurchaseOrder> {
        return this.purchaseOrderService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PurchaseOrderPermission.Update)
    updatePurchaseOrder(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdatePurchaseOrderInput },
    ): Promise<PurchaseOrder | DocumentStateError> {
        return this.purchaseOrderService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PurchaseOrderPermission.Update)
    sendPurchaseOrder(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<PurchaseOrder | DocumentStateError | EmptyDocumentError> {
        return this.purchaseOrderService.send(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(PurchaseOrderPermission.Update)
    cancelPurchaseOrder(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<PurchaseOrder | DocumentStateError> {
        return this.purchaseOrderService.cancel(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(PurchaseOrderPermission.Delete)
    deletePurchaseOrder(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.purchaseOrderService.delete(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(RunPurchaseOrderOverdueCheckPermission.Permission)
    runPurchaseOrderOverdueCheck(@Ctx() ctx: RequestContext): Promise<PurchaseOrderOverdueCheckResult> {
        return this.purchaseOrderService.runOverdueCheck(ctx);
    }
}

@Resolver()
export class GoodsReceiptAdminResolver {
    constructor(private receipts: GoodsReceiptService) {}

    @Query()
    @Allow(GoodsReceiptPermission.Read)
    goodsReceipts(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<GoodsReceipt> },
    ): Promise<PaginatedList<GoodsReceipt>> {
        return this.receipts.findAll(ctx, args.options);
    }

    @Query()
    @Allow(GoodsReceiptPermission.Read)
    goodsReceipt(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<GoodsReceipt | undefined> {
        return this.receipts.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(GoodsReceiptPermission.Create)
    createGoodsReceipt(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateGoodsReceiptInput },
    ): Promise<GoodsReceipt | DocumentStateError> {
        return this.receipts.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(GoodsReceiptPermission.Update)
    updateGoodsReceipt(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateGoodsReceiptInput },
    ): Promise<GoodsReceipt | DocumentStateError> {
        return this.receipts.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(GoodsReceiptPermission.Update)
    postGoodsReceipt(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<PostGoodsReceiptResult> {
        return this.receipts.post(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(GoodsReceiptPermission.Update)
    receiveGoods(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateGoodsReceiptInput },
    ): Promise<PostGoodsReceiptResult> {
        return this.receipts.receive(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(GoodsReceiptPermission.Update)
    cancelGoodsReceipt(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<GoodsReceipt | DocumentStateError> {
        return this.receipts.cancel(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(GoodsReceiptPermission.Delete)
    deleteGoodsReceipt(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.receipts.delete(ctx, args.id);
    }
}

@Resolver()
export class StockTransferAdminResolver {
    constructor(private transfers: StockTransferService) {}

    @Query()
    @Allow(StockTransferPermission.Read)
    stockTransfers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<StockTransfer> },
    ): Promise<PaginatedList<StockTransfer>> {
        return this.transfers.findAll(ctx, args.options);
    }

    @Query()
    @Allow(StockTransferPermission.Read)
    stockTransfer(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<StockTransfer | undefined> {
        return this.transfers.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(StockTransferPermission.Create)
    createStockTransfer(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateStockTransferInput },
    ): Promise<StockTransfer> {
        return this.transfers.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(StockTransferPermission.Update)
    updateStockTransfer(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateStockTransferInput },
    ): Promise<StockTransfer | DocumentStateError> {
        return this.transfers.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(StockTransferPermission.Update)
    dispatchStockTransfer(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<StockTransfer | DocumentStateError | EmptyDocumentError | InsufficientWarehouseStockError> {
        return this.transfers.dispatch(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(StockTransferPermission.Update)
    cancelStockTransfer(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<StockTransfer | DocumentStateError> {
        return this.transfers.cancel(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(StockTransferPermission.Delete)
    deleteStockTransfer(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.transfers.delete(ctx, args.id);
    }
}

@Resolver()
export class StockCountAdminResolver {
    constructor(private counts: StockCountService) {}

    @Query()
    @Allow(StockCountPermission.Read)
    stockCounts(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<StockCount> },
    ): Promise<PaginatedList<StockCount>> {
        return this.counts.findAll(ctx, args.options);
    }

    @Query()
    @Allow(StockCountPermission.Read)
    stockCount(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<StockCount | undefined> {
        return this.counts.findOne(ctx, args.id);
    }

    @Query()
    @Allow(StockCountPermission.Read)
    stockCountLines(
        @Ctx() ctx: RequestContext,
        @Args() args: { stockCountId: ID; options?: ListQueryOptions<StockCountLine> },
    ): Promise<PaginatedList<StockCountLine>> {
        return this.counts.lines(ctx, args.stockCountId, args.options);
    }

    @Mutation()
    @Transaction()
    @Allow(StockCountPermission.Create)
    openStockCount(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: OpenStockCountInput },
    ): Promise<StockCount> {
        return this.counts.open(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(StockCountPermission.Update)
    scanStockCount(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: ScanStockCountInput },
    ): Promise<StockCountLine | UnknownBarcodeError | DocumentStateError> {
        return this.counts.scan(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(StockCountPermission.Update)
    setStockCountQuantity(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: SetStockCountQuantityInput },
    ): Promise<StockCountLine | DocumentStateError> {
        return this.counts.setQuantity(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(StockCountPermission.Update)
    postStockCount(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<StockCount | DocumentStateError> {
        return this.counts.post(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(StockCountPermission.Update)
    cancelStockCount(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<StockCount | DocumentStateError> {
        return this.counts.cancel(ctx, args.id);
    }
}

@Resolver('Supplier')
export class SupplierEntityResolver {
    constructor(private suppliers: SupplierService) {}

    @ResolveField()
    marketplaceSeller(
        @Ctx() ctx: RequestContext,
        @Parent() supplier: Supplier,
    ): Promise<SupplierMarketplaceSeller | null> {
        return this.suppliers.findMarketplaceSeller(ctx, supplier);
    }
}

/** Warehouse of a document: the loaded relation, or looked up in the channel. */
async function warehouseOf(
    warehouses: WarehouseService,
    ctx: RequestContext,
    loaded: Warehouse | undefined | null,
    id: ID,
): Promise<Warehouse> {
    return loaded ?? (await warehouses.getOrThrow(ctx, id));
}

@Resolver('PurchaseOrder')
export class PurchaseOrderEntityResolver {
    constructor(
        private warehouses: WarehouseService,
        private suppliers: SupplierService,
        private purchaseOrders: PurchaseOrderService,
        private receiptService: GoodsReceiptService,
    ) {}

    @ResolveField()
    warehouse(@Ctx() ctx: RequestContext, @Parent() order: PurchaseOrder): Promise<Warehouse> {
        return warehouseOf(this.warehouses, ctx, order.warehouse, order.warehouseId);
    }

    @ResolveField()
    async supplier(@Ctx() ctx: RequestContext, @Parent() order: PurchaseOrder): Promise<Supplier> {
        return order.supplier ?? (await this.suppliers.getOrThrow(ctx, order.supplierId));
    }

    @ResolveField()
    async lines(@Ctx() ctx: RequestContext, @Parent() order: PurchaseOrder): Promise<PurchaseOrderLine[]> {
        return order.lines ?? (await this.purchaseOrders.getOrThrow(ctx, order.id)).lines;
    }

    @ResolveField()
    async totalQuantity(@Ctx() ctx: RequestContext, @Parent() order: PurchaseOrder): Promise<number> {
        return (await this.lines(ctx, order)).reduce((sum, l) => sum + l.quantity, 0);
    }

    @ResolveField()
    async total(@Ctx() ctx: RequestContext, @Parent() order: PurchaseOrder): Promise<number> {
        return (await this.lines(ctx, order)).reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    }

    @ResolveField()
    overdue(@Parent() order: PurchaseOrder): boolean {
        return (
            OPEN_PURCHASE_ORDER_STATES.includes(order.state) &&
            !!order.expectedDate &&
            new Date(order.expectedDate).getTime() < Date.now()
        );
    }

    @ResolveField()
    receipts(@Ctx() ctx: RequestContext, @Parent() order: PurchaseOrder): Promise<GoodsReceipt[]> {
        return this.receiptService.findFor(ctx, { purchaseOrderId: order.id });
    }
}

@Resolver('PurchaseOrderLine')
export class PurchaseOrderLineEntityResolver {
    @ResolveField()
    lineTotal(@Parent() line: PurchaseOrderLine): number {
        return line.quantity * line.unitPrice;
    }

    @ResolveField()
    quantityOutstanding(@Parent() line: PurchaseOrderLine): number {
        return Math.max(0, line.quantity - line.quantityReceived);
    }
}

@Resolver('GoodsReceipt')
export class GoodsReceiptEntityResolver {
    constructor(
        private warehouses: WarehouseService,
        private receipts: GoodsReceiptService,
        private transfers: StockTransferService,
    ) {}

    @ResolveField()
    warehouse(@Ctx() ctx: RequestContext, @Parent() receipt: GoodsReceipt): Promise<Warehouse> {
        return warehouseOf(this.warehouses, ctx, receipt.warehouse, receipt.warehouseId);
    }

    @ResolveField()
    async lines(@Ctx() ctx: RequestContext, @Parent() receipt: GoodsReceipt): Promise<GoodsReceiptLine[]> {
        return receipt.lines ?? (await this.receipts.getOrThrow(ctx, receipt.id)).lines;
    }

    @ResolveField()
    async hasDiscrepancy(@Ctx() ctx: RequestContext, @Parent() receipt: GoodsReceipt): Promise<boolean> {
        const lines = await this.lines(ctx, receipt);
        if (lines.some(l => l.quantityRejected > 0)) {
            return true;
        }
        if (receipt.stockTransferId != null) {
            const transfer = await this.transfers.findOne(ctx, receipt.stockTransferId);
            return !!transfer?.lines.some(
                t => t.quantity !== (lines.find(l => l.stockTransferLineId === t.id)?.quantityReceived ?? 0),
            );
        }
        return false;
    }
}

@Resolver('GoodsReceiptLine')
export class GoodsReceiptLineEntityResolver {
    @ResolveField()
    quantityAccepted(@Parent() line: GoodsReceiptLine): number {
        return line.quantityReceived - line.quantityRejected;
    }
}

@Resolver('StockTransfer')
export class StockTransferEntityResolver {
    constructor(
        private warehouses: WarehouseService,
        private transfers: StockTransferService,
        private receipts: GoodsReceiptService,
    ) {}

    @ResolveField()
    sourceWarehouse(@Ctx() ctx: RequestContext, @Parent() transfer: StockTransfer): Promise<Warehouse> {
        return warehouseOf(this.warehouses, ctx, transfer.sourceWarehouse, transfer.sourceWarehouseId);
    }

    @ResolveField()
    destinationWarehouse(@Ctx() ctx: RequestContext, @Parent() transfer: StockTransfer): Promise<Warehouse> {
        return warehouseOf(
            this.warehouses,
            ctx,
            transfer.destinationWarehouse,
            transfer.destinationWarehouseId,
        );
    }

    @ResolveField()
    async lines(@Ctx() ctx: RequestContext, @Parent() transfer: StockTransfer): Promise<StockTransferLine[]> {
        return transfer.lines ?? (await this.transfers.getOrThrow(ctx, transfer.id)).lines;
    }

    @ResolveField()
    async totalQuantity(@Ctx() ctx: RequestContext, @Parent() transfer: StockTransfer): Promise<number> {
        return (await this.lines(ctx, transfer)).reduce((sum, l) => sum + l.quantity, 0);
    }

    @ResolveField()
    async receipt(
        @Ctx() ctx: RequestContext,
        @Parent() transfer: StockTransfer,
    ): Promise<GoodsReceipt | null> {
        const receipts = await this.receipts.findFor(ctx, { stockTransferId: transfer.id });
        return receipts.find(r => r.state === GoodsReceiptState.Posted) ?? receipts[0] ?? null;
    }
}

@Resolver('StockTransferLine')
export class StockTransferLineEntityResolver {
    constructor(private transfers: StockTransferService) {}

    @ResolveField()
    async discrepancy(@Ctx() ctx: RequestContext, @Parent() line: StockTransferLine): Promise<number | null> {
        const transfer =
            line.stockTransfer ?? (await this.transfers.findOne(ctx, line.stockTransferId)) ?? undefined;
        if (transfer?.state !== StockTransferState.Received) {
            return null;
        }
        return line.quantity - (line.quantityReceived - line.quantityRejected);
    }
}

@Resolver('StockCount')
export class StockCountEntityResolver {
    constructor(
        private warehouses: WarehouseService,
        private counts: StockCountService,
    ) {}

    @ResolveField()
    warehouse(@Ctx() ctx: RequestContext, @Parent() count: StockCount): Promise<Warehouse> {
        return warehouseOf(this.warehouses, ctx, count.warehouse, count.warehouseId);
    }

    @ResolveField()
    async countedLines(@Ctx() ctx: RequestContext, @Parent() count: StockCount): Promise<number> {
        return (await this.counts.progress(ctx, count.id)).counted;
    }

    @ResolveField()
    async totalLines(@Ctx() ctx: RequestContext, @Parent() count: StockCount): Promise<number> {
        return (await this.counts.progress(ctx, count.id)).total;
    }
}

@Resolver('StockCountLine')
export class StockCountLineEntityResolver {
    constructor(private counts: StockCountService) {}

    @ResolveField()
    async currentStockOnHand(@Ctx() ctx: RequestContext, @Parent() line: StockCountLine): Promise<number> {
        const count = await this.counts.getOrThrow(ctx, line.stockCountId);
        return this.counts.stockOnHand(ctx, count, line.productVariantId);
    }

    @ResolveField()
    difference(@Parent() line: StockCountLine): number | null {
        return line.countedQuantity == null ? null : line.countedQuantity - (line.stockOnHandAtCount ?? 0);
    }

    @ResolveField()
    productVariant(@Parent() line: StockCountLine): ProductVariant {
        return line.productVariant;
    }
}

/** Every admin resolver of the documents. */
export const documentAdminResolvers = [
    SupplierAdminResolver,
    SupplierEntityResolver,
    PurchaseOrderAdminResolver,
    GoodsReceiptAdminResolver,
    StockTransferAdminResolver,
    StockCountAdminResolver,
    PurchaseOrderEntityResolver,
    PurchaseOrderLineEntityResolver,
    GoodsReceiptEntityResolver,
    GoodsReceiptLineEntityResolver,
    StockTransferEntityResolver,
    StockTransferLineEntityResolver,
    StockCountEntityResolver,
    StockCountLineEntityResolver,
];
