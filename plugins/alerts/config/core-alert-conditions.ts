import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Injector,
    Order,
    OrderPlacedEvent,
    Payment,
    PaymentStateTransitionEvent,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { AlertConditionContext, AlertConditionDef, AlertSubject, onEvent } from './alert-condition';

const NOT_SHIPPED_STATES = ['PaymentSettled', 'PartiallyShipped'];
const PAID_STATES = ['Authorized', 'Settled'];

const money = (amount: number, currency: string) => `${(amount / 100).toFixed(2)} ${currency}`;

async function loadOrder(c: { ctx: RequestContext; injector: Injector }, id: ID): Promise<Order | undefined> {
    const order = await c.injector
        .get(TransactionalConnection)
        .getRepository(c.ctx, Order)
        .createQueryBuilder('order')
        .innerJoin('order.channels', 'channel', 'channel.id = :channelId', { channelId: c.ctx.channelId })
        .where('order.id = :id', { id })
        .getOne();
    return order ?? undefined;
}

/** Orders per query of the batched checks. */
const LOAD_CHUNK = 500;
/** Candidates per scan of `order-not-shipped`, per rule: its oldest paid, unshipped orders. */
const SCAN_CANDIDATES = 1000;

/**
 * The channel's orders among `ids`, by `String(id)`, loaded in chunks (the batched checks of the alert scan) with
 * only the columns `select` names (an Order entity with every column and custom field is costly to hydrate, and a
 * scan checks 100,000 of them).
 */
async function loadOrders(
    c: { ctx: RequestContext; injector: Injector },
    ids: ID[],
    select: Array<Extract<keyof Order, string>>,
): Promise<Map<string, Order>> {
    const orders = new Map<string, Order>();
    const repo = c.injector.get(TransactionalConnection).getRepository(c.ctx, Order);
    for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
        const part = await repo
            .createQueryBuilder('order')
            .select(['order.id', ...select.map(column => `order.${column}`)])
            .innerJoin('order.channels', 'channel', 'channel.id = :channelId', { channelId: c.ctx.channelId })
            .where('order.id IN (:...ids)', { ids: ids.slice(i, i + LOAD_CHUNK) })
            .getMany();
        for (const order of part) {
            orders.set(String(order.id), order);
        }
    }
    return orders;
}

/**
 * The ids among `ids` (as `String(id)`) of the channel's orders that are paid and not shipped since `cutoff` or
 * earlier: one query per chunk selecting only ids (the auto-resolve check of `order-not-shipped`).
 */
async function notShippedIds(
    c: { ctx: RequestContext; injector: Injector },
    ids: ID[],
    cutoff: Date,
): Promise<Set<string>> {
    const found = new Set<string>();
    const repo = c.injector.get(TransactionalConnection).getRepository(c.ctx, Order);
    for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
        const rows = await repo
            .createQueryBuilder('order')
            .select('order.id', 'id')
            .innerJoin('order.channels', 'channel', 'channel.id = :channelId', { channelId: c.ctx.channelId })
            .where('order.id IN (:...ids)', { ids: ids.slice(i, i + LOAD_CHUNK) })
            .andWhere('order.state IN (:...states)', { states: NOT_SHIPPED_STATES })
            .andWhere('order.orderPlacedAt <= :cutoff', { cutoff })
            .getRawMany<{ id: ID }>();
        rows.forEach(r => found.add(String(r.id)));
    }
    return found;
}

const hoursArgs = {
    hours: {
        type: 'int' as const,
        defaultValue: 24,
        label: [
            { languageCode: LanguageCode.en, value: 'Hours after payment' },
            { languageCode: LanguageCode.zh_Hans, value: '付款后小时数' },
        ],
    },
};

async function notShipped(
    c: AlertConditionContext<typeof hoursArgs>,
    id: ID,
): Promise<AlertSubject | undefined> {
    return notShippedSubject(c, await loadOrder(c, id));
}

function notShippedSubject(
    c: AlertConditionContext<typeof hoursArgs>,
    order: Order | undefined,
): AlertSubject | undefined {
    const cutoff = c.now.getTime() - c.args.hours * 3_600_000;
    if (
        !order ||
        !NOT_SHIPPED_STATES.includes(order.state) ||
        !order.orderPlacedAt ||
        order.orderPlacedAt.getTime() > cutoff
    ) {
        return undefined;
    }
    const hours = Math.floor((c.now.getTime() - order.orderPlacedAt.getTime()) / 3_600_000);
    return {
        type: 'Order',
        id: order.id,
        label: order.code,
        link: `/orders/${order.id}`,
        message: {
            en: `Order ${order.code} was paid ${hours} hours ago and has not shipped: expedite it.`,
            zh_Hans: `订单 ${order.code} 已付款 ${hours} 小时仍未发货，请加急处理。`,
        },
    };
}

/**
 * An order paid (placed and settled) at least N hours ago has not shipped: expedite it. Scanned on the worker;
 * resolves itself once the order ships or is cancelled.
 */
export const orderNotShippedCondition = new AlertConditionDef({
    code: 'order-not-shipped',
    description: [
        { languageCode: LanguageCode.en, value: 'Order not shipped within { hours } hours of payment' },
        { languageCode: LanguageCode.zh_Hans, value: '订单付款后 { hours } 小时内未发货' },
    ],
    args: hoursArgs,
    async scan(c) {
        // The channel's oldest paid, unshipped orders, read once per scan for every rule of this condition: a
        // rule's candidates (its oldest, placed at least `hours` ago) are a prefix of that list, as both are in
        // order of placement. Each rule then checks its candidates again in its own transaction (checkMany).
        const now = c.now;
        const oldest = await c.shared(`order-not-shipped:${String(c.ctx.channelId)}`, async () => {
            const rows = await c.injector
                .get(TransactionalConnection)
                .getRepository(c.ctx, Order)
                .createQueryBuilder('order')
                // entities, not raw rows: the driver turns the stored timestamp into a Date (SQLite keeps text)
                .select(['order.id', 'order.orderPlacedAt'])
                .innerJoin('order.channels', 'channel', 'channel.id = :channelId', {
                    channelId: c.ctx.channelId,
                })
                .where('order.state IN (:...states)', { states: NOT_SHIPPED_STATES })
                .andWhere('order.orderPlacedAt <= :now', { now })
                .orderBy('order.orderPlacedAt', 'ASC')
                .addOrderBy('order.id', 'ASC')
                // limit, not take: the join selects nothing, so one row per order (take would add a DISTINCT query)
                .limit(SCAN_CANDIDATES)
                .getMany();
            return rows.map(o => ({ id: o.id, placedAt: o.orderPlacedAt?.getTime() ?? 0 }));
        });
        const cutoff = c.now.getTime() - c.args.hours * 3_600_000;
        return oldest.filter(o => o.placedAt <= cutoff).map(o => o.id);
    },
    check: notShipped,
    async stillHolds(c, id) {
        return !!(await notShipped(c, id));
    },
    async checkMany(c, ids) {
        const orders = await loadOrders(c, ids, ['code', 'state', 'orderPlacedAt']);
        const holding = new Map<string, AlertSubject>();
        for (const id of ids) {
            const subject = notShippedSubject(c, orders.get(String(id)));
            if (subject) {
                holding.set(String(id), subject);
            }
        }
        return holding;
    },
    async stillHoldsMany(c, subjects) {
        const cutoff = new Date(c.now.getTime() - c.args.hours * 3_600_000);
        const holding = await notShippedIds(
            c,
            subjects.map(s => s.id),
            cutoff,
        );
        return subjects.map(s => holding.has(String(s.id)));
    },
});

/** A placed order's total (with tax) is above an amount. Resolves itself if the order is cancelled. */
export const orderTotalAboveCondition = new AlertConditionDef({
    code: 'order-total-above',
    description: [
        { languageCode: LanguageCode.en, value: 'Order total above { amount }' },
        { languageCode: LanguageCode.zh_Hans, value: '订单金额超过 { amount }' },
    ],
    args: {
        amount: {
            type: 'int',
            ui: { component: 'currency-form-input' },
            label: [
                { languageCode: LanguageCode.en, value: 'Amount (with tax)' },
                { languageCode: LanguageCode.zh_Hans, value: '金额（含税）' },
            ],
        },
    },
    events: [
        onEvent(OrderPlacedEvent, e => ({ id: e.order.id, facts: { totalWithTax: e.order.totalWithTax } })),
    ],
    // an order placed at or below every rule's amount queues no check
    admits: (args, facts) => typeof facts.totalWithTax !== 'number' || facts.totalWithTax > args.amount,
    async check(c, id) {
        const order = await loadOrder(c, id);
        if (
            !order ||
            !order.orderPlacedAt ||
            order.state === 'Cancelled' ||
            order.totalWithTax <= c.args.amount
        ) {
            return undefined;
        }
        const total = money(order.totalWithTax, order.currencyCode);
        return {
            type: 'Order',
            id: order.id,
            label: order.code,
            link: `/orders/${order.id}`,
            message: {
                en: `Order ${order.code} totals ${total}, above ${money(c.args.amount, order.currencyCode)}.`,
                zh_Hans: `订单 ${order.code} 金额 ${total}，超过 ${money(c.args.amount, order.currencyCode)}。`,
            },
        };
    },
    async stillHolds(c, id) {
        const order = await loadOrder(c, id);
        return !!order && order.state !== 'Cancelled';
    },
    async stillHoldsMany(c, subjects) {
        const orders = await loadOrders(
            c,
            subjects.map(s => s.id),
            ['state'],
        );
        return subjects.map(s => {
            const order = orders.get(String(s.id));
            return !!order && order.state !== 'Cancelled';
        });
    },
});

const declinedArgs = {
    times: {
        type: 'int' as const,
        defaultValue: 3,
        label: [
            { languageCode: LanguageCode.en, value: 'Declined payments' },
            { languageCode: LanguageCode.zh_Hans, value: '被拒次数' },
        ],
    },
};

async function declinedPayments(
    c: AlertConditionContext<typeof declinedArgs>,
    id: ID,
): Promise<AlertSubject | undefined> {
    const order = await loadOrder(c, id);
    if (!order) {
        return undefined;
    }
    const payments = await c.injector
        .get(TransactionalConnection)
        .getRepository(c.ctx, Payment)
        .find({ where: { order: { id: order.id }, state: In(['Declined', ...PAID_STATES]) } });
    const declined = payments.filter(p => p.state === 'Declined').length;
    if (declined < c.args.times || payments.some(p => PAID_STATES.includes(p.state))) {
        return undefined;
    }
    return {
        type: 'Order',
        id: order.id,
        label: order.code,
        link: `/orders/${order.id}`,
        message: {
            en: `Payment for order ${order.code} was declined ${declined} times.`,
            zh_Hans: `订单 ${order.code} 的付款已被拒 ${declined} 次。`,
        },
    };
}

/** An order's payments were declined N times and none succeeded. Resolves itself once a payment goes through. */
export const paymentDeclinedCondition = new AlertConditionDef({
    code: 'payment-declined',
    description: [
        { languageCode: LanguageCode.en, value: 'Payment declined { times } times' },
        { languageCode: LanguageCode.zh_Hans, value: '付款被拒 { times } 次' },
    ],
    args: declinedArgs,
    events: [
        onEvent(PaymentStateTransitionEvent, e =>
            e.toState === 'Declined' ? { id: e.order.id } : undefined,
        ),
    ],
    check: declinedPayments,
    async stillHolds(c, id) {
        return !!(await declinedPayments(c, id));
    },
});

/** The conditions on Vendure's own orders and payments, always registered. */
export const coreAlertConditions: AlertConditionDef[] = [
    orderNotShippedCondition,
    orderTotalAboveCondition,
    paymentDeclinedCondition,
];
