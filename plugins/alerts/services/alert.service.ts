import { Inject, Injectable } from '@nestjs/common';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    EntityNotFoundError,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import crypto from 'crypto';
import { In, IsNull, LessThanOrEqual, Not } from 'typeorm';

import { chunked, insertPlainRows } from '../../../src/common/bulk-write';
import { AlertSubject } from '../config/alert-condition';
import { ALERTS_PLUGIN_OPTIONS } from '../constants';
import { AlertComment } from '../entities/alert-comment.entity';
import { AlertRule, AlertSeverity } from '../entities/alert-rule.entity';
import { Alert, AlertNotificationKind, AlertStatus } from '../entities/alert.entity';
import { ResolvedAlertsPluginOptions } from '../types';

const ACTIVE = [AlertStatus.Open, AlertStatus.Acknowledged, AlertStatus.Snoozed];
/** Subjects per multi-row insert, read and bump of `raiseMany`. */
const RAISE_CHUNK = 500;

/** One active alert per rule and subject: the unique key of an open, acknowledged or snoozed alert. */
function alertActiveKey(rule: AlertRule, subject: AlertSubject): string {
    return `${rule.id}:${subject.type}:${subject.id}`;
}

/** Counts of a channel's active alerts. */
export interface OpenAlertCount {
    open: number;
    active: number;
    info: number;
    warning: number;
    critical: number;
}

/** The outcome of raising: the active alert, and whether this call created it (false: it bumped it). */
export interface RaiseResult {
    alert: Alert;
    created: boolean;
}

/** What `raiseMany` answers per subject: the active alert's id, and whether this call created it. */
export interface RaisedAlert {
    id: ID;
    created: boolean;
}

/** Alerts: raising with deduplication, the inbox list and what administrators do with alerts. */
@Injectable()
export class AlertService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        @Inject(ALERTS_PLUGIN_OPTIONS) private options: ResolvedAlertsPluginOptions,
    ) {}

    private now(): Date {
        return this.options.clock.now();
    }

    /**
     * Raises an alert of the rule about the subject, or bumps the active one. One active alert per rule and
     * subject holds under parallel calls: the insert is skipped on the unique `activeKey` (the database
     * decides, not a read before the write), and whoever did not insert bumps `occurrences`.
     */
    async raise(ctx: RequestContext, rule: AlertRule, subject: AlertSubject): Promise<RaiseResult> {
        const repo = this.connection.getRepository(ctx, Alert);
        const activeKey = alertActiveKey(rule, subject);
        const now = this.now();
        for (let attempt = 0; attempt < 3; attempt++) {
            const token = crypto.randomUUID();
            await repo
                .createQueryBuilder()
                .insert()
                .into(Alert)
                .values(this.newAlertRow(rule, subject, token, now))
                .orIgnore()
                .updateEntity(false)
                .execute();
            const active = await repo.findOne({ where: { activeKey } });
            if (!active) {
                // Resolved between the insert and the read: try again.
                continue;
            }
            if (active.dedupeToken === token) {
                return { alert: active, created: true };
            }
            await repo
                .createQueryBuilder()
                .update(Alert)
                .set({ occurrences: () => 'occurrences + 1', lastSeenAt: now })
                .where({ activeKey })
                .execute();
            const bumped = await repo.findOne({ where: { activeKey } });
            if (bumped) {
                return { alert: bumped, created: false };
            }
        }
        throw new Error(`Could not raise alert ${activeKey}`);
    }

    /**
     * `raise` for many subjects of one rule (the alert scan), answered in the same order, with the same outcome as
     * raising them one after the other, but set-based and without loading an alert: per chunk, one read of the ids
     * of the active alerts (`activeKey IN (…)`), multi-row inserts of the others (`INSERT OR IGNORE`: the unique
     * `activeKey` decides under parallel raises), one read of the inserted rows' tokens, and one
     * `UPDATE … SET occurrences = occurrences + 1, lastSeenAt = … WHERE activeKey IN (…)` for the rest. A subject
     * whose alert was resolved between the read and the bump (fewer rows bumped than keys), or that appears twice, is
     * raised on its own. With `notifiedAt`, the alerts it creates are inserted as notified then, their notification
     * pending (the scan's jobs send them after its transaction), saving an UPDATE of them.
     */
    async raiseMany(
        ctx: RequestContext,
        rule: AlertRule,
        subjects: AlertSubject[],
        options: { notifiedAt?: Date } = {},
    ): Promise<RaisedAlert[]> {
        const repo = this.connection.getRepository(ctx, Alert);
        const results = Array.from<RaisedAlert | undefined>({ length: subjects.length });
        const firstOfKey = new Map<string, number>();
        subjects.forEach((subject, i) => {
            const key = alertActiveKey(rule, subject);
            if (!firstOfKey.has(key)) {
                firstOfKey.set(key, i);
            }
        });
        const activeIds = async (keys: string[], withToken = false) =>
            keys.length
                ? repo
                      .createQueryBuilder('alert')
                      .select('alert.id', 'id')
                      .addSelect('alert.activeKey', 'activeKey')
                      .addSelect(withToken ? 'alert.dedupeToken' : 'NULL', 'dedupeToken')
                      .where('alert.activeKey IN (:...keys)', { keys })
                      .getRawMany<{ id: ID; activeKey: string; dedupeToken: string | null }>()
                : Promise.resolve([]);
        for (const part of chunked([...firstOfKey.entries()], RAISE_CHUNK)) {
            const now = this.now();
            // the subjects already active are bumped; only the others are inserted (a parallel raise that inserts
            // one meanwhile makes the insert skip it: the unique key decides, and it is bumped below)
            const active = new Map((await activeIds(part.map(([key]) => key))).map(r => [r.activeKey, r.id]));
            const tokens = new Map<string, string>();
            const rows = part
                .filter(([key]) => !active.has(key))
                .map(([key, i]) => {
                    const token = crypto.randomUUID();
                    tokens.set(key, token);
                    return {
                        ...this.newAlertRow(rule, subjects[i], token, now),
                        lastNotifiedAt: options.notifiedAt ?? null,
                        notificationPending: options.notifiedAt ? AlertNotificationKind.Raised : null,
                    };
                });
            // written by hand rather than with TypeORM's insert builder (100–200 µs per row of 24 values to build,
            // more than running it: most of a first scan's time at 50,000 new alerts); the unique activeKey skips
            // a subject a parallel raise inserted meanwhile
            await insertPlainRows(repo, rows, { orIgnore: true });
            const created = new Set<string>();
            for (const row of await activeIds([...tokens.keys()], true)) {
                if (row.dedupeToken === tokens.get(row.activeKey)) {
                    created.add(row.activeKey);
                }
                active.set(row.activeKey, row.id);
            }
            const bump = [...active.keys()].filter(k => !created.has(k));
            if (bump.length) {
                const { affected } = await repo
                    .createQueryBuilder()
                    .update(Alert)
                    .set({ occurrences: () => 'occurrences + 1', lastSeenAt: now })
                    .where('activeKey IN (:...keys)', { keys: bump })
                    .execute();
                if (affected !== bump.length) {
                    // some were resolved meanwhile (or the driver does not count): raised again on their own below
                    const still = new Map((await activeIds(bump)).map(r => [r.activeKey, r.id]));
                    for (const key of bump) {
                        const id = still.get(key);
                        if (id != null) {
                            active.set(key, id);
                        } else {
                            active.delete(key);
                        }
                    }
                }
            }
            for (const [key, i] of part) {
                const id = active.get(key);
                if (id != null) {
                    results[i] = { id, created: created.has(key) };
                }
            }
        }
        // the rest (resolved meanwhile, or a repeat of an earlier subject): one after the other, as `raise` does
        for (let i = 0; i < subjects.length; i++) {
            if (!results[i]) {
                const { alert, created } = await this.raise(ctx, rule, subjects[i]);
                if (created && options.notifiedAt) {
                    await this.markNotifiedMany(ctx, [alert.id], AlertNotificationKind.Raised);
                }
                results[i] = { id: alert.id, created };
            }
        }
        return results as RaisedAlert[];
    }

    private newAlertRow(rule: AlertRule, subject: AlertSubject, dedupeToken: string, now: Date) {
        return {
            ruleId: rule.id,
            channelId: rule.channelId,
            activeKey: alertActiveKey(rule, subject),
            dedupeToken,
            subjectType: subject.type,
            subjectId: String(subject.id),
            subjectLabel: subject.label,
            subjectLink: subject.link,
            messageEn: subject.message.en,
            messageZh: subject.message.zh_Hans,
            triggerData: subject.data ?? null,
            severity: rule.severity,
            status: AlertStatus.Open,
            snoozedUntil: null,
            assigneeAdministratorId: rule.assigneeAdministratorId,
            assigneeRoleId: rule.assigneeRoleId,
            dueAt: rule.dueInHours ? new Date(now.getTime() + rule.dueInHours * 3_600_000) : null,
            firstSeenAt: now,
            lastSeenAt: now,
            occurrences: 1,
            actedByAdministratorId: null,
            actedAt: null,
            resolvedAt: null,
            lastNotifiedAt: null,
            notificationPending: null,
            notificationClaim: null,
            notificationClaimedAt: null,
        };
    }

    findAll(ctx: RequestContext, options?: ListQueryOptions<Alert>): Promise<PaginatedList<Alert>> {
        return this.listQueryBuilder
            .build(Alert, messageToColumn(ctx, options), {
                ctx,
                where: { channelId: ctx.channelId },
                relations: ['rule'],
            })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    findOne(ctx: RequestContext, id: ID): Promise<Alert | undefined> {
        return this.connection
            .getRepository(ctx, Alert)
            .findOne({ where: { id, channelId: ctx.channelId }, relations: ['rule'] })
            .then(a => a ?? undefined);
    }

    async comments(ctx: RequestContext, alertId: ID): Promise<AlertComment[]> {
        return this.connection
            .getRepository(ctx, AlertComment)
            .find({ where: { alertId }, order: { createdAt: 'ASC', id: 'ASC' } });
    }

    async openCount(ctx: RequestContext): Promise<OpenAlertCount> {
        const rows = await this.connection
            .getRepository(ctx, Alert)
            .createQueryBuilder('alert')
            .select('alert.status', 'status')
            .addSelect('alert.severity', 'severity')
            .addSelect('COUNT(*)', 'count')
            .where('alert.channelId = :channelId', { channelId: ctx.channelId })
            .andWhere('alert.status IN (:...statuses)', {
                statuses: [AlertStatus.Open, AlertStatus.Acknowledged],
            })
            .groupBy('alert.status')
            .addGroupBy('alert.severity')
            .getRawMany<{ status: AlertStatus; severity: AlertSeverity; count: string | number }>();
        const result: OpenAlertCount = { open: 0, active: 0, info: 0, warning: 0, critical: 0 };
        for (const row of rows) {
            const n = Number(row.count);
            result.active += n;
            if (row.status === AlertStatus.Open) {
                result.open += n;
                result[row.severity] += n;
            }
        }
        return result;
    }

    acknowledge(ctx: RequestContext, ids: ID[]): Promise<Alert[]> {
        return this.act(ctx, ids, alert => {
            if (alert.status === AlertStatus.Resolved) {
                throw new UserInputError(`Alert ${alert.id} is resolved and cannot be acknowledged`);
            }
            alert.status = AlertStatus.Acknowledged;
            alert.snoozedUntil = null;
        });
    }

    resolve(ctx: RequestContext, ids: ID[]): Promise<Alert[]> {
        return this.act(ctx, ids, alert => this.markResolved(alert));
    }

    snooze(ctx: RequestContext, ids: ID[], until: Date): Promise<Alert[]> {
        if (!(until instanceof Date) || Number.isNaN(until.getTime()) || until <= this.now()) {
            throw new UserInputError('until must be a time in the future');
        }
        return this.act(ctx, ids, alert => {
            if (alert.status === AlertStatus.Resolved) {
                throw new UserInputError(`Alert ${alert.id} is resolved and cannot be snoozed`);
            }
            alert.status = AlertStatus.Snoozed;
            alert.snoozedUntil = until;
        });
    }

    assign(ctx: RequestContext, ids: ID[], administratorId: ID | null, roleId: ID | null): Promise<Alert[]> {
        return this.act(ctx, ids, alert => {
            alert.assigneeAdministratorId = administratorId;
            alert.assigneeRoleId = roleId;
        });
    }

    async addComment(ctx: RequestContext, alertId: ID, body: string): Promise<Alert> {
        const text = body.trim();
        if (!text) {
            throw new UserInputError('A comment needs some text');
        }
        if (text.length > 5000) {
            throw new UserInputError('A comment is at most 5000 characters long');
        }
        const alert = await this.findOne(ctx, alertId);
        if (!alert) {
            throw new EntityNotFoundError('Alert', alertId);
        }
        await this.connection.getRepository(ctx, AlertComment).save(
            new AlertComment({
                alertId: alert.id,
                authorAdministratorId: await this.adminId(ctx),
                body: text,
            }),
        );
        return alert;
    }

    /**
     * A page of the rule's active alerts (in one channel, or all), by id after `afterId`: the auto-resolve check
     * walks them page by page, so that 50,000 active alerts are never in memory at once. Only what the check needs
     * is selected (id, channel, subject id, trigger data).
     */
    activeAlertsOfRule(
        ctx: RequestContext,
        ruleId: ID,
        afterId: ID | undefined,
        take: number,
        channelId?: ID,
    ): Promise<Array<Pick<Alert, 'id' | 'channelId' | 'subjectId' | 'triggerData'>>> {
        const qb = this.connection
            .getRepository(ctx, Alert)
            .createQueryBuilder('alert')
            .select(['alert.id', 'alert.channelId', 'alert.subjectId', 'alert.triggerData'])
            .where('alert.ruleId = :ruleId', { ruleId })
            .andWhere('alert.status IN (:...statuses)', { statuses: ACTIVE })
            .orderBy('alert.id', 'ASC')
            .take(take);
        if (afterId != null) {
            qb.andWhere('alert.id > :afterId', { afterId });
        }
        if (channelId != null) {
            qb.andWhere('alert.channelId = :channelId', { channelId });
        }
        return qb.getMany();
    }

    /** Resolves an alert because its condition no longer holds (nobody acted). */
    async autoResolve(ctx: RequestContext, alert: Pick<Alert, 'id'>): Promise<void> {
        await this.autoResolveMany(ctx, [alert.id]);
    }

    /** Resolves active alerts whose condition no longer holds (nobody acted): one UPDATE per 500 ids. */
    async autoResolveMany(ctx: RequestContext, ids: ID[]): Promise<void> {
        const now = this.now();
        for (const part of chunked(ids, RAISE_CHUNK)) {
            await this.connection.getRepository(ctx, Alert).update(
                { id: In(part), activeKey: Not(IsNull()) },
                {
                    status: AlertStatus.Resolved,
                    activeKey: null,
                    resolvedAt: now,
                    actedAt: now,
                    actedByAdministratorId: null,
                },
            );
        }
    }

    /** Snoozed alerts whose time has come open again (in one channel, or all). */
    async wakeSnoozed(ctx: RequestContext, channelId?: ID): Promise<number> {
        const result = await this.connection.getRepository(ctx, Alert).update(
            {
                status: AlertStatus.Snoozed,
                snoozedUntil: LessThanOrEqual(this.now()),
                ...(channelId != null ? { channelId } : {}),
            },
            { status: AlertStatus.Open, snoozedUntil: null, lastNotifiedAt: null },
        );
        return result.affected ?? 0;
    }

    /**
     * Open (unacknowledged) alerts that may be due a notification (in one channel, or all): never notified, or of a
     * rule that re-notifies (whether the interval has passed is for the caller). An alert notified once of a rule
     * without re-notification is never due, and is not loaded. Only what the decision needs is selected: the
     * alert's id, channel, rule, severity and last notification, and the rule's interval and quiet hours.
     */
    notificationCandidates(ctx: RequestContext, channelId?: ID): Promise<Alert[]> {
        const qb = this.connection
            .getRepository(ctx, Alert)
            .createQueryBuilder('alert')
            .select(['alert.id', 'alert.channelId', 'alert.ruleId', 'alert.severity', 'alert.lastNotifiedAt'])
            .innerJoin('alert.rule', 'rule')
            .addSelect([
                'rule.id',
                'rule.renotifyIntervalMinutes',
                'rule.quietHoursStart',
                'rule.quietHoursEnd',
            ])
            .where('alert.status = :open', { open: AlertStatus.Open })
            .andWhere('(alert.lastNotifiedAt IS NULL OR rule.renotifyIntervalMinutes IS NOT NULL)');
        if (channelId != null) {
            qb.andWhere('alert.channelId = :channelId', { channelId });
        }
        return qb.getMany();
    }

    /**
     * Marks alerts notified now, their notification of that kind pending (the outbox: a job sends it and clears the
     * mark): one UPDATE per 500 ids. Call it in the transaction that decided to notify.
     */
    async markNotifiedMany(ctx: RequestContext, ids: ID[], kind: AlertNotificationKind): Promise<void> {
        const now = this.now();
        for (const part of chunked(ids, RAISE_CHUNK)) {
            await this.connection.getRepository(ctx, Alert).update(
                { id: In(part) },
                {
                    lastNotifiedAt: now,
                    notificationPending: kind,
                    notificationClaim: null,
                    notificationClaimedAt: null,
                },
            );
        }
    }

    /**
     * Claims the pending notifications of these alerts of the rule for one sending job and returns the alerts
     * claimed: those with a notification pending and no claim, or a claim older than `leaseMs` (its job died). The
     * claim is one conditional UPDATE, so two jobs given the same alerts (a scan re-queued them while the first job
     * waited) never both send one. The claim is committed before anything is sent.
     */
    async claimNotifications(ctx: RequestContext, ruleId: ID, ids: ID[], leaseMs: number): Promise<Alert[]> {
        if (!ids.length) {
            return [];
        }
        const repo = this.connection.getRepository(ctx, Alert);
        const now = this.now();
        const token = crypto.randomUUID();
        for (const part of chunked(ids, RAISE_CHUNK)) {
            await repo
                .createQueryBuilder()
                .update(Alert)
                .set({ notificationClaim: token, notificationClaimedAt: now })
                .where('id IN (:...ids)', { ids: part })
                .andWhere('ruleId = :ruleId', { ruleId })
                .andWhere('notificationPending IS NOT NULL')
                .andWhere('(notificationClaimedAt IS NULL OR notificationClaimedAt <= :expired)', {
                    expired: new Date(now.getTime() - leaseMs),
                })
                .execute();
        }
        return repo.find({ where: { notificationClaim: token }, order: { id: 'ASC' } });
    }

    /** Clears the pending notifications a job claimed and sent (not those claimed by another job meanwhile). */
    async completeNotifications(ctx: RequestContext, claim: string): Promise<void> {
        await this.connection
            .getRepository(ctx, Alert)
            .update(
                { notificationClaim: claim },
                { notificationPending: null, notificationClaim: null, notificationClaimedAt: null },
            );
    }

    /**
     * Notifications decided but not sent (in one channel, or all): pending and unclaimed since the decision more than
     * `graceMs` ago (the job was never queued, or is still waiting), or claimed more than `leaseMs` ago (the job died
     * while sending). The alert scan queues them again; the claim keeps a job still waiting from sending them twice.
     */
    strandedNotifications(
        ctx: RequestContext,
        channelId: ID | undefined,
        graceMs: number,
        leaseMs: number,
    ): Promise<Array<Pick<Alert, 'id' | 'channelId' | 'ruleId' | 'notificationPending'>>> {
        const now = this.now().getTime();
        const qb = this.connection
            .getRepository(ctx, Alert)
            .createQueryBuilder('alert')
            .select(['alert.id', 'alert.channelId', 'alert.ruleId', 'alert.notificationPending'])
            .where('alert.notificationPending IS NOT NULL')
            .andWhere(
                '((alert.notificationClaimedAt IS NULL AND alert.lastNotifiedAt <= :unsent) ' +
                    'OR alert.notificationClaimedAt <= :expired)',
                { unsent: new Date(now - graceMs), expired: new Date(now - leaseMs) },
            )
            .orderBy('alert.id', 'ASC');
        if (channelId != null) {
            qb.andWhere('alert.channelId = :channelId', { channelId });
        }
        return qb.getMany();
    }

    private markResolved(alert: Alert) {
        alert.status = AlertStatus.Resolved;
        alert.activeKey = null;
        alert.snoozedUntil = null;
        alert.resolvedAt = this.now();
    }

    private async act(ctx: RequestContext, ids: ID[], change: (alert: Alert) => void): Promise<Alert[]> {
        if (!ids.length) {
            return [];
        }
        const repo = this.connection.getRepository(ctx, Alert);
        const alerts = await repo.find({
            where: { id: In(ids), channelId: ctx.channelId },
            relations: ['rule'],
        });
        const missing = ids.find(id => !alerts.some(a => String(a.id) === String(id)));
        if (missing !== undefined) {
            throw new EntityNotFoundError('Alert', missing);
        }
        const adminId = await this.adminId(ctx);
        const now = this.now();
        // Validate every alert before writing any: a refused bulk action changes nothing.
        for (const alert of alerts) {
            change(alert);
            alert.actedByAdministratorId = adminId;
            alert.actedAt = now;
        }
        await repo.save(alerts, { reload: false });
        return ids.map(id => alerts.find(a => String(a.id) === String(id)) as Alert);
    }

    private async adminId(ctx: RequestContext): Promise<ID | null> {
        if (!ctx.activeUserId) {
            return null;
        }
        const row = await this.connection
            .getRepository(ctx, Administrator)
            .createQueryBuilder('admin')
            .select('admin.id', 'id')
            .where('admin.userId = :userId', { userId: ctx.activeUserId })
            .getRawOne<{ id: ID }>();
        return row?.id ?? null;
    }
}

type AlertFilter = Record<string, unknown> & { _and?: AlertFilter[]; _or?: AlertFilter[] };

/**
 * `message` is not a column but the message in the request's language: its filter and sort go to `messageZh`
 * for Chinese requests and `messageEn` otherwise, so the Dashboard's list can filter and sort by it.
 */
function messageToColumn(
    ctx: RequestContext,
    options?: ListQueryOptions<Alert>,
): ListQueryOptions<Alert> | undefined {
    if (!options) {
        return options;
    }
    const column =
        ctx.languageCode === LanguageCode.zh_Hans || ctx.languageCode === LanguageCode.zh
            ? 'messageZh'
            : 'messageEn';
    const mapFilter = (filter: AlertFilter): AlertFilter => {
        const out: AlertFilter = {};
        for (const [key, value] of Object.entries(filter)) {
            if (key === '_and' || key === '_or') {
                out[key] = (value as AlertFilter[]).map(mapFilter);
            } else {
                out[key === 'message' ? column : key] = value;
            }
        }
        return out;
    };
    const sort = options.sort as Record<string, unknown> | undefined;
    return {
        ...options,
        filter: options.filter ? mapFilter(options.filter as AlertFilter) : undefined,
        sort: sort
            ? Object.fromEntries(Object.entries(sort).map(([k, v]) => [k === 'message' ? column : k, v]))
            : undefined,
    };
}
