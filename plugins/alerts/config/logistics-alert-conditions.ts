import { LanguageCode } from '@vendure/common/lib/generated-types';

import { Injector } from '@vendure/core';

import {
    LOGISTICS_PLUGIN_OPTIONS,
    LogisticsPluginOptions,
    ShipmentExceptionEvent,
    ShipmentService,
    ShipmentStalledEvent,
    TrackingStatus,
} from '../../logistics';

import { AlertConditionDef, AlertSubject, onEvent } from './alert-condition';

const EXCEPTION_STATUSES: string[] = [TrackingStatus.Exception, TrackingStatus.AttemptFail];

function shipmentSubject(
    shipment: {
        id: string | number;
        orderId: string | number;
        trackingNumber: string;
        carrier?: { name: string };
    },
    en: string,
    zh: string,
): AlertSubject {
    return {
        type: 'Shipment',
        id: shipment.id,
        label: shipment.trackingNumber,
        link: `/orders/${String(shipment.orderId)}`,
        message: { en, zh_Hans: zh },
    };
}

/** A shipment's latest tracking event is an exception or a failed attempt. Resolves itself once it moves on. */
export const shipmentExceptionCondition = new AlertConditionDef({
    code: 'logistics-shipment-exception',
    description: [
        { languageCode: LanguageCode.en, value: 'Shipment exception or failed delivery attempt' },
        { languageCode: LanguageCode.zh_Hans, value: '运单异常或投递失败' },
    ],
    args: {},
    events: [
        onEvent(ShipmentExceptionEvent, e => ({ id: e.shipment.id, channelIds: [e.shipment.channelId] })),
    ],
    async check(c, id) {
        const shipment = await c.injector.get(ShipmentService).findOne(c.ctx, id);
        if (!shipment || !EXCEPTION_STATUSES.includes(shipment.status)) {
            return undefined;
        }
        const carrier = shipment.carrier?.name ?? '';
        return shipmentSubject(
            shipment,
            `Shipment ${shipment.trackingNumber} (${carrier}) reports ${shipment.status}${shipment.subStatus ? ` (${shipment.subStatus})` : ''}.`,
            `运单 ${shipment.trackingNumber}（${carrier}）状态异常：${shipment.status}。`,
        );
    },
    async stillHolds(c, id) {
        const shipment = await c.injector.get(ShipmentService).findOne(c.ctx, id);
        return !!shipment && EXCEPTION_STATUSES.includes(shipment.status);
    },
});

const DAY = 86_400_000;

/** The rule's days, or (a rule without its own) the logistics plugin's `stalledAfterDays`. */
function stalledDays(c: { injector: Injector; args: { days?: number } }): number {
    const own = c.args.days;
    if (typeof own === 'number' && Number.isFinite(own) && own > 0) {
        return own;
    }
    return c.injector.get<LogisticsPluginOptions>(LOGISTICS_PLUGIN_OPTIONS).stalledAfterDays ?? 5;
}

/**
 * An undelivered shipment had no tracking event for N days (the rule's `days`, else the logistics plugin's
 * `stalledAfterDays`): at once on the logistics plugin's `ShipmentStalledEvent` (checked in the shipment's channel,
 * whichever channel the hourly task published it in), and by the scan for any N in each rule's channel. Resolves
 * itself once a new event arrives or it is delivered.
 */
export const shipmentStalledCondition = new AlertConditionDef({
    code: 'logistics-shipment-stalled',
    description: [
        { languageCode: LanguageCode.en, value: 'Shipment without a tracking event for days' },
        { languageCode: LanguageCode.zh_Hans, value: '运单多日无物流更新' },
    ],
    args: {
        days: {
            type: 'int',
            required: false,
            ui: { component: 'number-form-input', min: 1 },
            label: [
                { languageCode: LanguageCode.en, value: 'Days without an event' },
                { languageCode: LanguageCode.zh_Hans, value: '无物流更新的天数' },
            ],
            description: [
                {
                    languageCode: LanguageCode.en,
                    value: "Empty: the logistics plugin's stalledAfterDays (5 by default)",
                },
                {
                    languageCode: LanguageCode.zh_Hans,
                    value: '留空：使用物流插件的 stalledAfterDays（默认 5 天）',
                },
            ],
        },
    },
    events: [onEvent(ShipmentStalledEvent, e => ({ id: e.shipment.id, channelIds: [e.shipment.channelId] }))],
    async scan(c) {
        return c.injector
            .get(ShipmentService)
            .findSilentIds(c.ctx, new Date(c.now.getTime() - stalledDays(c) * DAY));
    },
    async check(c, id) {
        const shipments = c.injector.get(ShipmentService);
        const shipment = await shipments.findOne(c.ctx, id);
        if (
            !shipment ||
            !shipments.isSilentSince(shipment, new Date(c.now.getTime() - stalledDays(c) * DAY))
        ) {
            return undefined;
        }
        const since = shipment.lastEventAt ?? shipment.createdAt;
        const days = Math.floor((c.now.getTime() - since.getTime()) / DAY);
        return shipmentSubject(
            shipment,
            `Shipment ${shipment.trackingNumber} has had no tracking event for ${days} days.`,
            `运单 ${shipment.trackingNumber} 已 ${days} 天没有物流更新。`,
        );
    },
    async stillHolds(c, id) {
        const shipments = c.injector.get(ShipmentService);
        const shipment = await shipments.findOne(c.ctx, id);
        return (
            !!shipment && shipments.isSilentSince(shipment, new Date(c.now.getTime() - stalledDays(c) * DAY))
        );
    },
});

/** The conditions on the logistics plugin's events; registered only when `LogisticsPlugin` is installed. */
export const logisticsAlertConditions: AlertConditionDef[] = [
    shipmentExceptionCondition,
    shipmentStalledCondition,
];
