import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Channel,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';

import { loggerCtx } from '../constants';
import { CreditAccount, CreditAccountStatus, CreditHoldReason } from '../entities/credit-account.entity';
import {
    CreditAllocation,
    CreditLedgerEntry,
    CreditLedgerEntryType,
} from '../entities/credit-ledger-entry.entity';
import { CreditAccountService } from './credit-account.service';
import { CreditLedgerService } from './credit-ledger.service';

export interface RecordCreditInput {
    accountId: ID;
    /** Positive, minor units. */
    amount: number;
    reference?: string | null;
    note?: string | null;
    /** Apply to these debits; otherwise oldest due first. */
    allocations?: CreditAllocation[] | null;
    orderId?: ID | null;
}

export interface AdjustCreditBalanceInput {
    accountId: ID;
    /** Signed, minor units: positive increases the amount outstanding. */
    amount: number;
    note: string;
    reference?: string | null;
}

export interface CreditOverdueCheckResult {
    accountsChecked: number;
    holdsPlaced: number;
    holdsReleased: number;
}

/**
 * Back-office credit control: payments, credit notes, adjustments and the overdue check that places and lifts
 * holds.
 */
@Injectable()
export class CreditControlService {
    constructor(
        private connection: TransactionalConnection,
        private accounts: CreditAccountService,
        private ledger: CreditLedgerService,
        private requestContextService: RequestContextService,
    ) {}

    /** A payment received from the dealer: lowers the balance, applied to open debits; may lift an overdue hold. */
    recordPayment(ctx: RequestContext, input: RecordCreditInput): Promise<CreditLedgerEntry> {
        return this.recordCredit(ctx, CreditLedgerEntryType.Payment, input);
    }

    /** A credit note: like a payment, for goods returned, price corrections, goodwill. */
    issueCreditNote(ctx: RequestContext, input: RecordCreditInput): Promise<CreditLedgerEntry> {
        return this.recordCredit(ctx, CreditLedgerEntryType.CreditNote, input);
    }

    /** A manual correction. A positive one is a debit due after the account's terms; a negative one a credit. */
    async adjustBalance(ctx: RequestContext, input: AdjustCreditBalanceInput): Promise<CreditLedgerEntry> {
        if (!Number.isInteger(input.amount) || input.amount === 0) {
            throw new UserInputError('The adjustment must be a non-zero whole number of minor units');
        }
        if (!input.note?.trim()) {
            throw new UserInputError('An adjustment needs a note saying why');
        }
        if (input.amount < 0) {
            return this.recordCredit(ctx, CreditLedgerEntryType.Adjustment, {
                accountId: input.accountId,
                amount: -input.amount,
                note: input.note,
                reference: input.reference,
            });
        }
        const account = await this.accounts.getOrThrow(ctx, input.accountId);
        const entry = await this.ledger.post(ctx, account.id, {
            type: CreditLedgerEntryType.Adjustment,
            amount: input.amount,
            companyId: account.companyId,
            reference: input.reference,
            note: input.note,
            dueDate: new Date(Date.now() + account.paymentTermsDays * 24 * 60 * 60 * 1000),
            createdById: await this.administratorId(ctx),
        });
        if (!entry) {
            throw new Error(`Could not post the adjustment to credit account ${String(account.id)}`);
        }
        return entry;
    }

    /**
     * Puts accounts with receivables past due + grace on hold (reason `overdue`) and lifts overdue holds whose
     * receivables are paid. Manual holds are left alone. Runs daily on the worker, across all channels.
     */
    async runOverdueCheck(ctx: RequestContext, now: Date = new Date()): Promise<CreditOverdueCheckResult> {
        const all = await this.connection
            .getRepository(ctx, CreditAccount)
            .find({ relations: { channel: true } });
        const result: CreditOverdueCheckResult = { accountsChecked: 0, holdsPlaced: 0, holdsReleased: 0 };
        for (const account of all) {
            const channelCtx = await this.contextFor(ctx, account.channel);
            await this.connection.withTransaction(channelCtx, async txCtx => {
                const outcome = await this.checkAccount(txCtx, account.id, now);
                result.accountsChecked++;
                if (outcome === 'held') result.holdsPlaced++;
                if (outcome === 'released') result.holdsReleased++;
            });
        }
        if (result.holdsPlaced || result.holdsReleased) {
            Logger.info(
                `Credit overdue check: ${result.holdsPlaced} placed on hold, ${result.holdsReleased} released`,
                loggerCtx,
            );
        }
        return result;
    }

    /** Re-evaluates one account's overdue hold. */
    async checkAccount(
        ctx: RequestContext,
        accountId: ID,
        now: Date = new Date(),
    ): Promise<'held' | 'released' | 'unchanged'> {
        const account = await this.accounts.getOrThrow(ctx, accountId);
        const overdue = await this.ledger.overdueAmount(ctx, account, now);
        if (overdue > 0 && account.status === CreditAccountStatus.Active) {
            const { changed } = await this.accounts.placeHold(
                ctx,
                account.id,
                CreditHoldReason.Overdue,
                overdue,
            );
            return changed ? 'held' : 'unchanged';
        }
        if (overdue === 0 && account.holdReason === CreditHoldReason.Overdue) {
            const { changed } = await this.accounts.releaseHold(ctx, account.id, CreditHoldReason.Overdue);
            return changed ? 'released' : 'unchanged';
        }
        return 'unchanged';
    }

    private async recordCredit(
        ctx: RequestContext,
        type: CreditLedgerEntryType,
        input: RecordCreditInput,
    ): Promise<CreditLedgerEntry> {
        if (!Number.isInteger(input.amount) || input.amount <= 0) {
            throw new UserInputError('The amount must be a positive whole number of minor units');
        }
        const account = await this.accounts.getOrThrow(ctx, input.accountId);
        if (input.allocations?.length) {
            await this.ledger.validateAllocations(ctx, account.id, input.amount, input.allocations);
        }
        const entry = await this.ledger.post(ctx, account.id, {
            type,
            amount: -input.amount,
            companyId: account.companyId,
            orderId: input.orderId,
            reference: input.reference,
            note: input.note,
            createdById: await this.administratorId(ctx),
        });
        if (!entry) {
            throw new Error(`Could not post to credit account ${String(account.id)}`);
        }
        const { allocations, unallocated } = await this.ledger.allocate(
            ctx,
            account.id,
            input.amount,
            input.allocations ?? undefined,
        );
        await this.ledger.saveAllocations(ctx, entry, allocations, unallocated);
        if (account.holdReason === CreditHoldReason.Overdue) {
            await this.checkAccount(ctx, account.id);
        }
        return entry;
    }

    private async administratorId(ctx: RequestContext): Promise<ID | null> {
        if (!ctx.activeUserId) {
            return null;
        }
        const admin = await this.connection
            .getRepository(ctx, Administrator)
            .findOne({ where: { user: { id: ctx.activeUserId } }, select: { id: true } });
        return admin?.id ?? null;
    }

    private async contextFor(ctx: RequestContext, channel: Channel): Promise<RequestContext> {
        if (ctx.channelId === channel.id) {
            return ctx;
        }
        return this.requestContextService.create({ apiType: 'admin', channelOrToken: channel });
    }
}
