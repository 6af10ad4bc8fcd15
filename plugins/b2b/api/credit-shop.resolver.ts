import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Ctx,
    ListQueryOptions,
    Order,
    Permission,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';

import { CompanyStatus } from '../entities/company.entity';
import { CreditAccountStatus } from '../entities/credit-account.entity';
import { CreditLedgerEntry } from '../entities/credit-ledger-entry.entity';
import { CompanyService } from '../services/company.service';
import { CreditAccountService } from '../services/credit-account.service';
import { CreditCheckoutService, PlaceOrderOnAccountResult } from '../services/credit-checkout.service';
import { CreditLedgerService, openAmountOf } from '../services/credit-ledger.service';

/** The shop's view of a company's credit account. */
export interface CompanyCreditSummary {
    creditLimit: number;
    balance: number;
    availableCredit: number;
    currencyCode: string;
    status: CreditAccountStatus;
    holdReason: string | null;
    paymentTermsDays: number;
    graceDays: number;
    overdueAmount: number;
    sharedFromParent: boolean;
    canOrderOnAccount: boolean;
    purchaseOrderNumberRequired: boolean;
}

@Resolver()
export class CreditShopResolver {
    constructor(
        private companyService: CompanyService,
        private accounts: CreditAccountService,
        private ledger: CreditLedgerService,
        private checkout: CreditCheckoutService,
    ) {}

    @Query()
    @Allow(Permission.Owner)
    async activeCompanyCredit(@Ctx() ctx: RequestContext): Promise<CompanyCreditSummary | null> {
        const membership = await this.companyService.getActiveMembership(ctx);
        if (!membership) {
            return null;
        }
        const resolved = await this.accounts.resolveForCompany(ctx, membership.companyId);
        if (!resolved) {
            return null;
        }
        const { account, inherited } = resolved;
        return {
            creditLimit: account.creditLimit,
            balance: account.balance,
            availableCredit: account.creditLimit - account.balance,
            currencyCode: account.currencyCode,
            status: account.status,
            holdReason: account.holdReason,
            paymentTermsDays: account.paymentTermsDays,
            graceDays: account.graceDays,
            overdueAmount: await this.ledger.overdueAmount(ctx, account),
            sharedFromParent: inherited,
            canOrderOnAccount:
                this.companyService.canOrder(membership.role) &&
                membership.company.status === CompanyStatus.Active &&
                account.status === CreditAccountStatus.Active,
            purchaseOrderNumberRequired: account.requirePurchaseOrderNumber,
        };
    }

    @Query()
    @Allow(Permission.Owner)
    async activeCompanyCreditStatement(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<CreditLedgerEntry> },
    ): Promise<PaginatedList<CreditLedgerEntry>> {
        const membership = await this.companyService.getActiveMembership(ctx);
        const resolved = membership && (await this.accounts.resolveForCompany(ctx, membership.companyId));
        if (!membership || !resolved) {
            return { items: [], totalItems: 0 };
        }
        // On a parent's shared account a sub-company sees its own activity, not its siblings'.
        return this.ledger.statement(
            ctx,
            resolved.account.id,
            args.options,
            resolved.inherited ? membership.companyId : undefined,
        );
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    placeOrderOnAccount(
        @Ctx() ctx: RequestContext,
        @Args() args: { input?: { purchaseOrderNumber?: string | null; paymentMethodCode?: string | null } },
    ): Promise<PlaceOrderOnAccountResult> {
        return this.checkout.placeOrderOnAccount(ctx, args.input ?? {});
    }
}

@Resolver('PlaceOrderOnAccountResult')
export class PlaceOrderOnAccountResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Order';
    }
}

@Resolver('CreditLedgerEntry')
export class CreditLedgerEntryShopEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    async orderCode(@Ctx() ctx: RequestContext, @Parent() entry: CreditLedgerEntry): Promise<string | null> {
        if (entry.order) {
            return entry.order.code;
        }
        if (entry.orderId == null) {
            return null;
        }
        const order = await this.connection
            .getRepository(ctx, Order)
            .findOne({ where: { id: entry.orderId } });
        return order?.code ?? null;
    }

    @ResolveField()
    openAmount(@Parent() entry: CreditLedgerEntry): number {
        return openAmountOf(entry);
    }

    @ResolveField()
    overdue(@Parent() entry: CreditLedgerEntry): boolean {
        return !!entry.dueDate && entry.dueDate.getTime() < Date.now() && openAmountOf(entry) > 0;
    }
}
