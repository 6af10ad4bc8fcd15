import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, RequestContext, Transaction } from '@vendure/core';

import { CompanyPermission, RunAgreementExpiryCheckPermission } from '../constants';
import { Company } from '../entities/company.entity';
import { DealerAgreement } from '../entities/dealer-agreement.entity';
import { PriceList } from '../entities/price-list.entity';
import { CompanyService } from '../services/company.service';
import {
    CreateDealerAgreementInput,
    DealerAgreementService,
    UpdateDealerAgreementInput,
} from '../services/dealer-agreement.service';

@Resolver()
export class DealerAgreementAdminResolver {
    constructor(private agreementService: DealerAgreementService) {}

    @Query()
    @Allow(CompanyPermission.Read)
    dealerAgreement(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<DealerAgreement | undefined> {
        return this.agreementService.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    createDealerAgreement(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateDealerAgreementInput },
    ): Promise<DealerAgreement> {
        return this.agreementService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    updateDealerAgreement(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateDealerAgreementInput },
    ): Promise<DealerAgreement> {
        return this.agreementService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(CompanyPermission.Update)
    async deleteDealerAgreement(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<DeletionResponse> {
        return { result: await this.agreementService.delete(ctx, args.id) };
    }

    @Mutation()
    @Transaction()
    @Allow(RunAgreementExpiryCheckPermission.Permission)
    runAgreementExpiryCheck(@Ctx() ctx: RequestContext): Promise<DealerAgreement[]> {
        return this.agreementService.runExpiryCheck(ctx);
    }
}

@Resolver('DealerAgreement')
export class DealerAgreementAdminEntityResolver {
    constructor(
        private agreementService: DealerAgreementService,
        private companyService: CompanyService,
    ) {}

    @ResolveField()
    priceLists(@Ctx() ctx: RequestContext, @Parent() agreement: DealerAgreement): Promise<PriceList[]> {
        return this.agreementService.getPriceLists(ctx, agreement.id);
    }

    @ResolveField()
    company(@Ctx() ctx: RequestContext, @Parent() agreement: DealerAgreement): Promise<Company> {
        return agreement.company
            ? Promise.resolve(agreement.company)
            : this.companyService.getOrThrow(ctx, agreement.companyId);
    }
}

@Resolver('Company')
export class CompanyAgreementsAdminResolver {
    constructor(private agreementService: DealerAgreementService) {}

    @ResolveField()
    agreements(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<DealerAgreement[]> {
        return this.agreementService.findForCompany(ctx, company.id);
    }
}
