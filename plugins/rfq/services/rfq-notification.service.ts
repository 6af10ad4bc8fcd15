import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import { EventBus, Logger, ProductVariant, RequestContext, TransactionalConnection } from '@vendure/core';
import { In } from 'typeorm';

import { MarketplaceSeller, MarketplaceSellerService } from '../../marketplace';
import { loggerCtx } from '../constants';
import { QuoteRequestLine } from '../entities/quote-request-line.entity';
import {
    QuoteRequestReachedSellerEvent,
    ReachedSellerLine,
} from '../events/quote-request-reached-seller.event';
import { QuoteRequestRoutedEvent } from '../events/quote-request-routed.event';

/**
 * Turns a finished routing into one {@link QuoteRequestReachedSellerEvent} per seller reached, with its
 * administrators' addresses and its channel's language: what the seller email (`rfqEmailHandlers`) needs, in a
 * shape one email handler can send (an EmailEventHandler sends one email per event).
 */
@Injectable()
export class RfqNotificationService implements OnApplicationBootstrap {
    constructor(
        private connection: TransactionalConnection,
        private eventBus: EventBus,
        private sellers: MarketplaceSellerService,
    ) {}

    onApplicationBootstrap(): void {
        this.eventBus.ofType(QuoteRequestRoutedEvent).subscribe(event => {
            this.notifySellers(event).catch((e: unknown) =>
                Logger.error(
                    `Could not notify the sellers of request ${event.request.code}: ${e instanceof Error ? e.message : String(e)}`,
                    loggerCtx,
                ),
            );
        });
    }

    /** Publishes the per-seller events of a routing (sellers without administrators are left out). */
    async notifySellers(event: QuoteRequestRoutedEvent): Promise<void> {
        const ctx = event.ctx;
        const lineIds = [...new Set([...event.linesBySeller.values()].flat().map(String))];
        if (!lineIds.length) {
            return;
        }
        const lines = await this.connection
            .getRepository(ctx, QuoteRequestLine)
            .find({ where: { id: In(lineIds) } });
        const labels = await this.lineLabels(ctx, lines);
        for (const [sellerId, ids] of event.linesBySeller) {
            const seller = await this.connection
                .getRepository(ctx, MarketplaceSeller)
                .findOne({ where: { id: sellerId as ID }, relations: { channel: true } });
            if (!seller) {
                continue;
            }
            const recipients = (await this.sellers.getAdministrators(ctx, seller))
                .map(a => a.emailAddress)
                .filter(Boolean);
            const wanted = new Set(ids.map(String));
            const sellerLines: ReachedSellerLine[] = lines
                .filter(l => wanted.has(String(l.id)))
                .sort((a, b) => a.position - b.position)
                .map(l => ({
                    position: l.position + 1,
                    label: labels.get(String(l.id)) ?? '',
                    quantity: l.quantity,
                }));
            await this.eventBus.publish(
                new QuoteRequestReachedSellerEvent(
                    ctx,
                    event.request,
                    seller.id,
                    seller.name,
                    sellerLines,
                    recipients,
                    seller.channel.defaultLanguageCode,
                ),
            );
        }
    }

    private async lineLabels(ctx: RequestContext, lines: QuoteRequestLine[]): Promise<Map<string, string>> {
        const variantIds = lines.map(l => l.productVariantId).filter((id): id is ID => id != null);
        const variants = variantIds.length
            ? await this.connection.getRepository(ctx, ProductVariant).find({
                  where: { id: In(variantIds) },
                  relations: { translations: true },
                  withDeleted: true,
              })
            : [];
        const byId = new Map(variants.map(v => [String(v.id), v]));
        return new Map(
            lines.map(l => {
                const variant = l.productVariantId != null ? byId.get(String(l.productVariantId)) : undefined;
                if (variant) {
                    const name =
                        variant.translations.find(t => t.languageCode === ctx.channel.defaultLanguageCode)
                            ?.name ??
                        variant.translations[0]?.name ??
                        '';
                    return [String(l.id), `${variant.sku} ${name}`.trim()];
                }
                return [
                    String(l.id),
                    [l.partNumber, l.manufacturer, l.description].filter(Boolean).join(' · '),
                ];
            }),
        );
    }
}
