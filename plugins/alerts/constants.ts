import { CrudPermissionDefinition, PermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link AlertsPluginOptions}. */
export const ALERTS_PLUGIN_OPTIONS = Symbol('ALERTS_PLUGIN_OPTIONS');

/** Logger context for everything the alerts plugin logs. */
export const loggerCtx = 'AlertsPlugin';

/** See the channel's alerts and their open count: `ReadAlert`. */
export const ReadAlertPermission = new PermissionDefinition({
    name: 'ReadAlert',
    description: "Allows reading the channel's alerts",
});

/** Act on alerts (acknowledge, resolve, snooze, assign, comment): `UpdateAlert`. */
export const UpdateAlertPermission = new PermissionDefinition({
    name: 'UpdateAlert',
    description: 'Allows acknowledging, resolving, snoozing, assigning and commenting alerts',
});

/**
 * The alert permissions by action. Alerts are raised by the system and never deleted by hand, so there is no
 * `CreateAlert` nor `DeleteAlert`.
 */
export const AlertPermission = {
    Read: ReadAlertPermission.Permission,
    Update: UpdateAlertPermission.Permission,
} as const;

/** Create, read, update and delete alert rules and webhook endpoints: `CreateAlertRule`, `ReadAlertRule`, … */
export const AlertRulePermission = new CrudPermissionDefinition('AlertRule');

/** Run the alert scan (scheduled conditions, auto-resolve, snooze expiry, re-notification) on demand. */
export const RunAlertScanPermission = new PermissionDefinition({
    name: 'RunAlertScan',
    description: 'Allows running the alert scan on demand (it also runs on the worker on a schedule)',
});

/** Queue of condition checks triggered by events (a crash loses nothing: the job runs after restart). */
export const ALERT_EVALUATION_QUEUE = 'alerts-evaluate';

/** Queue of outbound webhook deliveries, retried with exponential backoff. */
export const ALERT_WEBHOOK_QUEUE = 'alerts-webhook';

/**
 * Queue of the notifications decided by an alert scan or an event check (email event and webhooks), queued after
 * the deciding transaction committed.
 */
export const ALERT_NOTIFICATION_QUEUE = 'alerts-notify';

/**
 * A notification decided (its alert marked in the deciding transaction) but not claimed by a sending job this long
 * after is queued again by the next alert scan: its job was never queued (the process stopped after the commit).
 */
export const NOTIFICATION_UNSENT_GRACE_MS = 2 * 60_000;

/** A sending job's claim on notifications lasts this long; after it, another job may send them (the first died). */
export const NOTIFICATION_CLAIM_LEASE_MS = 10 * 60_000;

/** Id of the scheduled task that scans scheduled conditions, auto-resolves, wakes snoozed alerts, re-notifies. */
export const ALERT_SCAN_TASK_ID = 'alerts-scan';

/** Id of the scheduled task that deletes webhook deliveries older than `webhookDeliveryRetentionDays`. */
export const ALERT_WEBHOOK_CLEANUP_TASK_ID = 'alerts-clean-webhook-deliveries';

/** Route of the public key set (JWKS) that `jws_rs256` webhook signatures verify against. */
export const ALERT_JWKS_ROUTE = 'alerts/.well-known/jwks.json';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` on every webhook delivery. */
export const ALERT_SIGNATURE_HEADER = 'x-triflow-alert-signature';
