import { INestApplicationContext } from '@nestjs/common';
import { CreateAddressInput } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    isGraphQlErrorResult,
    LanguageCode,
    Logger,
    Order,
    OrderService,
    ProductVariant,
    RequestContext,
    ShippingMethodService,
    TransactionalConnection,
} from '@vendure/core';

import { demoOrderContext, placeDemoOrder } from '../../../src/demo/demo-orders';

import { CARRIER_FULFILLMENT_HANDLER_CODE, loggerCtx } from '../constants';
import { ParsedTrackingEvent } from '../config/carrier-adapter';
import { RATE_TABLE_CALCULATOR_CODE, RATE_TABLE_CHECKER_CODE } from '../config/rate-table-shipping';
import { TrackingStatus } from '../config/tracking-status';
import { Carrier } from '../entities/carrier.entity';
import { Shipment } from '../entities/shipment.entity';
import { CarrierService } from '../services/carrier.service';
import { ShipmentService } from '../services/shipment.service';

/** Code of the demo's webhook carrier: its presence means the demo was seeded. */
export const DEMO_WEBHOOK_CARRIER_CODE = 'swift-express';
/** Code of the demo's manual carrier. */
export const DEMO_MANUAL_CARRIER_CODE = 'city-courier';
/** Tracking numbers of the demo shipments, by what their timeline shows. */
export const DEMO_TRACKING_NUMBERS = {
    delivered: 'SWX100000001',
    exception: 'SWX100000002',
    /** Only "info received": `npm run demo:webhook -- SWX100000003 InTransit` moves it. */
    waiting: 'SWX100000003',
    manual: 'CC-20261130-01',
} as const;

/** Code of the demo's shipping method priced by a rate table. */
export const DEMO_RATE_TABLE_METHOD_CODE = 'rate-table-delivery';

/**
 * The demo rate table: every zone of Vendure's sample data, 1 kg first band and 0.5 kg steps, volumetric weight at
 * 5000 cm³/kg, free over 500.00, and remote-postcode surcharges (Northern Ireland, the Hebrides, Tibet).
 */
export const DEMO_RATE_TABLE = {
    volumetricDivisor: 5000,
    freeOver: 50000,
    zones: [
        {
            zone: 'Europe',
            firstWeight: 1000,
            firstPrice: 800,
            stepWeight: 500,
            stepPrice: 200,
            maxWeight: 30000,
            maxLength: 1200,
        },
        {
            zone: 'Asia',
            firstWeight: 1000,
            firstPrice: 1500,
            stepWeight: 500,
            stepPrice: 400,
            maxWeight: 30000,
            maxLength: 1200,
        },
        {
            zone: 'Americas',
            firstWeight: 1000,
            firstPrice: 1800,
            stepWeight: 500,
            stepPrice: 450,
            maxWeight: 30000,
            maxLength: 1200,
        },
        {
            zone: 'Oceania',
            firstWeight: 1000,
            firstPrice: 2000,
            stepWeight: 500,
            stepPrice: 500,
            maxWeight: 20000,
            maxLength: 1000,
        },
        {
            zone: 'Africa',
            firstWeight: 1000,
            firstPrice: 2200,
            stepWeight: 500,
            stepPrice: 550,
            maxWeight: 20000,
            maxLength: 1000,
        },
    ],
    remote: [
        { prefix: 'BT', surcharge: 500 },
        { prefix: 'HS', surcharge: 500 },
        { from: '850000', to: '859999', surcharge: 300 },
    ],
};

const HOUR_MS = 60 * 60 * 1000;

interface DemoShopper {
    emailAddress: string;
    /** The language of the shopper's shipment emails. */
    notificationLanguage: LanguageCode;
    firstName: string;
    lastName: string;
    address: CreateAddressInput;
}

const shoppers: Record<'emma' | 'wang', DemoShopper> = {
    emma: {
        emailAddress: 'emma.clarke@example.com',
        notificationLanguage: LanguageCode.en,
        firstName: 'Emma',
        lastName: 'Clarke',
        address: {
            fullName: 'Emma Clarke',
            streetLine1: '14 Park Row',
            city: 'Leeds',
            postalCode: 'LS1 5HD',
            countryCode: 'GB',
        },
    },
    wang: {
        emailAddress: 'wang.fang@example.cn',
        notificationLanguage: LanguageCode.zh_Hans,
        firstName: '芳',
        lastName: '王',
        address: {
            fullName: '王芳 Wang Fang',
            streetLine1: '浦东新区世纪大道 100 号',
            city: '上海 Shanghai',
            postalCode: '200120',
            countryCode: 'CN',
        },
    },
};

interface DemoEvent {
    status: TrackingStatus;
    subStatus?: string;
    code: string;
    text: string;
    location: string;
    hoursAgo: number;
}

interface DemoShipment {
    shopper: DemoShopper;
    /** Index into the sample variants the demo picks from. */
    variant: number;
    carrierCode: string;
    trackingNumber: string;
    packages: string;
    events: DemoEvent[];
}

const plan: DemoShipment[] = [
    {
        shopper: shoppers.emma,
        variant: 0,
        carrierCode: DEMO_WEBHOOK_CARRIER_CODE,
        trackingNumber: DEMO_TRACKING_NUMBERS.delivered,
        packages: '[{"weight":1800,"length":400,"width":300,"height":150}]',
        events: [
            {
                status: TrackingStatus.InfoReceived,
                code: 'LBL',
                text: 'Label created · 已创建运单',
                location: 'Shanghai, CN',
                hoursAgo: 96,
            },
            {
                status: TrackingStatus.InTransit,
                subStatus: 'departed-hub',
                code: 'DEP',
                text: 'Departed Shanghai hub · 已离开上海转运中心',
                location: 'Shanghai, CN',
                hoursAgo: 80,
            },
            {
                status: TrackingStatus.InTransit,
                subStatus: 'arrived-hub',
                code: 'ARR',
                text: 'Arrived at Leeds hub · 已到达利兹转运中心',
                location: 'Leeds, GB',
                hoursAgo: 30,
            },
            {
                status: TrackingStatus.OutForDelivery,
                code: 'OFD',
                text: 'Out for delivery · 派送中',
                location: 'Leeds, GB',
                hoursAgo: 8,
            },
            {
                status: TrackingStatus.Delivered,
                subStatus: 'signed',
                code: 'DLV',
                text: 'Delivered, signed by E. Clarke · 已签收',
                location: 'Leeds, GB',
                hoursAgo: 5,
            },
        ],
    },
    {
        shopper: shoppers.wang,
        variant: 1,
        carrierCode: DEMO_WEBHOOK_CARRIER_CODE,
        trackingNumber: DEMO_TRACKING_NUMBERS.exception,
        packages: '[{"weight":2500,"length":500,"width":400,"height":300}]',
        events: [
            {
                status: TrackingStatus.InfoReceived,
                code: 'LBL',
                text: 'Label created · 已创建运单',
                location: 'London, GB',
                hoursAgo: 72,
            },
            {
                status: TrackingStatus.InTransit,
                subStatus: 'departed-hub',
                code: 'DEP',
                text: 'Departed London hub · 已离开伦敦转运中心',
                location: 'London, GB',
                hoursAgo: 60,
            },
            {
                status: TrackingStatus.Exception,
                subStatus: 'customs-hold',
                code: 'CUS',
                text: 'Held at customs: invoice missing · 海关查验：缺少商业发票',
                location: 'Shanghai Pudong, CN',
                hoursAgo: 20,
            },
        ],
    },
    {
        shopper: shoppers.emma,
        variant: 2,
        carrierCode: DEMO_WEBHOOK_CARRIER_CODE,
        trackingNumber: DEMO_TRACKING_NUMBERS.waiting,
        packages: '[{"weight":900}]',
        events: [
            {
                status: TrackingStatus.InfoReceived,
                code: 'LBL',
                text: 'Label created · 已创建运单',
                location: 'Shanghai, CN',
                hoursAgo: 2,
            },
        ],
    },
    {
        shopper: shoppers.wang,
        variant: 3,
        carrierCode: DEMO_MANUAL_CARRIER_CODE,
        trackingNumber: DEMO_TRACKING_NUMBERS.manual,
        packages: '',
        events: [
            {
                status: TrackingStatus.InTransit,
                code: 'InTransit',
                text: 'Picked up by the courier · 快递员已取件',
                location: 'Shanghai, CN',
                hoursAgo: 3,
            },
        ],
    },
];

/**
 * The logistics demo: a generic-webhook carrier (Swift Express) and a manual one (City Courier), and four demo
 * orders shipped with them, each with its timeline: one delivered, one held at customs (an exception), one just
 * labelled (for `npm run demo:webhook`) and one entered by hand. Emma gets her shipment emails in English, Wang Fang in
 * Simplified Chinese. Carrier names are bilingual (a carrier name is not translatable). Seeds once: nothing is done
 * when the webhook carrier exists.
 */
export async function seedLogisticsDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const carriers = app.get(CarrierService);
    if (await carriers.findByCode(ctx, DEMO_WEBHOOK_CARRIER_CODE)) {
        return;
    }
    const orderCtx = await demoOrderContext(app, ctx);
    await app.get(TransactionalConnection).withTransaction(orderCtx, async txCtx => {
        await seed(app, txCtx);
    });
    Logger.info(
        'Seeded the logistics demo (2 carriers, 4 shipped orders with timelines, a rate-table shipping method)',
        loggerCtx,
    );
}

/**
 * A shipping method priced by {@link DEMO_RATE_TABLE}, shipped with the carriers. Its eligibility checker has no
 * table of its own: it follows the calculator's (one table to keep, edited on the shipping-method page).
 */
async function seedRateTableMethod(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    await app.get(ShippingMethodService).create(ctx, {
        code: DEMO_RATE_TABLE_METHOD_CODE,
        fulfillmentHandler: CARRIER_FULFILLMENT_HANDLER_CODE,
        checker: { code: RATE_TABLE_CHECKER_CODE, arguments: [{ name: 'table', value: '' }] },
        calculator: {
            code: RATE_TABLE_CALCULATOR_CODE,
            arguments: [
                { name: 'table', value: JSON.stringify(DEMO_RATE_TABLE) },
                { name: 'taxRate', value: '0' },
            ],
        },
        translations: [
            {
                languageCode: LanguageCode.en,
                name: 'Parcel by weight and zone',
                description:
                    'Priced by the rate table: zone, weight (or volume, when larger) and remote postcodes.',
            },
            {
                languageCode: LanguageCode.zh_Hans,
                name: '按重量和区域计费的包裹',
                description: '按运费表计价：区域、重量（体积重更大时按体积重）和偏远邮编。',
            },
        ],
    });
}

async function seed(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const carriers = app.get(CarrierService);
    const shipments = app.get(ShipmentService);
    const connection = app.get(TransactionalConnection);
    for (const input of [
        {
            code: DEMO_WEBHOOK_CARRIER_CODE,
            name: 'Swift Express 迅捷快递',
            adapterCode: 'generic-webhook',
            trackingUrlTemplate: 'https://track.swift-express.example/{trackingNumber}',
        },
        {
            code: DEMO_MANUAL_CARRIER_CODE,
            name: 'City Courier 同城快递',
            adapterCode: 'manual',
            trackingUrlTemplate: '',
        },
    ]) {
        const created = await carriers.create(ctx, input);
        if (!(created instanceof Carrier)) {
            throw new Error(`Demo carrier ${input.code}: ${created.message}`);
        }
    }
    const variants = await connection
        .getRepository(ctx, ProductVariant)
        .createQueryBuilder('variant')
        .where('variant.deletedAt IS NULL')
        .andWhere('variant.enabled = :enabled', { enabled: true })
        .andWhere('variant.sku != :avoid', { avoid: 'L2201308' })
        .orderBy('variant.id', 'ASC')
        .take(12)
        .getMany();
    if (variants.length === 0) {
        throw new Error('The logistics demo needs the sample catalog');
    }
    for (const item of plan) {
        const order = await placeOrder(
            app,
            ctx,
            item.shopper,
            variants[(item.variant * 3) % variants.length].id,
        );
        const fulfillment = await app.get(OrderService).createFulfillment(ctx, {
            lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
            handler: {
                code: CARRIER_FULFILLMENT_HANDLER_CODE,
                arguments: [
                    { name: 'carrierCode', value: item.carrierCode },
                    { name: 'trackingNumber', value: item.trackingNumber },
                    { name: 'packages', value: item.packages },
                ],
            },
        });
        if (isGraphQlErrorResult(fulfillment)) {
            throw new Error(`Demo fulfillment for ${order.code}: ${fulfillment.message}`);
        }
        const shipment = await connection
            .getRepository(ctx, Shipment)
            .findOneOrFail({ where: { fulfillmentId: fulfillment.id }, relations: ['carrier'] });
        const now = Date.now();
        if (item.carrierCode === DEMO_MANUAL_CARRIER_CODE) {
            for (const e of item.events) {
                await shipments.addManualEvent(ctx, {
                    shipmentId: shipment.id,
                    status: e.status,
                    description: e.text,
                    location: e.location,
                    occurredAt: new Date(now - e.hoursAgo * HOUR_MS),
                });
            }
            continue;
        }
        // As the carrier's webhook would have delivered them (see GenericWebhookCarrierAdapter's format).
        const events: ParsedTrackingEvent[] = item.events.map((e, i) => {
            const occurredAt = new Date(now - e.hoursAgo * HOUR_MS).toISOString();
            const raw = {
                id: `${item.trackingNumber}-${i + 1}`,
                trackingNumber: item.trackingNumber,
                status: e.status,
                subStatus: e.subStatus,
                code: e.code,
                description: e.text,
                location: e.location,
                occurredAt,
            };
            return {
                carrierEventId: raw.id,
                trackingNumber: item.trackingNumber,
                status: e.status,
                subStatus: e.subStatus ?? null,
                carrierStatusCode: e.code,
                carrierStatusText: e.text,
                location: e.location,
                occurredAt,
                rawPayload: raw,
            };
        });
        await shipments.storeEvents(ctx, shipment.carrier, events);
        await shipments.applyLatestStatus(ctx, shipment.id);
    }
    // After the demo orders, which ship by the sample catalogue's standard method.
    await seedRateTableMethod(app, ctx);
}

/** A paid (settled) order of one unit of the variant by the shopper, shipping by the sample catalogue's standard method. */
function placeOrder(
    app: INestApplicationContext,
    ctx: RequestContext,
    shopper: DemoShopper,
    variantId: ID,
): Promise<Order> {
    return placeDemoOrder(app, ctx, {
        label: `Logistics demo, order of ${shopper.emailAddress}`,
        customer: {
            emailAddress: shopper.emailAddress,
            firstName: shopper.firstName,
            lastName: shopper.lastName,
            customFields: { notificationLanguage: shopper.notificationLanguage },
        },
        lines: [{ productVariantId: variantId, quantity: 1 }],
        address: shopper.address,
        shipping: { code: 'standard-shipping' },
        settle: true,
    });
}
