import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Ctx,
    CustomerGroup,
    ListQueryOptions,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    UserInputError,
} from '@vendure/core';

import { FileUpload, readUpload } from '../../../src/common/upload';

import { CompanyPermission, PriceListPermission } from '../constants';
import { Company } from '../entities/company.entity';
import { PriceList } from '../entities/price-list.entity';
import { PriceListEntry } from '../entities/price-list-entry.entity';
import {
    CreatePriceListInput,
    PriceListEntryInput,
    PriceListImportMode,
    PriceListImportReport,
    PriceListService,
    PriceListTargetsInput,
    UpdatePriceListInput,
} from '../services/price-list.service';

import { MalformedPriceListCsvError } from './error-results';

@Resolver()
export class PriceListAdminResolver {
    constructor(private priceListService: PriceListService) {}

    @Query()
    @Allow(PriceListPermission.Read)
    priceLists(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<PriceList> },
        @Relations(PriceList) relations: RelationPaths<PriceList>,
    ): Promise<PaginatedList<PriceList>> {
        return this.priceListService.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(PriceListPermission.Read)
    priceList(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<PriceList | undefined> {
        return this.priceListService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(PriceListPermission.Read)
    priceListEntries(
        @Ctx() ctx: RequestContext,
        @Args() args: { priceListId: ID; options?: ListQueryOptions<PriceListEntry> },
    ): Promise<PaginatedList<PriceListEntry>> {
        return this.priceListService.getEntries(ctx, args.priceListId, args.options);
    }

    @Query()
    @Allow(PriceListPermission.Read)
    exportPriceListCsv(@Ctx() ctx: RequestContext, @Args() args: { priceListId: ID }): Promise<string> {
        return this.priceListService.exportCsv(ctx, args.priceListId);
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Create)
    createPriceList(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreatePriceListInput },
    ): Promise<PriceList> {
        return this.priceListService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Update)
    updatePriceList(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdatePriceListInput },
    ): Promise<PriceList> {
        return this.priceListService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Delete)
    async deletePriceList(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return { result: await this.priceListService.delete(ctx, args.id) };
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Update)
    assignPriceListTargets(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: PriceListTargetsInput },
    ): Promise<PriceList> {
        return this.priceListService.assignTargets(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Update)
    unassignPriceListTargets(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: PriceListTargetsInput },
    ): Promise<PriceList> {
        return this.priceListService.unassignTargets(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Update)
    upsertPriceListEntries(
        @Ctx() ctx: RequestContext,
        @Args() args: { priceListId: ID; entries: PriceListEntryInput[] },
    ): Promise<PriceListEntry[]> {
        return this.priceListService.upsertEntries(ctx, args.priceListId, args.entries);
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Update)
    async removePriceListEntries(
        @Ctx() ctx: RequestContext,
        @Args() args: { priceListId: ID; ids: ID[] },
    ): Promise<DeletionResponse> {
        return { result: await this.priceListService.removeEntries(ctx, args.priceListId, args.ids) };
    }

    @Mutation()
    @Transaction()
    @Allow(PriceListPermission.Update)
    async importPriceListCsv(
        @Ctx() ctx: RequestContext,
        @Args()
        args: {
            priceListId: ID;
            csv?: string | null;
            file?: Promise<FileUpload> | null;
            mode?: PriceListImportMode;
            languageCode?: LanguageCode | null;
        },
    ): Promise<PriceListImportReport | MalformedPriceListCsvError> {
        if ((args.csv == null) === (args.file == null)) {
            throw new UserInputError(
                'Give the CSV either as text (csv) or as an uploaded file (file), not both',
            );
        }
        const text = args.csv ?? (await readUpload(await (args.file as Promise<FileUpload>)));
        return this.priceListService.importCsv(
            ctx,
            args.priceListId,
            text,
            args.mode,
            args.languageCode ?? ctx.languageCode,
        );
    }
}

@Resolver('PriceList')
export class PriceListAdminEntityResolver {
    constructor(private priceListService: PriceListService) {}

    @ResolveField()
    companies(@Ctx() ctx: RequestContext, @Parent() list: PriceList): Promise<Company[]> {
        return this.priceListService.getAssignedCompanies(ctx, list.id);
    }

    @ResolveField()
    customerGroups(@Ctx() ctx: RequestContext, @Parent() list: PriceList): Promise<CustomerGroup[]> {
        return this.priceListService.getAssignedCustomerGroups(ctx, list.id);
    }

    @ResolveField()
    entryCount(@Ctx() ctx: RequestContext, @Parent() list: PriceList): Promise<number> {
        return this.priceListService.countEntries(ctx, list.id);
    }
}

@Resolver('PriceListEntry')
export class PriceListEntryAdminEntityResolver {
    @ResolveField()
    percentOff(@Parent() entry: PriceListEntry): number | null {
        return entry.percentOffBasisPoints == null ? null : entry.percentOffBasisPoints / 100;
    }
}

@Resolver('Company')
export class CompanyPriceListsAdminResolver {
    constructor(private priceListService: PriceListService) {}

    @ResolveField()
    @Allow(PriceListPermission.Read, CompanyPermission.Read)
    priceLists(@Ctx() ctx: RequestContext, @Parent() company: Company): Promise<PriceList[]> {
        return this.priceListService.getListsForCompany(ctx, company.id);
    }
}

@Resolver('ImportPriceListCsvResult')
export class ImportPriceListCsvResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'PriceListImportReport';
    }
}
