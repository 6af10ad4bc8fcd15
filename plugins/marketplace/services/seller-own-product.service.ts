import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    EventBus,
    idsAreEqual,
    ProductVariantEvent,
    RequestContext,
    StockLevel,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { MarketplaceSeller, MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';
import { Offer, OfferCondition } from '../entities/offer.entity';

import { announceBuyBoxChange } from './buy-box-price-events';
import { MarketplaceSellerService } from './marketplace-seller.service';

/** The part of Vendure's create / update variant inputs an own listing follows. */
interface VariantPriceAndStock {
    id?: ID;
    sku?: string | null;
    price?: number | null;
    prices?: Array<{ currencyCode: CurrencyCode; price: number; delete?: boolean | null } | null> | null;
    stockOnHand?: number | null;
    stockLevels?: Array<{ stockLocationId: ID; stockOnHand: number }> | null;
}

/**
 * Products a seller lists of its own (Vendure's multivendor pattern: its administrator creates them on its channel
 * with Vendure's own product pages; Vendure puts them in the shared catalogue too) are sold like every other part:
 * **through one offer each**. When a seller's administrator creates variants on its channel, each gets the seller's
 * offer (condition new, in stock with the units given, at the price given, seller SKU = the variant's SKU), so the
 * buy box, the cart, the split, the commission and the payouts treat them as any offer. The variant's stock, which
 * Vendure keeps at the seller's stock location, gives the offer its units (on hand less held for orders).
 * Later changes of the variant's price or stock by the seller move its offer; a variant deleted withdraws it
 * (inactive, kept for the orders that name it). Runs inside the writing transaction.
 */
@Injectable()
export class SellerOwnProductService implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private connection: TransactionalConnection,
        private sellers: MarketplaceSellerService,
    ) {}

    onApplicationBootstrap(): void {
        this.eventBus.registerBlockingEventHandler({
            id: 'marketplace-seller-own-products',
            event: ProductVariantEvent,
            handler: async event => {
                // announceBuyBoxChange publishes 'updated' with no input: nothing for this handler
                if (event.type === 'deleted' || event.input) {
                    await this.follow(event);
                }
            },
        });
    }

    private async follow(event: ProductVariantEvent): Promise<void> {
        const { ctx } = event;
        const scope = await this.sellers.getScope(ctx);
        if (scope.operator || scope.sellerId == null) {
            return;
        }
        const seller = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .findOne({ where: { id: scope.sellerId } });
        if (!seller || seller.status !== MarketplaceSellerStatus.Approved) {
            return;
        }
        const variants = event.entity;
        if (event.type === 'deleted') {
            await this.withdraw(
                ctx,
                seller,
                variants.map(v => v.id),
            );
            return;
        }
        const inputs = (Array.isArray(event.input) ? event.input : [event.input]) as VariantPriceAndStock[];
        const changed: ID[] = [];
        for (let i = 0; i < variants.length; i++) {
            const variant = variants[i];
            const input =
                (event.type === 'created'
                    ? inputs[i]
                    : inputs.find(v => idsAreEqual(v.id ?? -1, variant.id))) ?? {};
            const units = await this.sellableUnits(ctx, seller, variant.id, input);
            const prices = this.pricesOf(ctx, input, event.type === 'created' ? variant.price : undefined);
            if (event.type === 'created') {
                for (const [currencyCode, price] of prices) {
                    await this.connection.getRepository(ctx, Offer).save(
                        new Offer({
                            sellerId: seller.id,
                            productVariantId: variant.id,
                            price,
                            currencyCode,
                            quantityAvailable: units ?? 0,
                            leadTimeDays: 0,
                            condition: OfferCondition.New,
                            minimumOrderQuantity: 1,
                            sellerSku: variant.sku || null,
                            manufacturerPartNumber: null,
                            active: true,
                        }),
                    );
                }
                changed.push(variant.id);
                continue;
            }
            const own = await this.connection.getRepository(ctx, Offer).find({
                where: { sellerId: seller.id, productVariantId: variant.id, condition: OfferCondition.New },
            });
            for (const offer of own) {
                const price = prices.get(offer.currencyCode);
                const patch: Partial<Offer> = {};
                if (price !== undefined && price !== offer.price) {
                    patch.price = price;
                }
                if (units !== undefined && offer.currencyCode === ctx.channel.defaultCurrencyCode) {
                    patch.quantityAvailable = units;
                }
                if (Object.keys(patch).length) {
                    await this.connection.getRepository(ctx, Offer).update(offer.id, patch);
                    changed.push(variant.id);
                }
            }
        }
        await announceBuyBoxChange(ctx, this.connection, this.eventBus, changed);
    }

    /** The prices an input sets, per currency (`price` is the channel's default currency's). */
    private pricesOf(
        ctx: RequestContext,
        input: VariantPriceAndStock,
        fallback: number | undefined,
    ): Map<CurrencyCode, number> {
        const result = new Map<CurrencyCode, number>();
        for (const entry of input.prices ?? []) {
            if (entry && !entry.delete && Number.isInteger(entry.price) && entry.price >= 0) {
                result.set(entry.currencyCode, entry.price);
            }
        }
        const main = input.price ?? fallback;
        if (main != null && Number.isInteger(main) && main >= 0) {
            result.set(ctx.channel.defaultCurrencyCode, main);
        }
        return result;
    }

    /**
     * What the offer may sell after the input set the variant's stock (`stockOnHand`, or the sum of `stockLevels`):
     * Vendure wrote it at the seller's stock location, whose level also counts the units held for the seller's
     * unfulfilled orders, so the offer gets what is on hand less what is held. Undefined when the input sets no
     * stock. The location's level thus reads as Vendure's own (on hand, allocated) for the seller's product pages,
     * and the shared catalogue counts the offer (seller locations are not in the default channel).
     */
    private async sellableUnits(
        ctx: RequestContext,
        seller: MarketplaceSeller,
        variantId: ID,
        input: VariantPriceAndStock,
    ): Promise<number | undefined> {
        const units = input.stockLevels?.length
            ? input.stockLevels.reduce((sum, level) => sum + Math.max(0, level.stockOnHand), 0)
            : input.stockOnHand != null
              ? Math.max(0, input.stockOnHand)
              : undefined;
        if (units === undefined || seller.stockLocationId == null) {
            return units;
        }
        const level = await this.connection.getRepository(ctx, StockLevel).findOne({
            where: { productVariantId: variantId, stockLocationId: seller.stockLocationId },
            select: ['id', 'stockAllocated'],
        });
        return Math.max(0, units - Math.max(0, level?.stockAllocated ?? 0));
    }

    /** A deleted own variant's offers stop selling (kept: orders name them). */
    private async withdraw(ctx: RequestContext, seller: MarketplaceSeller, variantIds: ID[]): Promise<void> {
        if (!variantIds.length) {
            return;
        }
        await this.connection
            .getRepository(ctx, Offer)
            .update({ sellerId: seller.id, productVariantId: In(variantIds) }, { active: false });
        await announceBuyBoxChange(ctx, this.connection, this.eventBus, variantIds);
    }
}
