import { ModuleRef } from '@nestjs/core';
import { ConfigService, Injector } from '@vendure/core';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { TRACKING_POLL_TASK_ID, TrackingPollResult, TrackingStatus } from '../index';

import { TestPullCarrierPlugin, testPullCarrierAdapter } from './fixtures/test-pull-carrier.plugin';
import {
    LgAddTrackingEventDocument,
    LgCarrierAdaptersDocument,
    LgCreateCarrierDocument,
    LgRunStalledCheckDocument,
    LgRunTrackingPollDocument,
    LgShipmentEventCountDocument,
    LgShipmentsDocument,
    LgShipmentStatusDocument,
    LgUpdateCarrierDocument,
} from './graphql/generated-admin';
import { adminOrder, eventually, placeOrder, shipWithCarrier } from './logistics-e2e-helpers';

describe('Logistics: polling carriers that do not push, and the stalled filter', () => {
    const env = createTriflowTestEnvironment({
        plugins: [...triflowTestConfig().plugins, TestPullCarrierPlugin],
    });
    const { server, adminClient, shopClient } = env;
    const otherAdmin = createTriflowTestEnvironment().adminClient;
    const carriers: Record<string, string> = {};
    const shipments: Record<string, string> = {};

    async function createCarrier(code: string, adapterCode: string) {
        const { createCarrier: carrier } = await run(adminClient, LgCreateCarrierDocument, {
            input: {
                code,
                name: code,
                adapterCode,
                trackingUrlTemplate: 'https://t.example/{trackingNumber}',
            },
        });
        if (carrier.__typename !== 'Carrier') {
            throw new Error(carrier.message);
        }
        carriers[code] = carrier.id;
    }

    async function ship(trackingNumber: string, carrierCode: string) {
        await shopClient.asAnonymousUser();
        const code = await placeOrder(shopClient, 'T_1', `${trackingNumber.toLowerCase()}@triflow.test`);
        await shipWithCarrier(adminClient, code, carrierCode, trackingNumber);
        shipments[trackingNumber] = (await adminOrder(adminClient, code)).shipments[0].id;
    }

    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

    const event = (id: string, trackingNumber: string, status: TrackingStatus, occurredAt: string) => ({
        carrierEventId: id,
        trackingNumber,
        status,
        occurredAt,
    });

    const statusOf = (trackingNumber: string, status: string) =>
        eventually(
            async () =>
                (await run(adminClient, LgShipmentStatusDocument, { id: shipments[trackingNumber] })).shipment
                    ?.status,
            s => s === status,
        );

    const eventCount = async (trackingNumber: string) =>
        (await run(adminClient, LgShipmentEventCountDocument, { id: shipments[trackingNumber] })).shipment
            ?.events.length;

    /** Runs the scheduled task as the worker does. */
    async function runTask(): Promise<TrackingPollResult> {
        const task = server.app
            .get(ConfigService)
            .schedulerOptions.tasks.find(t => t.id === TRACKING_POLL_TASK_ID);
        if (!task) {
            throw new Error('The tracking poll task is not registered');
        }
        return (await task.execute(new Injector(server.app.get(ModuleRef)))) as TrackingPollResult;
    }

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        await createCarrier('pull-co', 'test-pull');
        await createCarrier('pull-off', 'test-pull');
        await createCarrier('push-co', 'generic-webhook');
        await ship('PULL-1', 'pull-co');
        await ship('PULL-2', 'pull-co');
        await ship('OFF-1', 'pull-off');
        await ship('PUSH-1', 'push-co');
        await run(adminClient, LgUpdateCarrierDocument, {
            input: { id: carriers['pull-off'], enabled: false },
        });
    });

    afterAll(async () => {
        await server.destroy();
    });

    it('offers the adapter the fixture plugin registered', async () => {
        const { carrierAdapters } = await run(adminClient, LgCarrierAdaptersDocument);
        expect(carrierAdapters).toContainEqual(
            expect.objectContaining({ code: 'test-pull', acceptsWebhooks: false }),
        );
    });

    it('the scheduled task fetches open shipments of enabled pulling carriers and applies the events', async () => {
        testPullCarrierAdapter.feed.set('PULL-1', [
            event('p1-a', 'PULL-1', TrackingStatus.InTransit, daysAgo(10)),
            event('p1-b', 'PULL-1', TrackingStatus.Delivered, daysAgo(9)),
            // Another shipment's number in this shipment's answer is not taken.
            event('p1-x', 'OFF-1', TrackingStatus.Delivered, daysAgo(9)),
        ]);
        testPullCarrierAdapter.feed.set('PULL-2', [
            event('p2-a', 'PULL-2', TrackingStatus.InTransit, daysAgo(10)),
        ]);
        testPullCarrierAdapter.feed.set('OFF-1', [
            event('off-a', 'OFF-1', TrackingStatus.InTransit, daysAgo(10)),
        ]);
        testPullCarrierAdapter.asked = [];
        expect(await runTask()).toEqual({ shipments: 2, events: 3, failed: 0 });
        // Not the disabled carrier, not the webhook carrier.
        expect(testPullCarrierAdapter.asked.sort()).toEqual(['PULL-1', 'PULL-2']);
        expect(await statusOf('PULL-1', 'Delivered')).toBe('Delivered');
        expect(await statusOf('PULL-2', 'InTransit')).toBe('InTransit');
        expect(await eventCount('PULL-1')).toBe(2);
        expect(await eventCount('OFF-1')).toBe(0);
    });

    it('stores each event once however often it is fetched, and no longer asks about delivered shipments', async () => {
        testPullCarrierAdapter.feed.set('PULL-2', [
            event('p2-a', 'PULL-2', TrackingStatus.InTransit, daysAgo(10)),
            event('p2-b', 'PULL-2', TrackingStatus.OutForDelivery, daysAgo(8)),
        ]);
        testPullCarrierAdapter.asked = [];
        const { runCarrierTrackingPoll } = await run(adminClient, LgRunTrackingPollDocument);
        expect(runCarrierTrackingPoll).toEqual({ shipments: 1, events: 2, failed: 0 });
        expect(testPullCarrierAdapter.asked).toEqual(['PULL-2']);
        expect(await statusOf('PULL-2', 'OutForDelivery')).toBe('OutForDelivery');
        expect(await eventCount('PULL-2')).toBe(2);
        expect(await runTask()).toEqual({ shipments: 1, events: 2, failed: 0 });
        expect(await eventCount('PULL-2')).toBe(2);
    });

    it('a failing fetch or a malformed event stores nothing for that shipment', async () => {
        testPullCarrierAdapter.failing.add('PULL-2');
        expect(await runTask()).toEqual({ shipments: 1, events: 0, failed: 1 });
        testPullCarrierAdapter.failing.delete('PULL-2');
        testPullCarrierAdapter.feed.set('PULL-2', [
            event('p2-c', 'PULL-2', TrackingStatus.Delivered, daysAgo(7)),
            event('p2-d', 'PULL-2', 'Teleported' as TrackingStatus, daysAgo(7)),
        ]);
        expect(await runTask()).toEqual({ shipments: 1, events: 0, failed: 1 });
        expect(await eventCount('PULL-2')).toBe(2);
        expect(
            (await run(adminClient, LgShipmentStatusDocument, { id: shipments['PULL-2'] })).shipment?.status,
        ).toBe('OutForDelivery');
    });

    it('needs UpdateShipment to run the poll', async () => {
        await loginAsAdministratorWithPermissions(adminClient, otherAdmin, ['ReadShipment']);
        testPullCarrierAdapter.asked = [];
        expect(await expectGraphQLError(otherAdmin, LgRunTrackingPollDocument)).toMatch(
            /not currently authorized/,
        );
        expect(testPullCarrierAdapter.asked).toEqual([]);
    });

    it('filters the shipments list by stalled or not', async () => {
        await run(adminClient, LgAddTrackingEventDocument, {
            input: {
                shipmentId: shipments['PUSH-1'],
                status: 'InTransit',
                occurredAt: daysAgo(10),
            },
        });
        const { runShipmentStalledCheck } = await run(adminClient, LgRunStalledCheckDocument);
        // PULL-2's last event is eight days old: both are silent for more than five days.
        const stalledNumbers = runShipmentStalledCheck.map(s => s.trackingNumber).sort();
        expect(stalledNumbers).toEqual(['PULL-2', 'PUSH-1']);
        const list = async (isNull: boolean) =>
            (
                await run(adminClient, LgShipmentsDocument, {
                    options: { filter: { stalledAt: { isNull } } },
                })
            ).shipments.items
                .map(s => s.trackingNumber)
                .sort();
        expect(await list(false)).toEqual(stalledNumbers);
        const notStalled = await list(true);
        expect(notStalled).toContain('PULL-1');
        expect(notStalled.filter(n => stalledNumbers.includes(n))).toEqual([]);
        expect([...notStalled, ...stalledNumbers].sort()).toEqual(['OFF-1', 'PULL-1', 'PULL-2', 'PUSH-1']);
    });
});
