export { MarketplacePlugin } from './marketplace.plugin';
export { MARKETPLACE_PLUGIN_OPTIONS, MarketplaceSellerPermission, OfferPermission } from './constants';
export type { MarketplacePluginOptions } from './types';

// Sellers
export { MarketplaceSeller, MarketplaceSellerStatus } from './entities/marketplace-seller.entity';
export { MarketplaceSellerService } from './services/marketplace-seller.service';
export type { RegisterSellerInput, SellerScope } from './services/marketplace-seller.service';
export { SellerStatusEvent } from './events/seller-status.event';
export { SellerAuthenticationStrategy } from './config/seller-authentication-strategy';
export {
    DuplicateSellerError,
    SellerEmailAddressConflictError,
    SellerStatusTransitionError,
} from './api/error-results';

// Offers and the buy box
export { Offer, OfferCondition } from './entities/offer.entity';
export { OfferService } from './services/offer.service';
export type { CreateOfferInput, SellerCarrying, UpdateOfferInput } from './services/offer.service';
export { DuplicateOfferError } from './api/error-results';
export { NoSellerRatingStrategy } from './config/seller-rating-strategy';
export type { SellerRatingStrategy } from './config/seller-rating-strategy';

// Seller orders
export { SellerOrderService } from './services/seller-order.service';
export type { OrderLineSellerResolver } from './services/seller-order.service';
export {
    SellerOrderFulfilmentService,
    SELLER_ORDER_PAYMENT_METHOD,
} from './services/seller-order-fulfilment.service';
