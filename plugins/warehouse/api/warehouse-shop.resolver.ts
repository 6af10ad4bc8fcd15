import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, Permission, ProductVariant, RequestContext } from '@vendure/core';

import { PickupAvailability, WarehouseStockService } from '../services/warehouse-stock.service';

@Resolver()
export class PickupAvailabilityShopResolver {
    constructor(private stock: WarehouseStockService) {}

    @Query()
    @Allow(Permission.Public)
    pickupAvailability(
        @Ctx() ctx: RequestContext,
        @Args() args: { productVariantId: ID },
    ): Promise<PickupAvailability[]> {
        return this.stock.pickupAvailability(ctx, args.productVariantId);
    }
}

@Resolver('ProductVariant')
export class ProductVariantPickupShopResolver {
    constructor(private stock: WarehouseStockService) {}

    @ResolveField()
    pickupAvailability(
        @Ctx() ctx: RequestContext,
        @Parent() variant: ProductVariant,
    ): Promise<PickupAvailability[]> {
        return this.stock.pickupAvailability(ctx, variant.id);
    }
}
