// From its own module: the package's index loads the whole email plugin (mjml and its HTML tools, some 1,150
// modules), which only a running platform needs (see src/platform-config.ts).
import { EmailEventListener } from '@vendure/email-plugin/lib/src/event-listener';

import { AlertNotificationEvent } from '../events/alert-notification.event';

/**
 * Emails an alert, in English and Simplified Chinese (`static/email/templates/alert/body.hbs`), to the rule's
 * addresses and the administrators of its recipient roles. Add it to the EmailPlugin's handlers; the global
 * template variable `dashboardUrl` (e.g. `https://shop.example.com/dashboard`) makes the button link work.
 */
export const alertEmailHandler = new EmailEventListener('alert')
    .on(AlertNotificationEvent)
    .filter(event => event.recipients.length > 0)
    .setRecipient(event => event.recipients.join(','))
    .setFrom('{{ fromAddress }}')
    .setSubject('[{{ severity }}] {{ ruleName }}: {{ subjectLabel }}')
    .setTemplateVars(event => ({
        severity: event.alert.severity,
        ruleName: event.rule.name,
        messageEn: event.alert.messageEn,
        messageZh: event.alert.messageZh,
        subjectType: event.alert.subjectType,
        subjectLabel: event.alert.subjectLabel,
        subjectLink: event.alert.subjectLink,
        occurrences: event.alert.occurrences,
        dueAt: event.alert.dueAt ? event.alert.dueAt.toISOString() : null,
        renotification: event.renotification,
    }))
    .setMockEvent({
        alert: {
            severity: 'warning',
            messageEn: 'Order T_1 was paid 26 hours ago and has not shipped: expedite it.',
            messageZh: '订单 T_1 已付款 26 小时仍未发货，请加急处理。',
            subjectType: 'Order',
            subjectLabel: 'T_1',
            subjectLink: '/orders/1',
            occurrences: 1,
            dueAt: null,
        },
        rule: { name: 'Expedite paid orders' },
        recipients: ['sales@example.com'],
        renotification: false,
    } as unknown as Omit<AlertNotificationEvent, 'ctx' | 'data'>);
