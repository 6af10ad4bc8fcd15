import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    EventBus,
    Logger,
    OrderLine,
    Refund,
    RefundStateTransitionEvent,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';
import { loggerCtx } from '../constants';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { SellerLedgerEntry, SellerLedgerEntryType } from '../entities/seller-ledger-entry.entity';
import { SellerOrderSettlement } from '../entities/seller-order-settlement.entity';

import { SellerPayoutService } from './seller-payout.service';

/**
 * The ledger description of a refund recorded from Vendure's own refund (its id as the API shows it): also what
 * makes recording idempotent.
 */
export function vendureRefundReason(codec: EntityIdCodec, refundId: ID): string {
    return `Vendure refund ${String(codec.encode(refundId))}`;
}

/**
 * A refund made with Vendure's own `refundOrder` on an order with seller lines reaches the sellers' ledgers: when
 * the refund is settled, each seller whose lines it names gets a refund entry of those lines' price (prorated, with
 * tax) and its commission reversed in proportion, exactly as `recordSellerRefund` does. Units cancelled on the
 * order (already reversed when cancelled) and units refunded by an earlier refund are not counted again. It runs in the
 * transaction that settles the refund, so both commit together or not at all. Shipping and adjustment amounts
 * of a refund name no seller: the operator records a seller's share of those with `recordSellerRefund`.
 */
@Injectable()
export class SellerRefundRecorder implements OnApplicationBootstrap {
    private codec: EntityIdCodec;

    constructor(
        private eventBus: EventBus,
        private connection: TransactionalConnection,
        private payouts: SellerPayoutService,
        configService: ConfigService,
    ) {
        this.codec = entityIdCodec(configService);
    }

    onApplicationBootstrap(): void {
        this.eventBus.registerBlockingEventHandler({
            id: 'marketplace-seller-refund-from-vendure-refund',
            event: RefundStateTransitionEvent,
            handler: async event => {
                if (event.toState === 'Settled' && event.fromState !== 'Settled') {
                    await this.record(event.ctx, event.refund.id, event.order.id);
                }
            },
        });
    }

    private async record(ctx: RequestContext, refundId: ID, orderId: ID): Promise<void> {
        const refund = await this.connection
            .getRepository(ctx, Refund)
            .findOne({ where: { id: refundId }, relations: { lines: true } });
        const refundLines = (refund?.lines ?? []).filter(l => l.quantity > 0);
        if (!refund || refundLines.length === 0) {
            return;
        }
        const orderLines = await this.connection.getRepository(ctx, OrderLine).find({
            where: { id: In(refundLines.map(l => l.orderLineId)), order: { id: orderId } },
        });
        const channelIds = [...new Set(orderLines.map(l => l.sellerChannelId).filter(id => id != null))];
        if (!channelIds.length) {
            return;
        }
        const sellers = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .find({ where: { channelId: In(channelIds) }, select: ['id', 'channelId'] });
        const amountBySeller = new Map<string, number>();
        for (const refundLine of refundLines) {
            const line = orderLines.find(l => String(l.id) === String(refundLine.orderLineId));
            const seller = line && sellers.find(s => String(s.channelId) === String(line.sellerChannelId));
            if (!line || !seller) {
                continue;
            }
            // units cancelled on the order were reversed in the seller's ledger when they were cancelled, and
            // units refunded before by another refund when it settled: neither is reversed again
            const refundable = Math.max(
                0,
                line.quantity - (await this.payouts.refundedUnits(ctx, line.id, refund.id)),
            );
            const units = Math.min(refundLine.quantity, refundable);
            const amount = Math.round(line.proratedUnitPriceWithTax * units);
            amountBySeller.set(String(seller.id), (amountBySeller.get(String(seller.id)) ?? 0) + amount);
        }
        const reason = vendureRefundReason(this.codec, refund.id);
        for (const [sellerId, amount] of amountBySeller) {
            const settlement = await this.connection
                .getRepository(ctx, SellerOrderSettlement)
                .findOne({ where: { aggregateOrderId: orderId, sellerId } });
            if (!settlement || amount <= 0) {
                continue;
            }
            const recorded = await this.connection.getRepository(ctx, SellerLedgerEntry).count({
                where: {
                    orderId: settlement.orderId,
                    type: SellerLedgerEntryType.Refund,
                    description: reason,
                },
            });
            if (recorded) {
                continue;
            }
            const result = await this.payouts.recordRefund(ctx, {
                orderId: settlement.orderId,
                amount,
                reason,
            });
            if (!(result instanceof SellerLedgerEntry)) {
                // More than what is left of the seller's sale (earlier manual refunds): the refund itself stands;
                // the operator settles the seller's share by hand.
                Logger.warn(
                    `${reason} of order ${settlement.orderCode}: ${result.message} (${result.refundableAmount} left); ` +
                        `record the seller's share with recordSellerRefund`,
                    loggerCtx,
                );
            }
        }
    }
}
