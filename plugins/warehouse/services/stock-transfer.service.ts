import { Injectable } from '@nestjs/common';
import { DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    StockLevel,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';

import {
    DocumentStateError,
    EmptyDocumentError,
    InsufficientWarehouseStockError,
} from '../api/error-results';
import { StockDocumentType, StockLedgerEntryType } from '../entities/stock-ledger-entry.entity';
import { StockTransferLine } from '../entities/stock-transfer-line.entity';
import { StockTransfer, StockTransferState } from '../entities/stock-transfer.entity';

import { checkQuantity, DocumentPrefix, documentCode } from './document-code';
import { assertVariantsInChannel } from './purchase-order.service';
import { StockLedgerService } from './stock-ledger.service';
import { WarehouseService } from './warehouse.service';

export interface StockTransferLineInput {
    productVariantId: ID;
    quantity: number;
}

export interface CreateStockTransferInput {
    sourceWarehouseId: ID;
    destinationWarehouseId: ID;
    note?: string | null;
    lines: StockTransferLineInput[];
}

export interface UpdateStockTransferInput {
    id: ID;
    sourceWarehouseId?: ID | null;
    destinationWarehouseId?: ID | null;
    note?: string | null;
    /** Replaces every line. */
    lines?: StockTransferLineInput[] | null;
}

/**
 * Transfers between warehouses: dispatching takes the stock off the source (it is then in transit, in no
 * warehouse's sellable stock); a goods receipt at the destination brings in what arrived and records the
 * discrepancies.
 */
@Injectable()
export class StockTransferService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private ledger: StockLedgerService,
        private warehouseService: WarehouseService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<StockTransfer>,
    ): Promise<PaginatedList<StockTransfer>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(StockTransfer, options, {
                ctx,
                entityAlias: 'transfer',
                relations: [
                    'sourceWarehouse',
                    'sourceWarehouse.stockLocation',
                    'destinationWarehouse',
                    'destinationWarehouse.stockLocation',
                ],
            })
            .andWhere('transfer.channelId = :channelId', { channelId: ctx.channelId })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<StockTransfer | undefined> {
        const transfer = await this.connection.getRepository(ctx, StockTransfer).findOne({
            where: { id, channelId: ctx.channelId },
            relations: {
                sourceWarehouse: { stockLocation: true },
                destinationWarehouse: { stockLocation: true },
                lines: { productVariant: true },
            },
            order: { lines: { id: 'ASC' } },
        });
        return transfer ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<StockTransfer> {
        const transfer = await this.findOne(ctx, id);
        if (!transfer) {
            throw new EntityNotFoundError('StockTransfer', id);
        }
        return transfer;
    }

    async create(ctx: RequestContext, input: CreateStockTransferInput): Promise<StockTransfer> {
        const source = await this.warehouseService.getOrThrow(ctx, input.sourceWarehouseId);
        const destination = await this.warehouseService.getOrThrow(ctx, input.destinationWarehouseId);
        if (idsAreEqual(source.id, destination.id)) {
            throw new UserInputError('A transfer needs two different warehouses');
        }
        await this.validateLines(ctx, input.lines);
        const transfer = await this.connection.getRepository(ctx, StockTransfer).save(
            new StockTransfer({
                channelId: ctx.channelId,
                state: StockTransferState.Draft,
                sourceWarehouseId: source.id,
                destinationWarehouseId: destination.id,
                note: input.note ?? null,
                dispatchedAt: null,
                receivedAt: null,
                cancelledAt: null,
                createdByUserId: ctx.activeUserId ?? null,
            }),
        );
        transfer.code = documentCode(DocumentPrefix.StockTransfer, transfer.id);
        await this.connection
            .getRepository(ctx, StockTransfer)
            .update({ id: transfer.id }, { code: transfer.code });
        await this.replaceLines(ctx, transfer.id, input.lines);
        return this.getOrThrow(ctx, transfer.id);
    }

    async update(
        ctx: RequestContext,
        input: UpdateStockTransferInput,
    ): Promise<StockTransfer | DocumentStateError> {
        const transfer = await this.getOrThrow(ctx, input.id);
        if (transfer.state !== StockTransferState.Draft) {
            const onlyNote =
                input.lines == null &&
                input.sourceWarehouseId == null &&
                input.destinationWarehouseId == null;
            if (!onlyNote || transfer.state === StockTransferState.Cancelled) {
                return new DocumentStateError(transfer.code, transfer.state, 'changed');
            }
        }
        const sourceId =
            input.sourceWarehouseId != null
                ? (await this.warehouseService.getOrThrow(ctx, input.sourceWarehouseId)).id
                : transfer.sourceWarehouseId;
        const destinationId =
            input.destinationWarehouseId != null
                ? (await this.warehouseService.getOrThrow(ctx, input.destinationWarehouseId)).id
                : transfer.destinationWarehouseId;
        if (idsAreEqual(sourceId, destinationId)) {
            throw new UserInputError('A transfer needs two different warehouses');
        }
        if (input.lines != null) {
            await this.validateLines(ctx, input.lines);
        }
        await this.connection.getRepository(ctx, StockTransfer).update(
            { id: transfer.id },
            {
                sourceWarehouseId: sourceId,
                destinationWarehouseId: destinationId,
                ...(input.note !== undefined ? { note: input.note } : {}),
            },
        );
        if (input.lines != null) {
            await this.replaceLines(ctx, transfer.id, input.lines);
        }
        return this.getOrThrow(ctx, transfer.id);
    }

    /** draft → in transit: every line leaves the source at once, or nothing does. */
    dispatch(
        ctx: RequestContext,
        id: ID,
    ): Promise<StockTransfer | DocumentStateError | EmptyDocumentError | InsufficientWarehouseStockError> {
        return this.ledger.exclusive(async () => {
            const transfer = await this.getOrThrow(ctx, id);
            if (transfer.state !== StockTransferState.Draft) {
                return new DocumentStateError(transfer.code, transfer.state, 'dispatched');
            }
            if (!transfer.lines.length) {
                return new EmptyDocumentError(transfer.code);
            }
            const source = transfer.sourceWarehouse;
            for (const line of transfer.lines) {
                const level = await this.connection.getRepository(ctx, StockLevel).findOne({
                    where: {
                        productVariantId: line.productVariantId,
                        stockLocationId: source.stockLocationId,
                    },
                });
                const available = level ? level.stockOnHand - level.stockAllocated : 0;
                if (available < line.quantity) {
                    return new InsufficientWarehouseStockError(
                        line.productVariantId,
                        line.productVariant.sku,
                        source.code,
                        Math.max(0, available),
                        line.quantity,
                    );
                }
            }
            const claimed = await this.connection
                .getRepository(ctx, StockTransfer)
                .createQueryBuilder()
                .update(StockTransfer)
                .set({ state: StockTransferState.InTransit, dispatchedAt: new Date() })
                .where({ id: transfer.id, state: StockTransferState.Draft })
                .execute();
            if (!claimed.affected) {
                return new DocumentStateError(transfer.code, StockTransferState.InTransit, 'dispatched');
            }
            await this.ledger.runInScope(
                ctx,
                {
                    type: StockLedgerEntryType.TransferOut,
                    document: { type: StockDocumentType.StockTransfer, id: transfer.id, code: transfer.code },
                },
                async () => {
                    for (const line of transfer.lines) {
                        const result = await this.ledger.applyChange(ctx, {
                            productVariantId: line.productVariantId,
                            stockLocationId: source.stockLocationId,
                            onHandChange: -line.quantity,
                            guard: { allowance: 0 },
                            recordStockMovement: true,
                        });
                        if (!result.applied) {
                            // Only reachable when a concurrent order took the stock between check and dispatch
                            // (PostgreSQL): throwing rolls the whole dispatch back.
                            throw new UserInputError(
                                `${line.productVariant.sku}: only ${result.stockOnHand - result.stockAllocated} available in ${source.code} now; nothing was dispatched`,
                            );
                        }
                    }
                },
            );
            return this.getOrThrow(ctx, transfer.id);
        });
    }

    /** draft → cancelled. */
    async cancel(ctx: RequestContext, id: ID): Promise<StockTransfer | DocumentStateError> {
        const transfer = await this.getOrThrow(ctx, id);
        const result = await this.connection
            .getRepository(ctx, StockTransfer)
            .createQueryBuilder()
            .update(StockTransfer)
            .set({ state: StockTransferState.Cancelled, cancelledAt: new Date() })
            .where({ id: transfer.id, state: StockTransferState.Draft })
            .execute();
        if (!result.affected) {
            return new DocumentStateError(transfer.code, transfer.state, 'cancelled');
        }
        return this.getOrThrow(ctx, transfer.id);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const transfer = await this.getOrThrow(ctx, id);
        if (transfer.state !== StockTransferState.Draft && transfer.state !== StockTransferState.Cancelled) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `${transfer.code} is ${transfer.state.replace('_', ' ')}; it is kept`,
            };
        }
        await this.connection.getRepository(ctx, StockTransfer).delete({ id: transfer.id });
        return { result: DeletionResult.DELETED };
    }

    /** Units in transit to a warehouse, per variant (for stock views). */
    async inTransitTo(ctx: RequestContext, warehouseId: ID, productVariantId: ID): Promise<number> {
        const raw = await this.connection
            .getRepository(ctx, StockTransferLine)
            .createQueryBuilder('line')
            .innerJoin('line.stockTransfer', 'transfer')
            .select('COALESCE(SUM(line.quantity), 0)', 'total')
            .where('transfer.destinationWarehouseId = :warehouseId', { warehouseId })
            .andWhere('transfer.state = :state', { state: StockTransferState.InTransit })
            .andWhere('line.productVariantId = :productVariantId', { productVariantId })
            .getRawOne<{ total: string | number }>();
        return Number(raw?.total ?? 0);
    }

    private async validateLines(ctx: RequestContext, lines: StockTransferLineInput[]): Promise<void> {
        const seen = new Set<string>();
        for (const line of lines) {
            const problem = checkQuantity(line.quantity, 'The quantity of a transfer line', 1);
            if (problem) {
                throw new UserInputError(problem);
            }
            if (seen.has(String(line.productVariantId))) {
                throw new UserInputError(
                    `Variant ${String(line.productVariantId)} appears twice on the transfer`,
                );
            }
            seen.add(String(line.productVariantId));
        }
        await assertVariantsInChannel(
            this.connection,
            ctx,
            lines.map(l => l.productVariantId),
        );
    }

    private async replaceLines(
        ctx: RequestContext,
        transferId: ID,
        lines: StockTransferLineInput[],
    ): Promise<void> {
        const repo = this.connection.getRepository(ctx, StockTransferLine);
        await repo.delete({ stockTransferId: transferId });
        for (const line of lines) {
            await repo.save(
                new StockTransferLine({
                    stockTransferId: transferId,
                    productVariantId: line.productVariantId,
                    quantity: line.quantity,
                    quantityReceived: 0,
                    quantityRejected: 0,
                    note: null,
                }),
            );
        }
    }
}
