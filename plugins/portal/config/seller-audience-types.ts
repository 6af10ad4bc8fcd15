import { LogicalOperator } from '@vendure/common/lib/generated-types';
import { Injector, RequestContext, RequestContextCacheService, UserInputError } from '@vendure/core';

import { MarketplaceSellerService, MarketplaceSellerStatus } from '../../marketplace';

import { ArticleAudienceOption, ArticleAudienceType } from './article-audience-type';
import { EntityIdCodec, entityIdCodec } from './entity-id-codec';

/*
 * Audiences of marketplace sellers: the staff of approved sellers, who read the portal in the Dashboard
 * (`readableArticles` on the admin API). They use only the marketplace plugin's public surface
 * (`MarketplaceSellerService` from its index.ts) and are registered at bootstrap only when MarketplacePlugin is
 * installed. A seller's staff are the users holding the seller's role; customers and the operator's own
 * administrators hold no seller audience, and staff of a pending, rejected or suspended seller lose it.
 */

/** The approved sellers the request's user works for, once per request. */
function sellersOfViewer(
    ctx: RequestContext,
    sellers: MarketplaceSellerService,
    cache: RequestContextCacheService,
) {
    const userId = ctx.activeUserId;
    if (userId == null) {
        return Promise.resolve([]);
    }
    return cache.get(ctx, 'portal-viewer-sellers', () => sellers.findApprovedSellersOfUser(ctx, userId));
}

class AllSellersAudienceType implements ArticleAudienceType {
    readonly code = 'sellers';
    readonly label = { en: 'All sellers', zh_Hans: '所有卖家' };
    readonly description = {
        en: "Staff of every approved marketplace seller, in the seller's Dashboard",
        zh_Hans: '所有已批准的市场卖家的员工（在卖家的管理后台中阅读）',
    };
    readonly valueKind = 'none' as const;
    private sellers: MarketplaceSellerService;
    private cache: RequestContextCacheService;

    init(injector: Injector): void {
        this.sellers = injector.get(MarketplaceSellerService);
        this.cache = injector.get(RequestContextCacheService);
    }

    async viewerValues(ctx: RequestContext): Promise<string[]> {
        const sellers = await sellersOfViewer(ctx, this.sellers, this.cache);
        return sellers.length ? [''] : [];
    }
}

class SellerAudienceType implements ArticleAudienceType {
    readonly code = 'seller';
    readonly label = { en: 'Seller', zh_Hans: '指定卖家' };
    readonly description = {
        en: 'Staff of this marketplace seller, while it is approved',
        zh_Hans: '该市场卖家的员工（卖家处于已批准状态时）',
    };
    readonly valueKind = 'select' as const;
    private sellers: MarketplaceSellerService;
    private cache: RequestContextCacheService;
    private ids: EntityIdCodec;

    init(injector: Injector): void {
        this.sellers = injector.get(MarketplaceSellerService);
        this.cache = injector.get(RequestContextCacheService);
        this.ids = entityIdCodec(injector);
    }

    async viewerValues(ctx: RequestContext): Promise<string[]> {
        const sellers = await sellersOfViewer(ctx, this.sellers, this.cache);
        return sellers.map(s => this.ids.encode(s.id));
    }

    async normalizeValue(ctx: RequestContext, value: string): Promise<string> {
        const seller = await this.find(ctx, value);
        if (!seller) {
            throw new UserInputError(`No marketplace seller with id "${value}"`);
        }
        return this.ids.encode(seller.id);
    }

    async options(
        ctx: RequestContext,
        term: string | undefined,
        take: number,
    ): Promise<ArticleAudienceOption[]> {
        const needle = term?.trim();
        const { items } = await this.sellers.findAll(ctx, {
            take,
            sort: { name: 'ASC' },
            filter: needle
                ? { name: { contains: needle }, code: { contains: needle } }
                : { status: { notEq: MarketplaceSellerStatus.Rejected } },
            filterOperator: needle ? LogicalOperator.OR : LogicalOperator.AND,
        });
        return items.map(s => ({ value: this.ids.encode(s.id), label: `${s.name} (${s.code})` }));
    }

    async labelForValue(ctx: RequestContext, value: string): Promise<string | undefined> {
        const seller = await this.find(ctx, value);
        return seller ? `${seller.name} (${seller.code})` : undefined;
    }

    private async find(ctx: RequestContext, value: string) {
        let id;
        try {
            id = this.ids.decode(value.trim());
        } catch {
            return undefined;
        }
        return this.sellers.findOne(ctx, id);
    }
}

/** The seller audiences; `MarketplaceSellerService` must be resolvable (MarketplacePlugin installed). */
export function sellerAudienceTypes(): ArticleAudienceType[] {
    return [new AllSellersAudienceType(), new SellerAudienceType()];
}

/** The marketplace service the seller audiences need; the portal looks it up to decide whether to register them. */
export const SELLER_AUDIENCE_DEPENDENCY = MarketplaceSellerService;
