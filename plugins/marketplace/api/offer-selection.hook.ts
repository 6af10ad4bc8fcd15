import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@vendure/core';

import { OperationCall, OperationHook, OperationHooks } from '../../../src/common/operation-hooks';
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
export class OfferSelectionHook implements OperationHook, OnModuleInit {
    readonly operation = 'Mutation';
    readonly fields = ['addItemToOrder', 'addItemsToOrder'];
    readonly api = 'shop';
    private codec: EntityIdCodec;

    constructor(
        private offers: OfferService,
        configService: ConfigService,
        private hooks: OperationHooks,
    ) {
        this.codec = entityIdCodec(configService);
    }

    onModuleInit(): void {
        this.hooks.register(this);
    }

    async before({ ctx, args, info }: OperationCall): Promise<undefined> {
        const input = args as unknown as AddItemArgs & { inputs?: AddItemArgs[] };
        const items = info.fieldName === 'addItemToOrder' ? [input] : (input.inputs ?? []);
        const open = items.filter(item => !offerIdOf(item.customFields) && item.productVariantId != null);
        if (!open.length) {
            return undefined;
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
        return undefined;
    }
}
