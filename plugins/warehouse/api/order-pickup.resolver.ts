import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ActiveOrderService,
    Allow,
    Ctx,
    Order,
    Permission,
    RequestContext,
    Transaction,
} from '@vendure/core';

import { Warehouse } from '../entities/warehouse.entity';
import { OrderPickupPoint, OrderPickupService } from '../services/order-pickup.service';

import { PickupNoActiveOrderError } from './error-results';

/**
 * Click-and-collect on the shop API. Every operation acts on the session's active order only: there is no
 * order argument, so nobody can choose (or read) the pick-up point of someone else's order.
 */
@Resolver()
export class OrderPickupShopResolver {
    constructor(
        private pickup: OrderPickupService,
        private activeOrderService: ActiveOrderService,
    ) {}

    @Query()
    @Allow(Permission.Owner)
    async activeOrderPickupPoints(@Ctx() ctx: RequestContext): Promise<OrderPickupPoint[]> {
        const order = await this.activeOrder(ctx);
        return this.pickup.pickupPoints(ctx, order);
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.UpdateOrder, Permission.Owner)
    async setOrderPickupWarehouse(@Ctx() ctx: RequestContext, @Args() args: { warehouseId: ID }) {
        const order = await this.activeOrder(ctx);
        return order
            ? this.pickup.setPickupWarehouse(ctx, order, args.warehouseId)
            : new PickupNoActiveOrderError();
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.UpdateOrder, Permission.Owner)
    async unsetOrderPickupWarehouse(@Ctx() ctx: RequestContext) {
        const order = await this.activeOrder(ctx);
        return order ? this.pickup.clearPickupWarehouse(ctx, order) : new PickupNoActiveOrderError();
    }

    private async activeOrder(ctx: RequestContext): Promise<Order | undefined> {
        if (!ctx.session) {
            return undefined;
        }
        return this.activeOrderService.getActiveOrder(ctx, undefined);
    }
}

@Resolver('SetOrderPickupWarehouseResult')
export class SetOrderPickupWarehouseResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Order';
    }
}

@Resolver('UnsetOrderPickupWarehouseResult')
export class UnsetOrderPickupWarehouseResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Order';
    }
}

/** Admin: which pick-up warehouse the buyer chose. */
@Resolver()
export class OrderPickupAdminResolver {
    constructor(private pickup: OrderPickupService) {}

    @Query()
    @Allow(Permission.ReadOrder)
    async orderPickupWarehouse(
        @Ctx() ctx: RequestContext,
        @Args() args: { orderId: ID },
    ): Promise<Warehouse | undefined> {
        return this.pickup.chosenWarehouseInChannel(ctx, args.orderId);
    }
}
