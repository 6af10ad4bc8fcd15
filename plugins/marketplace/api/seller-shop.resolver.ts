import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Asset,
    Ctx,
    ListQueryOptions,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';

import { SellerRatingSummary } from '../config/seller-rating-strategy';

import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { MarketplaceSellerService, RegisterSellerInput } from '../services/marketplace-seller.service';

import { DuplicateSellerError, SellerEmailAddressConflictError } from './error-results';

@Resolver()
export class SellerShopResolver {
    constructor(private sellerService: MarketplaceSellerService) {}

    @Query()
    @Allow(Permission.Public)
    marketplaceSellers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<MarketplaceSeller> },
        @Relations(MarketplaceSeller) relations: RelationPaths<MarketplaceSeller>,
    ): Promise<PaginatedList<MarketplaceSeller>> {
        return this.sellerService.findAllPublic(ctx, args.options, relations);
    }

    @Query()
    @Allow(Permission.Public)
    marketplaceSeller(
        @Ctx() ctx: RequestContext,
        @Args() args: { id?: ID | null; code?: string | null },
    ): Promise<MarketplaceSeller | undefined> {
        return this.sellerService.findPublic(ctx, args);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Public)
    registerSeller(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: RegisterSellerInput },
    ): Promise<MarketplaceSeller | DuplicateSellerError | SellerEmailAddressConflictError> {
        return this.sellerService.register(ctx, args.input);
    }
}

@Resolver('RegisterSellerResult')
export class RegisterSellerResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'MarketplaceSeller';
    }
}

/** The public profile's fields, in both APIs. */
@Resolver('MarketplaceSeller')
export class SellerProfileEntityResolver {
    constructor(
        private sellerService: MarketplaceSellerService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    async logo(@Ctx() ctx: RequestContext, @Parent() seller: MarketplaceSeller): Promise<Asset | null> {
        if (seller.logo !== undefined) {
            return seller.logo;
        }
        if (seller.logoId == null) {
            return null;
        }
        return this.connection.getRepository(ctx, Asset).findOne({ where: { id: seller.logoId } });
    }

    @ResolveField()
    rating(@Ctx() ctx: RequestContext, @Parent() seller: MarketplaceSeller): Promise<SellerRatingSummary> {
        return this.sellerService.getRatingSummary(ctx, seller);
    }
}
