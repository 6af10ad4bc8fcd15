import { Injectable } from '@nestjs/common';
import { CurrencyCode, DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    EventBus,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    ProductVariant,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In, IsNull, LessThan } from 'typeorm';

import { DocumentStateError, EmptyDocumentError } from '../api/error-results';
import { loggerCtx } from '../constants';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder, PurchaseOrderState } from '../entities/purchase-order.entity';
import type { ReorderPoint } from '../entities/reorder-point.entity';
import { Supplier } from '../entities/supplier.entity';
import { Warehouse } from '../entities/warehouse.entity';
import { PurchaseOrderOverdueEvent } from '../events/purchase-order-overdue.event';

import { checkQuantity, DocumentPrefix, documentCode } from './document-code';
import { WarehouseService } from './warehouse.service';

export interface PurchaseOrderLineInput {
    productVariantId: ID;
    quantity: number;
    /** Minor units. */
    unitPrice: number;
}

export interface CreatePurchaseOrderInput {
    supplierId: ID;
    warehouseId: ID;
    /** Defaults to today + the supplier's lead time. */
    expectedDate?: Date | string | null;
    currencyCode?: CurrencyCode | null;
    note?: string | null;
    lines: PurchaseOrderLineInput[];
}

export interface UpdatePurchaseOrderInput {
    id: ID;
    supplierId?: ID | null;
    warehouseId?: ID | null;
    expectedDate?: Date | string | null;
    note?: string | null;
    /** Replaces every line (drafts only). */
    lines?: PurchaseOrderLineInput[] | null;
}

/** What the overdue check did. */
export interface PurchaseOrderOverdueCheckResult {
    checked: number;
    newlyOverdue: number;
}

/** States in which goods are still expected. */
export const OPEN_PURCHASE_ORDER_STATES = [PurchaseOrderState.Sent, PurchaseOrderState.PartiallyReceived];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Purchase orders: draft → sent → partially received → received, or cancelled. Lines change only while draft;
 * receipts (see `GoodsReceiptService`) move them through partially received to received.
 */
@Injectable()
export class PurchaseOrderService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private eventBus: EventBus,
        private warehouseService: WarehouseService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<PurchaseOrder>,
    ): Promise<PaginatedList<PurchaseOrder>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(PurchaseOrder, options, {
                ctx,
                entityAlias: 'purchaseOrder',
                relations: ['supplier', 'warehouse', 'warehouse.stockLocation'],
                customPropertyMap: { supplierName: 'supplier.name', warehouseCode: 'warehouse.code' },
            })
            .andWhere('purchaseOrder.channelId = :channelId', { channelId: ctx.channelId })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<PurchaseOrder | undefined> {
        const order = await this.connection.getRepository(ctx, PurchaseOrder).findOne({
            where: { id, channelId: ctx.channelId },
            relations: {
                supplier: true,
                warehouse: { stockLocation: true },
                lines: { productVariant: true },
            },
            order: { lines: { id: 'ASC' } },
        });
        return order ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<PurchaseOrder> {
        const order = await this.findOne(ctx, id);
        if (!order) {
            throw new EntityNotFoundError('PurchaseOrder', id);
        }
        return order;
    }

    async create(ctx: RequestContext, input: CreatePurchaseOrderInput): Promise<PurchaseOrder> {
        const supplier = await this.supplier(ctx, input.supplierId);
        const warehouse = await this.warehouseService.getOrThrow(ctx, input.warehouseId);
        await this.validateLines(ctx, input.lines);
        const expectedDate =
            input.expectedDate != null
                ? this.parseDate(input.expectedDate)
                : new Date(Date.now() + supplier.leadTimeDays * DAY_MS);
        const order = await this.connection.getRepository(ctx, PurchaseOrder).save(
            new PurchaseOrder({
                channelId: ctx.channelId,
                state: PurchaseOrderState.Draft,
                supplierId: supplier.id,
                warehouseId: warehouse.id,
                currencyCode: input.currencyCode ?? supplier.currencyCode,
                expectedDate,
                note: input.note ?? null,
                sentAt: null,
                receivedAt: null,
                cancelledAt: null,
                overdueNotifiedAt: null,
                autoDrafted: false,
                createdByUserId: ctx.activeUserId ?? null,
            }),
        );
        await this.setCode(ctx, order);
        await this.replaceLines(ctx, order.id, input.lines);
        return this.getOrThrow(ctx, order.id);
    }

    async update(
        ctx: RequestContext,
        input: UpdatePurchaseOrderInput,
    ): Promise<PurchaseOrder | DocumentStateError> {
        const order = await this.getOrThrow(ctx, input.id);
        const changesDraftOnly = input.lines != null || input.supplierId != null || input.warehouseId != null;
        if (order.state === PurchaseOrderState.Received || order.state === PurchaseOrderState.Cancelled) {
            return new DocumentStateError(order.code, order.state, 'changed');
        }
        if (changesDraftOnly && order.state !== PurchaseOrderState.Draft) {
            return new DocumentStateError(
                order.code,
                order.state,
                'changed (only its note and expected date)',
            );
        }
        const patch: Partial<PurchaseOrder> = {};
        if (input.supplierId != null) {
            const supplier = await this.supplier(ctx, input.supplierId);
            patch.supplierId = supplier.id;
            patch.currencyCode = supplier.currencyCode;
        }
        if (input.warehouseId != null) {
            patch.warehouseId = (await this.warehouseService.getOrThrow(ctx, input.warehouseId)).id;
        }
        if (input.lines != null) {
            await this.validateLines(ctx, input.lines);
        }
        if (input.expectedDate !== undefined) {
            patch.expectedDate = input.expectedDate == null ? null : this.parseDate(input.expectedDate);
            // A new expected date re-arms the overdue notification.
            patch.overdueNotifiedAt = null;
        }
        if (input.note !== undefined) patch.note = input.note;
        if (Object.keys(patch).length) {
            await this.connection.getRepository(ctx, PurchaseOrder).update({ id: order.id }, patch);
        }
        if (input.lines != null) {
            await this.replaceLines(ctx, order.id, input.lines);
        }
        return this.getOrThrow(ctx, order.id);
    }

    /** draft → sent. */
    async send(
        ctx: RequestContext,
        id: ID,
    ): Promise<PurchaseOrder | DocumentStateError | EmptyDocumentError> {
        const order = await this.getOrThrow(ctx, id);
        if (order.state !== PurchaseOrderState.Draft) {
            return new DocumentStateError(order.code, order.state, 'sent');
        }
        if (!order.lines.length) {
            return new EmptyDocumentError(order.code);
        }
        const result = await this.transition(
            ctx,
            order,
            [PurchaseOrderState.Draft],
            PurchaseOrderState.Sent,
            {
                sentAt: new Date(),
            },
        );
        return result ?? this.getOrThrow(ctx, order.id);
    }

    /** Any state before received → cancelled (what was received stays received). */
    async cancel(ctx: RequestContext, id: ID): Promise<PurchaseOrder | DocumentStateError> {
        const order = await this.getOrThrow(ctx, id);
        const from = [PurchaseOrderState.Draft, ...OPEN_PURCHASE_ORDER_STATES];
        if (!from.includes(order.state)) {
            return new DocumentStateError(order.code, order.state, 'cancelled');
        }
        const result = await this.transition(ctx, order, from, PurchaseOrderState.Cancelled, {
            cancelledAt: new Date(),
        });
        return result ?? this.getOrThrow(ctx, order.id);
    }

    /** Drafts only. */
    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const order = await this.getOrThrow(ctx, id);
        if (order.state !== PurchaseOrderState.Draft) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `${order.code} is ${order.state}; only drafts can be deleted (cancel it instead)`,
            };
        }
        await this.connection.getRepository(ctx, PurchaseOrder).delete({ id: order.id });
        return { result: DeletionResult.DELETED };
    }

    /**
     * Adds a posted receipt's quantities to the order's lines, then moves the order to partially received or
     * received. Each line is a conditional UPDATE: accepting more than is outstanding fails unless the supplier
     * allows over-receipt (the caller validated before; this holds under concurrent postings).
     */
    async applyReceipt(
        ctx: RequestContext,
        order: PurchaseOrder,
        allowOverReceipt: boolean,
        lines: Array<{ purchaseOrderLineId: ID; accepted: number; rejected: number }>,
    ): Promise<void> {
        const repo = this.connection.getRepository(ctx, PurchaseOrderLine);
        for (const line of lines) {
            const qb = repo.createQueryBuilder().update(PurchaseOrderLine);
            const received = qb.escape('quantityReceived');
            const rejected = qb.escape('quantityRejected');
            qb.set({
                quantityReceived: () => `${received} + :accepted`,
                quantityRejected: () => `${rejected} + :rejected`,
            })
                .where('id = :id', { id: line.purchaseOrderLineId })
                .setParameters({ accepted: line.accepted, rejected: line.rejected });
            if (!allowOverReceipt) {
                qb.andWhere(`${received} + :accepted <= ${qb.escape('quantity')}`);
            }
            const result = await qb.execute();
            if (!result.affected) {
                throw new UserInputError(
                    `${order.code}: another receipt was posted for the same line at the same time; nothing was posted, try again`,
                );
            }
        }
        const fresh = await repo.find({ where: { purchaseOrderId: order.id } });
        const complete = fresh.every(l => l.quantityReceived >= l.quantity);
        await this.connection
            .getRepository(ctx, PurchaseOrder)
            .update(
                { id: order.id },
                complete
                    ? { state: PurchaseOrderState.Received, receivedAt: new Date() }
                    : { state: PurchaseOrderState.PartiallyReceived },
            );
    }

    /**
     * Publishes `PurchaseOrderOverdueEvent` for each open purchase order past its expected date, once per order.
     * `allChannels` for the scheduled task; the admin mutation checks the request's channel.
     */
    async runOverdueCheck(
        ctx: RequestContext,
        allChannels = false,
    ): Promise<PurchaseOrderOverdueCheckResult> {
        const repo = this.connection.getRepository(ctx, PurchaseOrder);
        const candidates = await repo.find({
            where: {
                ...(allChannels ? {} : { channelId: ctx.channelId }),
                state: In(OPEN_PURCHASE_ORDER_STATES),
                expectedDate: LessThan(new Date()),
                overdueNotifiedAt: IsNull(),
            },
            relations: {
                supplier: true,
                warehouse: { stockLocation: true },
                lines: { productVariant: true },
            },
        });
        let newlyOverdue = 0;
        for (const order of candidates) {
            const result = await repo
                .createQueryBuilder()
                .update(PurchaseOrder)
                .set({ overdueNotifiedAt: new Date() })
                .where({ id: order.id, overdueNotifiedAt: IsNull() })
                .execute();
            if (result.affected === 1) {
                newlyOverdue++;
                const outstanding = order.lines.reduce(
                    (sum, l) => sum + Math.max(0, l.quantity - l.quantityReceived),
                    0,
                );
                Logger.info(
                    `Purchase order ${order.code} is overdue (${outstanding} units outstanding)`,
                    loggerCtx,
                );
                await this.eventBus.publish(new PurchaseOrderOverdueEvent(ctx, order, outstanding));
            }
        }
        return { checked: candidates.length, newlyOverdue };
    }

    /**
     * For a reorder point that was just crossed: adds its variant (reorder quantity, the last price paid to that
     * supplier) to the supplier's open draft for that warehouse, or drafts a new purchase order. Returns its id.
     */
    async draftForReorderPoint(ctx: RequestContext, point: ReorderPoint): Promise<ID | null> {
        const supplier = await this.connection
            .getRepository(ctx, Supplier)
            .findOne({ where: { id: point.preferredSupplierId ?? -1 } });
        if (!supplier || !supplier.active) {
            return null;
        }
        const orderRepo = this.connection.getRepository(ctx, PurchaseOrder);
        const lineRepo = this.connection.getRepository(ctx, PurchaseOrderLine);
        let draft = await orderRepo.findOne({
            where: {
                channelId: supplier.channelId,
                supplierId: supplier.id,
                warehouseId: point.warehouseId,
                state: PurchaseOrderState.Draft,
                autoDrafted: true,
            },
            relations: { lines: true },
        });
        if (draft?.lines.some(l => idsAreEqual(l.productVariantId, point.productVariantId))) {
            return draft.id;
        }
        if (!draft) {
            draft = await orderRepo.save(
                new PurchaseOrder({
                    channelId: supplier.channelId,
                    state: PurchaseOrderState.Draft,
                    supplierId: supplier.id,
                    warehouseId: point.warehouseId,
                    currencyCode: supplier.currencyCode,
                    expectedDate: new Date(Date.now() + supplier.leadTimeDays * DAY_MS),
                    note: 'Drafted by a reorder point',
                    sentAt: null,
                    receivedAt: null,
                    cancelledAt: null,
                    overdueNotifiedAt: null,
                    autoDrafted: true,
                    createdByUserId: null,
                }),
            );
            await this.setCode(ctx, draft);
        }
        const lastPrice = await lineRepo
            .createQueryBuilder('line')
            .innerJoin('line.purchaseOrder', 'po')
            .where('po.supplierId = :supplierId', { supplierId: supplier.id })
            .andWhere('line.productVariantId = :variantId', { variantId: point.productVariantId })
            .orderBy('line.id', 'DESC')
            .getOne();
        await lineRepo.save(
            new PurchaseOrderLine({
                purchaseOrderId: draft.id,
                productVariantId: point.productVariantId,
                quantity: point.reorderQuantity,
                unitPrice: lastPrice?.unitPrice ?? 0,
                quantityReceived: 0,
                quantityRejected: 0,
            }),
        );
        return draft.id;
    }

    private async transition(
        ctx: RequestContext,
        order: PurchaseOrder,
        from: PurchaseOrderState[],
        to: PurchaseOrderState,
        patch: Partial<PurchaseOrder>,
    ): Promise<DocumentStateError | undefined> {
        const result = await this.connection
            .getRepository(ctx, PurchaseOrder)
            .createQueryBuilder()
            .update(PurchaseOrder)
            .set({ ...patch, state: to })
            .where({ id: order.id, state: In(from) })
            .execute();
        if (!result.affected) {
            const current = await this.getOrThrow(ctx, order.id);
            return new DocumentStateError(
                order.code,
                current.state,
                to === PurchaseOrderState.Sent ? 'sent' : to,
            );
        }
        return undefined;
    }

    private async setCode(ctx: RequestContext, order: PurchaseOrder): Promise<void> {
        order.code = documentCode(DocumentPrefix.PurchaseOrder, order.id);
        await this.connection
            .getRepository(ctx, PurchaseOrder)
            .update({ id: order.id }, { code: order.code });
    }

    private async replaceLines(
        ctx: RequestContext,
        orderId: ID,
        lines: PurchaseOrderLineInput[],
    ): Promise<void> {
        const repo = this.connection.getRepository(ctx, PurchaseOrderLine);
        await repo.delete({ purchaseOrderId: orderId });
        for (const line of lines) {
            await repo.save(
                new PurchaseOrderLine({
                    purchaseOrderId: orderId,
                    productVariantId: line.productVariantId,
                    quantity: line.quantity,
                    unitPrice: line.unitPrice,
                    quantityReceived: 0,
                    quantityRejected: 0,
                }),
            );
        }
    }

    private async validateLines(ctx: RequestContext, lines: PurchaseOrderLineInput[]): Promise<void> {
        const seen = new Set<string>();
        for (const line of lines) {
            const problem =
                checkQuantity(line.quantity, 'The quantity of a purchase order line', 1) ??
                checkQuantity(line.unitPrice, 'The unit price of a purchase order line', 0);
            if (problem) {
                throw new UserInputError(problem);
            }
            if (seen.has(String(line.productVariantId))) {
                throw new UserInputError(
                    `Variant ${String(line.productVariantId)} appears twice; put the whole quantity on one line`,
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

    private async supplier(ctx: RequestContext, id: ID): Promise<Supplier> {
        const supplier = await this.connection
            .getRepository(ctx, Supplier)
            .findOne({ where: { id, channelId: ctx.channelId } });
        if (!supplier) {
            throw new EntityNotFoundError('Supplier', id);
        }
        return supplier;
    }

    private parseDate(value: Date | string): Date {
        const date = new Date(value);
        if (Number.isNaN(date.getTime())) {
            throw new UserInputError(`"${String(value)}" is not a date`);
        }
        return date;
    }
}

/** Throws EntityNotFoundError for the first variant id that is not a variant of the request's channel. */
export async function assertVariantsInChannel(
    connection: TransactionalConnection,
    ctx: RequestContext,
    ids: ID[],
): Promise<ProductVariant[]> {
    if (!ids.length) {
        return [];
    }
    const variants = await connection.findByIdsInChannel(ctx, ProductVariant, ids, ctx.channelId, {});
    const missing = ids.find(id => !variants.some(v => idsAreEqual(v.id, id) && !v.deletedAt));
    if (missing != null) {
        throw new EntityNotFoundError('ProductVariant', missing);
    }
    return variants;
}

/** Loads a warehouse by id without channel scoping (internal use: ids taken from documents). */
export function warehouseById(connection: TransactionalConnection, ctx: RequestContext, id: ID) {
    return connection
        .getRepository(ctx, Warehouse)
        .findOneOrFail({ where: { id }, relations: { stockLocation: true } });
}
