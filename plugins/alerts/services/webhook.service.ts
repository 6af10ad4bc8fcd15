import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    EntityNotFoundError,
    isInspectableJobQueueStrategy,
    JobQueue,
    JobQueueService,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In, LessThan } from 'typeorm';

import { chunked } from '../../../src/common/bulk-write';
import { signAlertWebhook } from '../config/webhook-signature';
import { ALERT_SIGNATURE_HEADER, ALERT_WEBHOOK_QUEUE, ALERTS_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { AlertRule } from '../entities/alert-rule.entity';
import { Alert } from '../entities/alert.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint, WebhookSigning } from '../entities/webhook-endpoint.entity';
import { ResolvedAlertsPluginOptions } from '../types';

import { WebhookSigningKeyService } from './webhook-signing-key.service';

/** Fields of a new webhook endpoint. */
export interface CreateWebhookEndpointInput {
    name: string;
    url: string;
    secret: string;
    signing?: WebhookSigning | null;
    enabled?: boolean | null;
    /** Rules of the channel whose alerts go to the endpoint; on update, the full new set (omitted: unchanged). */
    ruleIds?: ID[] | null;
}

/** Changes to a webhook endpoint. */
export type UpdateWebhookEndpointInput = Partial<CreateWebhookEndpointInput> & { id: ID };

interface WebhookJobData {
    [key: string]: string;
    endpointId: string;
    /** Empty for a redelivered test body. */
    alertId: string;
    body: string;
}

/** What one POST to an endpoint gave. */
interface PostResult {
    statusCode: number | null;
    error: string | null;
    attemptedAt: Date;
    durationMs: number;
}

/** How many delivery records the retention task deletes per statement. */
const CLEANUP_BATCH_SIZE = 500;

/** Webhook endpoints of a channel and the signed, retried, recorded delivery of alerts to them. */
@Injectable()
export class WebhookService implements OnModuleInit {
    private queue: JobQueue<WebhookJobData>;

    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private jobQueueService: JobQueueService,
        private signingKeys: WebhookSigningKeyService,
        private configService: ConfigService,
        @Inject(ALERTS_PLUGIN_OPTIONS) private options: ResolvedAlertsPluginOptions,
    ) {}

    async onModuleInit(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue({
            name: ALERT_WEBHOOK_QUEUE,
            process: job => this.deliver(job.data, job.attempts),
        });
    }

    findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<WebhookEndpoint>,
    ): Promise<PaginatedList<WebhookEndpoint>> {
        return this.listQueryBuilder
            .build(WebhookEndpoint, options, { ctx, where: { channelId: ctx.channelId } })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    findOne(ctx: RequestContext, id: ID): Promise<WebhookEndpoint | undefined> {
        return this.connection
            .getRepository(ctx, WebhookEndpoint)
            .findOne({ where: { id, channelId: ctx.channelId } })
            .then(e => e ?? undefined);
    }

    /** The endpoint's latest 100 delivery attempts (the endpoint was found in the channel by its resolver). */
    deliveries(ctx: RequestContext, endpointId: ID): Promise<WebhookDelivery[]> {
        return this.connection.getRepository(ctx, WebhookDelivery).find({
            where: { endpointId },
            order: { attemptedAt: 'DESC', id: 'DESC' },
            take: 100,
        });
    }

    /** The channel's endpoint's delivery attempts, paged (newest first unless sorted); "not found" for another's. */
    async deliveriesPage(
        ctx: RequestContext,
        endpointId: ID,
        options?: ListQueryOptions<WebhookDelivery>,
    ): Promise<PaginatedList<WebhookDelivery>> {
        const endpoint = await this.findOne(ctx, endpointId);
        if (!endpoint) {
            throw new EntityNotFoundError('WebhookEndpoint', endpointId);
        }
        const [items, totalItems] = await this.listQueryBuilder
            .build(WebhookDelivery, options, {
                ctx,
                where: { endpointId: endpoint.id },
                orderBy: options?.sort ? undefined : { id: 'DESC' },
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    /** Every delivery attempt of an alert of the active channel (none for another channel's alert). */
    async deliveriesOfAlert(ctx: RequestContext, alertId: ID): Promise<WebhookDelivery[]> {
        const alert = await this.connection
            .getRepository(ctx, Alert)
            .findOne({ where: { id: alertId, channelId: ctx.channelId }, select: { id: true } });
        if (!alert) {
            return [];
        }
        return this.connection.getRepository(ctx, WebhookDelivery).find({
            where: { alertId: alert.id },
            order: { attemptedAt: 'DESC', id: 'DESC' },
        });
    }

    /** The rules of the endpoint's channel whose alerts go to it, by name. */
    rulesOf(ctx: RequestContext, endpointId: ID): Promise<AlertRule[]> {
        return this.connection
            .getRepository(ctx, AlertRule)
            .createQueryBuilder('rule')
            .innerJoin('rule.webhookEndpoints', 'endpoint', 'endpoint.id = :endpointId', { endpointId })
            .where('rule.channelId = :channelId', { channelId: ctx.channelId })
            .orderBy('rule.name', 'ASC')
            .addOrderBy('rule.id', 'ASC')
            .getMany();
    }

    /** The endpoints a rule of the active channel notifies, by name. */
    async endpointsOf(ctx: RequestContext, ruleId: ID): Promise<WebhookEndpoint[]> {
        const rule = await this.connection.getRepository(ctx, AlertRule).findOne({
            where: { id: ruleId, channelId: ctx.channelId },
            relations: ['webhookEndpoints'],
        });
        return (rule?.webhookEndpoints ?? []).sort(
            (a, b) => a.name.localeCompare(b.name) || Number(a.id) - Number(b.id),
        );
    }

    /** The endpoint's latest delivery attempt, or undefined before the first. */
    lastDelivery(ctx: RequestContext, endpointId: ID): Promise<WebhookDelivery | undefined> {
        return this.connection
            .getRepository(ctx, WebhookDelivery)
            .findOne({ where: { endpointId }, order: { attemptedAt: 'DESC', id: 'DESC' } })
            .then(d => d ?? undefined);
    }

    async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<WebhookEndpoint> {
        this.validate(input);
        const rules = input.ruleIds ? await this.findRules(ctx, input.ruleIds) : [];
        const endpoint = await this.connection.getRepository(ctx, WebhookEndpoint).save(
            new WebhookEndpoint({
                channelId: ctx.channelId,
                name: input.name.trim(),
                url: input.url,
                secret: input.secret,
                signing: input.signing ?? WebhookSigning.Hmac,
                enabled: input.enabled ?? true,
            }),
        );
        await this.setRules(ctx, endpoint, rules);
        return endpoint;
    }

    async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
        const endpoint = await this.findOne(ctx, input.id);
        if (!endpoint) {
            throw new EntityNotFoundError('WebhookEndpoint', input.id);
        }
        this.validate(input);
        const rules = input.ruleIds ? await this.findRules(ctx, input.ruleIds) : undefined;
        if (input.name != null) endpoint.name = input.name.trim();
        if (input.url != null) endpoint.url = input.url;
        if (input.secret != null) endpoint.secret = input.secret;
        if (input.signing != null) endpoint.signing = input.signing;
        if (input.enabled != null) endpoint.enabled = input.enabled;
        const saved = await this.connection.getRepository(ctx, WebhookEndpoint).save(endpoint);
        if (rules) {
            await this.setRules(ctx, saved, rules);
        }
        return saved;
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        const [result] = await this.deleteMany(ctx, [id]);
        return result;
    }

    /** Deletes every endpoint, or none when one is not in the channel. Their deliveries stay with the alerts. */
    async deleteMany(ctx: RequestContext, ids: ID[]): Promise<DeletionResult[]> {
        const repo = this.connection.getRepository(ctx, WebhookEndpoint);
        const endpoints = ids.length
            ? await repo.find({ where: { id: In(ids), channelId: ctx.channelId } })
            : [];
        const missing = ids.find(id => !endpoints.some(e => String(e.id) === String(id)));
        if (missing !== undefined) {
            throw new EntityNotFoundError('WebhookEndpoint', missing);
        }
        await repo.remove(endpoints);
        return ids.map(() => DeletionResult.DELETED);
    }

    /** The rules with these ids in the active channel; any other id is "not found". */
    private async findRules(ctx: RequestContext, ids: ID[]): Promise<AlertRule[]> {
        const rules = ids.length
            ? await this.connection
                  .getRepository(ctx, AlertRule)
                  .find({ where: { id: In(ids), channelId: ctx.channelId } })
            : [];
        const missing = ids.find(id => !rules.some(r => String(r.id) === String(id)));
        if (missing !== undefined) {
            throw new EntityNotFoundError('AlertRule', missing);
        }
        return rules;
    }

    /** Makes exactly `rules` notify the endpoint: adds it to the rules missing it, removes it from the others. */
    private async setRules(
        ctx: RequestContext,
        endpoint: WebhookEndpoint,
        rules: AlertRule[],
    ): Promise<void> {
        const current = await this.rulesOf(ctx, endpoint.id);
        const wanted = new Set(rules.map(r => String(r.id)));
        const had = new Set(current.map(r => String(r.id)));
        const relation = () =>
            this.connection
                .getRepository(ctx, AlertRule)
                .createQueryBuilder()
                .relation(AlertRule, 'webhookEndpoints');
        for (const rule of rules.filter(r => !had.has(String(r.id)))) {
            await relation().of(rule.id).add(endpoint.id);
        }
        for (const rule of current.filter(r => !wanted.has(String(r.id)))) {
            await relation().of(rule.id).remove(endpoint.id);
        }
    }

    /** Queues a delivery of the alert to each enabled endpoint of the rule; the body is fixed now. */
    async enqueue(
        _ctx: RequestContext,
        alert: Alert,
        rule: AlertRule,
        renotification: boolean,
    ): Promise<void> {
        const body = JSON.stringify({
            type: renotification ? 'alert.renotified' : 'alert.raised',
            sentAt: this.options.clock.now().toISOString(),
            alert: {
                id: String(alert.id),
                rule: { id: String(rule.id), name: rule.name, condition: rule.conditionCode },
                severity: alert.severity,
                status: alert.status,
                subject: {
                    type: alert.subjectType,
                    id: alert.subjectId,
                    label: alert.subjectLabel,
                    link: alert.subjectLink,
                },
                message: { en: alert.messageEn, zh_Hans: alert.messageZh },
                firstSeenAt: alert.firstSeenAt.toISOString(),
                lastSeenAt: alert.lastSeenAt.toISOString(),
                occurrences: alert.occurrences,
                dueAt: alert.dueAt ? alert.dueAt.toISOString() : null,
            },
        });
        for (const endpoint of rule.webhookEndpoints ?? []) {
            if (endpoint.enabled) {
                await this.queue.add(
                    { endpointId: String(endpoint.id), alertId: String(alert.id), body },
                    { retries: this.options.webhookAttempts - 1 },
                );
            }
        }
    }

    /**
     * Posts a signed `alert.test` body to an endpoint of the active channel now (enabled or not), records the
     * attempt and returns it. Not retried.
     */
    async sendTest(ctx: RequestContext, endpointId: ID): Promise<WebhookDelivery> {
        const endpoint = await this.findOne(ctx, endpointId);
        if (!endpoint) {
            throw new EntityNotFoundError('WebhookEndpoint', endpointId);
        }
        const body = JSON.stringify({
            type: 'alert.test',
            sentAt: this.options.clock.now().toISOString(),
            endpoint: { id: String(endpoint.id), name: endpoint.name },
        });
        const result = await this.post(endpoint, body);
        return this.connection
            .getRepository(ctx, WebhookDelivery)
            .save(this.deliveryRecord(endpoint, null, body, 1, result));
    }

    /**
     * Queues the body of a delivery of the active channel again to its endpoint: a new sequence of attempts
     * (1, 2, …, retried like any delivery) is recorded beside the old one.
     */
    async redeliver(ctx: RequestContext, deliveryId: ID): Promise<void> {
        const delivery = await this.connection
            .getRepository(ctx, WebhookDelivery)
            .findOne({ where: { id: deliveryId } });
        const endpoint = delivery ? await this.findOne(ctx, delivery.endpointId) : undefined;
        if (!delivery || !endpoint) {
            throw new EntityNotFoundError('WebhookDelivery', deliveryId);
        }
        if (delivery.body == null) {
            throw new UserInputError(
                'This delivery was recorded before delivery bodies were kept: it cannot be sent again',
            );
        }
        if (!endpoint.enabled) {
            throw new UserInputError(
                `The webhook endpoint "${endpoint.name}" is disabled: enable it to redeliver to it`,
            );
        }
        await this.queue.add(
            {
                endpointId: String(endpoint.id),
                alertId: delivery.alertId == null ? '' : String(delivery.alertId),
                body: delivery.body,
            },
            { retries: this.options.webhookAttempts - 1 },
        );
    }

    /**
     * Queues once, to the channel's endpoint, the latest body of every alert whose latest attempt to it failed
     * (attempted at or after `since`, when given) and that is not queued for it still (a delivery waiting for its
     * next retry, or a redelivery not yet sent, would otherwise be posted twice). Test deliveries are left out: each
     * is a one-off an administrator sent, redelivered one by one. Validates before queueing anything: an unknown or
     * another channel's endpoint is "not found", a disabled one refused. Returns how many were queued.
     */
    async redeliverFailed(ctx: RequestContext, endpointId: ID, since?: Date): Promise<number> {
        const endpoint = await this.findOne(ctx, endpointId);
        if (!endpoint) {
            throw new EntityNotFoundError('WebhookEndpoint', endpointId);
        }
        if (!endpoint.enabled) {
            throw new UserInputError(
                `The webhook endpoint "${endpoint.name}" is disabled: enable it to redeliver to it`,
            );
        }
        const repo = this.connection.getRepository(ctx, WebhookDelivery);
        const latest = repo
            .createQueryBuilder('d')
            .select('MAX(d.id)', 'id')
            .where('d.endpointId = :endpointId', { endpointId: endpoint.id })
            .andWhere('d.alertId IS NOT NULL')
            .groupBy('d.alertId');
        if (since) {
            latest.andWhere('d.attemptedAt >= :since', { since });
        }
        const ids = (await latest.getRawMany<{ id: ID }>()).map(r => r.id);
        const stillQueued = ids.length ? await this.alertsQueuedFor(endpoint.id) : new Set<string>();
        let queued = 0;
        for (const part of chunked(ids, 500)) {
            const failed = await repo.find({
                where: { id: In(part), success: false },
                order: { id: 'ASC' },
            });
            for (const delivery of failed) {
                if (delivery.body == null || stillQueued.has(String(delivery.alertId))) {
                    continue; // recorded before bodies were kept, or still on its way
                }
                await this.queue.add(
                    {
                        endpointId: String(endpoint.id),
                        alertId: String(delivery.alertId),
                        body: delivery.body,
                    },
                    { retries: this.options.webhookAttempts - 1 },
                );
                queued++;
            }
        }
        return queued;
    }

    /**
     * The alerts with a delivery to the endpoint in the webhook queue and not settled (waiting, running, or waiting
     * for a retry), read from the job queue (Vendure's SQL queue and BullMQ can both be listed).
     */
    private async alertsQueuedFor(endpointId: ID): Promise<Set<string>> {
        const strategy = this.configService.jobQueueOptions.jobQueueStrategy;
        const queued = new Set<string>();
        if (!isInspectableJobQueueStrategy(strategy)) {
            Logger.warn(
                'The job queue cannot be listed: failed deliveries still retrying may be sent twice',
                loggerCtx,
            );
            return queued;
        }
        // Vendure's list queries refuse more than `adminListQueryLimit` (100 by default) per page
        const take = 100;
        for (let skip = 0; ; skip += take) {
            const page = await strategy.findMany({
                filter: { queueName: { eq: ALERT_WEBHOOK_QUEUE }, isSettled: { eq: false } },
                skip,
                take,
            });
            for (const job of page.items) {
                const data = job.data as Partial<WebhookJobData>;
                if (String(data.endpointId) === String(endpointId) && data.alertId) {
                    queued.add(String(data.alertId));
                }
            }
            if (page.items.length < take || skip + take >= page.totalItems) {
                return queued;
            }
        }
    }

    /**
     * Deletes the delivery records attempted more than `webhookDeliveryRetentionDays` ago (by the plugin's
     * clock), a batch at a time so that no statement holds many rows.
     */
    async deleteExpiredDeliveries(ctx: RequestContext): Promise<{ deleted: number; before: string }> {
        const before = new Date(
            this.options.clock.now().getTime() - this.options.webhookDeliveryRetentionDays * 86_400_000,
        );
        const repo = this.connection.getRepository(ctx, WebhookDelivery);
        let deleted = 0;
        for (;;) {
            const batch = await repo.find({
                select: { id: true },
                where: { attemptedAt: LessThan(before) },
                order: { id: 'ASC' },
                take: CLEANUP_BATCH_SIZE,
            });
            if (!batch.length) {
                break;
            }
            await repo.delete({ id: In(batch.map(d => d.id)) });
            deleted += batch.length;
            if (batch.length < CLEANUP_BATCH_SIZE) {
                break;
            }
        }
        if (deleted) {
            Logger.verbose(
                `Deleted ${deleted} webhook deliveries attempted before ${before.toISOString()}`,
                loggerCtx,
            );
        }
        return { deleted, before: before.toISOString() };
    }

    /**
     * One attempt of a queued delivery: signs and posts the body, records the attempt (committed whatever happens
     * next), and throws on anything but 2xx so that the job queue retries it with backoff.
     */
    private async deliver(data: WebhookJobData, attempt: number): Promise<{ statusCode: number }> {
        const repo = this.connection.rawConnection.getRepository(WebhookEndpoint);
        const endpoint = await repo.findOne({ where: { id: data.endpointId } });
        if (!endpoint || !endpoint.enabled) {
            return { statusCode: 0 };
        }
        const result = await this.post(endpoint, data.body);
        await this.connection.rawConnection
            .getRepository(WebhookDelivery)
            .save(this.deliveryRecord(endpoint, data.alertId || null, data.body, attempt, result));
        if (result.error != null) {
            Logger.warn(
                `Alert webhook to ${endpoint.url} failed (attempt ${attempt}): ${result.error}`,
                loggerCtx,
            );
            throw new Error(result.error);
        }
        return { statusCode: result.statusCode ?? 0 };
    }

    /** Signs the body (at this moment: a retry signs anew) and posts it; never throws. */
    private async post(endpoint: WebhookEndpoint, body: string): Promise<PostResult> {
        const started = Date.now();
        const attemptedAt = this.options.clock.now();
        const timestamp = Math.floor(attemptedAt.getTime() / 1000);
        let statusCode: number | null = null;
        let error: string | null = null;
        try {
            const rsaKey =
                endpoint.signing === WebhookSigning.JwsRs256 ? await this.signingKeys.current() : undefined;
            const response = await fetch(endpoint.url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    'user-agent': 'Triflow-Alerts/1',
                    [ALERT_SIGNATURE_HEADER]: signAlertWebhook(
                        endpoint.signing,
                        endpoint.secret,
                        body,
                        timestamp,
                        rsaKey,
                    ),
                },
                body,
                signal: AbortSignal.timeout(this.options.webhookTimeoutMs),
                redirect: 'manual',
            });
            statusCode = response.status;
            await response.arrayBuffer().catch(() => undefined);
            if (!response.ok) {
                error = `HTTP ${response.status}`;
            }
        } catch (e) {
            error = failureReason(e);
        }
        return { statusCode, error, attemptedAt, durationMs: Date.now() - started };
    }

    private deliveryRecord(
        endpoint: WebhookEndpoint,
        alertId: ID | null,
        body: string,
        attempt: number,
        result: PostResult,
    ): WebhookDelivery {
        return new WebhookDelivery({
            endpointId: endpoint.id,
            alertId,
            body,
            attempt,
            success: result.error == null,
            statusCode: result.statusCode,
            attemptedAt: result.attemptedAt,
            durationMs: result.durationMs,
            error: result.error ? result.error.slice(0, 1000) : null,
        });
    }

    private validate(input: Partial<CreateWebhookEndpointInput>) {
        if (input.name != null && !input.name.trim()) {
            throw new UserInputError('A webhook endpoint needs a name');
        }
        if (input.url != null) {
            let url: URL | undefined;
            try {
                url = new URL(input.url);
            } catch {
                url = undefined;
            }
            if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
                throw new UserInputError(`"${input.url}" is not an http(s) URL`);
            }
        }
        if (input.secret != null && input.secret.length < 16) {
            throw new UserInputError('The webhook secret must be at least 16 characters long');
        }
    }
}

/**
 * Why a request failed, for the delivery record: fetch reports every network failure as "fetch failed" and puts the
 * reason (refused connection, unknown host, blocked port) in its cause. Read by shape, not `instanceof Error`:
 * fetch's errors may come from another realm (as under jest).
 */
function failureReason(e: unknown): string {
    const messageOf = (x: unknown) =>
        typeof x === 'object' && x !== null && typeof (x as { message?: unknown }).message === 'string'
            ? (x as { message: string }).message
            : undefined;
    const message = messageOf(e) ?? String(e);
    const reason = messageOf((e as { cause?: unknown } | null)?.cause);
    return reason && reason !== message ? `${message}: ${reason}` : message;
}
