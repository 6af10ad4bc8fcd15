import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Collection,
    CollectionService,
    Ctx,
    ListQueryOptions,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    TranslatorService,
} from '@vendure/core';

import { MarketplaceSellerPermission } from '../constants';
import { MarketplaceCommissionRule } from '../entities/commission-rule.entity';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import {
    CommissionRuleService,
    CreateCommissionRuleInput,
    UpdateCommissionRuleInput,
} from '../services/commission-rule.service';
import { MarketplaceSellerService } from '../services/marketplace-seller.service';

import { DuplicateCommissionRuleError } from './error-results';

/**
 * Commission rules are the operator's: read with `ReadMarketplaceSeller`, written with `UpdateMarketplaceSeller`,
 * the permission `setSellerFinance` (a seller's own rate) asks for. A seller's role holds neither.
 */
@Resolver()
export class CommissionRuleAdminResolver {
    constructor(private rules: CommissionRuleService) {}

    @Query()
    @Allow(MarketplaceSellerPermission.Read)
    marketplaceCommissionRules(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<MarketplaceCommissionRule> },
        @Relations(MarketplaceCommissionRule) relations: RelationPaths<MarketplaceCommissionRule>,
    ): Promise<PaginatedList<MarketplaceCommissionRule>> {
        return this.rules.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(MarketplaceSellerPermission.Read)
    marketplaceCommissionRule(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<MarketplaceCommissionRule | undefined> {
        return this.rules.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    createMarketplaceCommissionRule(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateCommissionRuleInput },
    ): Promise<MarketplaceCommissionRule | DuplicateCommissionRuleError> {
        return this.rules.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    updateMarketplaceCommissionRule(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateCommissionRuleInput },
    ): Promise<MarketplaceCommissionRule | DuplicateCommissionRuleError> {
        return this.rules.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(MarketplaceSellerPermission.Update)
    async deleteMarketplaceCommissionRule(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<DeletionResponse> {
        return { result: await this.rules.delete(ctx, args.id) };
    }
}

@Resolver('MarketplaceCommissionRule')
export class CommissionRuleEntityResolver {
    constructor(
        private collectionService: CollectionService,
        private sellers: MarketplaceSellerService,
        private translator: TranslatorService,
    ) {}

    /** The collection in the request's language (loaded with the rule, or looked up). */
    @ResolveField()
    async collection(
        @Ctx() ctx: RequestContext,
        @Parent() rule: MarketplaceCommissionRule,
    ): Promise<Collection | undefined> {
        if (rule.collection?.translations) {
            return this.translator.translate(rule.collection, ctx);
        }
        return this.collectionService.findOne(ctx, rule.collectionId, []);
    }

    @ResolveField()
    seller(
        @Ctx() ctx: RequestContext,
        @Parent() rule: MarketplaceCommissionRule,
    ): Promise<MarketplaceSeller | undefined | null> {
        if (rule.sellerId == null) {
            return Promise.resolve(null);
        }
        return rule.seller ? Promise.resolve(rule.seller) : this.sellers.findOne(ctx, rule.sellerId);
    }
}

@Resolver('MarketplaceCommissionRuleResult')
export class MarketplaceCommissionRuleResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'MarketplaceCommissionRule';
    }
}
