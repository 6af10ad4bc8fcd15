import type { AlertConditionDef } from './config/alert-condition';

/** A source of the current time; tests move it. */
export interface AlertClock {
    now(): Date;
}

/** Options of the {@link AlertsPlugin}, passed to `AlertsPlugin.init()`. */
export interface AlertsPluginOptions {
    /**
     * Extra alert conditions, in addition to the built-in ones and those other plugins register through
     * `AlertConditionRegistry`.
     *
     * @default []
     */
    conditions?: AlertConditionDef[];
    /**
     * Cron expression of the alert scan on the worker: scheduled conditions, auto-resolve, snooze expiry and
     * re-notification.
     *
     * @default '*\/5 * * * *' (every five minutes)
     */
    scanSchedule?: string;
    /**
     * How many times a webhook delivery is attempted in all (the first try and its retries).
     *
     * @default 6
     */
    webhookAttempts?: number;
    /**
     * Timeout of one webhook request, in milliseconds.
     *
     * @default 10000
     */
    webhookTimeoutMs?: number;
    /**
     * PEM of the RSA private key that signs `jws_rs256` webhook deliveries (its public half is published at
     * `GET /alerts/.well-known/jwks.json`). Without it, a key pair is generated on first use and kept in the
     * database (table `alert_signing_key`), shared by every instance.
     *
     * @default null (a generated key in the database)
     */
    webhookSigningKey?: string | null;
    /**
     * PEMs (private or public) of RSA keys that signed `jws_rs256` deliveries before `webhookSigningKey` was
     * replaced: published in the key set after the active key, never used to sign. Rotating a configured key: move
     * the old PEM here, put the new one in `webhookSigningKey`, restart; drop it from here once receivers had time
     * to fetch the key set again (as `webhookSigningKeyGraceDays` does for generated keys).
     *
     * @default []
     */
    webhookRetiredSigningKeys?: string[];
    /**
     * Days a retired `jws_rs256` signing key stays in the published key set after `rotateAlertSigningKey` made a new
     * one (receivers that cached the key set, and signatures made just before the rotation, still verify); keys
     * retired longer ago are dropped from it, and deleted by the next rotation.
     *
     * @default 7
     */
    webhookSigningKeyGraceDays?: number;
    /**
     * Days a webhook delivery record is kept: older ones (by `attemptedAt`) are deleted by the scheduled task
     * `alerts-clean-webhook-deliveries`, in batches, on the worker.
     *
     * @default 30
     */
    webhookDeliveryRetentionDays?: number;
    /**
     * Cron expression of the task deleting webhook deliveries older than `webhookDeliveryRetentionDays`.
     *
     * @default '40 3 * * *' (daily at 03:40)
     */
    webhookDeliveryCleanupSchedule?: string;
    /**
     * Where "now" comes from (due dates, the "not shipped within N hours" scan, quiet hours, snooze expiry).
     *
     * @default the system clock
     */
    clock?: AlertClock;
}

/** {@link AlertsPluginOptions} with every default applied. */
export type ResolvedAlertsPluginOptions = Required<AlertsPluginOptions>;

export const defaultAlertsPluginOptions: ResolvedAlertsPluginOptions = {
    conditions: [],
    scanSchedule: '*/5 * * * *',
    webhookAttempts: 6,
    webhookTimeoutMs: 10_000,
    webhookSigningKey: null,
    webhookRetiredSigningKeys: [],
    webhookSigningKeyGraceDays: 7,
    webhookDeliveryRetentionDays: 30,
    webhookDeliveryCleanupSchedule: '40 3 * * *',
    clock: { now: () => new Date() },
};
