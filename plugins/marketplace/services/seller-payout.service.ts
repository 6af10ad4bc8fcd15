import { Inject, Injectable } from '@nestjs/common';
import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { unique } from '@vendure/common/lib/unique';
import {
    ChannelService,
    ConfigService,
    EntityNotFoundError,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    Order,
    RefundLine,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In, IsNull, LessThanOrEqual } from 'typeorm';

import { PayoutBatchStateError, SellerRefundExceedsSaleError } from '../api/error-results';
import { entityIdCodec } from '../config/entity-id-codec';
import { loggerCtx, MARKETPLACE_PLUGIN_OPTIONS } from '../constants';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { SellerLedgerEntry, SellerLedgerEntryType } from '../entities/seller-ledger-entry.entity';
import { SellerOrderSettlement } from '../entities/seller-order-settlement.entity';
import { SellerPayoutBatch, SellerPayoutBatchState } from '../entities/seller-payout-batch.entity';
import { ResolvedMarketplacePluginOptions } from '../types';

import { averageCommissionRate, ResolvedCommissionRate, resolveCommissionRate } from './commission-rate';
import { CommissionRuleService } from './commission-rule.service';
import { checkInt, checkText } from './input-checks';
import { MarketplaceSellerService } from './marketplace-seller.service';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_BPS = 10_000;

export interface SetSellerFinanceInput {
    id: ID;
    /** Basis points 0–10000; null: back to the plugin's default. */
    commissionRateBps?: number | null;
    /** Days 0–365; null: back to the plugin's default. */
    payoutHoldingDays?: number | null;
}

export interface RecordSellerRefundInput {
    orderId: ID;
    amount: number;
    reason?: string | null;
}

/** Units of a seller order's line cancelled on the buyer's order (see `recordCancellation`). */
export interface RecordSellerCancellationInput {
    sellerOrderId: ID;
    /** The seller order's copy of the line. */
    sellerLineId: ID;
    /** The buyer's (aggregate) order line the units were cancelled on. */
    aggregateLineId: ID;
    /** Units of the line when the order was placed. */
    placedQuantity: number;
    /** Units of the buyer's line before this cancellation. */
    quantityBefore: number;
    /** Units cancelled now. */
    units: number;
    buyerOrderCode: string;
    /** True when nothing of the seller order is left: its shipping is reversed too. */
    partCancelled: boolean;
}

export interface CreateSellerLedgerAdjustmentInput {
    sellerId: ID;
    amount: number;
    currencyCode?: CurrencyCode | null;
    description: string;
}

/** Commission of one line: the rate in basis points of its price without tax, rounded half up per line. */
export function commissionOf(linePrice: number, rateBps: number): number {
    return Math.round((linePrice * rateBps) / MAX_BPS);
}

/**
 * Commission, ledger and payouts of sellers. Commission is computed per seller order line when the order is
 * placed and frozen in the ledger; refunds reverse it in proportion; payout batches collect the open entries
 * past their holding period. All amounts are integers in minor units; every change of money is a guarded write
 * inside the request's (or task's) transaction. Operators see every seller; a seller only its own.
 */
@Injectable()
export class SellerPayoutService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private channelService: ChannelService,
        private sellers: MarketplaceSellerService,
        private commissionRules: CommissionRuleService,
        private configService: ConfigService,
        @Inject(MARKETPLACE_PLUGIN_OPTIONS) private options: ResolvedMarketplacePluginOptions,
    ) {}

    /** The commission rate and holding period a seller is settled at (its own, or the plugin's defaults). */
    financeOf(seller: MarketplaceSeller): { commissionRateBps: number; payoutHoldingDays: number } {
        return {
            commissionRateBps: seller.commissionRateBps ?? this.options.defaultCommissionRateBps,
            payoutHoldingDays: seller.payoutHoldingDays ?? this.options.defaultPayoutHoldingDays,
        };
    }

    async setSellerFinance(ctx: RequestContext, input: SetSellerFinanceInput): Promise<MarketplaceSeller> {
        const seller = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .findOne({ where: { id: input.id } });
        if (!seller) {
            throw new EntityNotFoundError('MarketplaceSeller', input.id);
        }
        const patch: Partial<MarketplaceSeller> = {};
        if (input.commissionRateBps !== undefined) {
            patch.commissionRateBps =
                input.commissionRateBps === null
                    ? null
                    : checkInt(input.commissionRateBps, 'commissionRateBps', 0, MAX_BPS);
        }
        if (input.payoutHoldingDays !== undefined) {
            patch.payoutHoldingDays =
                input.payoutHoldingDays === null
                    ? null
                    : checkInt(input.payoutHoldingDays, 'payoutHoldingDays', 0, 365);
        }
        await this.connection.getRepository(ctx, MarketplaceSeller).update(seller.id, patch);
        return { ...seller, ...patch };
    }

    /**
     * Freezes what each seller order of a just-placed order is worth to its seller: a sale entry per line and one
     * for its shipping, a commission entry per line at the line's rate (a commission rule of a collection holding
     * the variant, else the seller's rate, else the default: `resolveCommissionRate`), and the seller order's
     * settlement row. The rules of all lines are read in one query. Runs inside the placing transaction (from
     * `OrderSellerStrategy.afterSellerOrdersCreated`), so a rule changed later does not touch this order.
     */
    async recordPlacedSellerOrders(ctx: RequestContext, sellerOrders: Order[]): Promise<void> {
        const parts: Array<{ order: Order; seller: MarketplaceSeller }> = [];
        for (const sellerOrder of sellerOrders) {
            const order = await this.connection.getRepository(ctx, Order).findOne({
                where: { id: sellerOrder.id },
                relations: { lines: { productVariant: true }, shippingLines: true },
            });
            const channelId = order?.lines.find(l => l.sellerChannelId != null)?.sellerChannelId;
            if (!order || channelId == null) {
                continue;
            }
            const seller = await this.connection
                .getRepository(ctx, MarketplaceSeller)
                .findOne({ where: { channelId } });
            if (seller) {
                parts.push({ order, seller });
            }
        }
        const rules = await this.commissionRules.findMatches(
            ctx,
            unique(parts.flatMap(p => p.order.lines.map(l => l.productVariantId))),
            unique(parts.map(p => p.seller.id)),
        );
        for (const { order, seller } of parts) {
            const { payoutHoldingDays } = this.financeOf(seller);
            const placedAt = order.orderPlacedAt ?? new Date();
            const payableFrom = new Date(placedAt.getTime() + payoutHoldingDays * DAY_MS);
            const base = {
                sellerId: seller.id,
                currencyCode: order.currencyCode,
                orderId: order.id,
                orderCode: order.code,
                payableFrom,
                payoutBatchId: null,
            };
            const entries: SellerLedgerEntry[] = [];
            const rated: Array<{ price: number; rateBps: number }> = [];
            let saleAmount = 0;
            let commissionAmount = 0;
            for (const line of order.lines) {
                const rate = resolveCommissionRate(
                    rules,
                    line.productVariantId,
                    seller,
                    this.options.defaultCommissionRateBps,
                );
                const sale = line.proratedLinePriceWithTax;
                const commission = commissionOf(line.proratedLinePrice, rate.rateBps);
                saleAmount += sale;
                commissionAmount += commission;
                rated.push({ price: line.proratedLinePrice, rateBps: rate.rateBps });
                entries.push(
                    new SellerLedgerEntry({
                        ...base,
                        type: SellerLedgerEntryType.Sale,
                        amount: sale,
                        orderLineId: line.id,
                        description: `${line.quantity} x ${line.productVariant?.sku ?? String(line.productVariantId)}`,
                    }),
                    new SellerLedgerEntry({
                        ...base,
                        type: SellerLedgerEntryType.Commission,
                        amount: -commission,
                        orderLineId: line.id,
                        commissionRateBps: rate.rateBps,
                        description: this.commissionSource(rate),
                    }),
                );
            }
            const shipping = order.shippingLines.reduce((sum, l) => sum + l.discountedPriceWithTax, 0);
            if (shipping !== 0) {
                saleAmount += shipping;
                entries.push(
                    new SellerLedgerEntry({
                        ...base,
                        type: SellerLedgerEntryType.Sale,
                        amount: shipping,
                        orderLineId: null,
                        description: 'shipping',
                    }),
                );
            }
            await this.connection.getRepository(ctx, SellerLedgerEntry).save(entries);
            await this.connection.getRepository(ctx, SellerOrderSettlement).save(
                new SellerOrderSettlement({
                    sellerId: seller.id,
                    orderId: order.id,
                    orderCode: order.code,
                    aggregateOrderId: order.aggregateOrderId ?? order.id,
                    currencyCode: order.currencyCode,
                    placedAt,
                    commissionRateBps: averageCommissionRate(rated, this.financeOf(seller).commissionRateBps),
                    saleAmount,
                    commissionAmount,
                    refundedAmount: 0,
                }),
            );
        }
    }

    /** What a line's commission entry says about its rate's origin (the rule and collection, frozen with it). */
    private commissionSource(rate: ResolvedCommissionRate): string {
        const codec = entityIdCodec(this.configService);
        switch (rate.source) {
            case 'sellerRule':
            case 'collectionRule': {
                const rule = rate.rule!;
                const collection = rule.collectionName ?? `collection ${codec.encode(rule.collectionId)}`;
                const whom = rate.source === 'sellerRule' ? 'this seller' : 'every seller';
                return `commission rule ${codec.encode(rule.ruleId)}: ${collection}, ${whom}`;
            }
            case 'seller':
                return "seller's commission rate";
            default:
                return 'default commission rate';
        }
    }

    /**
     * Records money given back to the buyer of a seller order: a refund entry, and the commission reversed in
     * proportion (computed on the running total, so a full refund reverses the commission to the cent). Before the
     * order is paid out, both wait with its sale; after, they are payable at once (carried into the next batch).
     */
    async recordRefund(
        ctx: RequestContext,
        input: RecordSellerRefundInput,
    ): Promise<SellerLedgerEntry | SellerRefundExceedsSaleError> {
        const amount = checkInt(input.amount, 'amount', 1, Number.MAX_SAFE_INTEGER);
        const reason = input.reason == null ? null : checkText(input.reason, 'reason', 1000);
        const settlement = await this.findSettlement(ctx, input.orderId);
        if (!settlement) {
            throw new EntityNotFoundError('Order', input.orderId);
        }
        const result = await this.connection
            .getRepository(ctx, SellerOrderSettlement)
            .createQueryBuilder()
            .update(SellerOrderSettlement)
            .set({ refundedAmount: () => `"refundedAmount" + ${amount}` })
            .where('id = :id', { id: settlement.id })
            .andWhere('"refundedAmount" + :amount <= "saleAmount"', { amount })
            .execute();
        if (!result.affected) {
            const fresh = await this.findSettlement(ctx, input.orderId);
            return new SellerRefundExceedsSaleError(
                (fresh?.saleAmount ?? 0) - (fresh?.refundedAmount ?? settlement.refundedAmount),
            );
        }
        const after = await this.connection
            .getRepository(ctx, SellerOrderSettlement)
            .findOneOrFail({ where: { id: settlement.id } });
        const before = after.refundedAmount - amount;
        const reversal =
            Math.round((after.commissionAmount * after.refundedAmount) / after.saleAmount) -
            Math.round((after.commissionAmount * before) / after.saleAmount);
        const sale = await this.connection.getRepository(ctx, SellerLedgerEntry).findOne({
            where: { orderId: settlement.orderId, type: SellerLedgerEntryType.Sale },
            order: { id: 'ASC' },
        });
        const paidOut = sale?.payoutBatchId != null;
        const base = {
            sellerId: settlement.sellerId,
            currencyCode: settlement.currencyCode,
            orderId: settlement.orderId,
            orderCode: settlement.orderCode,
            orderLineId: null,
            payableFrom: paidOut || !sale ? new Date() : sale.payableFrom,
            payoutBatchId: null,
        };
        const refund = await this.connection.getRepository(ctx, SellerLedgerEntry).save(
            new SellerLedgerEntry({
                ...base,
                type: SellerLedgerEntryType.Refund,
                amount: -amount,
                description: reason,
            }),
        );
        if (reversal !== 0) {
            await this.connection.getRepository(ctx, SellerLedgerEntry).save(
                new SellerLedgerEntry({
                    ...base,
                    type: SellerLedgerEntryType.Commission,
                    amount: reversal,
                    commissionRateBps: settlement.commissionRateBps,
                    description: 'commission reversed on refund',
                }),
            );
        }
        return refund;
    }

    /**
     * Reverses what the cancelled units of a seller order's line were worth to its seller (see
     * `SellerOrderCancellationService`): a negative sale entry and the commission given back at the rate frozen on
     * the line, each the units' share of the line's entries (cumulative, so a line cancelled in several steps comes
     * back to zero to the cent), and the part's shipping once nothing of it is left. Units the buyer was already
     * refunded for through Vendure's `refundOrder` are not reversed twice. Before the order is paid out the entries
     * wait with its sale; after, they are payable at once (carried into the next batch).
     */
    async recordCancellation(ctx: RequestContext, input: RecordSellerCancellationInput): Promise<void> {
        const settlement = await this.findSettlement(ctx, input.sellerOrderId);
        if (!settlement) {
            return;
        }
        const repo = this.connection.getRepository(ctx, SellerLedgerEntry);
        const entries = await repo.find({ where: { orderId: input.sellerOrderId }, order: { id: 'ASC' } });
        const lineSale = entries.find(
            e =>
                e.type === SellerLedgerEntryType.Sale &&
                idsAreEqual(e.orderLineId, input.sellerLineId) &&
                e.amount > 0,
        );
        const lineCommission = entries.find(
            e =>
                e.type === SellerLedgerEntryType.Commission &&
                idsAreEqual(e.orderLineId, input.sellerLineId) &&
                e.amount < 0,
        );
        const refundedUnits = await this.refundedUnits(ctx, input.aggregateLineId);
        const units = Math.max(0, Math.min(input.units, input.quantityBefore - refundedUnits));
        const placed = Math.max(1, input.placedQuantity);
        const cancelledBefore = Math.max(0, placed - input.quantityBefore);
        const share = (amount: number) =>
            Math.round((amount * Math.min(placed, cancelledBefore + units)) / placed) -
            Math.round((amount * cancelledBefore) / placed);
        const saleReversal = lineSale && units > 0 ? share(lineSale.amount) : 0;
        const commissionReversal = lineCommission && units > 0 ? share(-lineCommission.amount) : 0;
        const shippingReversal = input.partCancelled
            ? entries
                  .filter(e => e.type === SellerLedgerEntryType.Sale && e.orderLineId == null)
                  .reduce((sum, e) => sum + e.amount, 0)
            : 0;
        const paidOut = lineSale?.payoutBatchId != null;
        const base = {
            sellerId: settlement.sellerId,
            currencyCode: settlement.currencyCode,
            orderId: settlement.orderId,
            orderCode: settlement.orderCode,
            payableFrom: paidOut || !lineSale ? new Date() : lineSale.payableFrom,
            payoutBatchId: null,
        };
        const reversals: SellerLedgerEntry[] = [];
        if (saleReversal !== 0) {
            reversals.push(
                new SellerLedgerEntry({
                    ...base,
                    type: SellerLedgerEntryType.Sale,
                    amount: -saleReversal,
                    orderLineId: input.sellerLineId,
                    description: `${units} cancelled on order ${input.buyerOrderCode}`,
                }),
            );
        }
        if (commissionReversal !== 0) {
            reversals.push(
                new SellerLedgerEntry({
                    ...base,
                    type: SellerLedgerEntryType.Commission,
                    amount: commissionReversal,
                    orderLineId: input.sellerLineId,
                    commissionRateBps: lineCommission?.commissionRateBps ?? settlement.commissionRateBps,
                    description: 'commission reversed on cancellation',
                }),
            );
        }
        if (shippingReversal !== 0) {
            reversals.push(
                new SellerLedgerEntry({
                    ...base,
                    type: SellerLedgerEntryType.Sale,
                    amount: -shippingReversal,
                    orderLineId: null,
                    description: `shipping cancelled on order ${input.buyerOrderCode}`,
                }),
            );
        }
        if (!reversals.length) {
            return;
        }
        await repo.save(reversals);
        const saleDrop = saleReversal + shippingReversal;
        await this.connection
            .getRepository(ctx, SellerOrderSettlement)
            .createQueryBuilder()
            .update(SellerOrderSettlement)
            .set({
                saleAmount: () => `"saleAmount" - ${Math.trunc(saleDrop)}`,
                commissionAmount: () => `"commissionAmount" - ${Math.trunc(commissionReversal)}`,
            })
            .where('id = :id', { id: settlement.id })
            .execute();
    }

    /**
     * Units of order lines the buyer was refunded for with Vendure's `refundOrder` (settled refunds), per line id;
     * `exceptRefundId` leaves one refund out (the one being recorded).
     */
    async refundedUnits(ctx: RequestContext, orderLineId: ID, exceptRefundId?: ID): Promise<number> {
        const qb = this.connection
            .getRepository(ctx, RefundLine)
            .createQueryBuilder('refundLine')
            .innerJoin('refundLine.refund', 'refund', 'refund.state = :settled', { settled: 'Settled' })
            .select('COALESCE(SUM(refundLine.quantity), 0)', 'units')
            .where('refundLine.orderLineId = :orderLineId', { orderLineId });
        if (exceptRefundId != null) {
            qb.andWhere('refund.id != :exceptRefundId', { exceptRefundId });
        }
        const row = await qb.getRawOne<{ units: string | number | null }>();
        return Number(row?.units ?? 0);
    }

    /** A manual correction (either sign) by the operator, payable at once. */
    async createAdjustment(
        ctx: RequestContext,
        input: CreateSellerLedgerAdjustmentInput,
    ): Promise<SellerLedgerEntry> {
        const amount = checkInt(input.amount, 'amount', -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        if (amount === 0) {
            throw new UserInputError('amount must not be 0');
        }
        const description = checkText(input.description, 'description', 1000, { required: true });
        const seller = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .findOne({ where: { id: input.sellerId } });
        if (!seller) {
            throw new EntityNotFoundError('MarketplaceSeller', input.sellerId);
        }
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const currencyCode = input.currencyCode ?? defaultChannel.defaultCurrencyCode;
        if (!defaultChannel.availableCurrencyCodes.includes(currencyCode)) {
            throw new UserInputError(`currencyCode ${currencyCode} is not sold by the store`);
        }
        return this.connection.getRepository(ctx, SellerLedgerEntry).save(
            new SellerLedgerEntry({
                sellerId: seller.id,
                type: SellerLedgerEntryType.Adjustment,
                amount,
                currencyCode,
                orderId: null,
                orderCode: null,
                orderLineId: null,
                description,
                payableFrom: new Date(),
                payoutBatchId: null,
            }),
        );
    }

    /**
     * Builds a payout batch per seller and currency from the open entries payable by `now`, when they add up to
     * more than zero (a negative balance, a refund after payout, waits for the next sales). The entries are
     * claimed with a guarded UPDATE: a concurrent build fails instead of paying an entry twice.
     */
    async buildPayoutBatches(ctx: RequestContext, now = new Date()): Promise<SellerPayoutBatch[]> {
        const open = await this.connection.getRepository(ctx, SellerLedgerEntry).find({
            where: { payoutBatchId: IsNull(), payableFrom: LessThanOrEqual(now) },
            order: { id: 'ASC' },
        });
        const groups = new Map<string, SellerLedgerEntry[]>();
        for (const entry of open) {
            const key = `${String(entry.sellerId)}|${entry.currencyCode}`;
            groups.set(key, [...(groups.get(key) ?? []), entry]);
        }
        const batches: SellerPayoutBatch[] = [];
        for (const entries of groups.values()) {
            const amount = entries.reduce((sum, e) => sum + e.amount, 0);
            if (amount <= 0) {
                continue;
            }
            const batch = await this.connection.getRepository(ctx, SellerPayoutBatch).save(
                new SellerPayoutBatch({
                    sellerId: entries[0].sellerId,
                    currencyCode: entries[0].currencyCode,
                    amount,
                    entryCount: entries.length,
                    state: SellerPayoutBatchState.Pending,
                    reference: null,
                    paidAt: null,
                }),
            );
            const claimed = await this.connection
                .getRepository(ctx, SellerLedgerEntry)
                .createQueryBuilder()
                .update(SellerLedgerEntry)
                .set({ payoutBatchId: batch.id })
                .where({ id: In(entries.map(e => e.id)), payoutBatchId: IsNull() })
                .execute();
            if (claimed.affected !== entries.length) {
                throw new Error(
                    'Ledger entries were batched by a concurrent payout run; nothing was written',
                );
            }
            batches.push(batch);
        }
        if (batches.length) {
            Logger.info(`Built ${batches.length} payout batch(es)`, loggerCtx);
        }
        return batches;
    }

    /** {@link buildPayoutBatches} in a transaction of its own (the scheduled task). */
    buildPayoutBatchesInTransaction(ctx: RequestContext): Promise<SellerPayoutBatch[]> {
        return this.connection.withTransaction(ctx, tx => this.buildPayoutBatches(tx));
    }

    /** Marks a pending batch paid with the transfer's reference, and writes the payout entry (its negative). */
    async markPaid(
        ctx: RequestContext,
        id: ID,
        reference: string,
    ): Promise<SellerPayoutBatch | PayoutBatchStateError> {
        const ref = checkText(reference, 'reference', 200, { required: true });
        const batch = await this.findBatch(ctx, id);
        if (!batch) {
            throw new EntityNotFoundError('SellerPayoutBatch', id);
        }
        const paidAt = new Date();
        const result = await this.connection
            .getRepository(ctx, SellerPayoutBatch)
            .createQueryBuilder()
            .update(SellerPayoutBatch)
            .set({ state: SellerPayoutBatchState.Paid, reference: ref, paidAt })
            .where({ id: batch.id, state: SellerPayoutBatchState.Pending })
            .execute();
        if (!result.affected) {
            return new PayoutBatchStateError(SellerPayoutBatchState.Paid);
        }
        await this.connection.getRepository(ctx, SellerLedgerEntry).save(
            new SellerLedgerEntry({
                sellerId: batch.sellerId,
                type: SellerLedgerEntryType.Payout,
                amount: -batch.amount,
                currencyCode: batch.currencyCode,
                orderId: null,
                orderCode: null,
                orderLineId: null,
                description: ref,
                payableFrom: paidAt,
                payoutBatchId: batch.id,
            }),
        );
        return { ...batch, state: SellerPayoutBatchState.Paid, reference: ref, paidAt };
    }

    async findBatches(
        ctx: RequestContext,
        options?: ListQueryOptions<SellerPayoutBatch>,
    ): Promise<PaginatedList<SellerPayoutBatch>> {
        const sellerId = await this.scopedSellerId(ctx);
        const [items, totalItems] = await this.listQueryBuilder
            .build(SellerPayoutBatch, options, {
                ctx,
                relations: ['seller'],
                where: sellerId === undefined ? undefined : { sellerId },
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findBatch(ctx: RequestContext, id: ID): Promise<SellerPayoutBatch | undefined> {
        const sellerId = await this.scopedSellerId(ctx);
        const batch = await this.connection.getRepository(ctx, SellerPayoutBatch).findOne({
            where: sellerId === undefined ? { id } : { id, sellerId },
            relations: { seller: true },
        });
        return batch ?? undefined;
    }

    async findEntries(
        ctx: RequestContext,
        options?: ListQueryOptions<SellerLedgerEntry>,
        filter: { sellerId?: ID | null; payoutBatchId?: ID | null } = {},
    ): Promise<PaginatedList<SellerLedgerEntry>> {
        const scoped = await this.scopedSellerId(ctx);
        if (scoped !== undefined && filter.sellerId != null && !idsAreEqual(scoped, filter.sellerId)) {
            return { items: [], totalItems: 0 };
        }
        const sellerId = scoped ?? filter.sellerId ?? undefined;
        const where: Record<string, ID> = {};
        if (sellerId !== undefined) {
            where.sellerId = sellerId;
        }
        if (filter.payoutBatchId != null) {
            where.payoutBatchId = filter.payoutBatchId;
        }
        const [items, totalItems] = await this.listQueryBuilder
            .build(SellerLedgerEntry, options, { ctx, relations: ['seller'], where })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findSettlements(
        ctx: RequestContext,
        options?: ListQueryOptions<SellerOrderSettlement>,
    ): Promise<PaginatedList<SellerOrderSettlement>> {
        const sellerId = await this.scopedSellerId(ctx);
        const [items, totalItems] = await this.listQueryBuilder
            .build(SellerOrderSettlement, options, {
                ctx,
                relations: ['seller'],
                where: sellerId === undefined ? undefined : { sellerId },
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    /** The settlement of a seller order, if the request may see it. */
    async findSettlement(ctx: RequestContext, orderId: ID): Promise<SellerOrderSettlement | undefined> {
        const sellerId = await this.scopedSellerId(ctx);
        const row = await this.connection.getRepository(ctx, SellerOrderSettlement).findOne({
            where: sellerId === undefined ? { orderId } : { orderId, sellerId },
        });
        return row ?? undefined;
    }

    /** The settlements of the seller orders of one order (the buyer's), for `Order.sellerParts`. */
    async findSettlementsOfAggregate(
        ctx: RequestContext,
        aggregateOrderId: ID,
    ): Promise<SellerOrderSettlement[]> {
        return this.connection
            .getRepository(ctx, SellerOrderSettlement)
            .find({ where: { aggregateOrderId }, relations: { seller: true }, order: { id: 'ASC' } });
    }

    /** A seller's statement: its ledger entries (oldest first) as CSV, with a running balance per currency. */
    async statementCsv(ctx: RequestContext, sellerId?: ID | null): Promise<string> {
        const scoped = await this.scopedSellerId(ctx);
        const target = scoped ?? sellerId;
        if (target == null) {
            throw new UserInputError('sellerId is required for the operator');
        }
        if (scoped !== undefined && sellerId != null && !idsAreEqual(scoped, sellerId)) {
            throw new EntityNotFoundError('MarketplaceSeller', sellerId);
        }
        const entries = await this.connection
            .getRepository(ctx, SellerLedgerEntry)
            .find({ where: { sellerId: target }, order: { createdAt: 'ASC', id: 'ASC' } });
        const balances = new Map<string, number>();
        const rows = [
            ['date', 'type', 'order', 'description', 'currency', 'amount', 'balance', 'payoutBatch'],
            ...entries.map(e => {
                const balance = (balances.get(e.currencyCode) ?? 0) + e.amount;
                balances.set(e.currencyCode, balance);
                return [
                    e.createdAt.toISOString(),
                    e.type,
                    e.orderCode ?? '',
                    e.description ?? '',
                    e.currencyCode,
                    formatMinor(e.amount),
                    formatMinor(balance),
                    e.payoutBatchId == null ? '' : String(e.payoutBatchId),
                ];
            }),
        ];
        return rows.map(r => r.map(csvCell).join(',')).join('\n') + '\n';
    }

    /** Undefined for the operator (all sellers); a seller's id on its channel; -1 (nothing) on other channels. */
    private async scopedSellerId(ctx: RequestContext): Promise<ID | undefined> {
        const scope = await this.sellers.getScope(ctx);
        if (scope.operator) {
            return undefined;
        }
        return scope.sellerId ?? -1;
    }
}

/** Minor units as a decimal with two places (`-1234` → `-12.34`), exact for integers. */
function formatMinor(amount: number): string {
    const sign = amount < 0 ? '-' : '';
    const abs = Math.abs(amount);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function csvCell(value: string): string {
    // Cells starting with = + - @ are not formulas in a spreadsheet; amounts are formatted numbers and safe.
    const safe = /^[=+@]/.test(value) || (/^-/.test(value) && !/^-\d/.test(value)) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
