import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    JobQueue,
    JobQueueService,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';

import { signAlertWebhook } from '../config/webhook-signature';
import { ALERT_SIGNATURE_HEADER, ALERT_WEBHOOK_QUEUE, ALERTS_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { AlertRule } from '../entities/alert-rule.entity';
import { Alert } from '../entities/alert.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint, WebhookSigning } from '../entities/webhook-endpoint.entity';
import { ResolvedAlertsPluginOptions } from '../types';

/** Fields of a new webhook endpoint. */
export interface CreateWebhookEndpointInput {
    name: string;
    url: string;
    secret: string;
    signing?: WebhookSigning | null;
    enabled?: boolean | null;
}

/** Changes to a webhook endpoint. */
export type UpdateWebhookEndpointInput = Partial<CreateWebhookEndpointInput> & { id: ID };

interface WebhookJobData {
    [key: string]: string;
    endpointId: string;
    alertId: string;
    body: string;
}

/** Webhook endpoints of a channel and the signed, retried, recorded delivery of alerts to them. */
@Injectable()
export class WebhookService implements OnModuleInit {
    private queue: JobQueue<WebhookJobData>;

    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private jobQueueService: JobQueueService,
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

    create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<WebhookEndpoint> {
        this.validate(input);
        return this.connection.getRepository(ctx, WebhookEndpoint).save(
            new WebhookEndpoint({
                channelId: ctx.channelId,
                name: input.name.trim(),
                url: input.url,
                secret: input.secret,
                signing: input.signing ?? WebhookSigning.Hmac,
                enabled: input.enabled ?? true,
            }),
        );
    }

    async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
        const endpoint = await this.findOne(ctx, input.id);
        if (!endpoint) {
            throw new EntityNotFoundError('WebhookEndpoint', input.id);
        }
        this.validate(input);
        if (input.name != null) endpoint.name = input.name.trim();
        if (input.url != null) endpoint.url = input.url;
        if (input.secret != null) endpoint.secret = input.secret;
        if (input.signing != null) endpoint.signing = input.signing;
        if (input.enabled != null) endpoint.enabled = input.enabled;
        return this.connection.getRepository(ctx, WebhookEndpoint).save(endpoint);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        const endpoint = await this.findOne(ctx, id);
        if (!endpoint) {
            throw new EntityNotFoundError('WebhookEndpoint', id);
        }
        await this.connection.getRepository(ctx, WebhookEndpoint).remove(endpoint);
        return DeletionResult.DELETED;
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
     * One attempt: signs and posts the body, records the attempt (committed whatever happens next), and throws
     * on anything but 2xx so that the job queue retries it with backoff.
     */
    private async deliver(data: WebhookJobData, attempt: number): Promise<{ statusCode: number }> {
        const repo = this.connection.rawConnection.getRepository(WebhookEndpoint);
        const endpoint = await repo.findOne({ where: { id: data.endpointId } });
        if (!endpoint || !endpoint.enabled) {
            return { statusCode: 0 };
        }
        const started = Date.now();
        const timestamp = Math.floor(this.options.clock.now().getTime() / 1000);
        let statusCode: number | null = null;
        let error: string | null = null;
        try {
            const response = await fetch(endpoint.url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    'user-agent': 'Triflow-Alerts/1',
                    [ALERT_SIGNATURE_HEADER]: signAlertWebhook(
                        endpoint.signing,
                        endpoint.secret,
                        data.body,
                        timestamp,
                    ),
                },
                body: data.body,
                signal: AbortSignal.timeout(this.options.webhookTimeoutMs),
                redirect: 'manual',
            });
            statusCode = response.status;
            await response.arrayBuffer().catch(() => undefined);
            if (!response.ok) {
                error = `HTTP ${response.status}`;
            }
        } catch (e) {
            error = e instanceof Error ? e.message : String(e);
        }
        await this.connection.rawConnection.getRepository(WebhookDelivery).save(
            new WebhookDelivery({
                endpointId: endpoint.id,
                alertId: data.alertId,
                attempt,
                success: error == null,
                statusCode,
                attemptedAt: new Date(started),
                durationMs: Date.now() - started,
                error: error ? error.slice(0, 1000) : null,
            }),
        );
        if (error != null) {
            Logger.warn(`Alert webhook to ${endpoint.url} failed (attempt ${attempt}): ${error}`, loggerCtx);
            throw new Error(error);
        }
        return { statusCode: statusCode ?? 0 };
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
