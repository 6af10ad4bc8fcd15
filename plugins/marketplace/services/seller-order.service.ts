import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    ConfigService,
    EventBus,
    idsAreEqual,
    Order,
    OrderLine,
    RequestContext,
    ShippingLine,
    ShippingMethod,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { localize } from '../../../src/common/localized-error-result';
import { PlainSql } from '../../../src/common/plain-sql';
import { transactionScopedCache } from '../../../src/common/transaction-scoped-cache';
import { entityIdCodec } from '../config/entity-id-codec';
import { offerIdOf } from '../config/order-line-offer-custom-field';
import { MarketplaceSeller, MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';
import { Offer } from '../entities/offer.entity';

import { announceBuyBoxChange } from './buy-box-price-events';
import { OfferService } from './offer.service';
import { TickBatch } from './tick-batch';

/** The part of a placed order one seller (or the platform, `seller: undefined`) ships. */
export interface SellerPart {
    channelId: ID;
    lines: OrderLine[];
    shippingLines: ShippingLine[];
}

/**
 * Names the marketplace seller of order lines that are not offer lines: another plugin's lines sold by a seller
 * (the RFQ plugin's quoted lines). Registered with {@link SellerOrderService.registerLineSellerResolver}; such a line
 * then belongs to its seller's channel, goes into its seller order, is allocated and sold at the seller's stock
 * location and counts in the seller's ledger and commission, like an offer line, but takes nothing off an offer.
 */
export interface OrderLineSellerResolver {
    /** Whether the line is this resolver's, read from the line itself (its custom fields), without a query. */
    claims(line: Pick<OrderLine, 'customFields'>): boolean;
    /** The marketplace seller (`MarketplaceSeller.id`) the line is bought from; undefined leaves it the platform's. */
    sellerIdOfLine(ctx: RequestContext, line: Pick<OrderLine, 'customFields'>): Promise<ID | undefined>;
}

/**
 * Seller orders: which seller channel an offer line belongs to, which shipping line covers which seller's lines,
 * how a placed order is split, and the allocation of an offer's own quantity when the order is placed.
 */
@Injectable()
export class SellerOrderService {
    constructor(
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private configService: ConfigService,
        private eventBus: EventBus,
        private offers: OfferService,
    ) {
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;
    private resolvers: OrderLineSellerResolver[] = [];

    /** Lets another plugin name the seller of its own lines (see {@link OrderLineSellerResolver}). */
    registerLineSellerResolver(resolver: OrderLineSellerResolver): void {
        this.resolvers.push(resolver);
    }

    /** The offer id an order line is bought from (decoded), if any. */
    offerIdOfLine(line: Pick<OrderLine, 'customFields'>): ID | undefined {
        const encoded = offerIdOf(line.customFields);
        return encoded === undefined ? undefined : entityIdCodec(this.configService).decode(encoded);
    }

    /**
     * The marketplace seller an order line is bought from: its offer's, or the one a registered resolver names;
     * undefined for a catalogue (platform) line.
     */
    async sellerOfLine(
        ctx: RequestContext,
        line: Pick<OrderLine, 'customFields'>,
    ): Promise<Pick<MarketplaceSeller, 'id' | 'channelId' | 'stockLocationId'> | undefined> {
        const offerId = this.offerIdOfLine(line);
        const repository = this.connection.getRepository(ctx, MarketplaceSeller);
        if (offerId !== undefined) {
            // plain SQL: asked of each offer line as Vendure adds it to the order and splits it
            const [seller] = await this.sql.rows<
                Pick<MarketplaceSeller, 'id' | 'channelId' | 'stockLocationId'>
            >(
                ctx,
                `SELECT s."id", s."channelId", s."stockLocationId" FROM ${this.sql.table(MarketplaceSeller)} s
                INNER JOIN ${this.sql.table(Offer)} o ON o."sellerId" = s."id"
                WHERE o."id" = :offerId`,
                { offerId },
            );
            return seller;
        }
        const resolver = this.resolvers.find(r => r.claims(line));
        const sellerId = resolver && (await resolver.sellerIdOfLine(ctx, line));
        return sellerId == null
            ? undefined
            : ((await repository.findOne({
                  where: { id: sellerId },
                  select: ['id', 'channelId', 'stockLocationId'],
              })) ?? undefined);
    }

    /** The seller channel an order line belongs to (see {@link sellerOfLine}); undefined for a catalogue line. */
    async sellerChannelIdOfLine(
        ctx: RequestContext,
        line: Pick<OrderLine, 'customFields'>,
    ): Promise<ID | undefined> {
        return (await this.sellerOfLine(ctx, line))?.channelId ?? undefined;
    }

    /** True when the line is a seller's: bought from an offer, or claimed by a registered resolver. */
    isSellerLine(line: Pick<OrderLine, 'customFields'>): boolean {
        return this.offerIdOfLine(line) !== undefined || this.resolvers.some(r => r.claims(line));
    }

    /** True when some line of the order is a seller's, placed in its seller's channel (a seller line). */
    hasSellerLines(order: Order): boolean {
        return order.lines.some(l => l.sellerChannelId != null && this.isSellerLine(l));
    }

    /**
     * The order lines a shipping line covers: a shipping method assigned to seller channels covers those sellers'
     * lines; a platform method (in no seller's channel) covers the lines no seller method of the order covers.
     */
    async linesForShippingLine(
        ctx: RequestContext,
        shippingLine: ShippingLine,
        order: Order,
    ): Promise<OrderLine[]> {
        const sellerChannels = await this.sellerChannelsOfMethods(
            ctx,
            order.shippingLines.map(l => l.shippingMethodId).filter((id): id is ID => id != null),
        );
        const own = sellerChannels.get(String(shippingLine.shippingMethodId)) ?? [];
        if (own.length) {
            return order.lines.filter(l => own.some(c => idsAreEqual(c, l.sellerChannelId)));
        }
        const coveredElsewhere = [...sellerChannels.values()].flat();
        return order.lines.filter(
            l => l.sellerChannelId == null || !coveredElsewhere.some(c => idsAreEqual(c, l.sellerChannelId)),
        );
    }

    /** Per shipping method id: the seller channels (of registered sellers) it is assigned to. */
    async sellerChannelsOfMethods(ctx: RequestContext, methodIds: ID[]): Promise<Map<string, ID[]>> {
        const result = new Map<string, ID[]>();
        if (!methodIds.length) {
            return result;
        }
        const methods = await this.connection
            .getRepository(ctx, ShippingMethod)
            .find({ where: { id: In(methodIds) }, relations: ['channels'] });
        const sellerChannels = await this.sellerChannelIdsAmong(
            ctx,
            methods.flatMap(m => m.channels.map(c => c.id)),
        );
        for (const method of methods) {
            result.set(
                String(method.id),
                method.channels.map(c => c.id).filter(id => sellerChannels.has(String(id))),
            );
        }
        return result;
    }

    /**
     * The seller channels a shipping method is assigned to. Without a query for the method when its channels are
     * loaded, as Vendure's shipping calculator passes it to eligibility checkers (`getActiveShippingMethods`).
     */
    async sellerChannelsOfMethod(
        ctx: RequestContext,
        method: Pick<ShippingMethod, 'id'> & { channels?: Array<{ id: ID }> },
    ): Promise<ID[]> {
        if (!Array.isArray(method.channels)) {
            return (await this.sellerChannelsOfMethods(ctx, [method.id])).get(String(method.id)) ?? [];
        }
        const channelIds = method.channels.map(c => c.id);
        const sellerChannels = await this.sellerChannelIdsAmong(ctx, channelIds);
        return channelIds.filter(id => sellerChannels.has(String(id)));
    }

    /**
     * Which of these channels are sellers' (a seller's channel is made with the seller and stays its own).
     * Remembered per channel for the request and transaction, and the channels asked for in the same turn are read
     * with one query: checking the eligibility of a cart's shipping methods asks for the channels of every method
     * at once, most of them the same.
     */
    private async sellerChannelIdsAmong(ctx: RequestContext, channelIds: ID[]): Promise<Set<string>> {
        const ids = [...new Set(channelIds.map(String))];
        if (!ids.length) {
            return new Set();
        }
        const scope = transactionScopedCache(ctx, 'marketplace-seller-channels', () => ({
            known: new Map<string, Promise<boolean>>(),
            batch: new TickBatch<boolean>(
                async missing => {
                    const sellers = await this.sql.rows<{ channelId: ID }>(
                        ctx,
                        `SELECT "channelId" FROM ${this.sql.table(MarketplaceSeller)}
                        WHERE "channelId" IN (:...missing)`,
                        { missing },
                    );
                    return new Map(sellers.map(seller => [String(seller.channelId), true]));
                },
                () => false,
            ),
        }));
        for (const id of ids) {
            if (!scope.known.has(id)) {
                const isSeller = scope.batch.get(id);
                scope.known.set(id, isSeller);
                // a failed read is not remembered
                isSeller.catch(() => scope.known.delete(id));
            }
        }
        const flags = await Promise.all(ids.map(id => scope.known.get(id) as Promise<boolean>));
        return new Set(ids.filter((_, i) => flags[i]));
    }

    /**
     * The parts of a placed order with seller lines: one per seller channel (catalogue lines form the platform's
     * part, first). Each part takes the shipping lines covering its lines; a shipping line covering several parts
     * (a platform method chosen for the whole order) stays with the first of them, so no shipping is charged twice.
     */
    async splitParts(ctx: RequestContext, order: Order): Promise<SellerPart[]> {
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const parts: SellerPart[] = [];
        const partOf = (channelId: ID): SellerPart => {
            let part = parts.find(p => idsAreEqual(p.channelId, channelId));
            if (!part) {
                part = { channelId, lines: [], shippingLines: [] };
                parts.push(part);
            }
            return part;
        };
        const lines = [...order.lines].sort(
            (a, b) => Number(a.sellerChannelId != null) - Number(b.sellerChannelId != null),
        );
        for (const line of lines) {
            partOf(line.sellerChannelId ?? defaultChannel.id).lines.push(line);
        }
        const taken = new Set<string>();
        for (const part of parts) {
            for (const shippingLine of order.shippingLines) {
                const covers = part.lines.some(l => idsAreEqual(l.shippingLineId, shippingLine.id));
                if (covers && !taken.has(String(shippingLine.id))) {
                    taken.add(String(shippingLine.id));
                    part.shippingLines.push(shippingLine);
                }
            }
        }
        return parts;
    }

    /**
     * Takes each offer line's quantity off its offer, in the placing transaction: a conditional UPDATE, so two
     * buyers of the last units cannot both succeed. When an offer no longer holds the quantity the placement
     * fails as a whole (nothing of it is written).
     */
    async allocateOffers(ctx: RequestContext, order: Order): Promise<void> {
        // the offers' quantities are about to change: no later check of the request is answered from before
        this.offers.forgetOfferStockReadAhead(ctx);
        const allocated: ID[] = [];
        for (const line of order.lines) {
            const offerId = this.offerIdOfLine(line);
            if (offerId === undefined || line.quantity <= 0) {
                continue;
            }
            const result = await this.connection
                .getRepository(ctx, Offer)
                .createQueryBuilder()
                .update(Offer)
                .set({ quantityAvailable: () => `"quantityAvailable" - ${Math.trunc(line.quantity)}` })
                .where('id = :offerId', { offerId })
                .andWhere('"quantityAvailable" >= :quantity', { quantity: line.quantity })
                // an offer that stopped selling between the checks before payment and the placement
                .andWhere('active = :active', { active: true })
                .andWhere(
                    `"sellerId" IN (SELECT ms.id FROM marketplace_seller ms WHERE ms.status = :approved)`,
                    { approved: MarketplaceSellerStatus.Approved },
                )
                .execute();
            if (!result.affected) {
                const encoded = String(entityIdCodec(this.configService).encode(offerId));
                throw new UserInputError(
                    localize(
                        {
                            en:
                                `Not enough units left in offer ${encoded}, or it stopped selling: remove the line ` +
                                'and add the product again',
                            zh_Hans: `报价 ${encoded} 剩余数量不足或已停止销售：请删除该行后重新加入该商品`,
                        },
                        ctx.languageCode,
                    ),
                );
            }
            allocated.push(offerId);
        }
        // An offer sold out leaves the buy box: the variant's storefront price moves to the next offer.
        if (allocated.length > 0) {
            const soldOut = await this.connection
                .getRepository(ctx, Offer)
                .find({ where: { id: In(allocated), quantityAvailable: 0 } });
            await announceBuyBoxChange(
                ctx,
                this.connection,
                this.eventBus,
                soldOut.map(o => o.productVariantId),
            );
        }
    }
}
