import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse, Permission } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Ctx,
    ForbiddenError,
    ListQueryOptions,
    Order,
    RequestContext,
    Transaction,
} from '@vendure/core';

import { Company } from '../entities/company.entity';
import { CompanyMember, CompanyRole } from '../entities/company-member.entity';
import { CompanyService, InviteCompanyMemberInput } from '../services/company.service';

import { CustomerAlreadyInCompanyError } from './error-results';

/** What the shop API shows of a member: their name and email, not the whole Customer. */
interface ShopCompanyMember {
    id: ID;
    customerId: ID;
    firstName: string;
    lastName: string;
    emailAddress: string;
    role: CompanyRole;
}

function toShopMember(member: CompanyMember): ShopCompanyMember {
    return {
        id: member.id,
        customerId: member.customerId,
        firstName: member.customer?.firstName ?? '',
        lastName: member.customer?.lastName ?? '',
        emailAddress: member.customer?.emailAddress ?? '',
        role: member.role,
    };
}

@Resolver()
export class CompanyShopResolver {
    constructor(private companyService: CompanyService) {}

    @Query()
    @Allow(Permission.Owner)
    async activeCompany(
        @Ctx() ctx: RequestContext,
    ): Promise<(Company & { myRole: CompanyRole }) | undefined> {
        const membership = await this.companyService.getActiveMembership(ctx);
        return membership ? Object.assign(membership.company, { myRole: membership.role }) : undefined;
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    async inviteCompanyMember(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: InviteCompanyMemberInput },
    ): Promise<ShopCompanyMember | CustomerAlreadyInCompanyError> {
        const result = await this.companyService.inviteMember(ctx, args.input);
        if (result instanceof CustomerAlreadyInCompanyError) {
            return result;
        }
        const [member] = (await this.companyService.getMembers(ctx, result.companyId)).filter(
            m => String(m.id) === String(result.id),
        );
        return toShopMember(member);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    async removeCompanyMember(
        @Ctx() ctx: RequestContext,
        @Args() args: { customerId: ID },
    ): Promise<DeletionResponse> {
        return { result: await this.companyService.removeMemberAsCompanyAdmin(ctx, args.customerId) };
    }
}

@Resolver('Company')
export class CompanyShopEntityResolver {
    constructor(private companyService: CompanyService) {}

    @ResolveField()
    async members(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<ShopCompanyMember[]> {
        return (await this.companyService.getMembers(ctx, company.id)).map(toShopMember);
    }

    @ResolveField()
    async orders(
        @Ctx() ctx: RequestContext,
        @Parent() company: Company,
        @Args() args: { options?: ListQueryOptions<Order> },
    ): Promise<PaginatedList<Order>> {
        const membership = await this.companyService.requireActiveAdmin(ctx);
        if (String(membership.companyId) !== String(company.id)) {
            throw new ForbiddenError();
        }
        return this.companyService.getCompanyOrders(ctx, company.id, args.options);
    }
}

@Resolver('InviteCompanyMemberResult')
export class InviteCompanyMemberResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'CompanyMember';
    }
}
