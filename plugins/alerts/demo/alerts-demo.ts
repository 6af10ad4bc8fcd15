import { INestApplicationContext } from '@nestjs/common';
import { Logger, Order, RequestContext, TransactionalConnection } from '@vendure/core';
import { IsNull, Not } from 'typeorm';

import { loggerCtx } from '../constants';
import { AlertRule, AlertSeverity } from '../entities/alert-rule.entity';
import { Alert } from '../entities/alert.entity';
import { AlertEvaluationService } from '../services/alert-evaluation.service';
import { AlertRuleService } from '../services/alert-rule.service';

/** Name of the demo's large-order rule: its presence means the demo was seeded. */
export const DEMO_LARGE_ORDER_RULE = 'Large orders (demo)';
/** Name of the demo's unshipped-order rule. */
export const DEMO_UNSHIPPED_RULE = 'Paid orders not shipped within 24 hours (demo)';

/**
 * Two rules in the default channel and, through the large-order rule's own condition, an open alert on the
 * largest placed demo order. Idempotent: rules are looked up by name, and the alert is raised only while the
 * rule has none.
 */
export async function seedAlertsDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    const rules = app.get(AlertRuleService);
    const rulesRepo = connection.getRepository(ctx, AlertRule);
    let large = await rulesRepo.findOne({ where: { name: DEMO_LARGE_ORDER_RULE, channelId: ctx.channelId } });
    if (!large) {
        large = await rules.create(ctx, {
            name: DEMO_LARGE_ORDER_RULE,
            condition: { code: 'order-total-above', arguments: [{ name: 'amount', value: '10000' }] },
            severity: AlertSeverity.Warning,
            dueInHours: 24,
            recipientEmails: ['sales@triflow.demo'],
            renotifyIntervalMinutes: 240,
            quietHoursStart: '22:00',
            quietHoursEnd: '07:00',
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
