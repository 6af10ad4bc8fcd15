import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Order, Permission, RequestContext } from '@vendure/core';

import { Shipment } from '../entities/shipment.entity';
import { TrackingEvent } from '../entities/tracking-event.entity';
import { CarrierService } from '../services/carrier.service';
import { OrderTracking, OrderTrackingService } from '../services/order-tracking.service';
import { ShipmentService } from '../services/shipment.service';

import { OrderTrackingNotFoundError, TrackingRateLimitError } from './error-results';

@Resolver()
export class LogisticsShopResolver {
    constructor(private tracking: OrderTrackingService) {}

    @Query()
    @Allow(Permission.Public)
    trackOrder(
        @Ctx() ctx: RequestContext,
        @Args() args: { orderCode: string; emailAddress?: string | null; postalCode?: string | null },
    ): Promise<OrderTracking | OrderTrackingNotFoundError | TrackingRateLimitError> {
        return this.tracking.track(ctx, args);
    }
}

@Resolver('TrackOrderResult')
export class TrackOrderResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'OrderTracking';
    }
}

/**
 * `Order.shipments` in the shop API. Whoever may read the order (Vendure checked that when resolving it: the
 * owner, or the holder of the code within the order-by-code window) may read its shipments.
 */
@Resolver('Order')
export class OrderShipmentsShopResolver {
    constructor(private shipmentService: ShipmentService) {}

    @ResolveField()
    shipments(@Ctx() ctx: RequestContext, @Parent() order: Order): Promise<Shipment[]> {
        return this.shipmentService.forOrder(ctx, order.id);
    }
}

@Resolver('Shipment')
export class ShipmentShopEntityResolver {
    constructor(
        private shipments: ShipmentService,
        private carriers: CarrierService,
    ) {}

    @ResolveField()
    async carrierName(@Ctx() ctx: RequestContext, @Parent() shipment: Shipment): Promise<string> {
        const carrier = shipment.carrier ?? (await this.carriers.findOne(ctx, shipment.carrierId));
        return carrier?.name ?? '';
    }

    @ResolveField()
    async trackingUrl(@Ctx() ctx: RequestContext, @Parent() shipment: Shipment): Promise<string | null> {
        const carrier = shipment.carrier ?? (await this.carriers.findOne(ctx, shipment.carrierId));
        return this.carriers.trackingUrl(carrier, shipment.trackingNumber);
    }

    @ResolveField()
    events(@Ctx() ctx: RequestContext, @Parent() shipment: Shipment): Promise<TrackingEvent[]> {
        return this.shipments.timeline(ctx, shipment.id);
    }
}
