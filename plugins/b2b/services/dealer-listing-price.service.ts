import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ProductVariant,
    ProductVariantService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import { CompanyService } from './company.service';
import { PriceResolutionService } from './price-resolution.service';

/** The price fields of a `SearchResult` as the search plugins return them: one price, or a range per product. */
type SearchPrice = { value: number } | { min: number; max: number };

/** The fields of a search result this service reads and rewrites. */
export interface SearchResultPrices {
    productId: ID;
    productVariantId: ID;
    price: SearchPrice;
    priceWithTax: SearchPrice;
}

/**
 * Dealer prices in listings: the search index holds one price per variant and channel, so for a logged-in dealer
 * the prices of a page of `search` results (and so of collection listings, which storefronts build with
 * `search(input: { collectionSlug })`) are recomputed from the dealer's price lists. The whole page costs one
 * query for its variants and one for their price list entries; anonymous shoppers and customers no list applies
 * to get the index prices untouched, at no extra cost for anonymous ones.
 */
@Injectable()
export class DealerListingPriceService {
    constructor(
        private connection: TransactionalConnection,
        private companyService: CompanyService,
        private priceResolution: PriceResolutionService,
        private productVariantService: ProductVariantService,
    ) {}

    /** The results with dealer prices where the logged-in customer has any; the same array otherwise. */
    async applyDealerPrices<T extends SearchResultPrices>(ctx: RequestContext, items: T[]): Promise<T[]> {
        if (ctx.apiType !== 'shop' || ctx.activeUserId == null || !items.length) {
            return items;
        }
        const customerId = await this.companyService.getActiveCustomerId(ctx);
        if (customerId == null) {
            return items;
        }
        const lists = await this.priceResolution.getApplicableLists(ctx, customerId, ctx.currencyCode);
        if (!lists.length) {
            return items;
        }
        const isRange = (p: SearchPrice): p is { min: number; max: number } => 'min' in p;
        const variantIds = items.filter(i => !isRange(i.price)).map(i => i.productVariantId);
        const productIds = items.filter(i => isRange(i.price)).map(i => i.productId);
        const variants = await this.loadVariants(ctx, variantIds, productIds);
        // Vendure's own price calculation (with this plugin's strategy): dealer price at quantity 1 and tax, the
        // price list entries of all the page's variants fetched in one batched query.
        await Promise.all(variants.map(v => this.productVariantService.applyChannelPriceAndTax(v, ctx)));
        const byVariant = new Map(variants.map(v => [String(v.id), v]));
        const byProduct = new Map<string, ProductVariant[]>();
        for (const v of variants) {
            const key = String(v.productId);
            byProduct.set(key, [...(byProduct.get(key) ?? []), v]);
        }
        return items.map(item => {
            if (!isRange(item.price)) {
                const v = byVariant.get(String(item.productVariantId));
                return v
                    ? { ...item, price: { value: v.price }, priceWithTax: { value: v.priceWithTax } }
                    : item;
            }
            const group = byProduct.get(String(item.productId));
            if (!group?.length) {
                return item;
            }
            const net = group.map(v => v.price);
            const gross = group.map(v => v.priceWithTax);
            return {
                ...item,
                price: { min: Math.min(...net), max: Math.max(...net) },
                priceWithTax: { min: Math.min(...gross), max: Math.max(...gross) },
            };
        });
    }

    /**
     * The listed variants and the enabled variants of the listed products, in this channel, in one query: their
     * ids, product ids, prices and tax categories.
     */
    private async loadVariants(
        ctx: RequestContext,
        variantIds: ID[],
        productIds: ID[],
    ): Promise<ProductVariant[]> {
        if (!variantIds.length && !productIds.length) {
            return [];
        }
        const qb = this.connection
            .getRepository(ctx, ProductVariant)
            .createQueryBuilder('variant')
            .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            // only what pricing reads (the price strategies of this platform read the variant's id; Vendure its
            // prices and tax category): hydrating whole variants cost more CPU than the query
            .select(['variant.id', 'variant.productId'])
            .leftJoinAndSelect('variant.productVariantPrices', 'price')
            .leftJoinAndSelect('variant.taxCategory', 'taxCategory')
            .where('variant.deletedAt IS NULL');
        const conditions: string[] = [];
        if (variantIds.length) {
            conditions.push('variant.id IN (:...variantIds)');
        }
        if (productIds.length) {
            conditions.push('(variant.productId IN (:...productIds) AND variant.enabled = :enabled)');
        }
        return qb
            .andWhere(`(${conditions.join(' OR ')})`, { variantIds, productIds, enabled: true })
            .getMany();
    }
}
