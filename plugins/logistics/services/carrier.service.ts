import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    CacheService,
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import crypto from 'crypto';

import { CarrierCodeInUseError } from '../api/error-results';
import { LOGISTICS_PLUGIN_OPTIONS } from '../constants';
import { Carrier } from '../entities/carrier.entity';
import { Shipment } from '../entities/shipment.entity';
import { CarrierEvent } from '../events/carrier-event';
import { ResolvedLogisticsPluginOptions } from '../types';

import { CarrierAdapterRegistry } from './carrier-adapter-registry';

export interface CreateCarrierInput {
    code: string;
    name: string;
    trackingUrlTemplate?: string | null;
    adapterCode: string;
    enabled?: boolean | null;
}

export interface UpdateCarrierInput {
    id: ID;
    name?: string | null;
    trackingUrlTemplate?: string | null;
    adapterCode?: string | null;
    enabled?: boolean | null;
}

const CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** What the webhook path keeps of a carrier in Vendure's cache (plain values: the cache may be Redis). */
interface CachedCarrier {
    id: ID;
    code: string;
    name: string;
    trackingUrlTemplate: string;
    adapterCode: string;
    enabled: boolean;
    webhookSecret: string;
    previousWebhookSecret: string | null;
    previousSecretValidUntil: string | null;
}

/** How long a webhook's carrier is kept when nothing changes it (a change through this service clears it). */
const WEBHOOK_CARRIER_TTL_MS = 30_000;

function webhookCarrierKey(code: string): string {
    return `logistics:webhook-carrier:${code}`;
}

/** Carriers: CRUD, webhook secrets and their rotation. */
@Injectable()
export class CarrierService implements OnModuleInit {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private adapters: CarrierAdapterRegistry,
        private cacheService: CacheService,
        private eventBus: EventBus,
        @Inject(LOGISTICS_PLUGIN_OPTIONS) private options: ResolvedLogisticsPluginOptions,
    ) {}

    onModuleInit(): void {
        // After the change has committed (the event bus waits for the transaction): a webhook batch that read the
        // carrier meanwhile may put the old values back, for at most the TTL.
        this.eventBus.ofType(CarrierEvent).subscribe(event => {
            void this.cacheService.delete(webhookCarrierKey(event.entity.code));
        });
    }

    findAll(ctx: RequestContext, options?: ListQueryOptions<Carrier>): Promise<PaginatedList<Carrier>> {
        return this.listQueryBuilder
            .build(Carrier, options, { ctx })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    async findOne(ctx: RequestContext, id: ID): Promise<Carrier | undefined> {
        return (await this.connection.getRepository(ctx, Carrier).findOne({ where: { id } })) ?? undefined;
    }

    async findByCode(ctx: RequestContext, code: string): Promise<Carrier | undefined> {
        return (await this.connection.getRepository(ctx, Carrier).findOne({ where: { code } })) ?? undefined;
    }

    /**
     * The carrier a webhook names, from Vendure's cache (in memory, or Redis when the platform runs as several
     * processes), read from the database at most every {@link WEBHOOK_CARRIER_TTL_MS} and again after any change
     * made through this service ({@link CarrierEvent}). Carriers post far more often than staff change them; every
     * batch of deliveries reading its carrier again was a statement per batch. Unknown codes are not kept (a
     * stranger's guesses fill no cache).
     */
    async findForWebhook(ctx: RequestContext, code: string): Promise<Carrier | undefined> {
        const key = webhookCarrierKey(code);
        const cached = await this.cacheService.get<CachedCarrier>(key);
        if (cached) {
            return new Carrier({
                ...cached,
                previousSecretValidUntil: cached.previousSecretValidUntil
                    ? new Date(cached.previousSecretValidUntil)
                    : null,
            });
        }
        const carrier = await this.findByCode(ctx, code);
        if (carrier) {
            const value: CachedCarrier = {
                id: carrier.id,
                code: carrier.code,
                name: carrier.name,
                trackingUrlTemplate: carrier.trackingUrlTemplate,
                adapterCode: carrier.adapterCode,
                enabled: carrier.enabled,
                webhookSecret: carrier.webhookSecret,
                previousWebhookSecret: carrier.previousWebhookSecret,
                previousSecretValidUntil: carrier.previousSecretValidUntil?.toISOString() ?? null,
            };
            await this.cacheService.set(key, value, { ttl: WEBHOOK_CARRIER_TTL_MS });
        }
        return carrier;
    }

    async create(ctx: RequestContext, input: CreateCarrierInput): Promise<Carrier | CarrierCodeInUseError> {
        const code = input.code.trim();
        if (!CODE_PATTERN.test(code)) {
            throw new UserInputError(
                'A carrier code is 1-50 lower-case letters, digits and dashes, starting with a letter or digit',
            );
        }
        const name = requireName(input.name);
        this.adapters.require(input.adapterCode);
        if (await this.findByCode(ctx, code)) {
            return new CarrierCodeInUseError(code);
        }
        const carrier = new Carrier({
            code,
            name,
            trackingUrlTemplate: input.trackingUrlTemplate?.trim() ?? '',
            adapterCode: input.adapterCode,
            enabled: input.enabled ?? true,
            webhookSecret: newSecret(),
            previousWebhookSecret: null,
            previousSecretValidUntil: null,
        });
        const saved = await this.connection.getRepository(ctx, Carrier).save(carrier);
        await this.eventBus.publish(new CarrierEvent(ctx, saved, 'created', input));
        return saved;
    }

    async update(ctx: RequestContext, input: UpdateCarrierInput): Promise<Carrier> {
        const carrier = await this.connection.getEntityOrThrow(ctx, Carrier, input.id);
        if (input.adapterCode != null) {
            this.adapters.require(input.adapterCode);
            carrier.adapterCode = input.adapterCode;
        }
        if (input.name != null) {
            carrier.name = requireName(input.name);
        }
        if (input.trackingUrlTemplate != null) {
            carrier.trackingUrlTemplate = input.trackingUrlTemplate.trim();
        }
        if (input.enabled != null) {
            carrier.enabled = input.enabled;
        }
        const saved = await this.connection.getRepository(ctx, Carrier).save(carrier);
        await this.eventBus.publish(new CarrierEvent(ctx, saved, 'updated', input));
        return saved;
    }

    async delete(ctx: RequestContext, id: ID): Promise<{ result: DeletionResult; message?: string }> {
        const carrier = await this.connection.getEntityOrThrow(ctx, Carrier, id);
        const shipments = await this.connection
            .getRepository(ctx, Shipment)
            .count({ where: { carrierId: carrier.id } });
        if (shipments > 0) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `The carrier has ${shipments} shipment(s); disable it instead`,
            };
        }
        const deleted = new Carrier({ ...carrier });
        await this.connection.getRepository(ctx, Carrier).remove(carrier);
        await this.eventBus.publish(new CarrierEvent(ctx, deleted, 'deleted', id));
        return { result: DeletionResult.DELETED };
    }

    /**
     * Issues a new webhook secret. The one it replaces is still accepted for `graceHours` (0: refused at once), so
     * the carrier can switch over without losing events.
     */
    async rotateSecret(ctx: RequestContext, id: ID, graceHours?: number | null): Promise<Carrier> {
        const hours = graceHours ?? this.options.defaultSecretGraceHours;
        if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 30) {
            throw new UserInputError('graceHours must be between 0 and 720');
        }
        const carrier = await this.connection.getEntityOrThrow(ctx, Carrier, id);
        carrier.previousWebhookSecret = hours > 0 ? carrier.webhookSecret : null;
        carrier.previousSecretValidUntil = hours > 0 ? new Date(Date.now() + hours * 3_600_000) : null;
        carrier.webhookSecret = newSecret();
        const saved = await this.connection.getRepository(ctx, Carrier).save(carrier);
        await this.eventBus.publish(new CarrierEvent(ctx, saved, 'updated', { id, graceHours: hours }));
        return saved;
    }

    /** The secrets a webhook may be signed with now: the current one and, within its grace period, the previous. */
    activeSecrets(carrier: Carrier, now: Date): string[] {
        const secrets = [carrier.webhookSecret];
        if (
            carrier.previousWebhookSecret &&
            carrier.previousSecretValidUntil &&
            carrier.previousSecretValidUntil.getTime() > now.getTime()
        ) {
            secrets.push(carrier.previousWebhookSecret);
        }
        return secrets;
    }

    /** A shipment's tracking link from its carrier's template, or null without a template. */
    trackingUrl(carrier: Carrier | undefined, trackingNumber: string): string | null {
        if (!carrier?.trackingUrlTemplate) {
            return null;
        }
        return carrier.trackingUrlTemplate.replace(/\{trackingNumber\}/g, encodeURIComponent(trackingNumber));
    }

    async requireEnabled(ctx: RequestContext, code: string): Promise<Carrier> {
        const carrier = await this.findByCode(ctx, code);
        if (!carrier) {
            throw new UserInputError(`No carrier with the code "${code}"`);
        }
        if (!carrier.enabled) {
            throw new UserInputError(`The carrier "${code}" is disabled`);
        }
        return carrier;
    }
}

function requireName(name: string): string {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) {
        throw new UserInputError('A carrier name is 1-100 characters');
    }
    return trimmed;
}

function newSecret(): string {
    return crypto.randomBytes(32).toString('hex');
}
