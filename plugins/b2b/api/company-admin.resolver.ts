import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    Allow,
    Ctx,
    Customer,
    ListQueryOptions,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';

import { CompanyPermission, PriceListPermission } from '../constants';
import { Company } from '../entities/company.entity';
import { CompanyMember, CompanyRole } from '../entities/company-member.entity';
import { CompanyService, CreateCompanyInput, UpdateCompanyInput } from '../services/company.service';

import {
    CompanyHierarchyCycleError,
    CustomerAlreadyInCompanyError,
    DuplicateCompanyCodeError,
} from './error-results';

@Resolver()
export class CompanyAdminResolver {
    constructor(private companyService: CompanyService) {}

    @Query()
    @Allow(CompanyPermission.Read)
    companies(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Company> },
        @Relations(Company) relations: RelationPaths<Company>,
    ): Promise<PaginatedList<Company>> {
        return this.companyService.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(CompanyPermission.Read)
    company(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Company | undefined> {
        return this.companyService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(CompanyPermission.Read, PriceListPermission.Read)
    companyTiers(@Ctx() ctx: RequestContext): Promise<string[]> {
        return this.companyService.tiersInUse(ctx);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Create)
    createCompany(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateCompanyInput },
    ): Promise<Company | DuplicateCompanyCodeError> {
        return this.companyService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    updateCompany(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateCompanyInput },
    ): Promise<Company | DuplicateCompanyCodeError> {
        return this.companyService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Delete)
    deleteCompany(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.companyService.delete(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    moveCompany(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID; parentId?: ID | null },
    ): Promise<Company | CompanyHierarchyCycleError> {
        return this.companyService.move(ctx, args.id, args.parentId);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    addCompanyMember(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { companyId: ID; customerId: ID; role: CompanyRole } },
    ): Promise<CompanyMember | CustomerAlreadyInCompanyError> {
        const { companyId, customerId, role } = args.input;
        return this.companyService.addMember(ctx, companyId, customerId, role);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    async removeCompanyMember(
        @Ctx() ctx: RequestContext,
        @Args() args: { companyId: ID; customerId: ID },
    ): Promise<DeletionResponse> {
        return { result: await this.companyService.removeMember(ctx, args.companyId, args.customerId) };
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    updateCompanyMemberRole(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { companyId: ID; customerId: ID; role: CompanyRole } },
    ): Promise<CompanyMember> {
        const { companyId, customerId, role } = args.input;
        return this.companyService.updateMemberRole(ctx, companyId, customerId, role);
    }
}

@Resolver('Company')
export class CompanyAdminEntityResolver {
    constructor(
        private companyService: CompanyService,
        private connection: TransactionalConnection,
    ) {}

    @ResolveField()
    async parent(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<Company | undefined> {
        if (company.parent !== undefined) {
            return company.parent ?? undefined;
        }
        return company.parentId != null ? this.companyService.findOne(ctx, company.parentId) : undefined;
    }

    @ResolveField()
    children(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<Company[]> {
        return this.companyService.getChildren(ctx, company.id);
    }

    @ResolveField()
    ancestorIds(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<ID[]> {
        return this.companyService.getAncestorIds(ctx, company.id);
    }

    @ResolveField()
    members(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<CompanyMember[]> {
        return this.companyService.getMembers(ctx, company.id);
    }

    @ResolveField()
    async salesRep(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<Administrator | null> {
        if (company.salesRepId == null) {
            return null;
        }
        return this.connection
            .getRepository(ctx, Administrator)
            .findOne({ where: { id: company.salesRepId } });
    }
}

@Resolver('CompanyMember')
export class CompanyMemberAdminEntityResolver {
    constructor(private companyService: CompanyService) {}

    @ResolveField()
    company(@Ctx() ctx: RequestContext, @Parent() member: CompanyMember): Promise<Company | undefined> {
        return member.company
            ? Promise.resolve(member.company)
            : this.companyService.findOne(ctx, member.companyId);
    }
}

@Resolver('Customer')
export class CustomerCompanyAdminResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    @Allow(CompanyPermission.Read)
    async companyMembership(
        @Ctx() ctx: RequestContext,
        @Parent() customer: Customer,
    ): Promise<CompanyMember | null> {
        return this.connection
            .getRepository(ctx, CompanyMember)
            .createQueryBuilder('member')
            .innerJoinAndSelect('member.company', 'company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .innerJoinAndSelect('member.customer', 'customer')
            .where('member.customerId = :customerId', { customerId: customer.id })
            .getOne();
    }
}

@Resolver('CreateCompanyResult')
export class CreateCompanyResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Company';
    }
}

@Resolver('UpdateCompanyResult')
export class UpdateCompanyResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Company';
    }
}

@Resolver('MoveCompanyResult')
export class MoveCompanyResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Company';
    }
}

@Resolver('AddCompanyMemberResult')
export class AddCompanyMemberResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'CompanyMember';
    }
}
