import { INestApplicationContext } from '@nestjs/common';
import { Logger, Order, RequestContext, TransactionalConnection } from '@vendure/core';
import { IsNull, Not } from 'typeorm';

import { loggerCtx } from '../constants';
import { AlertRule, AlertSeverity } from '../entities/alert-rule.entity';
import { Alert } from '../entities/alert.entity';
import { WebhookEndpoint, WebhookSigning } from '../entities/webhook-endpoint.entity';
import { AlertEvaluationService } from '../services/alert-evaluation.service';
import { AlertRuleService } from '../services/alert-rule.service';
import { WebhookService } from '../services/webhook.service';

/** Name of the demo's large-order rule: its presence means the demo was seeded. */
export const DEMO_LARGE_ORDER_RULE = 'Large orders (demo)';
/** Name of the demo's unshipped-order rule. */
export const DEMO_UNSHIPPED_RULE = 'Paid orders not shipped within 24 hours (demo)';
/** Name of the demo's webhook endpoint, notified by the large-order rule. */
export const DEMO_WEBHOOK_ENDPOINT = 'Operations receiver (demo)';
/**
 * Where the demo endpoint points: port 9 (discard) of this machine, a port fetch refuses to call ("bad port"), so
 * no demo alert ever leaves the process or reaches a program listening there; every attempt fails and is retried,
 * which the endpoint's page and the alert's page show.
 */
export const DEMO_WEBHOOK_URL = 'http://127.0.0.1:9/triflow-alerts';

/**
 * Two rules in the default channel, a webhook endpoint the large-order rule notifies and, through that rule's own
 * condition, an open alert on the largest placed demo order (notified by email and to the endpoint). Idempotent:
 * rules and the endpoint are looked up by name, and the alert is raised only while the rule has none.
 */
export async function seedAlertsDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    const rules = app.get(AlertRuleService);
    const rulesRepo = connection.getRepository(ctx, AlertRule);
    let large = await rulesRepo.findOne({ where: { name: DEMO_LARGE_ORDER_RULE, channelId: ctx.channelId } });
    const largeCreated = !large;
    if (!large) {
        large = await rules.create(ctx, {
            name: DEMO_LARGE_ORDER_RULE,
            condition: { code: 'order-total-above', arguments: [{ name: 'amount', value: '10000' }] },
            severity: AlertSeverity.Warning,
            dueInHours: 24,
            recipientEmails: ['sales@triflow.demo'],
            renotifyIntervalMinutes: 240,
        });
    }
    if (!(await rulesRepo.findOne({ where: { name: DEMO_UNSHIPPED_RULE, channelId: ctx.channelId } }))) {
        await rules.create(ctx, {
            name: DEMO_UNSHIPPED_RULE,
            condition: { code: 'order-not-shipped', arguments: [{ name: 'hours', value: '24' }] },
            severity: AlertSeverity.Critical,
            dueInHours: 4,
            renotifyIntervalMinutes: 60,
        });
    }
    const endpoints = connection.getRepository(ctx, WebhookEndpoint);
    if (!(await endpoints.findOne({ where: { name: DEMO_WEBHOOK_ENDPOINT, channelId: ctx.channelId } }))) {
        await app.get(WebhookService).create(ctx, {
            name: DEMO_WEBHOOK_ENDPOINT,
            url: DEMO_WEBHOOK_URL,
            secret: 'triflow-demo-webhook-secret',
            signing: WebhookSigning.Hmac,
            ruleIds: [large.id],
        });
    }
    try {
        await raiseDemoAlert(app, ctx, large);
    } finally {
        // Quiet hours only once the demo alert is raised: it is notified whatever the time of day the demo is
        // seeded (in the quiet hours a warning waits for the first scan after them).
        if (largeCreated) {
            await rules.update(ctx, { id: large.id, quietHoursStart: '22:00', quietHoursEnd: '07:00' });
        }
    }
}

/** An open alert of the large-order rule on the largest placed demo order, unless the rule has one already. */
async function raiseDemoAlert(app: INestApplicationContext, ctx: RequestContext, large: AlertRule) {
    const connection = app.get(TransactionalConnection);
    if (await connection.getRepository(ctx, Alert).count({ where: { ruleId: large.id } })) {
        return;
    }
    const order = await connection.getRepository(ctx, Order).findOne({
        where: { orderPlacedAt: Not(IsNull()), channels: { id: ctx.channelId } },
        order: { subTotalWithTax: 'DESC' },
    });
    if (!order) {
        Logger.warn('No placed demo order: the alerts demo has no alert', loggerCtx);
        return;
    }
    const raised = await app.get(AlertEvaluationService).evaluate(ctx, 'order-total-above', order.id);
    if (raised.length === 0) {
        Logger.warn(`Demo order ${order.code} raised no alert`, loggerCtx);
    }
}
