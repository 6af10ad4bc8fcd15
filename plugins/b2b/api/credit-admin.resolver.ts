import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Allow,
    Ctx,
    ListQueryOptions,
    Order,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';

import { CreditPermission, RecordCreditPaymentPermission } from '../config/credit-permissions';
import { Company } from '../entities/company.entity';
import { CreditAccount, CreditHoldReason } from '../entities/credit-account.entity';
import { CreditAllocation, CreditLedgerEntry } from '../entities/credit-ledger-entry.entity';
import { CompanyService } from '../services/company.service';
import {
    CreateCreditAccountInput,
    CreditAccountService,
    UpdateCreditAccountInput,
} from '../services/credit-account.service';
import {
    AdjustCreditBalanceInput,
    CreditControlService,
    CreditOverdueCheckResult,
    RecordCreditInput,
} from '../services/credit-control.service';
import { CreditLedgerService, openAmountOf } from '../services/credit-ledger.service';

@Resolver()
export class CreditAdminResolver {
    constructor(
        private accounts: CreditAccountService,
        private ledger: CreditLedgerService,
        private control: CreditControlService,
    ) {}

    @Query()
    @Allow(CreditPermission.Read)
    creditAccounts(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<CreditAccount> },
    ): Promise<PaginatedList<CreditAccount>> {
        return this.accounts.findAll(ctx, args.options);
    }

    @Query()
    @Allow(CreditPermission.Read)
    creditAccount(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<CreditAccount | undefined> {
        return this.accounts.findOne(ctx, args.id);
    }

    @Query()
    @Allow(CreditPermission.Read)
    creditAccountForCompany(
        @Ctx() ctx: RequestContext,
        @Args() args: { companyId: ID },
    ): Promise<CreditAccount | undefined> {
        return this.accounts.findByCompany(ctx, args.companyId);
    }

    @Query()
    @Allow(CreditPermission.Read)
    async creditStatement(
        @Ctx() ctx: RequestContext,
        @Args() args: { accountId: ID; options?: ListQueryOptions<CreditLedgerEntry> },
    ): Promise<PaginatedList<CreditLedgerEntry>> {
        const account = await this.accounts.getOrThrow(ctx, args.accountId);
        return this.ledger.statement(ctx, account.id, args.options);
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Create)
    createCreditAccount(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateCreditAccountInput },
    ): Promise<CreditAccount> {
        return this.accounts.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Update)
    updateCreditAccount(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateCreditAccountInput },
    ): Promise<CreditAccount> {
        return this.accounts.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Delete)
    deleteCreditAccount(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.accounts.delete(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(RecordCreditPaymentPermission.Permission)
    recordCreditPayment(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: RecordCreditInput },
    ): Promise<CreditLedgerEntry> {
        return this.control.recordPayment(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(RecordCreditPaymentPermission.Permission)
    issueCreditNote(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: RecordCreditInput },
    ): Promise<CreditLedgerEntry> {
        return this.control.issueCreditNote(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Update)
    adjustCreditBalance(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: AdjustCreditBalanceInput },
    ): Promise<CreditLedgerEntry> {
        return this.control.adjustBalance(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Update)
    async placeCreditHold(
        @Ctx() ctx: RequestContext,
        @Args() args: { accountId: ID },
    ): Promise<CreditAccount> {
        return (await this.accounts.placeHold(ctx, args.accountId, CreditHoldReason.Manual)).account;
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Update)
    async releaseCreditHold(
        @Ctx() ctx: RequestContext,
        @Args() args: { accountId: ID },
    ): Promise<CreditAccount> {
        return (await this.accounts.releaseHold(ctx, args.accountId)).account;
    }

    @Mutation()
    @Transaction()
    @Allow(CreditPermission.Update)
    runCreditOverdueCheck(@Ctx() ctx: RequestContext): Promise<CreditOverdueCheckResult> {
        return this.control.runOverdueCheck(ctx);
    }
}

@Resolver('CreditAccount')
export class CreditAccountAdminEntityResolver {
    constructor(
        private companyService: CompanyService,
        private ledger: CreditLedgerService,
    ) {}

    @ResolveField()
    company(@Ctx() ctx: RequestContext, @Parent() account: CreditAccount): Promise<Company | undefined> {
        return account.company
            ? Promise.resolve(account.company)
            : this.companyService.findOne(ctx, account.companyId);
    }

    @ResolveField()
    availableCredit(@Parent() account: CreditAccount): number {
        return account.creditLimit - account.balance;
    }

    @ResolveField()
    utilisation(@Parent() account: CreditAccount): number {
        return account.creditLimit > 0 ? account.balance / account.creditLimit : 0;
    }

    @ResolveField()
    overdueAmount(@Ctx() ctx: RequestContext, @Parent() account: CreditAccount): Promise<number> {
        return this.ledger.overdueAmount(ctx, account);
    }
}

@Resolver('CreditLedgerEntry')
export class CreditLedgerEntryAdminEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    async order(@Ctx() ctx: RequestContext, @Parent() entry: CreditLedgerEntry): Promise<Order | null> {
        if (entry.order !== undefined) {
            return entry.order;
        }
        return entry.orderId == null
            ? null
            : this.connection.getRepository(ctx, Order).findOne({ where: { id: entry.orderId } });
    }

    @ResolveField()
    async orderCode(@Ctx() ctx: RequestContext, @Parent() entry: CreditLedgerEntry): Promise<string | null> {
        return (await this.order(ctx, entry))?.code ?? null;
    }

    @ResolveField()
    openAmount(@Parent() entry: CreditLedgerEntry): number {
        return openAmountOf(entry);
    }

    @ResolveField()
    overdue(@Parent() entry: CreditLedgerEntry): boolean {
        return !!entry.dueDate && entry.dueDate.getTime() < Date.now() && openAmountOf(entry) > 0;
    }

    @ResolveField()
    allocations(@Parent() entry: CreditLedgerEntry): CreditAllocation[] {
        return entry.allocations ?? [];
    }

    @ResolveField()
    createdBy(
        @Ctx() ctx: RequestContext,
        @Parent() entry: CreditLedgerEntry,
    ): Promise<Administrator | null> | null {
        return entry.createdById == null
            ? null
            : this.connection.getRepository(ctx, Administrator).findOne({ where: { id: entry.createdById } });
    }
}
