import { Injectable } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    ListQueryBuilder,
    ListQueryOptions,
    ProductVariant,
    RequestContext,
    StockLevel,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { IsNull } from 'typeorm';

import { DocumentStateError, UnknownBarcodeError } from '../api/error-results';
import { StockCountLine } from '../entities/stock-count-line.entity';
import { StockCount, StockCountState } from '../entities/stock-count.entity';
import { StockDocumentType, StockLedgerEntryType } from '../entities/stock-ledger-entry.entity';

import { checkQuantity, DocumentPrefix, documentCode } from './document-code';
import { assertVariantsInChannel, warehouseById } from './purchase-order.service';
import { StockLedgerService } from './stock-ledger.service';
import { WarehouseService } from './warehouse.service';

export interface OpenStockCountInput {
    warehouseId: ID;
    /** Count only these variants; omitted: every variant with stock on hand or allocated at the warehouse. */
    productVariantIds?: ID[] | null;
    note?: string | null;
}

export interface ScanStockCountInput {
    stockCountId: ID;
    /** A barcode or a SKU. */
    code: string;
    /** Units this scan counts (a case of 12: 12). Default 1. */
    quantity?: number | null;
}

export interface SetStockCountQuantityInput {
    stockCountId: ID;
    productVariantId: ID;
    /** The whole counted quantity (replaces what was scanned). */
    countedQuantity: number;
}

/**
 * Stock counts. A line remembers the stock on hand at the moment it is first counted (or recounted with a set
 * quantity); posting adjusts stock on hand by counted − that quantity, so orders fulfilled while the count was
 * open stay accounted for instead of being overwritten.
 */
@Injectable()
export class StockCountService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private ledger: StockLedgerService,
        private warehouseService: WarehouseService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<StockCount>,
    ): Promise<PaginatedList<StockCount>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(StockCount, options, {
                ctx,
                entityAlias: 'stockCount',
                relations: ['warehouse', 'warehouse.stockLocation'],
            })
            .andWhere('stockCount.channelId = :channelId', { channelId: ctx.channelId })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<StockCount | undefined> {
        const count = await this.connection.getRepository(ctx, StockCount).findOne({
            where: { id, channelId: ctx.channelId },
            relations: { warehouse: { stockLocation: true } },
        });
        return count ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<StockCount> {
        const count = await this.findOne(ctx, id);
        if (!count) {
            throw new EntityNotFoundError('StockCount', id);
        }
        return count;
    }

    async lines(
        ctx: RequestContext,
        stockCountId: ID,
        options?: ListQueryOptions<StockCountLine>,
    ): Promise<PaginatedList<StockCountLine>> {
        const count = await this.getOrThrow(ctx, stockCountId);
        const qb = this.listQueryBuilder
            .build(StockCountLine, options, { ctx, entityAlias: 'line', relations: ['productVariant'] })
            .andWhere('line.stockCountId = :stockCountId', { stockCountId: count.id });
        if (!options?.sort) {
            qb.orderBy('line.id', 'ASC');
        }
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    /** Counted and total lines of a count. */
    async progress(ctx: RequestContext, stockCountId: ID): Promise<{ counted: number; total: number }> {
        const repo = this.connection.getRepository(ctx, StockCountLine);
        const total = await repo.count({ where: { stockCountId } });
        const counted = await repo
            .createQueryBuilder('line')
            .where('line.stockCountId = :stockCountId', { stockCountId })
            .andWhere('line.countedQuantity IS NOT NULL')
            .getCount();
        return { counted, total };
    }

    async open(ctx: RequestContext, input: OpenStockCountInput): Promise<StockCount> {
        const warehouse = await this.warehouseService.getOrThrow(ctx, input.warehouseId);
        let variantIds: ID[];
        const fullCount = input.productVariantIds == null;
        if (input.productVariantIds != null) {
            if (!input.productVariantIds.length) {
                throw new UserInputError(
                    'Select at least one variant, or leave productVariantIds out to count all',
                );
            }
            variantIds = (
                await assertVariantsInChannel(this.connection, ctx, [...new Set(input.productVariantIds)])
            ).map(v => v.id);
        } else {
            const levels = await this.connection
                .getRepository(ctx, StockLevel)
                .createQueryBuilder('level')
                .innerJoin('level.productVariant', 'variant')
                .where('level.stockLocationId = :locationId', { locationId: warehouse.stockLocationId })
                .andWhere('variant.deletedAt IS NULL')
                .andWhere('(level.stockOnHand <> 0 OR level.stockAllocated <> 0)')
                .orderBy('level.productVariantId', 'ASC')
                .getMany();
            variantIds = levels.map(l => l.productVariantId);
        }
        const count = await this.connection.getRepository(ctx, StockCount).save(
            new StockCount({
                channelId: ctx.channelId,
                state: StockCountState.Open,
                warehouseId: warehouse.id,
                fullCount,
                note: input.note ?? null,
                postedAt: null,
                cancelledAt: null,
                createdByUserId: ctx.activeUserId ?? null,
            }),
        );
        count.code = documentCode(DocumentPrefix.StockCount, count.id);
        await this.connection.getRepository(ctx, StockCount).update({ id: count.id }, { code: count.code });
        const lineRepo = this.connection.getRepository(ctx, StockCountLine);
        for (const productVariantId of variantIds) {
            await lineRepo.save(
                new StockCountLine({
                    stockCountId: count.id,
                    productVariantId,
                    countedQuantity: null,
                    stockOnHandAtCount: null,
                    countedAt: null,
                    postedAdjustment: null,
                }),
            );
        }
        return this.getOrThrow(ctx, count.id);
    }

    /** Adds a scan: the variant with this barcode (or SKU) gets `quantity` more counted units. */
    async scan(
        ctx: RequestContext,
        input: ScanStockCountInput,
    ): Promise<StockCountLine | UnknownBarcodeError | DocumentStateError> {
        const quantity = input.quantity ?? 1;
        const problem = checkQuantity(quantity, 'The scanned quantity', 1);
        if (problem) {
            throw new UserInputError(problem);
        }
        const count = await this.getOrThrow(ctx, input.stockCountId);
        if (count.state !== StockCountState.Open) {
            return new DocumentStateError(count.code, count.state, 'counted');
        }
        const code = input.code.trim();
        const variant = code ? await this.findVariantByCode(ctx, code) : undefined;
        if (!variant) {
            return new UnknownBarcodeError(code);
        }
        return this.ledger.exclusive(async () => {
            const line = await this.lineFor(ctx, count, variant.id);
            const repo = this.connection.getRepository(ctx, StockCountLine);
            const qb = repo.createQueryBuilder().update(StockCountLine);
            const counted = qb.escape('countedQuantity');
            await qb
                .set({ countedQuantity: () => `COALESCE(${counted}, 0) + :quantity`, countedAt: new Date() })
                .where('id = :id', { id: line.id })
                .setParameter('quantity', quantity)
                .execute();
            if (line.stockOnHandAtCount == null) {
                await repo
                    .createQueryBuilder()
                    .update(StockCountLine)
                    .set({ stockOnHandAtCount: await this.stockOnHand(ctx, count, variant.id) })
                    .where({ id: line.id, stockOnHandAtCount: IsNull() })
                    .execute();
            }
            return repo.findOneOrFail({ where: { id: line.id }, relations: { productVariant: true } });
        });
    }

    /** Sets the whole counted quantity of a variant (a recount: the base stock on hand is taken again now). */
    async setQuantity(
        ctx: RequestContext,
        input: SetStockCountQuantityInput,
    ): Promise<StockCountLine | DocumentStateError> {
        const problem = checkQuantity(input.countedQuantity, 'The counted quantity');
        if (problem) {
            throw new UserInputError(problem);
        }
        const count = await this.getOrThrow(ctx, input.stockCountId);
        if (count.state !== StockCountState.Open) {
            return new DocumentStateError(count.code, count.state, 'counted');
        }
        await assertVariantsInChannel(this.connection, ctx, [input.productVariantId]);
        return this.ledger.exclusive(async () => {
            const line = await this.lineFor(ctx, count, input.productVariantId);
            const repo = this.connection.getRepository(ctx, StockCountLine);
            await repo.update(
                { id: line.id },
                {
                    countedQuantity: input.countedQuantity,
                    countedAt: new Date(),
                    stockOnHandAtCount: await this.stockOnHand(ctx, count, input.productVariantId),
                },
            );
            return repo.findOneOrFail({ where: { id: line.id }, relations: { productVariant: true } });
        });
    }

    /** open → posted: each counted line's difference becomes a count adjustment in the ledger. */
    post(ctx: RequestContext, id: ID): Promise<StockCount | DocumentStateError> {
        return this.ledger.exclusive(async () => {
            const count = await this.getOrThrow(ctx, id);
            const claimed = await this.connection
                .getRepository(ctx, StockCount)
                .createQueryBuilder()
                .update(StockCount)
                .set({ state: StockCountState.Posted, postedAt: new Date() })
                .where({ id: count.id, state: StockCountState.Open })
                .execute();
            if (!claimed.affected) {
                return new DocumentStateError(count.code, count.state, 'posted');
            }
            const warehouse = await warehouseById(this.connection, ctx, count.warehouseId);
            const lines = await this.connection
                .getRepository(ctx, StockCountLine)
                .createQueryBuilder('line')
                .where('line.stockCountId = :id', { id: count.id })
                .andWhere('line.countedQuantity IS NOT NULL')
                .orderBy('line.id', 'ASC')
                .getMany();
            await this.ledger.runInScope(
                ctx,
                {
                    type: StockLedgerEntryType.CountAdjustment,
                    document: { type: StockDocumentType.StockCount, id: count.id, code: count.code },
                },
                async () => {
                    for (const line of lines) {
                        const adjustment = (line.countedQuantity ?? 0) - (line.stockOnHandAtCount ?? 0);
                        if (adjustment !== 0) {
                            await this.ledger.applyChange(ctx, {
                                productVariantId: line.productVariantId,
                                stockLocationId: warehouse.stockLocationId,
                                onHandChange: adjustment,
                                recordStockMovement: true,
                            });
                        }
                        await this.connection
                            .getRepository(ctx, StockCountLine)
                            .update({ id: line.id }, { postedAdjustment: adjustment });
                    }
                },
            );
            return this.getOrThrow(ctx, count.id);
        });
    }

    /** open → cancelled: nothing is adjusted. */
    async cancel(ctx: RequestContext, id: ID): Promise<StockCount | DocumentStateError> {
        const count = await this.getOrThrow(ctx, id);
        const result = await this.connection
            .getRepository(ctx, StockCount)
            .createQueryBuilder()
            .update(StockCount)
            .set({ state: StockCountState.Cancelled, cancelledAt: new Date() })
            .where({ id: count.id, state: StockCountState.Open })
            .execute();
        if (!result.affected) {
            return new DocumentStateError(count.code, count.state, 'cancelled');
        }
        return this.getOrThrow(ctx, count.id);
    }

    /** Current stock on hand of a variant at the count's warehouse. */
    async stockOnHand(ctx: RequestContext, count: StockCount, productVariantId: ID): Promise<number> {
        const warehouse = count.warehouse ?? (await warehouseById(this.connection, ctx, count.warehouseId));
        const level = await this.connection.getRepository(ctx, StockLevel).findOne({
            where: { productVariantId, stockLocationId: warehouse.stockLocationId },
        });
        return level?.stockOnHand ?? 0;
    }

    /** A variant of the channel by its barcode custom field, else by SKU. */
    private async findVariantByCode(ctx: RequestContext, code: string): Promise<ProductVariant | undefined> {
        const qb = this.connection
            .getRepository(ctx, ProductVariant)
            .createQueryBuilder('variant')
            .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('variant.deletedAt IS NULL');
        const byBarcode = await qb
            .clone()
            .andWhere('variant.customFields.barcode = :code', { code })
            .getOne();
        if (byBarcode) {
            return byBarcode;
        }
        return (await qb.clone().andWhere('variant.sku = :code', { code }).getOne()) ?? undefined;
    }

    private async lineFor(
        ctx: RequestContext,
        count: StockCount,
        productVariantId: ID,
    ): Promise<StockCountLine> {
        const repo = this.connection.getRepository(ctx, StockCountLine);
        const existing = await repo.findOne({ where: { stockCountId: count.id, productVariantId } });
        if (existing) {
            return existing;
        }
        // Found on the shelf though not in the count's selection: it is counted too.
        return repo.save(
            new StockCountLine({
                stockCountId: count.id,
                productVariantId,
                countedQuantity: null,
                stockOnHandAtCount: null,
                countedAt: null,
                postedAdjustment: null,
            }),
        );
    }
}
