import { Injectable } from '@nestjs/common';
import { DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    EventBus,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { DocumentStateError, EmptyDocumentError, OverReceiptError } from '../api/error-results';
import { GoodsReceiptLine } from '../entities/goods-receipt-line.entity';
import { GoodsReceipt, GoodsReceiptSource, GoodsReceiptState } from '../entities/goods-receipt.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { StockDocumentType, StockLedgerEntryType } from '../entities/stock-ledger-entry.entity';
import { StockTransferLine } from '../entities/stock-transfer-line.entity';
import { StockTransfer, StockTransferState } from '../entities/stock-transfer.entity';
import { Supplier } from '../entities/supplier.entity';
import { GoodsReceivedWithNotesEvent } from '../events/goods-received-with-notes.event';

import { checkQuantity, DocumentPrefix, documentCode } from './document-code';
import {
    assertVariantsInChannel,
    OPEN_PURCHASE_ORDER_STATES,
    PurchaseOrderService,
    warehouseById,
} from './purchase-order.service';
import { StockLedgerService } from './stock-ledger.service';
import { WarehouseService } from './warehouse.service';

export interface GoodsReceiptLineInput {
    productVariantId: ID;
    quantityReceived: number;
    quantityRejected?: number | null;
    note?: string | null;
}

export interface CreateGoodsReceiptInput {
    /** Receive against this purchase order (into its warehouse). */
    purchaseOrderId?: ID | null;
    /** Receive against this transfer (into its destination). */
    stockTransferId?: ID | null;
    /** For ad hoc receipts: the warehouse. */
    warehouseId?: ID | null;
    /** For ad hoc receipts: the supplier, when known. */
    supplierId?: ID | null;
    reference?: string | null;
    note?: string | null;
    lines: GoodsReceiptLineInput[];
}

export interface UpdateGoodsReceiptInput {
    id: ID;
    reference?: string | null;
    note?: string | null;
    /** Replaces every line. */
    lines?: GoodsReceiptLineInput[] | null;
}

export type PostGoodsReceiptResult =
    GoodsReceipt | OverReceiptError | DocumentStateError | EmptyDocumentError;

/**
 * Goods receipts. Posting raises stock on hand in the receipt's warehouse by the accepted quantities (received −
 * rejected), through the ledger, and moves the purchase order (partially received / received) or the transfer
 * (received, discrepancies recorded). Everything is checked before anything is written.
 */
@Injectable()
export class GoodsReceiptService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private eventBus: EventBus,
        private ledger: StockLedgerService,
        private warehouseService: WarehouseService,
        private purchaseOrderService: PurchaseOrderService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<GoodsReceipt>,
    ): Promise<PaginatedList<GoodsReceipt>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(GoodsReceipt, options, {
                ctx,
                entityAlias: 'receipt',
                relations: [
                    'warehouse',
                    'warehouse.stockLocation',
                    'purchaseOrder',
                    'stockTransfer',
                    'supplier',
                ],
            })
            .andWhere('receipt.channelId = :channelId', { channelId: ctx.channelId })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<GoodsReceipt | undefined> {
        const receipt = await this.connection.getRepository(ctx, GoodsReceipt).findOne({
            where: { id, channelId: ctx.channelId },
            relations: {
                warehouse: { stockLocation: true },
                purchaseOrder: true,
                stockTransfer: true,
                supplier: true,
                lines: { productVariant: true },
            },
            order: { lines: { id: 'ASC' } },
        });
        return receipt ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<GoodsReceipt> {
        const receipt = await this.findOne(ctx, id);
        if (!receipt) {
            throw new EntityNotFoundError('GoodsReceipt', id);
        }
        return receipt;
    }

    /** Receipts of a purchase order or a transfer. */
    async findFor(
        ctx: RequestContext,
        where: { purchaseOrderId?: ID; stockTransferId?: ID },
    ): Promise<GoodsReceipt[]> {
        return this.connection.getRepository(ctx, GoodsReceipt).find({
            where: { ...where, channelId: ctx.channelId },
            relations: { lines: { productVariant: true } },
            order: { id: 'ASC' },
        });
    }

    async create(
        ctx: RequestContext,
        input: CreateGoodsReceiptInput,
    ): Promise<GoodsReceipt | DocumentStateError> {
        if (input.purchaseOrderId != null && input.stockTransferId != null) {
            throw new UserInputError('A receipt is against a purchase order or a transfer, not both');
        }
        let source = GoodsReceiptSource.AdHoc;
        let warehouseId: ID;
        let supplierId: ID | null = null;
        if (input.purchaseOrderId != null) {
            const order = await this.purchaseOrderService.getOrThrow(ctx, input.purchaseOrderId);
            if (!OPEN_PURCHASE_ORDER_STATES.includes(order.state)) {
                return new DocumentStateError(order.code, order.state, 'received against');
            }
            this.checkWarehouse(input.warehouseId, order.warehouseId, order.code);
            source = GoodsReceiptSource.PurchaseOrder;
            warehouseId = order.warehouseId;
            supplierId = order.supplierId;
        } else if (input.stockTransferId != null) {
            const transfer = await this.transfer(ctx, input.stockTransferId);
            if (transfer.state !== StockTransferState.InTransit) {
                return new DocumentStateError(transfer.code, transfer.state, 'received');
            }
            this.checkWarehouse(input.warehouseId, transfer.destinationWarehouseId, transfer.code);
            source = GoodsReceiptSource.StockTransfer;
            warehouseId = transfer.destinationWarehouseId;
        } else {
            if (input.warehouseId == null) {
                throw new UserInputError('An ad hoc receipt needs a warehouseId');
            }
            warehouseId = (await this.warehouseService.getOrThrow(ctx, input.warehouseId)).id;
            if (input.supplierId != null) {
                const supplier = await this.connection
                    .getRepository(ctx, Supplier)
                    .findOne({ where: { id: input.supplierId, channelId: ctx.channelId } });
                if (!supplier) {
                    throw new EntityNotFoundError('Supplier', input.supplierId);
                }
                supplierId = supplier.id;
            }
        }
        const draft = {
            source,
            purchaseOrderId: input.purchaseOrderId ?? null,
            stockTransferId: input.stockTransferId ?? null,
        };
        const lines = await this.resolveLines(ctx, draft, input.lines);
        const receipt = await this.connection.getRepository(ctx, GoodsReceipt).save(
            new GoodsReceipt({
                channelId: ctx.channelId,
                state: GoodsReceiptState.Draft,
                ...draft,
                warehouseId,
                supplierId,
                reference: input.reference ?? null,
                note: input.note ?? null,
                postedAt: null,
                postedByUserId: null,
                createdByUserId: ctx.activeUserId ?? null,
            }),
        );
        receipt.code = documentCode(DocumentPrefix.GoodsReceipt, receipt.id);
        await this.connection
            .getRepository(ctx, GoodsReceipt)
            .update({ id: receipt.id }, { code: receipt.code });
        await this.saveLines(ctx, receipt.id, lines);
        return this.getOrThrow(ctx, receipt.id);
    }

    async update(
        ctx: RequestContext,
        input: UpdateGoodsReceiptInput,
    ): Promise<GoodsReceipt | DocumentStateError> {
        const receipt = await this.getOrThrow(ctx, input.id);
        if (receipt.state !== GoodsReceiptState.Draft) {
            return new DocumentStateError(receipt.code, receipt.state, 'changed');
        }
        const lines = input.lines != null ? await this.resolveLines(ctx, receipt, input.lines) : undefined;
        const patch: Partial<GoodsReceipt> = {};
        if (input.reference !== undefined) patch.reference = input.reference;
        if (input.note !== undefined) patch.note = input.note;
        if (Object.keys(patch).length) {
            await this.connection.getRepository(ctx, GoodsReceipt).update({ id: receipt.id }, patch);
        }
        if (lines) {
            await this.connection.getRepository(ctx, GoodsReceiptLine).delete({ goodsReceiptId: receipt.id });
            await this.saveLines(ctx, receipt.id, lines);
        }
        return this.getOrThrow(ctx, receipt.id);
    }

    /** Creates a receipt and posts it at once; when posting is refused nothing is kept. */
    async receive(ctx: RequestContext, input: CreateGoodsReceiptInput): Promise<PostGoodsReceiptResult> {
        const created = await this.create(ctx, input);
        if (!(created instanceof GoodsReceipt)) {
            return created;
        }
        const posted = await this.post(ctx, created.id);
        if (!(posted instanceof GoodsReceipt)) {
            await this.connection.getRepository(ctx, GoodsReceipt).delete({ id: created.id });
        }
        return posted;
    }

    /** draft → posted: stock raised by the accepted quantities; the purchase order or transfer updated. */
    post(ctx: RequestContext, id: ID): Promise<PostGoodsReceiptResult> {
        return this.ledger.exclusive(() => this.postExclusive(ctx, id));
    }

    private async postExclusive(ctx: RequestContext, id: ID): Promise<PostGoodsReceiptResult> {
        const receipt = await this.getOrThrow(ctx, id);
        if (receipt.state !== GoodsReceiptState.Draft) {
            return new DocumentStateError(receipt.code, receipt.state, 'posted');
        }
        if (!receipt.lines.some(l => l.quantityReceived > 0)) {
            return new EmptyDocumentError(receipt.code);
        }
        let order: PurchaseOrder | undefined;
        let allowOverReceipt = false;
        let transfer: StockTransfer | undefined;
        if (receipt.purchaseOrderId != null) {
            order = await this.purchaseOrderService.getOrThrow(ctx, receipt.purchaseOrderId);
            if (!OPEN_PURCHASE_ORDER_STATES.includes(order.state)) {
                return new DocumentStateError(order.code, order.state, 'received against');
            }
            allowOverReceipt = order.supplier.allowOverReceipt;
            for (const line of receipt.lines) {
                const poLine = order.lines.find(l => idsAreEqual(l.id, line.purchaseOrderLineId ?? -1));
                if (!poLine) {
                    continue;
                }
                const outstanding = Math.max(0, poLine.quantity - poLine.quantityReceived);
                const accepted = line.quantityReceived - line.quantityRejected;
                if (accepted > outstanding && !allowOverReceipt) {
                    return new OverReceiptError(
                        line.productVariantId,
                        poLine.productVariant.sku,
                        outstanding,
                        accepted,
                    );
                }
            }
        }
        if (receipt.stockTransferId != null) {
            transfer = await this.transfer(ctx, receipt.stockTransferId);
            if (transfer.state !== StockTransferState.InTransit) {
                return new DocumentStateError(transfer.code, transfer.state, 'received');
            }
            for (const line of receipt.lines) {
                const transferLine = transfer.lines.find(l =>
                    idsAreEqual(l.id, line.stockTransferLineId ?? -1),
                );
                if (transferLine && line.quantityReceived > transferLine.quantity) {
                    return new OverReceiptError(
                        line.productVariantId,
                        line.productVariant.sku,
                        transferLine.quantity,
                        line.quantityReceived,
                    );
                }
            }
        }
        // Claim the receipt: of two concurrent postings only one goes on.
        const claimed = await this.connection
            .getRepository(ctx, GoodsReceipt)
            .createQueryBuilder()
            .update(GoodsReceipt)
            .set({
                state: GoodsReceiptState.Posted,
                postedAt: new Date(),
                postedByUserId: ctx.activeUserId ?? null,
            })
            .where({ id: receipt.id, state: GoodsReceiptState.Draft })
            .execute();
        if (!claimed.affected) {
            return new DocumentStateError(receipt.code, GoodsReceiptState.Posted, 'posted');
        }
        if (order) {
            await this.purchaseOrderService.applyReceipt(
                ctx,
                order,
                allowOverReceipt,
                receipt.lines
                    .filter(l => l.purchaseOrderLineId != null)
                    .map(l => ({
                        purchaseOrderLineId: l.purchaseOrderLineId as ID,
                        accepted: l.quantityReceived - l.quantityRejected,
                        rejected: l.quantityRejected,
                    })),
            );
        }
        if (transfer) {
            const lineRepo = this.connection.getRepository(ctx, StockTransferLine);
            for (const line of receipt.lines) {
                if (line.stockTransferLineId != null) {
                    await lineRepo.update(
                        { id: line.stockTransferLineId },
                        {
                            quantityReceived: line.quantityReceived,
                            quantityRejected: line.quantityRejected,
                            note: line.note,
                        },
                    );
                }
            }
            const result = await this.connection
                .getRepository(ctx, StockTransfer)
                .createQueryBuilder()
                .update(StockTransfer)
                .set({ state: StockTransferState.Received, receivedAt: new Date() })
                .where({ id: transfer.id, state: StockTransferState.InTransit })
                .execute();
            if (!result.affected) {
                throw new UserInputError(`${transfer.code} was received by another receipt at the same time`);
            }
        }
        const warehouse = await warehouseById(this.connection, ctx, receipt.warehouseId);
        await this.ledger.runInScope(
            ctx,
            {
                type: transfer ? StockLedgerEntryType.TransferIn : StockLedgerEntryType.Receipt,
                document: { type: StockDocumentType.GoodsReceipt, id: receipt.id, code: receipt.code },
            },
            async () => {
                for (const line of receipt.lines) {
                    const accepted = line.quantityReceived - line.quantityRejected;
                    if (accepted > 0) {
                        await this.ledger.applyChange(ctx, {
                            productVariantId: line.productVariantId,
                            stockLocationId: warehouse.stockLocationId,
                            onHandChange: accepted,
                            recordStockMovement: true,
                        });
                    }
                }
            },
        );
        const posted = await this.getOrThrow(ctx, receipt.id);
        const linesWithNotes = posted.lines.filter(
            l =>
                l.quantityRejected > 0 ||
                !!l.note?.trim() ||
                (transfer &&
                    transfer.lines.some(
                        t =>
                            idsAreEqual(t.id, l.stockTransferLineId ?? -1) &&
                            t.quantity !== l.quantityReceived,
                    )),
        );
        const transferShortLines =
            transfer?.lines.filter(
                t => !posted.lines.some(l => idsAreEqual(l.stockTransferLineId ?? -1, t.id)),
            ) ?? [];
        if (linesWithNotes.length || transferShortLines.length || posted.note?.trim()) {
            await this.eventBus.publish(new GoodsReceivedWithNotesEvent(ctx, posted, linesWithNotes));
        }
        return posted;
    }

    /** draft → cancelled. */
    async cancel(ctx: RequestContext, id: ID): Promise<GoodsReceipt | DocumentStateError> {
        const receipt = await this.getOrThrow(ctx, id);
        const result = await this.connection
            .getRepository(ctx, GoodsReceipt)
            .createQueryBuilder()
            .update(GoodsReceipt)
            .set({ state: GoodsReceiptState.Cancelled })
            .where({ id: receipt.id, state: GoodsReceiptState.Draft })
            .execute();
        if (!result.affected) {
            return new DocumentStateError(receipt.code, receipt.state, 'cancelled');
        }
        return this.getOrThrow(ctx, receipt.id);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const receipt = await this.getOrThrow(ctx, id);
        if (receipt.state === GoodsReceiptState.Posted) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `${receipt.code} is posted; posted receipts are kept`,
            };
        }
        await this.connection.getRepository(ctx, GoodsReceipt).delete({ id: receipt.id });
        return { result: DeletionResult.DELETED };
    }

    private checkWarehouse(requested: ID | null | undefined, actual: ID, documentCodeValue: string): void {
        if (requested != null && !idsAreEqual(requested, actual)) {
            throw new UserInputError(`${documentCodeValue} is delivered to another warehouse`);
        }
    }

    private async transfer(ctx: RequestContext, id: ID): Promise<StockTransfer> {
        const transfer = await this.connection.getRepository(ctx, StockTransfer).findOne({
            where: { id, channelId: ctx.channelId },
            relations: { lines: true },
        });
        if (!transfer) {
            throw new EntityNotFoundError('StockTransfer', id);
        }
        return transfer;
    }

    /** Checks the lines and links them to the purchase order's or transfer's lines. */
    private async resolveLines(
        ctx: RequestContext,
        receipt: { source: GoodsReceiptSource; purchaseOrderId: ID | null; stockTransferId: ID | null },
        lines: GoodsReceiptLineInput[],
    ): Promise<Array<Partial<GoodsReceiptLine>>> {
        if (!lines.length) {
            throw new UserInputError('A receipt needs at least one line');
        }
        const seen = new Set<string>();
        for (const line of lines) {
            const rejected = line.quantityRejected ?? 0;
            const problem =
                checkQuantity(line.quantityReceived, 'The received quantity') ??
                checkQuantity(rejected, 'The rejected quantity');
            if (problem) {
                throw new UserInputError(problem);
            }
            if (rejected > line.quantityReceived) {
                throw new UserInputError(
                    `Variant ${String(line.productVariantId)}: ${rejected} rejected but only ${line.quantityReceived} received`,
                );
            }
            if (seen.has(String(line.productVariantId))) {
                throw new UserInputError(
                    `Variant ${String(line.productVariantId)} appears twice on the receipt`,
                );
            }
            seen.add(String(line.productVariantId));
        }
        await assertVariantsInChannel(
            this.connection,
            ctx,
            lines.map(l => l.productVariantId),
        );
        let purchaseOrderLines: Array<{ id: ID; productVariantId: ID }> = [];
        let transferLines: Array<{ id: ID; productVariantId: ID }> = [];
        if (receipt.purchaseOrderId != null) {
            purchaseOrderLines = (await this.purchaseOrderService.getOrThrow(ctx, receipt.purchaseOrderId))
                .lines;
        }
        if (receipt.stockTransferId != null) {
            transferLines = await this.connection
                .getRepository(ctx, StockTransferLine)
                .find({ where: { stockTransferId: receipt.stockTransferId } });
        }
        return lines.map(line => {
            const poLine = purchaseOrderLines.find(l =>
                idsAreEqual(l.productVariantId, line.productVariantId),
            );
            const transferLine = transferLines.find(l =>
                idsAreEqual(l.productVariantId, line.productVariantId),
            );
            if (receipt.source === GoodsReceiptSource.PurchaseOrder && !poLine) {
                throw new UserInputError(
                    `Variant ${String(line.productVariantId)} is not on the purchase order; receive it ad hoc`,
                );
            }
            if (receipt.source === GoodsReceiptSource.StockTransfer && !transferLine) {
                throw new UserInputError(`Variant ${String(line.productVariantId)} is not on the transfer`);
            }
            return {
                productVariantId: line.productVariantId,
                purchaseOrderLineId: poLine?.id ?? null,
                stockTransferLineId: transferLine?.id ?? null,
                quantityReceived: line.quantityReceived,
                quantityRejected: line.quantityRejected ?? 0,
                note: line.note?.trim() ? line.note.trim() : null,
            };
        });
    }

    private async saveLines(ctx: RequestContext, receiptId: ID, lines: Array<Partial<GoodsReceiptLine>>) {
        const repo = this.connection.getRepository(ctx, GoodsReceiptLine);
        for (const line of lines) {
            await repo.save(new GoodsReceiptLine({ ...line, goodsReceiptId: receiptId }));
        }
    }

    /** Ids of the receipts' lines, for field resolvers. */
    async linesOf(ctx: RequestContext, receiptIds: ID[]): Promise<GoodsReceiptLine[]> {
        if (!receiptIds.length) {
            return [];
        }
        return this.connection.getRepository(ctx, GoodsReceiptLine).find({
            where: { goodsReceiptId: In(receiptIds) },
            relations: { productVariant: true },
        });
    }
}
