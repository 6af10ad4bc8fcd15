import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, RequestContext, Transaction } from '@vendure/core';

import { MarketplaceSellerPermission, SellerPayoutPermission } from '../constants';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { SellerLedgerEntry } from '../entities/seller-ledger-entry.entity';
import { SellerOrderSettlement } from '../entities/seller-order-settlement.entity';
import { SellerPayoutBatch } from '../entities/seller-payout-batch.entity';
import {
    CreateSellerLedgerAdjustmentInput,
    RecordSellerRefundInput,
    SellerPayoutService,
    SetSellerFinanceInput,
} from '../services/seller-payout.service';

import { PayoutBatchStateError, SellerRefundExceedsSaleError } from './error-results';

@Resolver()
export class PayoutAdminResolver {
    constructor(private payouts: SellerPayoutService) {}

    @Query()
    @Allow(SellerPayoutPermission.Read)
    sellerLedgerEntries(
        @Ctx() ctx: RequestContext,
        @Args() args: { sellerId?: ID | null; options?: ListQueryOptions<SellerLedgerEntry> },
    ): Promise<PaginatedList<SellerLedgerEntry>> {
        return this.payouts.findEntries(ctx, args.options, { sellerId: args.sellerId });
    }

    @Query()
    @Allow(SellerPayoutPermission.Read)
    sellerPayoutBatches(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<SellerPayoutBatch> },
    ): Promise<PaginatedList<SellerPayoutBatch>> {
        return this.payouts.findBatches(ctx, args.options);
    }

    @Query()
    @Allow(SellerPayoutPermission.Read)
    sellerPayoutBatch(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<SellerPayoutBatch | undefined> {
        return this.payouts.findBatch(ctx, args.id);
    }

    @Query()
    @Allow(SellerPayoutPermission.Read)
    sellerOrderSettlements(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<SellerOrderSettlement> },
    ): Promise<PaginatedList<SellerOrderSettlement>> {
        return this.payouts.findSettlements(ctx, args.options);
    }

    @Query()
    @Allow(SellerPayoutPermission.Read)
    sellerStatementCsv(@Ctx() ctx: RequestContext, @Args() args: { sellerId?: ID | null }): Promise<string> {
        return this.payouts.statementCsv(ctx, args.sellerId);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    setSellerFinance(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: SetSellerFinanceInput },
    ): Promise<MarketplaceSeller> {
        return this.payouts.setSellerFinance(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(SellerPayoutPermission.Create)
    recordSellerRefund(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: RecordSellerRefundInput },
    ): Promise<SellerLedgerEntry | SellerRefundExceedsSaleError> {
        return this.payouts.recordRefund(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(SellerPayoutPermission.Create)
    createSellerLedgerAdjustment(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateSellerLedgerAdjustmentInput },
    ): Promise<SellerLedgerEntry> {
        return this.payouts.createAdjustment(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(SellerPayoutPermission.Create)
    buildPayoutBatches(@Ctx() ctx: RequestContext): Promise<SellerPayoutBatch[]> {
        return this.payouts.buildPayoutBatches(ctx);
    }

    @Mutation()
    @Transaction()
    @Allow(SellerPayoutPermission.Update)
    markPayoutBatchPaid(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; reference: string },
    ): Promise<SellerPayoutBatch | PayoutBatchStateError> {
        return this.payouts.markPaid(ctx, args.id, args.reference);
    }
}

@Resolver('SellerPayoutBatch')
export class PayoutBatchEntityResolver {
    constructor(private payouts: SellerPayoutService) {}

    @ResolveField()
    entries(
        @Ctx() ctx: RequestContext,
        @Parent() batch: SellerPayoutBatch,
        @Args() args: { options?: ListQueryOptions<SellerLedgerEntry> },
    ): Promise<PaginatedList<SellerLedgerEntry>> {
        return this.payouts.findEntries(ctx, args.options, {
            sellerId: batch.sellerId,
            payoutBatchId: batch.id,
        });
    }
}

@Resolver('MarketplaceSeller')
export class SellerFinanceEntityResolver {
    constructor(private payouts: SellerPayoutService) {}

    @ResolveField()
    effectiveCommissionRateBps(@Parent() seller: MarketplaceSeller): number {
        return this.payouts.financeOf(seller).commissionRateBps;
    }

    @ResolveField()
    effectivePayoutHoldingDays(@Parent() seller: MarketplaceSeller): number {
        return this.payouts.financeOf(seller).payoutHoldingDays;
    }
}

@Resolver('RecordSellerRefundResult')
export class RecordSellerRefundResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'SellerLedgerEntry';
    }
}

@Resolver('MarkPayoutBatchPaidResult')
export class MarkPayoutBatchPaidResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'SellerPayoutBatch';
    }
}
