import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import { Allow, Ctx, RequestContext, Transaction } from '@vendure/core';

import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { MarketplaceSellerService, RegisterSellerInput } from '../services/marketplace-seller.service';

import { DuplicateSellerError, SellerEmailAddressConflictError } from './error-results';

@Resolver()
export class SellerShopResolver {
    constructor(private sellerService: MarketplaceSellerService) {}

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
