import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Channel,
    ConfigService,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { loggerCtx } from '../constants';
import { CreditAccount, CreditAccountStatus, CreditHoldReason } from '../entities/credit-account.entity';
import {
    CreditAllocation,
    CreditLedgerEntry,
    CreditLedgerEntryType,
} from '../entities/credit-ledger-entry.entity';
import { CreditAccountService } from './credit-account.service';
import { CreditLedgerService } from './credit-ledger.service';
import { B2B_INPUT_LIMITS, checkMoneyAmount, checkText, maxMoneyAmount } from './input-limits';

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

/** An account's overdue amount and hold, as the overdue check sees them. */
export interface OverdueStanding {
    accountId: ID;
    channelId: ID;
    status: CreditAccountStatus;
    holdReason: CreditHoldReason | null;
    /** Minor units, 0 when nothing is overdue. */
    overdue: number;
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
        private configService: ConfigService,
    ) {}

    private get maxAmount(): number {
        return maxMoneyAmount(this.configService.entityOptions.moneyStrategy);
    }

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
        checkMoneyAmount(input.amount, 'amount', this.maxAmount, { allowNegative: true });
        if (!input.note?.trim()) {
            throw new UserInputError('An adjustment needs a note saying why');
        }
        checkText(input.note, 'note', B2B_INPUT_LIMITS.note);
        checkText(input.reference, 'reference', B2B_INPUT_LIMITS.reference);
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
     *
     * One aggregate query computes every account's overdue amount; only the accounts whose hold must change are
     * then re-checked and changed, each in its own transaction (publishing the hold events as before).
     */
    async runOverdueCheck(ctx: RequestContext, now: Date = new Date()): Promise<CreditOverdueCheckResult> {
        const standings = await this.overdueStandings(ctx, now);
        const result: CreditOverdueCheckResult = {
            accountsChecked: standings.length,
            holdsPlaced: 0,
            holdsReleased: 0,
        };
        const toChange = standings.filter(s =>
            s.overdue > 0
                ? s.status === CreditAccountStatus.Active
                : s.holdReason === CreditHoldReason.Overdue,
        );
        if (toChange.length) {
            const channels = await this.connection
                .getRepository(ctx, Channel)
                .find({ where: { id: In([...new Set(toChange.map(s => s.channelId))]) } });
            for (const standing of toChange) {
                const channel = channels.find(c => String(c.id) === String(standing.channelId));
                if (!channel) {
                    continue;
                }
                const channelCtx = await this.contextFor(ctx, channel);
                await this.connection.withTransaction(channelCtx, async txCtx => {
                    const outcome = await this.checkAccount(txCtx, standing.accountId, now);
                    if (outcome === 'held') result.holdsPlaced++;
                    if (outcome === 'released') result.holdsReleased++;
                });
            }
        }
        if (result.holdsPlaced || result.holdsReleased) {
            Logger.info(
                `Credit overdue check: ${result.holdsPlaced} placed on hold, ${result.holdsReleased} released`,
                loggerCtx,
            );
        }
        return result;
    }

    /**
     * Every account's overdue amount at `now` in one aggregate query: open receivables past due + the account's
     * grace days, less credit not yet applied (as `CreditLedgerService.overdueAmount` computes it for one account).
     */
    async overdueStandings(ctx: RequestContext, now: Date = new Date()): Promise<OverdueStanding[]> {
        const repo = this.connection.getRepository(ctx, CreditAccount);
        const isPostgres = repo.manager.connection.options.type === 'postgres';
        // the due date plus the grace days, before now: date arithmetic differs between the dialects
        const pastGrace = isPostgres
            ? `entry.dueDate < CAST(:now AS timestamp) - account.graceDays * INTERVAL '1 day'`
            : `entry.dueDate < strftime('%Y-%m-%d %H:%M:%f', :now, '-' || account.graceDays || ' days')`;
        const nowParam = isPostgres ? now : now.toISOString().replace('T', ' ').replace('Z', '');
        const open = 'entry.amount - entry.settledAmount - entry.releasedAmount';
        const rows = await repo
            .createQueryBuilder('account')
            .leftJoin(CreditLedgerEntry, 'entry', 'entry.accountId = account.id')
            .select('account.id', 'accountId')
            .addSelect('account.channelId', 'channelId')
            .addSelect('account.status', 'status')
            .addSelect('account.holdReason', 'holdReason')
            .addSelect(
                `COALESCE(SUM(CASE WHEN entry.amount > 0 AND entry.dueDate IS NOT NULL AND ${pastGrace} ` +
                    `AND ${open} > 0 THEN ${open} ELSE 0 END), 0)`,
                'overdue',
            )
            .addSelect('COALESCE(SUM(entry.unallocatedAmount), 0)', 'unapplied')
            .groupBy('account.id')
            .addGroupBy('account.channelId')
            .addGroupBy('account.status')
            .addGroupBy('account.holdReason')
            .setParameter('now', nowParam)
            .getRawMany<{
                accountId: ID;
                channelId: ID;
                status: CreditAccountStatus;
                holdReason: CreditHoldReason | null;
                overdue: string | number;
                unapplied: string | number;
            }>();
        return rows.map(r => ({
            accountId: r.accountId,
            channelId: r.channelId,
            status: r.status,
            holdReason: r.holdReason,
            overdue: Math.max(0, Number(r.overdue) - Number(r.unapplied)),
        }));
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
        checkMoneyAmount(input.amount, 'amount', this.maxAmount);
        checkText(input.note, 'note', B2B_INPUT_LIMITS.note);
        checkText(input.reference, 'reference', B2B_INPUT_LIMITS.reference);
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
