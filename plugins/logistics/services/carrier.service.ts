import { Inject, Injectable } from '@nestjs/common';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
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

/** Carriers: CRUD, webhook secrets and their rotation. */
@Injectable()
export class CarrierService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private adapters: CarrierAdapterRegistry,
        @Inject(LOGISTICS_PLUGIN_OPTIONS) private options: ResolvedLogisticsPluginOptions,
    ) {}

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
        return this.connection.getRepository(ctx, Carrier).save(carrier);
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
        return this.connection.getRepository(ctx, Carrier).save(carrier);
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
        await this.connection.getRepository(ctx, Carrier).remove(carrier);
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
        return this.connection.getRepository(ctx, Carrier).save(carrier);
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
