export { AlertsPlugin } from './alerts.plugin';
export {
    ALERTS_PLUGIN_OPTIONS,
    AlertPermission,
    ReadAlertPermission,
    UpdateAlertPermission,
    AlertRulePermission,
    RunAlertScanPermission,
    ALERT_EVALUATION_QUEUE,
    ALERT_WEBHOOK_QUEUE,
    ALERT_NOTIFICATION_QUEUE,
    ALERT_SCAN_TASK_ID,
    ALERT_WEBHOOK_CLEANUP_TASK_ID,
    ALERT_SIGNATURE_HEADER,
    ALERT_JWKS_ROUTE,
} from './constants';
export type { AlertsPluginOptions, AlertClock } from './types';

// Conditions: the registry any plugin contributes to
export { AlertConditionDef, onEvent } from './config/alert-condition';
export type {
    AlertConditionConfig,
    AlertConditionContext,
    AlertEventSubject,
    AlertEventTrigger,
    AlertMessage,
    AlertSubject,
    AlertTriggerData,
} from './config/alert-condition';
export { AlertConditionRegistry } from './services/alert-condition-registry.service';
export {
    coreAlertConditions,
    orderNotShippedCondition,
    orderTotalAboveCondition,
    paymentDeclinedCondition,
} from './config/core-alert-conditions';
export { b2bAlertConditions } from './config/b2b-alert-conditions';
export { warehouseAlertConditions } from './config/warehouse-alert-conditions';
export { logisticsAlertConditions } from './config/logistics-alert-conditions';
export { rfqAlertConditions } from './config/rfq-alert-conditions';

// Rules and alerts
export { AlertRule, AlertSeverity } from './entities/alert-rule.entity';
export { Alert, AlertNotificationKind, AlertStatus } from './entities/alert.entity';
export { AlertComment } from './entities/alert-comment.entity';
export { AlertRuleService } from './services/alert-rule.service';
export { AlertService } from './services/alert.service';
export type { OpenAlertCount, RaiseResult } from './services/alert.service';
export { AlertEvaluationService, inQuietHours } from './services/alert-evaluation.service';
export type { AlertScanResult } from './services/alert-evaluation.service';
export { alertScanTask } from './config/alert-scan-task';
export { webhookDeliveryCleanupTask } from './config/webhook-delivery-cleanup-task';

// Notifications
export { AlertNotificationEvent } from './events/alert-notification.event';
export { alertEmailHandler } from './config/alert-email-handler';
export { WebhookEndpoint, WebhookSigning } from './entities/webhook-endpoint.entity';
export { WebhookDelivery } from './entities/webhook-delivery.entity';
export { WebhookService } from './services/webhook.service';
export { WebhookSigningKeyService } from './services/webhook-signing-key.service';
export type { WebhookSigningKey } from './services/webhook-signing-key.service';
export { AlertSigningKey } from './entities/alert-signing-key.entity';
export {
    signAlertWebhook,
    verifyAlertWebhookSignature,
    verifyAlertWebhookJws,
    alertWebhookBackoff,
    alertWebhookBullMqJobOptions,
} from './config/webhook-signature';
export type { AlertWebhookRsaKey } from './config/webhook-signature';
