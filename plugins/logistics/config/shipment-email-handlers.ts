// From its own module: the package's index loads the whole email plugin (mjml and its HTML tools, some 1,150
// modules), which only a running platform needs (see src/platform-config.ts).
import { EmailEventListener } from '@vendure/email-plugin/lib/src/event-listener';
import { Injector, LanguageCode, Order, TransactionalConnection, Type } from '@vendure/core';

import { Shipment } from '../entities/shipment.entity';
import { ShipmentDeliveredEvent } from '../events/shipment-delivered.event';
import { ShipmentExceptionEvent } from '../events/shipment-exception.event';
import { CarrierService } from '../services/carrier.service';
import { CustomerLanguageService } from '../services/customer-language.service';
import { ShipmentService } from '../services/shipment.service';

/** What a shipment email shows; `zh` picks the Simplified Chinese text of the template. */
export interface ShipmentEmailData {
    zh: boolean;
    languageCode: LanguageCode;
    recipient: string;
    customerName: string;
    orderCode: string;
    carrierName: string;
    trackingNumber: string;
    trackingUrl: string | null;
    status: string;
    /** The latest event: the carrier's description, where and when (ISO 8601). */
    description: string | null;
    location: string | null;
    occurredAt: string | null;
}

const subjects = {
    delivered: { en: 'Your order {{ orderCode }} has been delivered', zh: '您的订单 {{ orderCode }} 已送达' },
    exception: {
        en: 'A problem with the delivery of your order {{ orderCode }}',
        zh: '您的订单 {{ orderCode }} 配送出现问题',
    },
};

async function loadShipmentEmailData(
    event: ShipmentDeliveredEvent | ShipmentExceptionEvent,
    injector: Injector,
): Promise<ShipmentEmailData> {
    const { ctx, shipment } = event;
    const order = await injector
        .get(TransactionalConnection)
        .getRepository(ctx, Order)
        .findOne({ where: { id: shipment.orderId }, relations: ['customer'] });
    const recipient = order?.customer?.emailAddress;
    if (!order || !recipient) {
        // The EmailPlugin logs this and sends nothing.
        throw new Error(`Shipment ${String(shipment.id)}: its order has no customer email address`);
    }
    const languageCode = await injector.get(CustomerLanguageService).languageFor(ctx, order.customerId);
    const carrier = shipment.carrier ?? (await injector.get(CarrierService).findOne(ctx, shipment.carrierId));
    const timeline = await injector.get(ShipmentService).timeline(ctx, shipment.id);
    const latest = timeline[timeline.length - 1];
    return {
        zh: languageCode === LanguageCode.zh_Hans,
        languageCode,
        recipient,
        customerName: [order.customer?.firstName, order.customer?.lastName].filter(Boolean).join(' '),
        orderCode: order.code,
        carrierName: carrier?.name ?? '',
        trackingNumber: shipment.trackingNumber,
        trackingUrl: injector.get(CarrierService).trackingUrl(carrier, shipment.trackingNumber),
        status: shipment.status,
        description: latest?.carrierStatusText ?? null,
        location: latest?.location ?? null,
        occurredAt: latest ? latest.occurredAt.toISOString() : null,
    };
}

function shipmentEmailHandler<E extends ShipmentDeliveredEvent | ShipmentExceptionEvent>(
    type: 'shipment-delivered' | 'shipment-exception',
    eventType: Type<E>,
    subject: { en: string; zh: string },
) {
    return new EmailEventListener(type)
        .on(eventType)
        .filter(event => (event.shipment as Shipment | undefined)?.orderId != null)
        .loadData(({ event, injector }) => loadShipmentEmailData(event, injector))
        .setRecipient(event => event.data.recipient)
        .setLanguageCode(event => event.data.languageCode)
        .setFrom('{{ fromAddress }}')
        .setSubject(event => (event.data.zh ? subject.zh : subject.en))
        .setTemplateVars(event => ({ ...event.data }));
}

/**
 * Emails the customer when a shipment is delivered (`shipment-delivered`), in English or Simplified Chinese by
 * the customer's `notificationLanguage` (see {@link CustomerLanguageService}). Template:
 * `static/email/templates/shipment-delivered/body.hbs`.
 */
export const shipmentDeliveredEmailHandler = shipmentEmailHandler(
    'shipment-delivered',
    ShipmentDeliveredEvent,
    subjects.delivered,
);

/**
 * Emails the customer when a shipment runs into an exception or a failed delivery attempt
 * (`shipment-exception`), in the customer's language. Template: `static/email/templates/shipment-exception/body.hbs`.
 */
export const shipmentExceptionEmailHandler = shipmentEmailHandler(
    'shipment-exception',
    ShipmentExceptionEvent,
    subjects.exception,
);

/** Both shipment emails, to list next to `defaultEmailHandlers` in `EmailPlugin.init({ handlers })`. */
export const logisticsEmailHandlers = [shipmentDeliveredEmailHandler, shipmentExceptionEmailHandler];
