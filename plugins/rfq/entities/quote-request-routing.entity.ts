import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * How a seller was found for a line: an offer on the variant, the offer's seller SKU or manufacturer part number,
 * or (a free-text line) an offer on the catalogue variant whose SKU the part number is.
 */
export enum RoutingMatch {
    Variant = 'variant',
    SellerSku = 'sellerSku',
    ManufacturerPartNumber = 'manufacturerPartNumber',
    VariantSku = 'variantSku',
}

/**
 * A request line reached a seller. The seller sees exactly the lines it has a routing for; a request without any
 * routing to a seller does not exist for that seller.
 */
@Entity('rfq_quote_request_routing')
@Index(['requestLineId', 'sellerId'], { unique: true })
@Index(['sellerId', 'requestId'])
export class QuoteRequestRouting extends VendureEntity {
    constructor(input?: DeepPartial<QuoteRequestRouting>) {
        super(input);
    }

    @Index()
    @EntityId()
    requestId: ID;

    @EntityId()
    requestLineId: ID;

    /** The `MarketplaceSeller` reached. */
    @EntityId()
    sellerId: ID;

    /** The seller's offer that matched, if any. */
    @EntityId({ nullable: true })
    offerId: ID | null;

    @Column('varchar')
    matchedBy: RoutingMatch;
}
