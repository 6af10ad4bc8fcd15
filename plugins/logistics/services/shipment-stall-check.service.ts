import { Inject, Injectable } from '@nestjs/common';
import { EventBus, RequestContext, TransactionalConnection } from '@vendure/core';

import { LOGISTICS_PLUGIN_OPTIONS } from '../constants';
import { Shipment } from '../entities/shipment.entity';
import { ShipmentStalledEvent } from '../events/shipment-stalled.event';
import { ResolvedLogisticsPluginOptions } from '../types';

import { ShipmentService } from './shipment.service';

/** Publishes `ShipmentStalledEvent` once per silence for undelivered shipments without recent events. */
@Injectable()
export class ShipmentStallCheckService {
    constructor(
        private connection: TransactionalConnection,
        private shipments: ShipmentService,
        private eventBus: EventBus,
        @Inject(LOGISTICS_PLUGIN_OPTIONS) private options: ResolvedLogisticsPluginOptions,
    ) {}

    async run(ctx: RequestContext, now = new Date()): Promise<Shipment[]> {
        const before = new Date(now.getTime() - this.options.stalledAfterDays * 86_400_000);
        return this.connection.withTransaction(ctx, async tx => {
            const stalled = await this.shipments.findStalled(tx, before);
            for (const shipment of stalled) {
                await this.shipments.markStalled(tx, shipment);
                await this.eventBus.publish(new ShipmentStalledEvent(tx, shipment));
            }
            return stalled;
        });
    }
}
