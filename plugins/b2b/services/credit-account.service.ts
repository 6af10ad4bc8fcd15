import { Injectable } from '@nestjs/common';
import { CurrencyCode, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    ConfigService,
    EntityNotFoundError,
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';

import { loggerCtx } from '../constants';
import { CreditAccount, CreditAccountStatus, CreditHoldReason } from '../entities/credit-account.entity';
import { CreditHoldPlacedEvent } from '../events/credit-hold-placed.event';
import { CreditHoldReleasedEvent } from '../events/credit-hold-released.event';
import { CompanyService } from './company.service';
import { checkMoneyAmount, maxMoneyAmount } from './input-limits';

export interface CreateCreditAccountInput {
    companyId: ID;
    creditLimit: number;
    currencyCode?: CurrencyCode | null;
    paymentTermsDays?: number | null;
    graceDays?: number | null;
    sharedWithSubsidiaries?: boolean | null;
    allowExceedLimit?: boolean | null;
    requirePurchaseOrderNumber?: boolean | null;
}

export interface UpdateCreditAccountInput {
    id: ID;
    creditLimit?: number | null;
    paymentTermsDays?: number | null;
    graceDays?: number | null;
    sharedWithSubsidiaries?: boolean | null;
    allowExceedLimit?: boolean | null;
    requirePurchaseOrderNumber?: boolean | null;
}

/** The credit account a company buys against, and whose it is. */
export interface ResolvedCreditAccount {
    account: CreditAccount;
    /** True when the account belongs to a parent company that shares it with its sub-companies. */
    inherited: boolean;
}

/**
 * Credit accounts: one per company and channel. Limits and terms are edited here; the balance is never written
 * here (see `CreditLedgerService`). Every read is scoped to the request's channel, so another channel's account
 * is "not found".
 */
@Injectable()
export class CreditAccountService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private channelService: ChannelService,
        private companyService: CompanyService,
        private eventBus: EventBus,
        private configService: ConfigService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<CreditAccount>,
    ): Promise<PaginatedList<CreditAccount>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(CreditAccount, options, { ctx, entityAlias: 'account', relations: ['company'] })
            .andWhere('account.channelId = :channelId', { channelId: ctx.channelId })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<CreditAccount | undefined> {
        const account = await this.connection.getRepository(ctx, CreditAccount).findOne({
            where: { id, channelId: ctx.channelId },
            relations: { company: true },
        });
        return account ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<CreditAccount> {
        const account = await this.findOne(ctx, id);
        if (!account) {
            throw new EntityNotFoundError('CreditAccount', id);
        }
        return account;
    }

    /** The company's own account in the request's channel. */
    async findByCompany(ctx: RequestContext, companyId: ID): Promise<CreditAccount | undefined> {
        const account = await this.connection.getRepository(ctx, CreditAccount).findOne({
            where: { companyId, channelId: ctx.channelId },
            relations: { company: true },
        });
        return account ?? undefined;
    }

    /**
     * The account a company buys against: its own, or else the nearest ancestor's account that is shared with
     * subsidiaries. Ancestors' accounts that are not shared are skipped.
     */
    async resolveForCompany(ctx: RequestContext, companyId: ID): Promise<ResolvedCreditAccount | undefined> {
        const own = await this.findByCompany(ctx, companyId);
        if (own) {
            return { account: own, inherited: false };
        }
        for (const ancestorId of await this.companyService.getAncestorIds(ctx, companyId)) {
            const account = await this.findByCompany(ctx, ancestorId);
            if (account?.sharedWithSubsidiaries) {
                return { account, inherited: true };
            }
        }
        return undefined;
    }

    async create(ctx: RequestContext, input: CreateCreditAccountInput): Promise<CreditAccount> {
        const company = await this.companyService.findOne(ctx, input.companyId);
        if (!company) {
            throw new EntityNotFoundError('Company', input.companyId);
        }
        this.validateTerms(input);
        if (await this.findByCompany(ctx, company.id)) {
            throw new UserInputError(
                `The company "${company.code}" already has a credit account in this channel`,
            );
        }
        const account = await this.connection.getRepository(ctx, CreditAccount).save(
            new CreditAccount({
                channelId: ctx.channelId,
                companyId: company.id,
                creditLimit: input.creditLimit,
                currencyCode: input.currencyCode ?? ctx.channel.defaultCurrencyCode,
                paymentTermsDays: input.paymentTermsDays ?? 30,
                graceDays: input.graceDays ?? 0,
                sharedWithSubsidiaries: input.sharedWithSubsidiaries ?? false,
                allowExceedLimit: input.allowExceedLimit ?? false,
                requirePurchaseOrderNumber: input.requirePurchaseOrderNumber ?? false,
                status: CreditAccountStatus.Active,
                holdReason: null,
                heldAt: null,
                balance: 0,
                ledgerSequence: 0,
            }),
        );
        Logger.verbose(`Created credit account ${String(account.id)} for company ${company.code}`, loggerCtx);
        return this.getOrThrow(ctx, account.id);
    }

    /** Limits and terms only: the balance and the hold have their own operations. */
    async update(ctx: RequestContext, input: UpdateCreditAccountInput): Promise<CreditAccount> {
        const account = await this.getOrThrow(ctx, input.id);
        this.validateTerms(input);
        const patch: Partial<CreditAccount> = {};
        if (input.creditLimit != null) patch.creditLimit = input.creditLimit;
        if (input.paymentTermsDays != null) patch.paymentTermsDays = input.paymentTermsDays;
        if (input.graceDays != null) patch.graceDays = input.graceDays;
        if (input.sharedWithSubsidiaries != null) patch.sharedWithSubsidiaries = input.sharedWithSubsidiaries;
        if (input.allowExceedLimit != null) patch.allowExceedLimit = input.allowExceedLimit;
        if (input.requirePurchaseOrderNumber != null) {
            patch.requirePurchaseOrderNumber = input.requirePurchaseOrderNumber;
        }
        if (Object.keys(patch).length) {
            await this.connection.getRepository(ctx, CreditAccount).update({ id: account.id }, patch);
        }
        return this.getOrThrow(ctx, account.id);
    }

    /** Only an account with nothing outstanding may be deleted (its ledger goes with it). */
    async delete(ctx: RequestContext, id: ID): Promise<{ result: DeletionResult; message?: string }> {
        const account = await this.getOrThrow(ctx, id);
        if (account.balance !== 0) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `The account still has a balance of ${account.balance}; settle it first`,
            };
        }
        await this.connection.getRepository(ctx, CreditAccount).delete({ id: account.id });
        return { result: DeletionResult.DELETED };
    }

    /**
     * Puts the account on hold. Returns the account and whether this call changed it (a held account stays
     * held; an overdue hold becomes a manual one when an administrator places it explicitly).
     */
    async placeHold(
        ctx: RequestContext,
        id: ID,
        reason: CreditHoldReason,
        overdueAmount = 0,
    ): Promise<{ account: CreditAccount; changed: boolean }> {
        const account = await this.getOrThrow(ctx, id);
        const repo = this.connection.getRepository(ctx, CreditAccount);
        const result = await repo
            .createQueryBuilder()
            .update(CreditAccount)
            .set({ status: CreditAccountStatus.OnHold, holdReason: reason, heldAt: new Date() })
            .where({ id: account.id, status: CreditAccountStatus.Active })
            .execute();
        if (result.affected === 1) {
            const held = await this.getOrThrow(ctx, id);
            Logger.info(`Credit account ${String(id)} placed on hold (${reason})`, loggerCtx);
            await this.eventBus.publish(new CreditHoldPlacedEvent(ctx, held, reason, overdueAmount));
            return { account: held, changed: true };
        }
        if (reason === CreditHoldReason.Manual && account.holdReason !== CreditHoldReason.Manual) {
            // An administrator confirms an automatic hold: it must no longer lift by itself.
            await repo.update({ id: account.id }, { holdReason: CreditHoldReason.Manual });
            return { account: await this.getOrThrow(ctx, id), changed: true };
        }
        return { account, changed: false };
    }

    /**
     * Lifts the hold. With `onlyReason`, only a hold placed for that reason (the overdue check never lifts a
     * manual hold).
     */
    async releaseHold(
        ctx: RequestContext,
        id: ID,
        onlyReason?: CreditHoldReason,
    ): Promise<{ account: CreditAccount; changed: boolean }> {
        const account = await this.getOrThrow(ctx, id);
        const result = await this.connection
            .getRepository(ctx, CreditAccount)
            .createQueryBuilder()
            .update(CreditAccount)
            .set({ status: CreditAccountStatus.Active, holdReason: null, heldAt: null })
            .where({
                id: account.id,
                status: CreditAccountStatus.OnHold,
                ...(onlyReason ? { holdReason: onlyReason } : {}),
            })
            .execute();
        if (result.affected === 1) {
            const released = await this.getOrThrow(ctx, id);
            Logger.info(
                `Credit account ${String(id)} released from hold (${String(account.holdReason)})`,
                loggerCtx,
            );
            await this.eventBus.publish(new CreditHoldReleasedEvent(ctx, released, account.holdReason));
            return { account: released, changed: true };
        }
        return { account, changed: false };
    }

    private validateTerms(input: {
        creditLimit?: number | null;
        paymentTermsDays?: number | null;
        graceDays?: number | null;
    }): void {
        const wholeAtLeast0 = (v: number | null | undefined, what: string) => {
            if (v != null && (!Number.isInteger(v) || v < 0)) {
                throw new UserInputError(`${what} must be a whole number >= 0, got ${v}`);
            }
        };
        if (input.creditLimit != null) {
            checkMoneyAmount(
                input.creditLimit,
                'creditLimit',
                maxMoneyAmount(this.configService.entityOptions.moneyStrategy),
            );
        }
        wholeAtLeast0(input.paymentTermsDays, 'paymentTermsDays');
        wholeAtLeast0(input.graceDays, 'graceDays');
        if ((input.paymentTermsDays ?? 0) > 3650 || (input.graceDays ?? 0) > 3650) {
            throw new UserInputError('paymentTermsDays and graceDays may be at most 3650 days');
        }
    }
}
