import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Ctx,
    ListQueryOptions,
    ProductVariant,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    TransactionalConnection,
    TranslatorService,
    UserInputError,
} from '@vendure/core';

import { FileUpload, readUpload } from '../../../src/common/upload';

import { OfferPermission } from '../constants';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { Offer } from '../entities/offer.entity';
import { MarketplaceSellerService } from '../services/marketplace-seller.service';
import { CreateOfferInput, OfferService, UpdateOfferInput } from '../services/offer.service';

import { OfferCsvService, OfferImportReport } from '../services/offer-csv.service';

import { DuplicateOfferError, MalformedOfferCsvError } from './error-results';

@Resolver()
export class OfferAdminResolver {
    constructor(
        private offerService: OfferService,
        private offerCsv: OfferCsvService,
    ) {}

    @Query()
    @Allow(OfferPermission.Read)
    exportOffersCsv(@Ctx() ctx: RequestContext, @Args() args: { sellerId?: ID | null }): Promise<string> {
        return this.offerCsv.exportCsv(ctx, args.sellerId);
    }

    @Mutation()
    @Transaction()
    @Allow(OfferPermission.Create)
    async importOffersCsv(
        @Ctx() ctx: RequestContext,
        @Args()
        args: {
            sellerId?: ID | null;
            csv?: string | null;
            file?: Promise<FileUpload> | null;
            languageCode?: LanguageCode | null;
        },
    ): Promise<OfferImportReport | MalformedOfferCsvError> {
        if ((args.csv == null) === (args.file == null)) {
            throw new UserInputError(
                'Give the CSV either as text (csv) or as an uploaded file (file), not both',
            );
        }
        const text = args.csv ?? (await readUpload(await (args.file as Promise<FileUpload>)));
        return this.offerCsv.importCsv(ctx, args.sellerId, text, args.languageCode ?? ctx.languageCode);
    }

    @Query()
    @Allow(OfferPermission.Read)
    offers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Offer> },
        @Relations(Offer) relations: RelationPaths<Offer>,
    ): Promise<PaginatedList<Offer>> {
        return this.offerService.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(OfferPermission.Read)
    offer(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Offer | undefined> {
        return this.offerService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(OfferPermission.Create, OfferPermission.Update)
    offerableProductVariants(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<ProductVariant> },
    ): Promise<PaginatedList<ProductVariant>> {
        return this.offerService.findOfferableVariants(ctx, args.options);
    }

    @Mutation()
    @Transaction()
    @Allow(OfferPermission.Create)
    createOffer(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateOfferInput },
    ): Promise<Offer | DuplicateOfferError> {
        return this.offerService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(OfferPermission.Update)
    updateOffer(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateOfferInput },
    ): Promise<Offer | DuplicateOfferError> {
        return this.offerService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(OfferPermission.Delete)
    async deleteOffer(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return { result: await this.offerService.delete(ctx, args.id) };
    }
}

@Resolver('Offer')
export class OfferAdminEntityResolver {
    constructor(
        private sellerService: MarketplaceSellerService,
        private connection: TransactionalConnection,
        private translator: TranslatorService,
    ) {}

    @ResolveField()
    seller(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<MarketplaceSeller | undefined> {
        return offer.seller ? Promise.resolve(offer.seller) : this.sellerService.findOne(ctx, offer.sellerId);
    }

    /** The catalogue variant, whichever channel is active (a seller channel does not hold the catalogue). */
    @ResolveField()
    async productVariant(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<ProductVariant | null> {
        const variant = await this.connection.getRepository(ctx, ProductVariant).findOne({
            where: { id: offer.productVariantId },
            relations: { translations: true, product: { translations: true } },
        });
        return variant ? this.translator.translate(variant, ctx, ['product']) : null;
    }
}

@Resolver('ImportOffersCsvResult')
export class ImportOffersCsvResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'OfferImportReport';
    }
}

@Resolver('OfferResult')
export class OfferResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Offer';
    }
}
