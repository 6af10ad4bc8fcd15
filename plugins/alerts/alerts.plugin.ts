import { OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService, Logger, PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import crypto from 'crypto';

import { B2bPlugin } from '../b2b';
import { LogisticsPlugin } from '../logistics';
import { RfqPlugin } from '../rfq';
import { WarehousePlugin } from '../warehouse';

import { alertAdminApiExtensions } from './api/alert-api-extensions';
import { AlertJwksController } from './api/alert-jwks.controller';
import { AlertAdminEntityResolver, AlertAdminResolver } from './api/alert-admin.resolver';
import {
    AlertRuleAdminEntityResolver,
    AlertRuleAdminResolver,
    WebhookDeliveryAdminEntityResolver,
    WebhookEndpointAdminEntityResolver,
} from './api/alert-rule-admin.resolver';
import { AlertConditionDef } from './config/alert-condition';
import { alertScanTask } from './config/alert-scan-task';
import { b2bAlertConditions } from './config/b2b-alert-conditions';
import { coreAlertConditions } from './config/core-alert-conditions';
import { logisticsAlertConditions } from './config/logistics-alert-conditions';
import { rfqAlertConditions } from './config/rfq-alert-conditions';
import { warehouseAlertConditions } from './config/warehouse-alert-conditions';
import { webhookDeliveryCleanupTask } from './config/webhook-delivery-cleanup-task';
import {
    AlertRulePermission,
    ALERTS_PLUGIN_OPTIONS,
    loggerCtx,
    ReadAlertPermission,
    RunAlertScanPermission,
    UpdateAlertPermission,
} from './constants';
import { AlertComment } from './entities/alert-comment.entity';
import { AlertRule } from './entities/alert-rule.entity';
import { AlertSigningKey } from './entities/alert-signing-key.entity';
import { Alert } from './entities/alert.entity';
import { WebhookDelivery } from './entities/webhook-delivery.entity';
import { WebhookEndpoint } from './entities/webhook-endpoint.entity';
import { AlertConditionRegistry } from './services/alert-condition-registry.service';
import { AlertEvaluationService } from './services/alert-evaluation.service';
import { AlertRuleService } from './services/alert-rule.service';
import { AlertService } from './services/alert.service';
import { WebhookSigningKeyService } from './services/webhook-signing-key.service';
import { WebhookService } from './services/webhook.service';
import { AlertsPluginOptions, defaultAlertsPluginOptions, ResolvedAlertsPluginOptions } from './types';

const entities: Array<Type<unknown>> = [
    AlertRule,
    Alert,
    AlertComment,
    WebhookEndpoint,
    WebhookDelivery,
    AlertSigningKey,
];

const providers: Array<Type<unknown>> = [
    AlertConditionRegistry,
    AlertRuleService,
    AlertService,
    WebhookService,
    WebhookSigningKeyService,
    AlertEvaluationService,
];

const adminResolvers: Array<Type<unknown>> = [
    AlertAdminResolver,
    AlertAdminEntityResolver,
    AlertRuleAdminResolver,
    AlertRuleAdminEntityResolver,
    WebhookEndpointAdminEntityResolver,
    WebhookDeliveryAdminEntityResolver,
];

const permissions = [ReadAlertPermission, UpdateAlertPermission, AlertRulePermission, RunAlertScanPermission];

/**
 * Built-in conditions over other plugins' events, each registered only when the plugin that publishes the
 * events is in the configuration: the alerts plugin boots with any subset of them, or none.
 */
const pluginConditions: Array<{ plugin: Type<unknown>; conditions: AlertConditionDef[] }> = [
    { plugin: B2bPlugin, conditions: b2bAlertConditions },
    { plugin: WarehousePlugin, conditions: warehouseAlertConditions },
    { plugin: LogisticsPlugin, conditions: logisticsAlertConditions },
    { plugin: RfqPlugin, conditions: rfqAlertConditions },
];

/**
 * Alerts: rules over conditions that any plugin contributes, deduplicated alerts with an owner and a due date,
 * auto-resolve, and email and signed webhook notifications.
 *
 * @example
 * ```ts
 * plugins: [AlertsPlugin.init({ conditions: [myCondition] })]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: () => entities,
    providers: [{ provide: ALERTS_PLUGIN_OPTIONS, useFactory: () => AlertsPlugin.options }, ...providers],
    exports: [AlertConditionRegistry, AlertService],
    controllers: [AlertJwksController],
    adminApiExtensions: {
        schema: alertAdminApiExtensions,
        resolvers: () => adminResolvers,
    },
    configuration: config => {
        config.authOptions.customPermissions.push(...permissions);
        config.schedulerOptions.tasks.push(
            alertScanTask(AlertsPlugin.options.scanSchedule),
            webhookDeliveryCleanupTask(AlertsPlugin.options.webhookDeliveryCleanupSchedule),
        );
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class AlertsPlugin implements OnApplicationBootstrap {
    static options: ResolvedAlertsPluginOptions = defaultAlertsPluginOptions;

    constructor(
        private registry: AlertConditionRegistry,
        private configService: ConfigService,
    ) {}

    /** Registers the plugin; see {@link AlertsPluginOptions} for the options and their defaults. */
    static init(options: AlertsPluginOptions = {}): Type<AlertsPlugin> {
        const resolved: ResolvedAlertsPluginOptions = {
            ...defaultAlertsPluginOptions,
            ...(Object.fromEntries(
                Object.entries(options).filter(([, v]) => v !== undefined),
            ) as Partial<ResolvedAlertsPluginOptions>),
        };
        if (
            !Array.isArray(resolved.conditions) ||
            resolved.conditions.some(c => !(c instanceof AlertConditionDef))
        ) {
            throw new Error('AlertsPlugin: conditions must be a list of AlertConditionDef');
        }
        if (!Number.isInteger(resolved.webhookAttempts) || resolved.webhookAttempts < 1) {
            throw new Error(
                `AlertsPlugin: webhookAttempts must be a positive whole number, got ${String(options.webhookAttempts)}`,
            );
        }
        if (!Number.isInteger(resolved.webhookTimeoutMs) || resolved.webhookTimeoutMs < 1) {
            throw new Error(
                `AlertsPlugin: webhookTimeoutMs must be a positive whole number, got ${String(options.webhookTimeoutMs)}`,
            );
        }
        if (
            !Number.isInteger(resolved.webhookDeliveryRetentionDays) ||
            resolved.webhookDeliveryRetentionDays < 1
        ) {
            throw new Error(
                `AlertsPlugin: webhookDeliveryRetentionDays must be a positive whole number, got ${String(options.webhookDeliveryRetentionDays)}`,
            );
        }
        if (
            !Number.isInteger(resolved.webhookSigningKeyGraceDays) ||
            resolved.webhookSigningKeyGraceDays < 0
        ) {
            throw new Error(
                `AlertsPlugin: webhookSigningKeyGraceDays must be a whole number of days (0 or more), got ${String(options.webhookSigningKeyGraceDays)}`,
            );
        }
        if (resolved.webhookSigningKey != null) {
            let type: string | undefined;
            try {
                type = crypto.createPrivateKey(resolved.webhookSigningKey).asymmetricKeyType;
            } catch {
                type = undefined;
            }
            if (type !== 'rsa') {
                throw new Error('AlertsPlugin: webhookSigningKey must be the PEM of an RSA private key');
            }
        }
        for (const [i, pem] of (resolved.webhookRetiredSigningKeys ?? []).entries()) {
            let type: string | undefined;
            try {
                type = crypto.createPublicKey(pem).asymmetricKeyType;
            } catch {
                type = undefined;
            }
            if (type !== 'rsa') {
                throw new Error(
                    `AlertsPlugin: webhookRetiredSigningKeys[${i}] must be the PEM of an RSA key (private or public)`,
                );
            }
        }
        if (typeof resolved.clock?.now !== 'function') {
            throw new Error('AlertsPlugin: clock must have a now() method');
        }
        this.options = resolved;
        return AlertsPlugin;
    }

    /** @internal */
    onApplicationBootstrap(): void {
        this.registry.register(...coreAlertConditions);
        const installed = this.configService.plugins;
        for (const { plugin, conditions } of pluginConditions) {
            if (installed.includes(plugin)) {
                this.registry.register(...conditions);
            } else {
                Logger.verbose(
                    `${plugin.name} is not installed: its alert conditions are not available`,
                    loggerCtx,
                );
            }
        }
        this.registry.register(...AlertsPlugin.options.conditions);
    }
}
