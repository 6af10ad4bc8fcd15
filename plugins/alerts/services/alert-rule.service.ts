import { Injectable } from '@nestjs/common';
import { ConfigurableOperationInput, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    EntityNotFoundError,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    Role,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { AlertRule, AlertSeverity } from '../entities/alert-rule.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';

import { AlertConditionRegistry } from './alert-condition-registry.service';

/** Fields of a new alert rule (see `CreateAlertRuleInput`). */
export interface CreateAlertRuleInput {
    name: string;
    enabled?: boolean | null;
    condition: ConfigurableOperationInput;
    severity?: AlertSeverity | null;
    assigneeAdministratorId?: ID | null;
    assigneeRoleId?: ID | null;
    dueInHours?: number | null;
    recipientRoleIds?: ID[] | null;
    recipientEmails?: string[] | null;
    webhookEndpointIds?: ID[] | null;
    renotifyIntervalMinutes?: number | null;
    quietHoursStart?: string | null;
    quietHoursEnd?: string | null;
}

/** Changes to an alert rule (see `UpdateAlertRuleInput`). */
export type UpdateAlertRuleInput = Partial<CreateAlertRuleInput> & { id: ID };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Alert rules of a channel: CRUD with validation of the condition, owner and recipients. */
@Injectable()
export class AlertRuleService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private registry: AlertConditionRegistry,
    ) {}

    findAll(ctx: RequestContext, options?: ListQueryOptions<AlertRule>): Promise<PaginatedList<AlertRule>> {
        return this.listQueryBuilder
            .build(AlertRule, options, {
                ctx,
                where: { channelId: ctx.channelId },
                relations: ['webhookEndpoints'],
            })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    findOne(ctx: RequestContext, id: ID): Promise<AlertRule | undefined> {
        return this.connection
            .getRepository(ctx, AlertRule)
            .findOne({ where: { id, channelId: ctx.channelId }, relations: ['webhookEndpoints'] })
            .then(r => r ?? undefined);
    }

    async create(ctx: RequestContext, input: CreateAlertRuleInput): Promise<AlertRule> {
        const rule = new AlertRule({
            name: '',
            enabled: true,
            channelId: ctx.channelId,
            severity: AlertSeverity.Warning,
            assigneeAdministratorId: null,
            assigneeRoleId: null,
            dueInHours: null,
            recipientRoleIds: [],
            recipientEmails: [],
            webhookEndpoints: [],
            renotifyIntervalMinutes: null,
            quietHoursStart: null,
            quietHoursEnd: null,
        });
        await this.apply(ctx, rule, input);
        return this.connection.getRepository(ctx, AlertRule).save(rule);
    }

    async update(ctx: RequestContext, input: UpdateAlertRuleInput): Promise<AlertRule> {
        const rule = await this.findOne(ctx, input.id);
        if (!rule) {
            throw new EntityNotFoundError('AlertRule', input.id);
        }
        await this.apply(ctx, rule, input);
        return this.connection.getRepository(ctx, AlertRule).save(rule);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        const rule = await this.findOne(ctx, id);
        if (!rule) {
            throw new EntityNotFoundError('AlertRule', id);
        }
        await this.connection.getRepository(ctx, AlertRule).remove(rule);
        return DeletionResult.DELETED;
    }

    /** Validates everything first, then writes onto the entity: a refused input changes nothing. */
    private async apply(ctx: RequestContext, rule: AlertRule, input: Partial<CreateAlertRuleInput>) {
        if (input.name != null && !input.name.trim()) {
            throw new UserInputError('An alert rule needs a name');
        }
        if (input.condition) {
            this.validateCondition(input.condition);
        }
        for (const [field, value] of [
            ['dueInHours', input.dueInHours],
            ['renotifyIntervalMinutes', input.renotifyIntervalMinutes],
        ] as const) {
            if (value != null && (!Number.isInteger(value) || value < 1)) {
                throw new UserInputError(`${field} must be a positive whole number, got ${value}`);
            }
        }
        for (const [field, value] of [
            ['quietHoursStart', input.quietHoursStart],
            ['quietHoursEnd', input.quietHoursEnd],
        ] as const) {
            if (value != null && !HHMM.test(value)) {
                throw new UserInputError(`${field} must be a time "HH:MM" (UTC), got "${value}"`);
            }
        }
        const quietStart = input.quietHoursStart !== undefined ? input.quietHoursStart : rule.quietHoursStart;
        const quietEnd = input.quietHoursEnd !== undefined ? input.quietHoursEnd : rule.quietHoursEnd;
        if ((quietStart == null) !== (quietEnd == null)) {
            throw new UserInputError('Quiet hours need both quietHoursStart and quietHoursEnd, or neither');
        }
        const badEmail = input.recipientEmails?.find(e => !EMAIL.test(e));
        if (badEmail !== undefined) {
            throw new UserInputError(`"${badEmail}" is not an email address`);
        }
        if (input.assigneeAdministratorId != null) {
            const admin = await this.connection
                .getRepository(ctx, Administrator)
                .findOne({ where: { id: input.assigneeAdministratorId, deletedAt: undefined } });
            if (!admin || admin.deletedAt) {
                throw new EntityNotFoundError('Administrator', input.assigneeAdministratorId);
            }
        }
        const roleIds = [
            ...(input.assigneeRoleId != null ? [input.assigneeRoleId] : []),
            ...(input.recipientRoleIds ?? []),
        ];
        if (roleIds.length) {
            const found = await this.connection.getRepository(ctx, Role).find({ where: { id: In(roleIds) } });
            const missing = roleIds.find(id => !found.some(r => String(r.id) === String(id)));
            if (missing !== undefined) {
                throw new EntityNotFoundError('Role', missing);
            }
        }
        let endpoints: WebhookEndpoint[] | undefined;
        if (input.webhookEndpointIds) {
            endpoints = input.webhookEndpointIds.length
                ? await this.connection.getRepository(ctx, WebhookEndpoint).find({
                      where: { id: In(input.webhookEndpointIds), channelId: ctx.channelId },
                  })
                : [];
            const missing = input.webhookEndpointIds.find(
                id => !endpoints?.some(e => String(e.id) === String(id)),
            );
            if (missing !== undefined) {
                throw new EntityNotFoundError('WebhookEndpoint', missing);
            }
        }

        if (input.name != null) rule.name = input.name.trim();
        if (input.enabled != null) rule.enabled = input.enabled;
        if (input.condition) {
            const declared = this.registry.get(input.condition.code).args;
            const args = input.condition.arguments
                .filter(a => a.value !== '' && a.value != null)
                .map(a => ({ name: a.name, value: a.value }));
            for (const [name, argDef] of Object.entries(declared)) {
                const dv: unknown = argDef.defaultValue;
                if (dv !== undefined && !args.some(a => a.name === name)) {
                    args.push({ name, value: typeof dv === 'string' ? dv : JSON.stringify(dv) });
                }
            }
            rule.condition = { code: input.condition.code, args };
            rule.conditionCode = input.condition.code;
        }
        if (input.severity != null) rule.severity = input.severity;
        if (input.assigneeAdministratorId !== undefined)
            rule.assigneeAdministratorId = input.assigneeAdministratorId;
        if (input.assigneeRoleId !== undefined) rule.assigneeRoleId = input.assigneeRoleId;
        if (input.dueInHours !== undefined) rule.dueInHours = input.dueInHours;
        if (input.recipientRoleIds != null) rule.recipientRoleIds = input.recipientRoleIds.map(String);
        if (input.recipientEmails != null) rule.recipientEmails = input.recipientEmails;
        if (endpoints) rule.webhookEndpoints = endpoints;
        if (input.renotifyIntervalMinutes !== undefined)
            rule.renotifyIntervalMinutes = input.renotifyIntervalMinutes;
        rule.quietHoursStart = quietStart ?? null;
        rule.quietHoursEnd = quietEnd ?? null;
    }

    /** The code must be registered; every argument must be one the condition declares, required ones present. */
    private validateCondition(input: ConfigurableOperationInput) {
        const def = this.registry.get(input.code);
        const declared = def.args;
        for (const arg of input.arguments) {
            if (!(arg.name in declared)) {
                throw new UserInputError(
                    `Alert condition "${input.code}" has no argument "${arg.name}"; it takes ${Object.keys(declared).join(', ')}`,
                );
            }
        }
        for (const [name, argDef] of Object.entries(declared)) {
            const given = input.arguments.find(a => a.name === name);
            const empty = !given || given.value === '' || given.value == null;
            if (empty && argDef.required !== false && argDef.defaultValue === undefined) {
                throw new UserInputError(`Alert condition "${input.code}" needs the argument "${name}"`);
            }
            if (
                !empty &&
                (argDef.type === 'int' || argDef.type === 'float') &&
                Number.isNaN(Number(given.value))
            ) {
                throw new UserInputError(
                    `Argument "${name}" of "${input.code}" must be a number, got "${given.value}"`,
                );
            }
        }
    }
}
