import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    ChannelService,
    ConfigService,
    EventBus,
    Injector,
    JobQueue,
    JobQueueService,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    VendureEvent,
} from '@vendure/core';
import { In } from 'typeorm';

import { chunked } from '../../../src/common/bulk-write';
import { onEvent, usesSqlJobQueue } from '../../../src/common/event-transaction';
import {
    AlertConditionContext,
    AlertConditionDef,
    AlertEventTrigger,
    AlertSubject,
    AlertTriggerData,
} from '../config/alert-condition';
import {
    ALERT_EVALUATION_QUEUE,
    ALERT_NOTIFICATION_QUEUE,
    ALERTS_PLUGIN_OPTIONS,
    loggerCtx,
    NOTIFICATION_CLAIM_LEASE_MS,
    NOTIFICATION_UNSENT_GRACE_MS,
} from '../constants';
import { AlertRule, AlertSeverity } from '../entities/alert-rule.entity';
import { Alert, AlertNotificationKind } from '../entities/alert.entity';
import { AlertNotificationEvent } from '../events/alert-notification.event';
import {
    AlertNotificationBatch,
    AlertNotificationsDecidedEvent,
} from '../events/alert-notifications-decided.event';
import { ResolvedAlertsPluginOptions } from '../types';

import { AlertConditionRegistry } from './alert-condition-registry.service';
import { AlertService } from './alert.service';
import { WebhookService } from './webhook.service';

/** Subjects per batch of the scan's checks (`checkMany`, `raiseMany`) and auto-resolve checks (`stillHoldsMany`). */
const SCAN_BATCH = 500;

/** Job data of a condition check triggered by an event. */
interface EvaluationJobData {
    [key: string]: string | AlertTriggerData | null;
    conditionCode: string;
    channelId: string;
    subjectId: string;
    data: AlertTriggerData | null;
}

/** What one alert scan did. */
export interface AlertScanResult {
    raised: number;
    resolved: number;
    reopened: number;
    notified: number;
    /** Notifications decided earlier and never sent (the process stopped in between), queued again. */
    resent: number;
}

/**
 * Turns conditions into alerts: event triggers go through the job queue, scheduled conditions are scanned by the
 * alert scan (a scheduled task on the worker, or `runAlertScan`), which also auto-resolves, wakes snoozed alerts
 * and re-notifies.
 */
@Injectable()
export class AlertEvaluationService implements OnModuleInit {
    private queue: JobQueue<EvaluationJobData>;
    private notificationQueue: JobQueue<AlertNotificationBatch>;
    private readonly injector: Injector;

    constructor(
        moduleRef: ModuleRef,
        private connection: TransactionalConnection,
        private jobQueueService: JobQueueService,
        private eventBus: EventBus,
        private registry: AlertConditionRegistry,
        private alertService: AlertService,
        private webhookService: WebhookService,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
        private configService: ConfigService,
        @Inject(ALERTS_PLUGIN_OPTIONS) private options: ResolvedAlertsPluginOptions,
    ) {
        this.injector = new Injector(moduleRef);
    }

    async onModuleInit(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue({
            name: ALERT_EVALUATION_QUEUE,
            process: async job => {
                const { conditionCode, channelId, subjectId, data } = job.data;
                const ctx = await this.channelContext(channelId);
                return this.connection.withTransaction(ctx, txCtx =>
                    this.evaluate(txCtx, conditionCode, subjectId, data ?? undefined),
                );
            },
        });
        this.notificationQueue = await this.jobQueueService.createQueue({
            name: ALERT_NOTIFICATION_QUEUE,
            process: async job => {
                const ctx = await this.channelContext(job.data.channelId);
                return { sent: await this.sendNotifications(ctx, job.data) };
            },
        });
        // after the scan's transaction committed (never after a rollback): one job per batch of alerts
        this.eventBus.ofType(AlertNotificationsDecidedEvent).subscribe(event => {
            this.queueNotifications(event.batches).catch(e =>
                Logger.error(`Could not queue alert notifications: ${String(e)}`, loggerCtx),
            );
        });
        this.registry.registrations.subscribe(def => this.listen(def));
    }

    private async queueNotifications(batches: AlertNotificationBatch[]): Promise<void> {
        for (const batch of batches) {
            for (const alertIds of chunked(batch.alertIds, SCAN_BATCH)) {
                await this.notificationQueue.add({ ...batch, alertIds });
            }
        }
    }

    /**
     * Sends pending notifications (the outbox on the alerts, see `Alert.notificationPending`): claims those of the
     * batch still pending (committed before sending: a second job given the same alerts sends none of them), publishes
     * the AlertNotificationEvent (email) and queues the webhook jobs of each, then clears what it claimed. A job that
     * dies before clearing leaves its claim to expire; the next scan after that queues the alerts again (at least
     * once, never lost).
     */
    private async sendNotifications(ctx: RequestContext, batch: AlertNotificationBatch): Promise<number> {
        const rule = await this.connection.getRepository(ctx, AlertRule).findOne({
            where: { id: batch.ruleId, channelId: ctx.channelId },
            relations: ['webhookEndpoints'],
        });
        if (!rule) {
            return 0; // deleted meanwhile (its alerts with it)
        }
        const alerts = await this.alertService.claimNotifications(
            ctx,
            rule.id,
            batch.alertIds,
            NOTIFICATION_CLAIM_LEASE_MS,
        );
        if (!alerts.length) {
            return 0; // sent by another job already, or claimed by one now
        }
        const recipients = await this.recipients(ctx, rule);
        const webhooks = (rule.webhookEndpoints ?? []).some(e => e.enabled);
        for (const alert of alerts) {
            const renotification = alert.notificationPending === AlertNotificationKind.Renotified;
            await this.eventBus.publish(
                new AlertNotificationEvent(ctx, alert, rule, recipients, renotification),
            );
            if (webhooks) {
                await this.webhookService.enqueue(ctx, alert, rule, renotification);
            }
        }
        await this.alertService.completeNotifications(ctx, alerts[0].notificationClaim as string);
        return alerts.length;
    }

    /**
     * Subscribes to the condition's events: each relevant one becomes a job, in each of the subject's channels
     * where an enabled rule of the condition could hold for it (see `admits`). On Vendure's SQL job queue a check
     * is a row in the same database: it is queued inside the transaction that published its event, so an order's
     * check commits with the order (one commit, not a second transaction per order, and no placed order without
     * its check), and a rolled-back transaction leaves none. A queue elsewhere (BullMQ) gets the check after the
     * event's transaction committed, so that no worker can run it before what it checks is visible.
     */
    private listen(def: AlertConditionDef) {
        const inTransaction = usesSqlJobQueue(this.configService);
        def.events.forEach((trigger, index) =>
            onEvent(this.eventBus, {
                event: trigger.event,
                id: `triflow-alerts:${def.code}:${index}`,
                inTransaction,
                handler: (event, inTx) => this.queueChecks(def, trigger, event, inTx),
            }),
        );
    }

    /**
     * Queues the checks an event calls for; never throws (a check that cannot be queued is logged, and the
     * publisher goes on). `inTransaction`: in the event's own transaction, before it commits.
     */
    private async queueChecks(
        def: AlertConditionDef,
        trigger: AlertEventTrigger,
        event: VendureEvent,
        inTransaction: boolean,
    ): Promise<void> {
        let subject: ReturnType<typeof trigger.subject>;
        try {
            subject = trigger.subject(event);
        } catch (e) {
            Logger.error(`Alert condition "${def.code}" failed to read its event: ${String(e)}`, loggerCtx);
            return;
        }
        const eventCtx = (event as VendureEvent & { ctx?: RequestContext }).ctx;
        if (!subject || !eventCtx) {
            return;
        }
        // in the subject's channels when the condition names them (a scheduled task publishes in the default
        // channel whatever the subject's), else in the event's
        const channelIds = subject.channelIds?.length ? subject.channelIds : [eventCtx.channelId];
        for (const channelId of new Set(channelIds.map(String))) {
            try {
                if (
                    await this.anyRuleAdmits(
                        def,
                        channelId,
                        subject.facts,
                        inTransaction ? eventCtx : undefined,
                    )
                ) {
                    await this.queue.add(
                        {
                            conditionCode: def.code,
                            channelId,
                            subjectId: String(subject.id),
                            data: subject.data ?? null,
                        },
                        inTransaction ? { ctx: eventCtx } : undefined,
                    );
                }
            } catch (e) {
                Logger.error(`Could not queue alert check "${def.code}": ${String(e)}`, loggerCtx);
            }
        }
    }

    /**
     * Whether an enabled rule of the condition in the channel could hold for a subject the event tells `facts`
     * about: one indexed read of the rules' args, in the event's transaction (`ctx`) or after it committed. When
     * the read fails after the commit, the check is queued anyway (the job reads the rules again); in the
     * transaction, the failure is the transaction's (PostgreSQL aborts it), as any other statement's would be.
     */
    private async anyRuleAdmits(
        def: AlertConditionDef,
        channelId: string,
        facts: AlertTriggerData | undefined,
        ctx: RequestContext | undefined,
    ): Promise<boolean> {
        try {
            const rules = await (
                ctx
                    ? this.connection.getRepository(ctx, AlertRule)
                    : this.connection.rawConnection.getRepository(AlertRule)
            ).find({
                select: { id: true, condition: true },
                where: { conditionCode: def.code, enabled: true, channelId },
            });
            return rules.some(rule => def.admits(rule.condition.args, facts));
        } catch (e) {
            if (ctx) {
                throw e; // the transaction's failure, as any of its statements' would be
            }
            Logger.warn(`Could not read the rules of alert condition "${def.code}": ${String(e)}`, loggerCtx);
            return true;
        }
    }

    /**
     * Checks one subject against every enabled rule of the condition in the context's channel; raises (or bumps)
     * and notifies where it holds. Returns the alerts raised or bumped.
     */
    async evaluate(
        ctx: RequestContext,
        conditionCode: string,
        subjectId: ID,
        data?: AlertTriggerData,
    ): Promise<Alert[]> {
        const def = this.registry.find(conditionCode);
        if (!def) {
            return [];
        }
        const rules = await this.connection.getRepository(ctx, AlertRule).find({
            where: { conditionCode, enabled: true, channelId: ctx.channelId },
        });
        const raised: Alert[] = [];
        for (const rule of rules) {
            const subject = await def.check(this.conditionContext(ctx, def, rule), subjectId, data);
            if (subject) {
                const { alert, created } = await this.alertService.raise(ctx, rule, { data, ...subject });
                if (created) {
                    await this.notify(ctx, alert, rule);
                }
                raised.push(alert);
            }
        }
        return raised;
    }

    /**
     * The alert scan; with `channelId`, only that channel's rules and alerts (as `runAlertScan` does). Set-based:
     * per batch of 500 subjects one check query and a few statements (`raiseMany`), auto-resolve one UPDATE per
     * page, and no alert entity is loaded. Notifications are decided and marked pending here (in the transaction),
     * and sent by jobs queued once it committed (`AlertNotificationsDecidedEvent`); notifications an earlier decision
     * left unsent (the process stopped before its job ran or finished) are queued again first.
     */
    async scan(ctx: RequestContext, channelId?: ID): Promise<AlertScanResult> {
        const result: AlertScanResult = { raised: 0, resolved: 0, reopened: 0, notified: 0, resent: 0 };
        const decided: AlertNotificationBatch[] = [];
        try {
            await this.requeueStranded(ctx, channelId, result, decided);
            await this.scanRules(ctx, channelId, result, decided);
            await this.autoResolveAll(ctx, channelId, result);
            result.reopened = await this.alertService.wakeSnoozed(ctx, channelId);
            await this.decideRenotifications(ctx, channelId, result, decided);
        } finally {
            // what was marked notified is sent once the marks are committed (a rollback drops the event)
            if (decided.length) {
                await this.eventBus.publish(new AlertNotificationsDecidedEvent(ctx, decided));
            }
        }
        return result;
    }

    private async scanRules(
        ctx: RequestContext,
        channelId: ID | undefined,
        result: AlertScanResult,
        decided: AlertNotificationBatch[],
    ): Promise<void> {
        const rules = await this.connection.getRepository(ctx, AlertRule).find({
            where: { enabled: true, ...(channelId != null ? { channelId } : {}) },
            order: { id: 'ASC' },
        });
        // what the scan's rules share (e.g. one candidate query per condition and channel)
        const shared = new Map<string, Promise<unknown>>();
        for (const rule of rules) {
            const def = this.registry.find(rule.conditionCode);
            if (!def?.hasScan) {
                continue;
            }
            const channelCtx = await this.channelContext(rule.channelId, ctx);
            await this.connection.withTransaction(channelCtx, async tx => {
                const c = this.conditionContext(tx, def, rule, shared);
                // a new alert has the rule's severity: outside quiet hours (or critical) it is notified
                const notify = rule.severity === AlertSeverity.Critical || !inQuietHours(rule, c.now);
                const ids = await def.scan(c);
                // in batches: one check query and a few writes per batch (the same outcome as one by one)
                for (const part of chunked(ids, SCAN_BATCH)) {
                    const holding = await def.checkMany(c, part);
                    const subjects = part
                        .map(id => holding.get(String(id)))
                        .filter((s): s is AlertSubject => !!s);
                    // new alerts to notify are inserted as notified: their notifications go out after the commit
                    const raised = await this.alertService.raiseMany(tx, rule, subjects, {
                        notifiedAt: notify ? c.now : undefined,
                    });
                    result.raised += raised.length;
                    const created = raised.filter(r => r.created).map(r => r.id);
                    if (notify && created.length) {
                        decided.push({
                            channelId: String(rule.channelId),
                            ruleId: String(rule.id),
                            alertIds: created.map(String),
                            renotification: false,
                        });
                        result.notified += created.length;
                    }
                }
            });
        }
    }

    /** Pending notifications nobody sent (see `AlertService.strandedNotifications`), in batches per rule and kind. */
    private async requeueStranded(
        ctx: RequestContext,
        channelId: ID | undefined,
        result: AlertScanResult,
        decided: AlertNotificationBatch[],
    ): Promise<void> {
        const stranded = await this.alertService.strandedNotifications(
            ctx,
            channelId,
            NOTIFICATION_UNSENT_GRACE_MS,
            NOTIFICATION_CLAIM_LEASE_MS,
        );
        const batches = new Map<string, AlertNotificationBatch>();
        for (const alert of stranded) {
            const renotification = alert.notificationPending === AlertNotificationKind.Renotified;
            const key = `${String(alert.channelId)}:${String(alert.ruleId)}:${String(renotification)}`;
            const batch = batches.get(key) ?? {
                channelId: String(alert.channelId),
                ruleId: String(alert.ruleId),
                alertIds: [],
                renotification,
            };
            batch.alertIds.push(String(alert.id));
            batches.set(key, batch);
        }
        decided.push(...batches.values());
        result.resent = stranded.length;
        if (stranded.length) {
            Logger.warn(
                `Queueing ${stranded.length} alert notification(s) again that were never sent`,
                loggerCtx,
            );
        }
    }

    /** Rule by rule, page by page, checked in batches (`stillHoldsMany`), resolved with one UPDATE per page. */
    private async autoResolveAll(
        ctx: RequestContext,
        channelId: ID | undefined,
        result: AlertScanResult,
    ): Promise<void> {
        const autoResolving = this.registry
            .all()
            .filter(d => d.canAutoResolve)
            .map(d => d.code);
        const rules = autoResolving.length
            ? await this.connection.getRepository(ctx, AlertRule).find({
                  where: {
                      conditionCode: In(autoResolving),
                      ...(channelId != null ? { channelId } : {}),
                  },
                  order: { id: 'ASC' },
              })
            : [];
        for (const rule of rules) {
            const def = this.registry.get(rule.conditionCode);
            let afterId: ID | undefined;
            for (;;) {
                const page = await this.alertService.activeAlertsOfRule(
                    ctx,
                    rule.id,
                    afterId,
                    SCAN_BATCH,
                    channelId,
                );
                if (!page.length) {
                    break;
                }
                afterId = page[page.length - 1].id;
                // a rule's alerts are in the rule's channel; grouped anyway, as each alert names its channel
                const byChannel = new Map<string, typeof page>();
                for (const alert of page) {
                    const group = byChannel.get(String(alert.channelId));
                    if (group) {
                        group.push(alert);
                    } else {
                        byChannel.set(String(alert.channelId), [alert]);
                    }
                }
                for (const alerts of byChannel.values()) {
                    const channelCtx = await this.channelContext(alerts[0].channelId, ctx);
                    const holds = await def.stillHoldsMany(
                        this.conditionContext(channelCtx, def, rule),
                        alerts.map(a => ({ id: a.subjectId, data: a.triggerData ?? undefined })),
                    );
                    const resolve = alerts.filter((_, i) => !holds[i]).map(a => a.id);
                    if (resolve.length) {
                        await this.alertService.autoResolveMany(channelCtx, resolve);
                        result.resolved += resolve.length;
                    }
                }
            }
        }
    }

    /**
     * Open alerts never notified (held back by quiet hours) or due a re-notification: marked notified with one
     * UPDATE per batch, and sent after the transaction like the new ones.
     */
    private async decideRenotifications(
        ctx: RequestContext,
        channelId: ID | undefined,
        result: AlertScanResult,
        decided: AlertNotificationBatch[],
    ): Promise<void> {
        const now = this.options.clock.now();
        const due = new Map<string, AlertNotificationBatch>();
        for (const alert of await this.alertService.notificationCandidates(ctx, channelId)) {
            const interval = alert.rule.renotifyIntervalMinutes;
            const isDue =
                alert.lastNotifiedAt == null ||
                (interval != null && alert.lastNotifiedAt.getTime() + interval * 60_000 <= now.getTime());
            if (!isDue || (alert.severity !== AlertSeverity.Critical && inQuietHours(alert.rule, now))) {
                continue;
            }
            const renotification = alert.lastNotifiedAt != null;
            const key = `${String(alert.channelId)}:${String(alert.ruleId)}:${String(renotification)}`;
            let batch = due.get(key);
            if (!batch) {
                batch = {
                    channelId: String(alert.channelId),
                    ruleId: String(alert.ruleId),
                    alertIds: [],
                    renotification,
                };
                due.set(key, batch);
            }
            batch.alertIds.push(String(alert.id));
        }
        for (const batch of due.values()) {
            await this.alertService.markNotifiedMany(
                ctx,
                batch.alertIds,
                batch.renotification ? AlertNotificationKind.Renotified : AlertNotificationKind.Raised,
            );
            decided.push(batch);
            result.notified += batch.alertIds.length;
        }
    }

    /**
     * Decides to notify a new alert (email and webhooks) unless the rule's quiet hours are on and it is not
     * critical: then it stays un-notified and the next scan after the quiet hours notifies it. The alert is marked
     * in the context's transaction and sent by a job queued after the commit, as the scan's are.
     */
    private async notify(ctx: RequestContext, alert: Alert, rule: AlertRule): Promise<boolean> {
        const now = this.options.clock.now();
        if (alert.severity !== AlertSeverity.Critical && inQuietHours(rule, now)) {
            return false;
        }
        await this.alertService.markNotifiedMany(ctx, [alert.id], AlertNotificationKind.Raised);
        alert.lastNotifiedAt = now;
        await this.eventBus.publish(
            new AlertNotificationsDecidedEvent(ctx, [
                {
                    channelId: String(ctx.channelId),
                    ruleId: String(rule.id),
                    alertIds: [String(alert.id)],
                    renotification: false,
                },
            ]),
        );
        return true;
    }

    private async recipients(ctx: RequestContext, rule: AlertRule): Promise<string[]> {
        const emails = new Set(rule.recipientEmails);
        if (rule.recipientRoleIds.length) {
            const admins = await this.connection
                .getRepository(ctx, Administrator)
                .createQueryBuilder('admin')
                .innerJoin('admin.user', 'user')
                .innerJoin('user.roles', 'role')
                // Not `.where({ deletedAt: null })`: TypeORM turns a null in a where object into "= NULL", which
                // matches no row, and the role's administrators were never emailed.
                .where('admin.deletedAt IS NULL')
                .andWhere('role.id IN (:...roleIds)', { roleIds: rule.recipientRoleIds })
                .getMany();
            admins.forEach(a => emails.add(a.emailAddress));
        }
        return [...emails];
    }

    /** `shared`: the values the rules of one scan share (see `AlertConditionContext.shared`); a new map per check. */
    private conditionContext(
        ctx: RequestContext,
        def: AlertConditionDef,
        rule: AlertRule,
        shared = new Map<string, Promise<unknown>>(),
    ): AlertConditionContext<never> {
        return {
            ctx,
            injector: this.injector,
            args: def.argValues(rule.condition.args) as never,
            now: this.options.clock.now(),
            shared<V>(key: string, load: () => Promise<V>): Promise<V> {
                let value = shared.get(key) as Promise<V> | undefined;
                if (!value) {
                    value = load();
                    shared.set(key, value);
                    // a failed load is not kept: the next rule asking loads again (and fails on its own)
                    value.catch(() => shared.delete(key));
                }
                return value;
            },
        };
    }

    /**
     * A context in the channel: `parent` itself when it is in that channel (joining its transaction), else a new
     * one (the scheduled scan runs over all channels, each rule in a transaction of its own).
     */
    private async channelContext(channelId: ID, parent?: RequestContext): Promise<RequestContext> {
        if (parent && String(parent.channelId) === String(channelId)) {
            return parent;
        }
        const base = parent ?? (await this.requestContextService.create({ apiType: 'admin' }));
        const channel = await this.channelService.findOne(base, channelId);
        if (!channel) {
            throw new Error(`Channel ${String(channelId)} not found`);
        }
        return this.requestContextService.create({ apiType: 'admin', channelOrToken: channel });
    }
}

/** Whether `now` (UTC) falls into the rule's quiet hours; a window may wrap midnight (22:00–06:00). */
export function inQuietHours(rule: Pick<AlertRule, 'quietHoursStart' | 'quietHoursEnd'>, now: Date): boolean {
    if (!rule.quietHoursStart || !rule.quietHoursEnd) {
        return false;
    }
    const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    const start = toMinutes(rule.quietHoursStart);
    const end = toMinutes(rule.quietHoursEnd);
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}
