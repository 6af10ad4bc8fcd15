import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ID } from '@vendure/common/lib/shared-types';
import { RequestContext, StockLocationService } from '@vendure/core';

import { WarehouseService } from '../../warehouse';

/** `Shipment.fromWarehouse`: where a shipment leaves from. */
export interface ShipmentWarehouse {
    stockLocationId: ID;
    name: string;
    code: string | null;
}

/**
 * Names a shipment's from-location: the Vendure `StockLocation`'s name, plus the warehouse code through the
 * warehouse plugin's exported `WarehouseService` when WarehousePlugin is installed (without it, `code` is null).
 */
@Injectable()
export class ShipmentWarehouseService implements OnModuleInit {
    private warehouses: WarehouseService | undefined;

    constructor(
        private moduleRef: ModuleRef,
        private stockLocationService: StockLocationService,
    ) {}

    /** @internal */
    onModuleInit(): void {
        try {
            this.warehouses = this.moduleRef.get(WarehouseService, { strict: false });
        } catch {
            // WarehousePlugin is not installed: the stock location's name alone.
            this.warehouses = undefined;
        }
    }

    async describe(ctx: RequestContext, stockLocationId: ID | null): Promise<ShipmentWarehouse | null> {
        if (stockLocationId == null) {
            return null;
        }
        const location = await this.stockLocationService.findOne(ctx, stockLocationId);
        if (!location) {
            // No longer in the channel (or deleted): the id is still on the shipment.
            return null;
        }
        const warehouse = this.warehouses
            ? (await this.warehouses.byStockLocationId(ctx)).get(String(location.id))
            : undefined;
        return { stockLocationId: location.id, name: location.name, code: warehouse?.code ?? null };
    }
}
