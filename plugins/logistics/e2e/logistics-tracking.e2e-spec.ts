import { EventBus } from '@vendure/core';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsAdministratorWithPermissions,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { testDb } from '../../../src/testing/test-config';
import { ShipmentDeliveredEvent } from '../events/shipment-delivered.event';
import { ShipmentExceptionEvent } from '../events/shipment-exception.event';

import {
    LgAddTrackingEventDocument,
    LgCarrierAdaptersDocument,
    LgCarriersDocument,
    LgCreateCarrierDocument,
    LgCreateShippingMethodDocument,
    LgSetVariantShippingDocument,
    LgDeleteCarrierDocument,
    LgRotateSecretDocument,
    LgShipmentDocument,
    LgShipmentEventCountDocument,
    LgShipmentsDocument,
    LgShipmentStatusDocument,
    LgTrackingJobsDocument,
    LgUpdateCarrierDocument,
} from './graphql/generated-admin';
import {
    LgAddItemDocument,
    LgEligibleShippingMethodsDocument,
    LgMyOrderShipmentsDocument,
    LgSetAddressDocument,
    LgTrackOrderDocument,
} from './graphql/generated-shop';
import {
    address,
    adminOrder,
    closeWebhookClient,
    eventually,
    placeOrder,
    postWebhook,
    shipWithCarrier,
    WebhookEventBody,
} from './logistics-e2e-helpers';

describe('Logistics: carriers, shipments, webhooks and tracking', () => {
    const { server, adminClient, shopClient } = createTriflowTestEnvironment();
    const otherAdmin = createTriflowTestEnvironment().adminClient;
    let webhookCarrier: { id: string; code: string; secret: string };
    let manualCarrierId: string;
    const delivered: string[] = [];
    const exceptions: string[] = [];
    let customers: Array<{ id: string; emailAddress: string }>;

    beforeAll(async () => {
        await startTestServer({ server, adminClient, shopClient }, { customerCount: 2 });
        const bus = server.app.get(EventBus);
        bus.ofType(ShipmentDeliveredEvent).subscribe(e => delivered.push(e.shipment.trackingNumber));
        bus.ofType(ShipmentExceptionEvent).subscribe(e => exceptions.push(e.shipment.trackingNumber));
        customers = await getTestCustomers(adminClient);
    });

    afterAll(async () => {
        closeWebhookClient();
        await server.destroy();
    });

    const event = (
        id: string,
        trackingNumber: string,
        status: string,
        occurredAt: string,
        extra: Partial<WebhookEventBody> = {},
    ): WebhookEventBody => ({ id, trackingNumber, status, occurredAt, ...extra });
    const send = (events: WebhookEventBody[], options: { secret?: string; timestamp?: number } = {}) =>
        postWebhook(webhookCarrier.code, JSON.stringify({ events }), {
            secret: options.secret ?? webhookCarrier.secret,
            timestamp: options.timestamp,
        });
    const eventCount = async (shipmentId: string) =>
        (await run(adminClient, LgShipmentEventCountDocument, { id: shipmentId })).shipment?.events.length ??
        0;
    /** Apply jobs queued for the shipment (their data names the shipments to apply, by database id). */
    const jobsFor = async (shipmentId: string) =>
        (await run(adminClient, LgTrackingJobsDocument)).jobs.items.filter(j =>
            ((j.data as { shipmentIds?: Array<string | number> }).shipmentIds ?? [])
                .map(String)
                .includes(shipmentId.replace(/^T_/, '')),
        ).length;
    const statusOf = (shipmentId: string, status: string) =>
        eventually(
            async () =>
                (await run(adminClient, LgShipmentStatusDocument, { id: shipmentId })).shipment?.status,
            s => s === status,
        );

    /** A paid order shipped with the webhook carrier; returns the order code and the shipment id. */
    async function shippedOrder(trackingNumber: string, carrierCode = webhookCarrier.code) {
        await shopClient.asAnonymousUser();
        const code = await placeOrder(shopClient, 'T_1', `${trackingNumber.toLowerCase()}@triflow.test`);
        const fulfillment = await shipWithCarrier(adminClient, code, carrierCode, trackingNumber);
        expect(fulfillment.__typename).toBe('Fulfillment');
        const order = await adminOrder(adminClient, code);
        return { code, shipmentId: order.shipments[0].id, fulfillmentId: order.fulfillments![0].id };
    }

    describe('carriers', () => {
        it('lists the built-in adapters', async () => {
            const { carrierAdapters } = await run(adminClient, LgCarrierAdaptersDocument);
            expect(carrierAdapters).toEqual(
                expect.arrayContaining([
                    expect.objectContaining({ code: 'manual', acceptsWebhooks: false }),
                    expect.objectContaining({ code: 'generic-webhook', acceptsWebhooks: true }),
                ]),
            );
        });

        it('creates a webhook carrier and a manual carrier, each with its own secret and webhook path', async () => {
            const { createCarrier } = await run(adminClient, LgCreateCarrierDocument, {
                input: {
                    code: 'swift',
                    name: 'Swift Express',
                    adapterCode: 'generic-webhook',
                    trackingUrlTemplate: 'https://track.example/{trackingNumber}',
                },
            });
            if (createCarrier.__typename !== 'Carrier') {
                throw new Error(createCarrier.message);
            }
            expect(createCarrier.webhookPath).toBe('/logistics/webhook/swift');
            expect(createCarrier.webhookSecret).toMatch(/^[0-9a-f]{64}$/);
            webhookCarrier = { id: createCarrier.id, code: 'swift', secret: createCarrier.webhookSecret! };

            const manual = await run(adminClient, LgCreateCarrierDocument, {
                input: { code: 'own-van', name: 'Own van', adapterCode: 'manual' },
            });
            if (manual.createCarrier.__typename !== 'Carrier') {
                throw new Error(manual.createCarrier.message);
            }
            manualCarrierId = manual.createCarrier.id;
            expect(manual.createCarrier.webhookSecret).not.toBe(webhookCarrier.secret);
        });

        it('refuses a duplicate code, a malformed code and an unknown adapter', async () => {
            const { createCarrier } = await run(adminClient, LgCreateCarrierDocument, {
                input: { code: 'swift', name: 'Again', adapterCode: 'manual' },
            });
            expect(createCarrier).toMatchObject({
                __typename: 'CarrierCodeInUseError',
                errorCode: 'CARRIER_CODE_IN_USE_ERROR',
            });
            expect(
                await expectGraphQLError(adminClient, LgCreateCarrierDocument, {
                    input: { code: 'Bad Code!', name: 'X', adapterCode: 'manual' },
                }),
            ).toMatch(/lower-case letters/);
            expect(
                await expectGraphQLError(adminClient, LgCreateCarrierDocument, {
                    input: { code: 'nope', name: 'X', adapterCode: 'carrier-pigeon' },
                }),
            ).toMatch(/Unknown carrier adapter "carrier-pigeon"/);
            const { carriers } = await run(adminClient, LgCarriersDocument);
            expect(carriers.items.map(c => c.code).sort()).toEqual(['own-van', 'swift']);
        });

        it('needs ReadCarrier to list carriers, and UpdateCarrier to see a secret', async () => {
            await loginAsAdministratorWithPermissions(adminClient, otherAdmin, ['ReadCatalog']);
            expect(await expectGraphQLError(otherAdmin, LgCarriersDocument)).toMatch(
                /not currently authorized/,
            );
            await loginAsAdministratorWithPermissions(adminClient, otherAdmin, ['ReadCarrier']);
            const { carriers } = await run(otherAdmin, LgCarriersDocument);
            expect(carriers.totalItems).toBe(2);
            expect(carriers.items.every(c => c.webhookSecret === null)).toBe(true);
            expect(
                await expectGraphQLError(otherAdmin, LgUpdateCarrierDocument, {
                    input: { id: webhookCarrier.id, name: 'Hijacked' },
                }),
            ).toMatch(/not currently authorized/);
        });
    });

    describe('fulfillment with a carrier', () => {
        it('opens a Pending shipment with the packages; the fulfillment carries the carrier name and tracking number', async () => {
            await shopClient.asAnonymousUser();
            const code = await placeOrder(shopClient, 'T_1', 'packages@triflow.test');
            const fulfillment = await shipWithCarrier(
                adminClient,
                code,
                'swift',
                'SW-PKG',
                '[{"weight":2500,"length":300,"width":200,"height":100}]',
            );
            expect(fulfillment).toMatchObject({
                __typename: 'Fulfillment',
                state: 'Pending',
                method: 'Swift Express',
                trackingCode: 'SW-PKG',
            });
            const order = await adminOrder(adminClient, code);
            const { shipment } = await run(adminClient, LgShipmentDocument, { id: order.shipments[0].id });
            expect(shipment).toMatchObject({
                status: 'Pending',
                trackingNumber: 'SW-PKG',
                trackingUrl: 'https://track.example/SW-PKG',
                carrier: { code: 'swift' },
                packages: [{ weight: 2500, length: 300, width: 200, height: 100 }],
                events: [],
            });
        });

        it('refuses an unknown carrier and a missing tracking number, and opens no shipment', async () => {
            await shopClient.asAnonymousUser();
            const code = await placeOrder(shopClient, 'T_1', 'refused@triflow.test');
            const unknown = await shipWithCarrier(adminClient, code, 'no-such-carrier', 'X-1');
            expect(unknown.__typename).toBe('CreateFulfillmentError');
            const noNumber = await shipWithCarrier(adminClient, code, 'swift', '  ');
            expect(noNumber.__typename).toBe('CreateFulfillmentError');
            const order = await adminOrder(adminClient, code);
            expect(order.fulfillments).toEqual([]);
            expect(order.shipments).toEqual([]);
        });

        it('a manual event moves the fulfillment and the order to Shipped', async () => {
            const { code, shipmentId } = await shippedOrder('VAN-1', 'own-van');
            const { addShipmentTrackingEvent } = await run(adminClient, LgAddTrackingEventDocument, {
                input: { shipmentId, status: 'InTransit', location: 'Depot', description: 'Left the depot' },
            });
            expect(addShipmentTrackingEvent).toMatchObject({ status: 'InTransit' });
            expect(addShipmentTrackingEvent.events).toHaveLength(1);
            const order = await adminOrder(adminClient, code);
            expect(order.state).toBe('Shipped');
            expect(order.fulfillments![0].state).toBe('Shipped');
            expect(
                await expectGraphQLError(adminClient, LgAddTrackingEventDocument, {
                    input: { shipmentId, status: 'InTransit', occurredAt: 'not a date' },
                }),
            ).toBeTruthy();
        });

        it('refuses to delete a carrier that has shipments', async () => {
            const { deleteCarrier } = await run(adminClient, LgDeleteCarrierDocument, {
                id: manualCarrierId,
            });
            expect(deleteCarrier.result).toBe('NOT_DELETED');
        });
    });

    describe('webhook', () => {
        it('a signed InTransit then Delivered moves shipment, fulfillment and order to Shipped, then Delivered', async () => {
            const { code, shipmentId } = await shippedOrder('SW-1');
            const first = await send([
                event('e1-1', 'SW-1', 'InTransit', '2026-11-01T10:00:00Z', { location: 'Leeds hub' }),
            ]);
            expect(first).toEqual({ status: 202, json: { received: 1, unknownTrackingNumbers: 0 } });
            await statusOf(shipmentId, 'InTransit');
            expect(
                await eventually(
                    async () => (await adminOrder(adminClient, code)).state,
                    s => s === 'Shipped',
                ),
            ).toBe('Shipped');

            expect((await send([event('e1-2', 'SW-1', 'Delivered', '2026-11-02T09:00:00Z')])).status).toBe(
                202,
            );
            expect(await statusOf(shipmentId, 'Delivered')).toBe('Delivered');
            const order = await eventually(
                () => adminOrder(adminClient, code),
                o => o.state === 'Delivered',
            );
            expect(order.state).toBe('Delivered');
            expect(order.fulfillments![0].state).toBe('Delivered');
            await eventually(
                () => Promise.resolve(delivered),
                d => d.includes('SW-1'),
            );
            expect(delivered.filter(n => n === 'SW-1')).toHaveLength(1);

            const { shipment } = await run(adminClient, LgShipmentDocument, { id: shipmentId });
            expect(shipment?.events.map(e => [e.status, e.carrierEventId, e.location])).toEqual([
                ['InTransit', 'e1-1', 'Leeds hub'],
                ['Delivered', 'e1-2', null],
            ]);
            expect(shipment?.events[0].rawPayload).toMatchObject({
                trackingNumber: 'SW-1',
                status: 'InTransit',
            });
        });

        it('refuses a bad signature, a stale timestamp, a malformed body, and writes nothing', async () => {
            const { shipmentId } = await shippedOrder('SW-2');
            const body = JSON.stringify({
                events: [event('e2-1', 'SW-2', 'InTransit', '2026-11-01T10:00:00Z')],
            });
            const wrongSecret = await postWebhook('swift', body, { secret: 'not-the-secret' });
            expect(wrongSecret.status).toBe(401);
            const tampered = await postWebhook('swift', body, {
                secret: webhookCarrier.secret,
                signature: 'sha256=' + '0'.repeat(64),
            });
            expect(tampered.status).toBe(401);
            const stale = await send([event('e2-1', 'SW-2', 'InTransit', '2026-11-01T10:00:00Z')], {
                timestamp: Math.floor(Date.now() / 1000) - 3600,
            });
            expect(stale).toMatchObject({ status: 401, json: { error: 'stale timestamp' } });
            const notJson = await postWebhook('swift', '{"events": [', { secret: webhookCarrier.secret });
            expect(notJson.status).toBe(400);
            const badStatus = await send([event('e2-2', 'SW-2', 'Teleported', '2026-11-01T10:00:00Z')]);
            expect(badStatus.status).toBe(400);
            const missingDate = await postWebhook(
                'swift',
                JSON.stringify({ events: [{ id: 'e2-3', trackingNumber: 'SW-2', status: 'InTransit' }] }),
                { secret: webhookCarrier.secret },
            );
            expect(missingDate.status).toBe(400);
            // PostgreSQL cannot store U+0000 in text: refused as malformed, on every database alike.
            const nul = await send([
                event('e2-6', 'SW-2', 'InTransit', '2026-11-01T10:00:00Z', { location: 'Leeds\u0000GB' }),
            ]);
            expect(nul).toMatchObject({
                status: 400,
                json: { error: expect.stringMatching(/location contains a NUL character/) },
            });
            // A batch with one bad event is refused whole.
            const mixed = await send([
                event('e2-4', 'SW-2', 'InTransit', '2026-11-01T10:00:00Z'),
                event('e2-5', 'SW-2', 'InTransit', 'yesterday'),
            ]);
            expect(mixed.status).toBe(400);
            expect(await eventCount(shipmentId)).toBe(0);
            const { shipment } = await run(adminClient, LgShipmentStatusDocument, { id: shipmentId });
            expect(shipment?.status).toBe('Pending');
        });

        it('answers 404 for an unknown carrier and for a carrier whose adapter takes no webhooks', async () => {
            const body = JSON.stringify({ events: [] });
            expect((await postWebhook('nobody', body, { secret: 'x' })).status).toBe(404);
            expect((await postWebhook('own-van', body, { secret: 'x' })).status).toBe(404);
        });

        it('stores the same event once, however often it is delivered', async () => {
            const { shipmentId } = await shippedOrder('SW-3');
            const e = event('e3-1', 'SW-3', 'InTransit', '2026-11-01T10:00:00Z');
            for (let i = 0; i < 3; i++) {
                expect((await send([e])).status).toBe(202);
            }
            expect((await send([e, e])).status).toBe(202);
            await statusOf(shipmentId, 'InTransit');
            expect(await eventCount(shipmentId)).toBe(1);
        });

        it('queues no apply job for a redelivered event, and one for a new event after the last was applied', async () => {
            const { shipmentId } = await shippedOrder('SW-3J');
            expect((await send([event('e3j-1', 'SW-3J', 'InTransit', '2026-11-01T10:00:00Z')])).status).toBe(
                202,
            );
            await statusOf(shipmentId, 'InTransit');
            const jobs = await jobsFor(shipmentId);
            expect(jobs).toBeGreaterThanOrEqual(1);
            for (let i = 0; i < 3; i++) {
                expect(
                    (await send([event('e3j-1', 'SW-3J', 'InTransit', '2026-11-01T10:00:00Z')])).status,
                ).toBe(202);
            }
            expect(await jobsFor(shipmentId)).toBe(jobs);
            expect(
                (await send([event('e3j-2', 'SW-3J', 'OutForDelivery', '2026-11-01T12:00:00Z')])).status,
            ).toBe(202);
            expect(await jobsFor(shipmentId)).toBe(jobs + 1);
            expect(await statusOf(shipmentId, 'OutForDelivery')).toBe('OutForDelivery');
        });

        it('events sent in reverse order end in the status of the latest by event time', async () => {
            const { code, shipmentId } = await shippedOrder('SW-4');
            const timeline = [
                event('e4-1', 'SW-4', 'InfoReceived', '2026-11-01T08:00:00Z'),
                event('e4-2', 'SW-4', 'InTransit', '2026-11-01T12:00:00Z'),
                event('e4-3', 'SW-4', 'OutForDelivery', '2026-11-02T07:00:00Z'),
                event('e4-4', 'SW-4', 'Delivered', '2026-11-02T15:00:00Z'),
            ];
            for (const e of [...timeline].reverse()) {
                expect((await send([e])).status).toBe(202);
            }
            await eventually(
                () => eventCount(shipmentId),
                n => n === 4,
            );
            expect(await statusOf(shipmentId, 'Delivered')).toBe('Delivered');
            const { shipment } = await run(adminClient, LgShipmentDocument, { id: shipmentId });
            expect(shipment?.events.map(e => e.status)).toEqual([
                'InfoReceived',
                'InTransit',
                'OutForDelivery',
                'Delivered',
            ]);
            expect(shipment?.lastEventAt).toBe('2026-11-02T15:00:00.000Z');
            const order = await eventually(
                () => adminOrder(adminClient, code),
                o => o.state === 'Delivered',
            );
            expect(order.fulfillments![0].state).toBe('Delivered');
        });

        it('accepts a batch across shipments and publishes ShipmentExceptionEvent for an exception', async () => {
            const a = await shippedOrder('SW-5');
            const b = await shippedOrder('SW-6');
            const result = await send([
                event('e5-1', 'SW-5', 'InTransit', '2026-11-01T08:00:00Z'),
                event('e6-1', 'SW-6', 'InTransit', '2026-11-01T08:00:00Z'),
                event('e6-2', 'SW-6', 'Exception', '2026-11-01T09:00:00Z', { subStatus: 'customs-hold' }),
                event('e7-1', 'UNKNOWN-7', 'InTransit', '2026-11-01T08:00:00Z'),
            ]);
            expect(result).toEqual({ status: 202, json: { received: 4, unknownTrackingNumbers: 1 } });
            await statusOf(a.shipmentId, 'InTransit');
            expect(await statusOf(b.shipmentId, 'Exception')).toBe('Exception');
            await eventually(
                () => Promise.resolve(exceptions),
                x => x.includes('SW-6'),
            );
            expect(exceptions).toContain('SW-6');
            const { shipments } = await run(adminClient, LgShipmentsDocument, {
                options: { filter: { status: { eq: 'Exception' } } },
            });
            expect(shipments.items.map(s => s.trackingNumber)).toEqual(['SW-6']);
        });

        it('events of one delivery with the same time are stored in the order sent; the last sent is the latest', async () => {
            const { shipmentId } = await shippedOrder('SW-9');
            const at = '2026-11-01T08:00:00Z';
            const result = await send([
                event('e9-1', 'SW-9', 'InTransit', at),
                event('e9-2', 'SW-9', 'OutForDelivery', at),
                event('e9-3', 'SW-9', 'AttemptFail', at, { subStatus: 'no-one-home' }),
            ]);
            expect(result.status).toBe(202);
            expect(await statusOf(shipmentId, 'AttemptFail')).toBe('AttemptFail');
            const { shipment } = await run(adminClient, LgShipmentDocument, { id: shipmentId });
            expect(shipment?.events.map(e => e.status)).toEqual([
                'InTransit',
                'OutForDelivery',
                'AttemptFail',
            ]);
            expect(shipment?.events[2].subStatus).toBe('no-one-home');
        });

        it('a disabled carrier answers 404 at once, however recently it was served, and 202 again when enabled', async () => {
            const { shipmentId } = await shippedOrder('SW-7');
            expect((await send([event('e7-a', 'SW-7', 'InfoReceived', '2026-11-01T07:00:00Z')])).status).toBe(
                202,
            );
            await run(adminClient, LgUpdateCarrierDocument, {
                input: { id: webhookCarrier.id, enabled: false },
            });
            const whileDisabled = await send([event('e7-b', 'SW-7', 'InTransit', '2026-11-01T08:00:00Z')]);
            expect(whileDisabled.status).toBe(404);
            await run(adminClient, LgUpdateCarrierDocument, {
                input: { id: webhookCarrier.id, enabled: true },
            });
            expect((await send([event('e7-c', 'SW-7', 'InTransit', '2026-11-01T09:00:00Z')])).status).toBe(
                202,
            );
            await statusOf(shipmentId, 'InTransit');
            expect(await eventCount(shipmentId)).toBe(2);
        });

        it('accepts the previous secret during the grace period after a rotation, and not after', async () => {
            const { shipmentId } = await shippedOrder('SW-8');
            const oldSecret = webhookCarrier.secret;
            const { rotateCarrierWebhookSecret } = await run(adminClient, LgRotateSecretDocument, {
                id: webhookCarrier.id,
                graceHours: 2,
            });
            expect(rotateCarrierWebhookSecret.webhookSecret).not.toBe(oldSecret);
            expect(rotateCarrierWebhookSecret.previousSecretValidUntil).toBeTruthy();
            webhookCarrier.secret = rotateCarrierWebhookSecret.webhookSecret!;
            const viaOld = await send([event('e8-1', 'SW-8', 'InTransit', '2026-11-01T08:00:00Z')], {
                secret: oldSecret,
            });
            expect(viaOld.status).toBe(202);
            const viaNew = await send([event('e8-2', 'SW-8', 'OutForDelivery', '2026-11-01T09:00:00Z')]);
            expect(viaNew.status).toBe(202);

            const second = await run(adminClient, LgRotateSecretDocument, {
                id: webhookCarrier.id,
                graceHours: 0,
            });
            const refused = await send([event('e8-3', 'SW-8', 'Delivered', '2026-11-01T10:00:00Z')], {
                secret: webhookCarrier.secret,
            });
            expect(refused.status).toBe(401);
            webhookCarrier.secret = second.rotateCarrierWebhookSecret.webhookSecret!;
            await statusOf(shipmentId, 'OutForDelivery');
            expect(await eventCount(shipmentId)).toBe(2);
        });
    });

    describe('shop', () => {
        let ownCode: string;

        it('the owner sees the timeline on the order; another customer cannot read it', async () => {
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            ownCode = await placeOrder(shopClient, 'T_1');
            await shipWithCarrier(adminClient, ownCode, 'swift', 'SW-OWN');
            await send([
                event('own-1', 'SW-OWN', 'InTransit', '2026-11-01T08:00:00Z', { location: 'Leeds' }),
            ]);
            const order = await adminOrder(adminClient, ownCode);
            await statusOf(order.shipments[0].id, 'InTransit');

            const { orderByCode } = await run(shopClient, LgMyOrderShipmentsDocument, { code: ownCode });
            expect(orderByCode?.shipments).toEqual([
                expect.objectContaining({
                    carrierName: 'Swift Express',
                    trackingNumber: 'SW-OWN',
                    trackingUrl: 'https://track.example/SW-OWN',
                    status: 'InTransit',
                    events: [
                        { status: 'InTransit', location: 'Leeds', occurredAt: '2026-11-01T08:00:00.000Z' },
                    ],
                }),
            ]);

            await loginAsCustomer(shopClient, customers[1].emailAddress);
            expect(
                await expectGraphQLError(shopClient, LgMyOrderShipmentsDocument, { code: ownCode }),
            ).toMatch(/not currently authorized/);
            await shopClient.asAnonymousUser();
        });

        it('a guest tracks by code and email address or postal code; any mismatch is not found', async () => {
            const ok = await run(shopClient, LgTrackOrderDocument, {
                orderCode: ownCode,
                emailAddress: customers[0].emailAddress.toUpperCase(),
            });
            expect(ok.trackOrder).toMatchObject({
                __typename: 'OrderTracking',
                orderCode: ownCode,
                shipments: [
                    { trackingNumber: 'SW-OWN', status: 'InTransit', events: [{ location: 'Leeds' }] },
                ],
            });
            const byPostcode = await run(shopClient, LgTrackOrderDocument, {
                orderCode: ownCode,
                postalCode: 'ls14ab',
            });
            expect(byPostcode.trackOrder.__typename).toBe('OrderTracking');
            for (const variables of [
                { orderCode: ownCode, emailAddress: customers[1].emailAddress },
                { orderCode: ownCode, postalCode: 'LS2 1AA' },
                { orderCode: 'NO-SUCH-ORDER', emailAddress: customers[0].emailAddress },
            ]) {
                const { trackOrder } = await run(shopClient, LgTrackOrderDocument, variables);
                expect(trackOrder).toMatchObject({
                    __typename: 'OrderTrackingNotFoundError',
                    errorCode: 'ORDER_TRACKING_NOT_FOUND_ERROR',
                });
            }
            expect(
                await expectGraphQLError(shopClient, LgTrackOrderDocument, { orderCode: ownCode }),
            ).toMatch(/email address or the postal code/);
        });

        it('limits guest look-ups per client address', async () => {
            const results: string[] = [];
            for (let i = 0; i < 12; i++) {
                const { trackOrder } = await run(shopClient, LgTrackOrderDocument, {
                    orderCode: ownCode,
                    postalCode: 'LS1 4AB',
                });
                results.push(trackOrder.__typename);
            }
            expect(results).toContain('TrackingRateLimitError');
            expect(results[results.length - 1]).toBe('TrackingRateLimitError');
        });
    });

    describe('concurrency', () => {
        it('stores each of many concurrently posted events exactly once', async () => {
            const { shipmentId } = await shippedOrder('SW-BURST');
            // 1,000 deliveries on PostgreSQL (500 events, each twice); fewer on sql.js, which is single-threaded.
            const distinct = testDb === 'postgres' ? 500 : 150;
            const events = Array.from({ length: distinct }, (_, i) =>
                event(
                    `burst-${i}`,
                    'SW-BURST',
                    'InTransit',
                    new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
                ),
            );
            const responses = await Promise.all([...events, ...events].map(e => send([e])));
            expect(responses.filter(r => r.status !== 202)).toEqual([]);
            expect(await eventCount(shipmentId)).toBe(distinct);
        });

        it('many deliveries of one parcel racing its applies: the latest status, and ShipmentDeliveredEvent once', async () => {
            const { shipmentId } = await shippedOrder('SW-RACE');
            const at = (second: number) => new Date(Date.UTC(2026, 10, 3, 9, 0, second)).toISOString();
            // In waves, so that applies run while later deliveries are stored: each wave's events mark the
            // shipment again, and the Delivered events of several waves meet applies already under way.
            for (let wave = 0; wave < 4; wave++) {
                const events = Array.from({ length: 10 }, (_, i) =>
                    event(
                        `race-${wave}-${i}`,
                        'SW-RACE',
                        wave === 0 ? 'InTransit' : 'Delivered',
                        at(wave * 10 + i),
                    ),
                );
                const answers = await Promise.all(events.map(e => send([e])));
                expect(answers.filter(a => a.status !== 202)).toEqual([]);
                await new Promise(r => setTimeout(r, 150));
            }
            expect(await statusOf(shipmentId, 'Delivered')).toBe('Delivered');
            expect(await eventCount(shipmentId)).toBe(40);
            // give any apply still queued time to run (and, were it wrong, to publish again)
            await new Promise(r => setTimeout(r, 1000));
            expect(delivered.filter(t => t === 'SW-RACE')).toEqual(['SW-RACE']);
            const { shipment } = await run(adminClient, LgShipmentDocument, { id: shipmentId });
            expect(shipment?.lastEventAt).toBe(at(39));
        });

        it('answers each of many concurrent deliveries on its own: good, refused, unknown numbers, across shipments', async () => {
            const a = await shippedOrder('SW-MIX-A');
            const b = await shippedOrder('SW-MIX-B');
            const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
            const good = Array.from({ length: 12 }, (_, i) =>
                event(`mix-${i}`, i % 2 ? 'SW-MIX-B' : 'SW-MIX-A', i < 10 ? 'InTransit' : 'Delivered', at(i)),
            );
            const body = (events: WebhookEventBody[]) => JSON.stringify({ events });
            // Posted together, so the server writes them in shared batches; each answer must still be its own.
            const deliveries: Array<{ send: () => ReturnType<typeof send>; status: number; json?: unknown }> =
                [
                    ...[...good, ...good].map(e => ({
                        send: () => send([e]),
                        status: 202,
                        json: { received: 1, unknownTrackingNumbers: 0 },
                    })),
                    {
                        send: () => send([event('mix-u1', 'SW-NOBODY', 'InTransit', at(1)), good[0]]),
                        status: 202,
                        json: { received: 2, unknownTrackingNumbers: 1 },
                    },
                    {
                        send: () =>
                            postWebhook(
                                webhookCarrier.code,
                                body([event('mix-x', 'SW-MIX-A', 'Exception', at(40))]),
                                {
                                    secret: 'not-the-secret',
                                },
                            ),
                        status: 401,
                    },
                    { send: () => send([event('mix-y', 'SW-MIX-B', 'Teleported', at(41))]), status: 400 },
                    {
                        send: () =>
                            postWebhook('nobody', body([event('mix-z', 'SW-MIX-A', 'Exception', at(42))]), {
                                secret: 'x',
                            }),
                        status: 404,
                    },
                ];
            const answers = await Promise.all(deliveries.map(d => d.send()));
            answers.forEach((answer, i) => {
                expect({ i, status: answer.status }).toEqual({ i, status: deliveries[i].status });
                if (deliveries[i].json) {
                    expect(answer.json).toEqual(deliveries[i].json);
                }
            });
            // Only the good events, each once; the refused ones wrote nothing; both shipments end Delivered.
            expect(await statusOf(a.shipmentId, 'Delivered')).toBe('Delivered');
            expect(await statusOf(b.shipmentId, 'Delivered')).toBe('Delivered');
            expect(await eventCount(a.shipmentId)).toBe(6);
            expect(await eventCount(b.shipmentId)).toBe(6);
        });
    });
    describe('rate-table shipping', () => {
        const table = (extra: Record<string, unknown> = {}) =>
            JSON.stringify({
                volumetricDivisor: 5000,
                zones: [
                    { zone: 'Europe', firstWeight: 1000, firstPrice: 800, stepWeight: 500, stepPrice: 200 },
                ],
                remote: [{ prefix: 'BT', surcharge: 500 }],
                ...extra,
            });
        const method = async (code: string, json: string) => {
            await run(adminClient, LgCreateShippingMethodDocument, {
                input: {
                    code,
                    fulfillmentHandler: 'manual-fulfillment',
                    checker: { code: 'rate-table-eligibility', arguments: [{ name: 'table', value: json }] },
                    calculator: {
                        code: 'rate-table',
                        arguments: [
                            { name: 'table', value: json },
                            { name: 'taxRate', value: '0' },
                        ],
                    },
                    translations: [{ languageCode: 'en', name: code, description: '' }],
                },
            });
        };
        /** The prices the shop offers, by method name, for one unit of the variant shipped to the postcode. */
        const quote = async (variantId: string, postalCode: string, countryCode = 'GB') => {
            await shopClient.asAnonymousUser();
            await run(shopClient, LgAddItemDocument, { variantId, quantity: 1 });
            await run(shopClient, LgSetAddressDocument, { address: { ...address, postalCode, countryCode } });
            const { eligibleShippingMethods } = await run(shopClient, LgEligibleShippingMethodsDocument);
            return Object.fromEntries(eligibleShippingMethods.map(m => [m.name, m.price]));
        };

        beforeAll(async () => {
            await run(adminClient, LgSetVariantShippingDocument, {
                input: [
                    // 2.5 kg in a 10 cm cube: the actual weight counts.
                    {
                        id: 'T_2',
                        customFields: {
                            shippingWeight: 2500,
                            shippingLength: 100,
                            shippingWidth: 100,
                            shippingHeight: 100,
                        },
                    },
                    // 1 kg in 40 x 30 x 25 cm: 30,000 cm3 / 5000 = 6 kg volumetric.
                    {
                        id: 'T_3',
                        customFields: {
                            shippingWeight: 1000,
                            shippingLength: 400,
                            shippingWidth: 300,
                            shippingHeight: 250,
                        },
                    },
                ],
            });
            await method('rate-table-std', table());
            await method('rate-table-free', table({ freeOver: 1 }));
        });

        it('prices 2.5 kg to Europe as the table says: 800 + 3 x 200', async () => {
            const prices = await quote('T_2', 'LS1 4AB');
            expect(prices['rate-table-std']).toBe(1400);
        });

        it('charges the volumetric weight when it is larger: 6 kg = 800 + 10 x 200', async () => {
            expect((await quote('T_3', 'LS1 4AB'))['rate-table-std']).toBe(2800);
        });

        it('adds the remote surcharge to listed postcodes only, and waives the base rate over the threshold', async () => {
            const remote = await quote('T_2', 'BT1 1AA');
            expect(remote['rate-table-std']).toBe(1900);
            expect(remote['rate-table-free']).toBe(500);
            expect((await quote('T_2', 'LS1 4AB'))['rate-table-free']).toBe(0);
        });

        it('is not offered to a zone the table does not list', async () => {
            const prices = await quote('T_2', '200001', 'CN');
            expect(prices['rate-table-std']).toBeUndefined();
        });
    });
});
