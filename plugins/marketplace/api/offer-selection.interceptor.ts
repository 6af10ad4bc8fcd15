import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ConfigService } from '@vendure/core';
import { internal_getRequestContext } from '@vendure/core/dist/api/common/request-context';
import { GraphQLResolveInfo } from 'graphql';
import { from, Observable, switchMap } from 'rxjs';

import { EntityIdCodec, entityIdCodec } from '../config/entity-id-codec';
import { offerIdOf, ORDER_LINE_OFFER_FIELD } from '../config/order-line-offer-custom-field';
import { OfferService } from '../services/offer.service';

interface AddItemArgs {
    productVariantId: string | number;
    quantity?: number;
    customFields?: Record<string, unknown> | null;
}

/**
 * Unchanged storefronts keep working: a shop `addItemToOrder` / `addItemsToOrder` without an offer gets the
 * variant's buy-box offer in `customFields.offerId` before Vendure sees the input, so the line is bought from
 * that offer, priced by it, and merged with later additions of the same offer. Variants nobody offers keep the
 * catalogue price.
 */
@Injectable()
export class OfferSelectionInterceptor implements NestInterceptor {
    private codec: EntityIdCodec;

    constructor(
        private offers: OfferService,
        configService: ConfigService,
    ) {
        this.codec = entityIdCodec(configService);
    }

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<GqlContextType>() !== 'graphql') {
            return next.handle();
        }
        const gqlContext = GqlExecutionContext.create(context);
        const info = gqlContext.getInfo<GraphQLResolveInfo>();
        if (
            info.parentType.name !== 'Mutation' ||
            (info.fieldName !== 'addItemToOrder' && info.fieldName !== 'addItemsToOrder')
        ) {
            return next.handle();
        }
        const req = gqlContext.getContext<{ req: Parameters<typeof internal_getRequestContext>[0] }>().req;
        const ctx = internal_getRequestContext(req);
        if (ctx.apiType !== 'shop') {
            return next.handle();
        }
        const args = gqlContext.getArgs<AddItemArgs & { inputs?: AddItemArgs[] }>();
        const items = info.fieldName === 'addItemToOrder' ? [args] : (args.inputs ?? []);
        return from(
            (async () => {
                const open = items.filter(
                    item => !offerIdOf(item.customFields) && item.productVariantId != null,
                );
                if (!open.length) {
                    return;
                }
                // One query for every line of a quick-order form.
                const winners = await this.offers.findBuyBoxes(
                    ctx,
                    open.map(item => this.codec.decode(item.productVariantId)),
                );
                for (const item of open) {
                    const offer = winners.get(String(this.codec.decode(item.productVariantId)));
                    if (offer) {
                        item.customFields = {
                            ...(item.customFields ?? {}),
                            [ORDER_LINE_OFFER_FIELD]: this.codec.encode(offer.id),
                        };
                    }
                }
            })(),
        ).pipe(switchMap(() => next.handle()));
    }
}
