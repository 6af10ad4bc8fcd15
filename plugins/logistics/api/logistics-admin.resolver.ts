import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, Order, Permission, RequestContext, Transaction } from '@vendure/core';

import { CarrierPermission, ShipmentPermission, WEBHOOK_ROUTE } from '../constants';
import { Carrier } from '../entities/carrier.entity';
import { Shipment } from '../entities/shipment.entity';
import { TrackingEvent } from '../entities/tracking-event.entity';
import { CarrierAdapterRegistry } from '../services/carrier-adapter-registry';
import { CarrierService, CreateCarrierInput, UpdateCarrierInput } from '../services/carrier.service';
import { RateTableImportService, ShippingRateTableImportReport } from '../services/rate-table-import.service';
import { ShipmentStallCheckService } from '../services/shipment-stall-check.service';
import { ShipmentWarehouse, ShipmentWarehouseService } from '../services/shipment-warehouse.service';
import { AddShipmentTrackingEventInput, ShipmentService } from '../services/shipment.service';
import { TrackingPollResult, TrackingPollService } from '../services/tracking-poll.service';

import { CarrierCodeInUseError, MalformedShippingRateTableCsvError } from './error-results';

@Resolver()
export class LogisticsAdminResolver {
    constructor(
        private carrierService: CarrierService,
        private shipmentService: ShipmentService,
        private adapters: CarrierAdapterRegistry,
        private stallCheck: ShipmentStallCheckService,
        private rateTableImport: RateTableImportService,
        private trackingPoll: TrackingPollService,
    ) {}

    @Mutation()
    @Allow(ShipmentPermission.Update)
    runCarrierTrackingPoll(@Ctx() ctx: RequestContext): Promise<TrackingPollResult> {
        return this.trackingPoll.run(ctx);
    }

    @Query()
    @Allow(Permission.ReadShippingMethod)
    exportShippingRateTableCsv(@Args() args: { table: string }): string {
        return this.rateTableImport.exportCsv(args.table);
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.UpdateShippingMethod)
    importShippingRateTableCsv(
        @Ctx() ctx: RequestContext,
        @Args() args: { csv: string; shippingMethodId?: ID | null; languageCode?: LanguageCode | null },
    ): Promise<ShippingRateTableImportReport | MalformedShippingRateTableCsvError> {
        return this.rateTableImport.importCsv(
            ctx,
            args.csv,
            args.shippingMethodId,
            args.languageCode ?? ctx.languageCode,
        );
    }

    @Query()
    @Allow(CarrierPermission.Read)
    carriers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Carrier> },
    ): Promise<PaginatedList<Carrier>> {
        return this.carrierService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(CarrierPermission.Read)
    carrier(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Carrier | undefined> {
        return this.carrierService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(CarrierPermission.Read)
    carrierAdapters(): Array<{ code: string; description: string; acceptsWebhooks: boolean }> {
        return this.adapters.list().map(a => ({
            code: a.code,
            description: a.description,
            acceptsWebhooks: !!a.verifyWebhook && !!a.parseWebhook,
        }));
    }

    @Query()
    @Allow(ShipmentPermission.Read)
    shipments(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Shipment> },
    ): Promise<PaginatedList<Shipment>> {
        return this.shipmentService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(ShipmentPermission.Read)
    shipment(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Shipment | undefined> {
        return this.shipmentService.findOne(ctx, args.id);
    }

    @Transaction()
    @Mutation()
    @Allow(CarrierPermission.Create)
    createCarrier(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateCarrierInput },
    ): Promise<Carrier | CarrierCodeInUseError> {
        return this.carrierService.create(ctx, args.input);
    }

    @Transaction()
    @Mutation()
    @Allow(CarrierPermission.Update)
    updateCarrier(@Ctx() ctx: RequestContext, @Args() args: { input: UpdateCarrierInput }): Promise<Carrier> {
        return this.carrierService.update(ctx, args.input);
    }

    @Transaction()
    @Mutation()
    @Allow(CarrierPermission.Delete)
    deleteCarrier(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.carrierService.delete(ctx, args.id);
    }

    @Transaction()
    @Mutation()
    @Allow(CarrierPermission.Update)
    rotateCarrierWebhookSecret(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; graceHours?: number | null },
    ): Promise<Carrier> {
        return this.carrierService.rotateSecret(ctx, args.id, args.graceHours);
    }

    @Transaction()
    @Mutation()
    @Allow(ShipmentPermission.Update)
    addShipmentTrackingEvent(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: AddShipmentTrackingEventInput },
    ): Promise<Shipment> {
        return this.shipmentService.addManualEvent(ctx, args.input);
    }

    @Transaction()
    @Mutation()
    @Allow(ShipmentPermission.Update)
    setShipmentWarehouse(
        @Ctx() ctx: RequestContext,
        @Args() args: { shipmentId: ID; stockLocationId?: ID | null },
    ): Promise<Shipment> {
        return this.shipmentService.setFromStockLocation(ctx, args.shipmentId, args.stockLocationId ?? null);
    }

    @Mutation()
    @Allow(ShipmentPermission.Update)
    runShipmentStalledCheck(@Ctx() ctx: RequestContext): Promise<Shipment[]> {
        return this.stallCheck.run(ctx);
    }
}

@Resolver('CreateCarrierResult')
export class CreateCarrierResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Carrier';
    }
}

@Resolver('ImportShippingRateTableCsvResult')
export class ImportShippingRateTableCsvResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'ShippingRateTableImportReport';
    }
}

@Resolver('Carrier')
export class CarrierAdminEntityResolver {
    @ResolveField()
    webhookPath(@Parent() carrier: Carrier): string {
        return `/${WEBHOOK_ROUTE}/${carrier.code}`;
    }

    @ResolveField()
    webhookSecret(@Ctx() ctx: RequestContext, @Parent() carrier: Carrier): string | null {
        return ctx.userHasPermissions([CarrierPermission.Update]) ? carrier.webhookSecret : null;
    }
}

@Resolver('Shipment')
export class ShipmentAdminEntityResolver {
    constructor(
        private shipments: ShipmentService,
        private carriers: CarrierService,
        private shipmentWarehouses: ShipmentWarehouseService,
    ) {}

    @ResolveField()
    fromWarehouse(
        @Ctx() ctx: RequestContext,
        @Parent() shipment: Shipment,
    ): Promise<ShipmentWarehouse | null> {
        return this.shipmentWarehouses.describe(ctx, shipment.fromStockLocationId);
    }

    @ResolveField()
    carrier(@Ctx() ctx: RequestContext, @Parent() shipment: Shipment): Promise<Carrier | undefined> {
        return shipment.carrier
            ? Promise.resolve(shipment.carrier)
            : this.carriers.findOne(ctx, shipment.carrierId);
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

/** `Order.shipments` in the admin API. */
@Resolver('Order')
export class OrderShipmentsAdminResolver {
    constructor(private shipmentService: ShipmentService) {}

    @ResolveField()
    @Allow(ShipmentPermission.Read)
    shipments(@Ctx() ctx: RequestContext, @Parent() order: Order): Promise<Shipment[]> {
        return this.shipmentService.forOrder(ctx, order.id);
    }
}
