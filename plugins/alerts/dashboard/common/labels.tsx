import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, useUserSettings } from '@vendure/dashboard';

/** The alerts nav section; nav titles are explicit translation ids (see ../i18n). */
export const ALERTS_NAV_SECTION_ID = 'alerts';

export const ALERT_STATUSES = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;
export type AlertStatusCode = (typeof ALERT_STATUSES)[number];

export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverityCode = (typeof ALERT_SEVERITIES)[number];

/**
 * An alert's message in the Dashboard's interface language. Alerts store their message in English and Simplified
 * Chinese; the API's `message` follows the request's language, which the Dashboard sets to its content language,
 * so a Chinese interface over English content would show English messages.
 */
export function useAlertMessage(): (alert: {
    message?: string | null;
    messageEn?: string | null;
    messageZh?: string | null;
}) => string {
    const { settings } = useUserSettings();
    const chinese = (settings.displayLanguage ?? '').toLowerCase().startsWith('zh');
    return alert => (chinese ? alert.messageZh : alert.messageEn) ?? alert.message ?? '';
}

/** Each alert status in words, in the Dashboard's language. */
export function useAlertStatusLabels(): Record<AlertStatusCode, string> {
    const { t } = useLingui();
    return {
        open: t({ message: 'Open', context: 'alert status' }),
        acknowledged: t`Acknowledged`,
        snoozed: t`Snoozed`,
        resolved: t`Resolved`,
    };
}

/** Each severity in words, in the Dashboard's language. */
export function useAlertSeverityLabels(): Record<AlertSeverityCode, string> {
    const { t } = useLingui();
    return {
        info: t`Info`,
        warning: t`Warning`,
        critical: t`Critical`,
    };
}

/** The subject types the built-in conditions raise alerts about, in words. */
export function useSubjectTypeLabels(): Record<string, string> {
    const { t } = useLingui();
    return {
        Order: t`Order`,
        CreditAccount: t`Credit account`,
        DealerAgreement: t`Dealer agreement`,
        ProductVariant: t`Product variant`,
        PurchaseOrder: t`Purchase order`,
        GoodsReceipt: t`Goods receipt`,
        Shipment: t`Shipment`,
        QuoteRequest: t`Quote request`,
    };
}

/** An alert's severity as a coloured badge. */
export function SeverityBadge({ severity }: { severity: string }) {
    const labels = useAlertSeverityLabels();
    const variant =
        severity === 'critical' ? 'destructive' : severity === 'warning' ? 'warning' : 'secondary';
    const label = (labels as Record<string, string>)[severity];
    return <Badge variant={variant}>{label ?? <span translate="no">{severity}</span>}</Badge>;
}

/** An alert's status as a coloured badge. */
export function AlertStatusBadge({ status }: { status: string }) {
    const labels = useAlertStatusLabels();
    const variant =
        status === 'open'
            ? 'destructive'
            : status === 'resolved'
              ? 'success'
              : status === 'acknowledged'
                ? 'default'
                : 'secondary';
    const label = (labels as Record<string, string>)[status];
    return <Badge variant={variant}>{label ?? <span translate="no">{status}</span>}</Badge>;
}

export const WEBHOOK_SIGNINGS = ['hmac', 'jws', 'jws_rs256'] as const;
export type WebhookSigningCode = (typeof WEBHOOK_SIGNINGS)[number];

/** Each signing method in words, for the endpoint page's select. */
export function useWebhookSigningLabels(): Record<WebhookSigningCode, string> {
    const { t } = useLingui();
    return {
        hmac: t`HMAC-SHA256 signature (default)`,
        jws: t`JWS token (HS256)`,
        jws_rs256: t`JWS token (RS256, platform key set)`,
    };
}

/** A signing method as a short badge: its code, which is the same in every language. */
export function SigningBadge({ signing }: { signing: string }) {
    return (
        <Badge variant="outline">
            <span translate="no">
                {signing === 'jws'
                    ? 'JWS'
                    : signing === 'jws_rs256'
                      ? 'JWS RS256'
                      : signing === 'hmac'
                        ? 'HMAC'
                        : signing}
            </span>
        </Badge>
    );
}

/** Whether one webhook delivery attempt got a 2xx answer, as a coloured badge. */
export function DeliveryResultBadge({ success }: { success: boolean }) {
    return success ? (
        <Badge variant="success">
            <Trans context="notification delivery">Delivered</Trans>
        </Badge>
    ) : (
        <Badge variant="destructive">
            <Trans>Failed</Trans>
        </Badge>
    );
}

/** Date and time to the second, for delivery attempts (retries come seconds apart). */
export const DATE_TIME_SECONDS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/** Date and time to the minute. */
export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
