import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Allow,
    Channel,
    Ctx,
    ListQueryOptions,
    RelationPaths,
    Relations,
    RequestContext,
    Role,
    Seller,
    StockLocation,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';

import { MarketplaceSellerPermission, OfferPermission } from '../constants';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { MarketplaceSellerService, UpdateSellerProfileInput } from '../services/marketplace-seller.service';

import { SellerStatusTransitionError } from './error-results';

type StatusResult = MarketplaceSeller | SellerStatusTransitionError;

@Resolver()
export class SellerAdminResolver {
    constructor(private sellerService: MarketplaceSellerService) {}

    @Query()
    @Allow(MarketplaceSellerPermission.Read)
    marketplaceSellers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<MarketplaceSeller> },
        @Relations(MarketplaceSeller) relations: RelationPaths<MarketplaceSeller>,
    ): Promise<PaginatedList<MarketplaceSeller>> {
        return this.sellerService.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(MarketplaceSellerPermission.Read)
    marketplaceSeller(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<MarketplaceSeller | undefined> {
        return this.sellerService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(MarketplaceSellerPermission.Read, OfferPermission.Read)
    async activeMarketplaceSeller(@Ctx() ctx: RequestContext): Promise<MarketplaceSeller | null> {
        return this.sellerService.findByChannel(ctx, ctx.channelId);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update, OfferPermission.Update)
    updateMarketplaceSellerProfile(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateSellerProfileInput },
    ): Promise<MarketplaceSeller> {
        return this.sellerService.updateProfile(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    approveSeller(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<StatusResult> {
        return this.sellerService.approve(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    rejectSeller(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; reason: string },
    ): Promise<StatusResult> {
        return this.sellerService.reject(ctx, args.id, args.reason);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    suspendSeller(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; reason: string },
    ): Promise<StatusResult> {
        return this.sellerService.suspend(ctx, args.id, args.reason);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    reinstateSeller(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<StatusResult> {
        return this.sellerService.reinstate(ctx, args.id);
    }
}

@Resolver('MarketplaceSeller')
export class SellerAdminEntityResolver {
    constructor(
        private sellerService: MarketplaceSellerService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    seller(@Ctx() ctx: RequestContext, @Parent() seller: MarketplaceSeller): Promise<Seller | null> {
        return seller.seller
            ? Promise.resolve(seller.seller)
            : this.connection.getRepository(ctx, Seller).findOne({ where: { id: seller.sellerId } });
    }

    @ResolveField()
    channel(@Ctx() ctx: RequestContext, @Parent() seller: MarketplaceSeller): Promise<Channel | null> {
        return seller.channel ? Promise.resolve(seller.channel) : this.sellerService.getChannel(ctx, seller);
    }

    @ResolveField()
    async stockLocation(
        @Ctx() ctx: RequestContext,
        @Parent() seller: MarketplaceSeller,
    ): Promise<StockLocation | null> {
        if (seller.stockLocationId == null) {
            return null;
        }
        return this.connection
            .getRepository(ctx, StockLocation)
            .findOne({ where: { id: seller.stockLocationId } });
    }

    @ResolveField()
    async role(@Ctx() ctx: RequestContext, @Parent() seller: MarketplaceSeller): Promise<Role | null> {
        if (seller.roleId == null) {
            return null;
        }
        return this.connection
            .getRepository(ctx, Role)
            .findOne({ where: { id: seller.roleId }, relations: { channels: true } });
    }

    @ResolveField()
    administrators(
        @Ctx() ctx: RequestContext,
        @Parent() seller: MarketplaceSeller,
    ): Promise<Administrator[]> {
        return this.sellerService.getAdministrators(ctx, seller);
    }
}

@Resolver('SellerStatusResult')
export class SellerStatusResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'MarketplaceSeller';
    }
}
