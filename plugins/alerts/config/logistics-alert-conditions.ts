import { LanguageCode } from '@vendure/common/lib/generated-types';

import {
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
    events: [onEvent(ShipmentExceptionEvent, e => ({ id: e.shipment.id }))],
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

/**
 * An undelivered shipment had no tracking event for the logistics plugin's `stalledAfterDays`
 * (`ShipmentStalledEvent`). Resolves itself once a new event arrives or it is delivered.
 */
export const shipmentStalledCondition = new AlertConditionDef({
    code: 'logistics-shipment-stalled',
    description: [
        { languageCode: LanguageCode.en, value: 'Shipment without a tracking event for days' },
        { languageCode: LanguageCode.zh_Hans, value: '运单多日无物流更新' },
    ],
    args: {},
    events: [onEvent(ShipmentStalledEvent, e => ({ id: e.shipment.id }))],
    async check(c, id) {
        const shipment = await c.injector.get(ShipmentService).findOne(c.ctx, id);
        if (!shipment || !shipment.stalledAt || shipment.status === TrackingStatus.Delivered) {
            return undefined;
        }
        const since = shipment.lastEventAt ?? shipment.createdAt;
        const days = Math.floor((c.now.getTime() - since.getTime()) / 86_400_000);
        return shipmentSubject(
            shipment,
            `Shipment ${shipment.trackingNumber} has had no tracking event for ${days} days.`,
            `运单 ${shipment.trackingNumber} 已 ${days} 天没有物流更新。`,
        );
    },
    async stillHolds(c, id) {
        const shipment = await c.injector.get(ShipmentService).findOne(c.ctx, id);
        return !!shipment && !!shipment.stalledAt && shipment.status !== TrackingStatus.Delivered;
    },
});

/** The conditions on the logistics plugin's events; registered only when `LogisticsPlugin` is installed. */
export const logisticsAlertConditions: AlertConditionDef[] = [
    shipmentExceptionCondition,
    shipmentStalledCondition,
];
