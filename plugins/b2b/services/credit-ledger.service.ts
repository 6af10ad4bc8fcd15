import { Inject, Injectable } from '@nestjs/common';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { ObjectLiteral, Repository } from 'typeorm';

import { B2B_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { CreditAccount, CreditAccountStatus } from '../entities/credit-account.entity';
import {
    CreditAllocation,
    CreditLedgerEntry,
    CreditLedgerEntryType,
} from '../entities/credit-ledger-entry.entity';
import { CreditLimitNearlyReachedEvent } from '../events/credit-limit-nearly-reached.event';
import { ResolvedB2bPluginOptions } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a new ledger entry records, besides the amount and the numbers the ledger computes itself. */
export interface CreditPostingInput {
    type: CreditLedgerEntryType;
    /** Signed, minor units: positive increases the amount outstanding. */
    amount: number;
    /** The company whose activity this is (the buyer of a charge; otherwise the account's company). */
    companyId: ID;
    orderId?: ID | null;
    reversesEntryId?: ID | null;
    reference?: string | null;
    /** The buyer's purchase order number (charges and their releases). */
    purchaseOrderNumber?: string | null;
    note?: string | null;
    dueDate?: Date | null;
    createdById?: ID | null;
    unallocatedAmount?: number;
}

/** Conditions the balance update must meet; when one fails nothing is written. */
export interface CreditPostingConditions {
    /** Only while the account is active (not on hold). */
    requireActive?: boolean;
    /** Only if the new balance stays within the limit, unless the account allows exceeding it. */
    enforceLimit?: boolean;
}

/** A debit (charge or positive adjustment) still owed in part or whole. */
export function openAmountOf(entry: CreditLedgerEntry): number {
    if (entry.amount <= 0) {
        return 0;
    }
    return Math.max(0, entry.amount - entry.settledAmount - entry.releasedAmount);
}

/**
 * The ledger: every change of a credit account's balance goes through {@link CreditLedgerService.post}, which
 * changes the balance with one conditional UPDATE and writes the entry in the same transaction. That keeps the
 * balance equal to the sum of the entries, and the limit holding under parallel checkouts, on SQLite and
 * PostgreSQL alike (no row locks needed: the UPDATE's WHERE clause is the check).
 */
@Injectable()
export class CreditLedgerService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private eventBus: EventBus,
        @Inject(B2B_PLUGIN_OPTIONS) private options: ResolvedB2bPluginOptions,
    ) {}

    /**
     * Moves the balance by `input.amount` and appends the entry, atomically. Returns undefined (and writes
     * nothing) when a condition fails: the account is on hold, or the limit would be exceeded.
     */
    async post(
        ctx: RequestContext,
        accountId: ID,
        input: CreditPostingInput,
        conditions: CreditPostingConditions = {},
    ): Promise<CreditLedgerEntry | undefined> {
        if (!Number.isInteger(input.amount)) {
            throw new UserInputError(`Credit amounts are whole minor units, got ${String(input.amount)}`);
        }
        return this.connection.withTransaction(ctx, async txCtx => {
            const repo = this.connection.getRepository(txCtx, CreditAccount);
            const q = this.columns(repo);
            const where = [`${q('id')} = :id`];
            if (conditions.requireActive) {
                where.push(`${q('status')} = :active`);
            }
            if (conditions.enforceLimit) {
                where.push(
                    `(${q('allowExceedLimit')} = TRUE OR ${q('balance')} + :amount <= ${q('creditLimit')})`,
                );
            }
            const sql =
                `UPDATE ${q.table} SET ${q('balance')} = ${q('balance')} + :amount, ` +
                `${q('ledgerSequence')} = ${q('ledgerSequence')} + 1, ${q('updatedAt')} = :now ` +
                `WHERE ${where.join(' AND ')} ` +
                `RETURNING ${q('balance')} AS "balance", ${q('ledgerSequence')} AS "sequence", ` +
                `${q('creditLimit')} AS "creditLimit"`;
            const rows = await this.execute(repo, sql, {
                id: accountId,
                amount: input.amount,
                active: CreditAccountStatus.Active,
                now: this.persistDate(repo, new Date()),
            });
            if (rows.length !== 1) {
                return undefined;
            }
            const balanceAfter = Number(rows[0].balance);
            const sequence = Number(rows[0].sequence);
            const creditLimit = Number(rows[0].creditLimit);
            const excessAmount =
                input.type === CreditLedgerEntryType.Charge && balanceAfter > creditLimit
                    ? Math.min(input.amount, balanceAfter - creditLimit)
                    : 0;
            const entry = await this.connection.getRepository(txCtx, CreditLedgerEntry).save(
                new CreditLedgerEntry({
                    accountId,
                    companyId: input.companyId,
                    sequence,
                    type: input.type,
                    amount: input.amount,
                    balanceAfter,
                    orderId: input.orderId ?? null,
                    reversesEntryId: input.reversesEntryId ?? null,
                    reference: input.reference ?? null,
                    purchaseOrderNumber: input.purchaseOrderNumber ?? null,
                    note: input.note ?? null,
                    dueDate: input.dueDate ?? null,
                    settledAmount: 0,
                    releasedAmount: 0,
                    unallocatedAmount: input.unallocatedAmount ?? 0,
                    allocations: null,
                    excessAmount,
                    createdById: input.createdById ?? null,
                }),
            );
            if (excessAmount > 0) {
                Logger.info(
                    `Credit account ${String(accountId)} charged ${excessAmount} above its limit (entry ${String(entry.id)})`,
                    loggerCtx,
                );
            }
            await this.publishWarningIfCrossed(
                txCtx,
                accountId,
                balanceAfter - input.amount,
                balanceAfter,
                creditLimit,
            );
            return entry;
        });
    }

    /** The debit's due date once the order is settled: now + the account's payment terms. */
    async markReceivable(
        ctx: RequestContext,
        entryId: ID,
        settledAt: Date = new Date(),
    ): Promise<CreditLedgerEntry | undefined> {
        const repo = this.connection.getRepository(ctx, CreditLedgerEntry);
        const entry = await repo.findOne({ where: { id: entryId }, relations: { account: true } });
        if (!entry) {
            return undefined;
        }
        if (!entry.dueDate) {
            entry.dueDate = new Date(settledAt.getTime() + entry.account.paymentTermsDays * DAY_MS);
            await repo.update({ id: entry.id }, { dueDate: entry.dueDate });
        }
        return entry;
    }

    /**
     * Reverses what is left of a charge (or `amount` of it), exactly once: the charge's `releasedAmount` moves
     * by compare-and-set, so two concurrent releases (an order cancelled while its payment is refunded) never
     * release more than the charge. Returns the release entry, or undefined when nothing was left to release.
     */
    async releaseCharge(
        ctx: RequestContext,
        chargeId: ID,
        note: string,
        amount?: number,
    ): Promise<CreditLedgerEntry | undefined> {
        return this.connection.withTransaction(ctx, async txCtx => {
            const repo = this.connection.getRepository(txCtx, CreditLedgerEntry);
            const q = this.columns(repo);
            for (let attempt = 0; attempt < 5; attempt++) {
                const charge = await repo.findOne({ where: { id: chargeId } });
                if (!charge || charge.type !== CreditLedgerEntryType.Charge) {
                    return undefined;
                }
                const remaining = charge.amount - charge.releasedAmount;
                const toRelease = Math.min(remaining, amount ?? remaining);
                if (toRelease <= 0) {
                    return undefined;
                }
                const rows = await this.execute(
                    repo,
                    `UPDATE ${q.table} SET ${q('releasedAmount')} = ${q('releasedAmount')} + :x ` +
                        `WHERE ${q('id')} = :id AND ${q('releasedAmount')} = :seen RETURNING ${q('id')} AS "id"`,
                    { x: toRelease, id: charge.id, seen: charge.releasedAmount },
                );
                if (rows.length !== 1) {
                    continue;
                }
                // What the dealer had already paid on the released part becomes credit in their favour.
                const openBefore = openAmountOf(charge);
                return this.post(txCtx, charge.accountId, {
                    type: CreditLedgerEntryType.Release,
                    amount: -toRelease,
                    companyId: charge.companyId,
                    orderId: charge.orderId,
                    reversesEntryId: charge.id,
                    reference: charge.reference,
                    purchaseOrderNumber: charge.purchaseOrderNumber,
                    note,
                    unallocatedAmount: Math.max(0, toRelease - openBefore),
                });
            }
            throw new Error(`Could not release credit charge ${String(chargeId)}: too much contention`);
        });
    }

    /**
     * An order's charge on account (its latest, should a payment have been retried): null when the order was not
     * paid on account. The buyer's purchase order number lives on it, not in an `Order` custom field, so that
     * `Order.customFields` stays the JSON scalar that Vendure's own Dashboard documents select.
     */
    async chargeForOrder(ctx: RequestContext, orderId: ID): Promise<CreditLedgerEntry | null> {
        return this.connection.getRepository(ctx, CreditLedgerEntry).findOne({
            where: { orderId, type: CreditLedgerEntryType.Charge },
            order: { sequence: 'DESC' },
        });
    }

    /** Releases every charge of an order (order cancelled). Idempotent. */
    async releaseOrder(ctx: RequestContext, orderId: ID, note: string): Promise<CreditLedgerEntry[]> {
        const charges = await this.connection.getRepository(ctx, CreditLedgerEntry).find({
            where: { orderId, type: CreditLedgerEntryType.Charge },
            order: { sequence: 'ASC' },
        });
        const released: CreditLedgerEntry[] = [];
        for (const charge of charges) {
            const entry = await this.releaseCharge(ctx, charge.id, note);
            if (entry) {
                released.push(entry);
            }
        }
        return released;
    }

    /**
     * Applies `amount` of a credit (payment, credit note, credit adjustment) to the account's open debits: to the
     * named ones, else oldest due first (receivables before charges not yet settled). Returns the allocations and
     * what is left unapplied. Callers validate explicit allocations first ({@link validateAllocations}).
     */
    async allocate(
        ctx: RequestContext,
        accountId: ID,
        amount: number,
        explicit?: CreditAllocation[],
    ): Promise<{ allocations: CreditAllocation[]; unallocated: number }> {
        const repo = this.connection.getRepository(ctx, CreditLedgerEntry);
        const q = this.columns(repo);
        const targets: CreditAllocation[] = explicit?.length
            ? explicit
            : (await this.openDebits(ctx, accountId)).map(e => ({ entryId: e.id, amount: openAmountOf(e) }));
        const allocations: CreditAllocation[] = [];
        let left = amount;
        for (const target of targets) {
            if (left <= 0) {
                break;
            }
            const x = Math.min(left, target.amount);
            if (x <= 0) {
                continue;
            }
            const rows = await this.execute(
                repo,
                `UPDATE ${q.table} SET ${q('settledAmount')} = ${q('settledAmount')} + :x ` +
                    `WHERE ${q('id')} = :id AND ${q('accountId')} = :accountId AND ` +
                    `${q('settledAmount')} + ${q('releasedAmount')} + :x <= ${q('amount')} RETURNING ${q('id')} AS "id"`,
                { x, id: target.entryId, accountId },
            );
            if (rows.length === 1) {
                allocations.push({ entryId: target.entryId, amount: x });
                left -= x;
            } else if (explicit?.length) {
                throw new UserInputError(`Ledger entry ${String(target.entryId)} no longer has ${x} open`);
            }
        }
        return { allocations, unallocated: left };
    }

    /** Checks allocations a client named: debits of this account, each within its open amount, not over `total`. */
    async validateAllocations(
        ctx: RequestContext,
        accountId: ID,
        total: number,
        allocations: CreditAllocation[],
    ): Promise<void> {
        let sum = 0;
        const seen = new Set<string>();
        for (const a of allocations) {
            if (!Number.isInteger(a.amount) || a.amount <= 0) {
                throw new UserInputError(
                    'Each allocation amount must be a positive whole number of minor units',
                );
            }
            if (seen.has(String(a.entryId))) {
                throw new UserInputError(
                    `Ledger entry ${String(a.entryId)} is named twice in the allocations`,
                );
            }
            seen.add(String(a.entryId));
            const entry = await this.connection
                .getRepository(ctx, CreditLedgerEntry)
                .findOne({ where: { id: a.entryId, accountId } });
            if (!entry || entry.amount <= 0) {
                throw new UserInputError(
                    `Ledger entry ${String(a.entryId)} is not an open debit of this account`,
                );
            }
            if (a.amount > openAmountOf(entry)) {
                throw new UserInputError(
                    `Ledger entry ${String(a.entryId)} has ${openAmountOf(entry)} open; cannot allocate ${a.amount}`,
                );
            }
            sum += a.amount;
        }
        if (sum > total) {
            throw new UserInputError(`The allocations (${sum}) exceed the amount (${total})`);
        }
    }

    /** Debits with something left to pay, receivables (oldest due first) before charges not yet settled. */
    async openDebits(ctx: RequestContext, accountId: ID): Promise<CreditLedgerEntry[]> {
        const repo = this.connection.getRepository(ctx, CreditLedgerEntry);
        const q = this.columns(repo);
        const entries = await repo
            .createQueryBuilder('entry')
            .where('entry.accountId = :accountId', { accountId })
            .andWhere('entry.amount > 0')
            .andWhere(`entry.${q.col('settledAmount')} + entry.${q.col('releasedAmount')} < entry.amount`)
            .getMany();
        return entries.sort((a, b) => {
            if (a.dueDate && b.dueDate) {
                return a.dueDate.getTime() - b.dueDate.getTime() || a.sequence - b.sequence;
            }
            if (a.dueDate || b.dueDate) {
                return a.dueDate ? -1 : 1;
            }
            return a.sequence - b.sequence;
        });
    }

    /**
     * What is overdue at `now`: open receivables past due + grace days, less credit not yet applied to any debit
     * (a dealer who paid in advance is not overdue).
     */
    async overdueAmount(
        ctx: RequestContext,
        account: CreditAccount,
        now: Date = new Date(),
    ): Promise<number> {
        const cutoff = now.getTime() - account.graceDays * DAY_MS;
        const open = await this.openDebits(ctx, account.id);
        const overdue = open
            .filter(e => e.dueDate && e.dueDate.getTime() < cutoff)
            .reduce((sum, e) => sum + openAmountOf(e), 0);
        if (overdue === 0) {
            return 0;
        }
        const { unapplied } = (await this.connection
            .getRepository(ctx, CreditLedgerEntry)
            .createQueryBuilder('entry')
            .select('COALESCE(SUM(entry.unallocatedAmount), 0)', 'unapplied')
            .where('entry.accountId = :accountId', { accountId: account.id })
            .getRawOne<{ unapplied: string | number }>()) ?? { unapplied: 0 };
        return Math.max(0, overdue - Number(unapplied));
    }

    /** The sum of an account's entries: always equal to its balance. */
    async sumOfEntries(ctx: RequestContext, accountId: ID): Promise<number> {
        const raw = await this.connection
            .getRepository(ctx, CreditLedgerEntry)
            .createQueryBuilder('entry')
            .select('COALESCE(SUM(entry.amount), 0)', 'total')
            .where('entry.accountId = :accountId', { accountId })
            .getRawOne<{ total: string | number }>();
        return Number(raw?.total ?? 0);
    }

    /** The account's statement, oldest entry first unless sorted otherwise; filter and paging from the client. */
    async statement(
        ctx: RequestContext,
        accountId: ID,
        options?: ListQueryOptions<CreditLedgerEntry>,
        companyId?: ID,
    ): Promise<PaginatedList<CreditLedgerEntry>> {
        const qb = this.listQueryBuilder
            .build(CreditLedgerEntry, options, {
                ctx,
                entityAlias: 'entry',
                relations: ['order'],
                orderBy: options?.sort ? undefined : { sequence: 'ASC' },
                // openAmount and overdue are @Calculated columns of the entity; orderCode is the order's code
                customPropertyMap: { orderCode: 'order.code' },
            })
            .andWhere('entry.accountId = :accountId', { accountId });
        if (companyId != null) {
            qb.andWhere('entry.companyId = :companyId', { companyId });
        }
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    findCharge(ctx: RequestContext, entryId: ID): Promise<CreditLedgerEntry | null> {
        return this.connection
            .getRepository(ctx, CreditLedgerEntry)
            .findOne({ where: { id: entryId, type: CreditLedgerEntryType.Charge } });
    }

    /** Records the allocations on the credit entry that made them. */
    async saveAllocations(
        ctx: RequestContext,
        entry: CreditLedgerEntry,
        allocations: CreditAllocation[],
        unallocated: number,
    ) {
        entry.allocations = allocations;
        entry.unallocatedAmount = unallocated;
        await this.connection
            .getRepository(ctx, CreditLedgerEntry)
            .update({ id: entry.id }, { allocations, unallocatedAmount: unallocated });
    }

    private async publishWarningIfCrossed(
        ctx: RequestContext,
        accountId: ID,
        before: number,
        after: number,
        limit: number,
    ): Promise<void> {
        const threshold = this.options.creditWarningUtilisation;
        if (limit <= 0 || after <= before) {
            return;
        }
        if (before / limit < threshold && after / limit >= threshold) {
            const account = await this.connection
                .getRepository(ctx, CreditAccount)
                .findOne({ where: { id: accountId } });
            if (account) {
                await this.eventBus.publish(
                    new CreditLimitNearlyReachedEvent(ctx, account, after / limit, threshold),
                );
            }
        }
    }

    /** Quoted table and column names from the entity metadata, so raw SQL works on every dialect. */
    private columns<T extends ObjectLiteral>(repo: Repository<T>) {
        const driver = repo.manager.connection.driver;
        const name = (property: string) => {
            const column = repo.metadata.findColumnWithPropertyName(property);
            if (!column) {
                throw new Error(`No column ${property} on ${repo.metadata.name}`);
            }
            return column.databaseName;
        };
        const q = (property: string) => driver.escape(name(property));
        q.table = driver.escape(repo.metadata.tableName);
        q.col = name;
        return q;
    }

    private persistDate<T extends ObjectLiteral>(repo: Repository<T>, date: Date): unknown {
        const column = repo.metadata.findColumnWithPropertyName('updatedAt');
        return column
            ? repo.manager.connection.driver.preparePersistentValue(date, column)
            : date.toISOString();
    }

    /** Runs a data-changing statement with RETURNING in the repository's transaction; returns the rows. */
    private async execute<T extends ObjectLiteral>(
        repo: Repository<T>,
        sql: string,
        params: Record<string, unknown>,
    ): Promise<Array<Record<string, unknown>>> {
        const manager = repo.manager;
        const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
        const queryRunner = manager.queryRunner ?? manager.connection.createQueryRunner();
        try {
            const result = await queryRunner.query(query, parameters, true);
            return (result as { records?: Array<Record<string, unknown>> }).records ?? [];
        } finally {
            if (!manager.queryRunner) {
                await queryRunner.release();
            }
        }
    }
}
