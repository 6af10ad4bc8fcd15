import { RequestContext, VendureEvent } from '@vendure/core';

import { MarketplaceSeller, MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';

/**
 * A seller's marketplace status changed: registered (`fromStatus` null, `toStatus` pending), approved, rejected,
 * suspended or reinstated. `reason` is given for rejections and suspensions.
 */
export class SellerStatusEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public seller: MarketplaceSeller,
        public fromStatus: MarketplaceSellerStatus | null,
        public toStatus: MarketplaceSellerStatus,
        public reason: string | null = null,
    ) {
        super();
    }
}
