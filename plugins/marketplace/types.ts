import { Permission } from '@vendure/common/lib/generated-types';

import { NoSellerRatingStrategy, SellerRatingStrategy } from './config/seller-rating-strategy';

/**
 * Options of the {@link MarketplacePlugin}, passed to `MarketplacePlugin.init()`. Developer-level switches;
 * what the operator decides per seller lives on the seller.
 */
export interface MarketplacePluginOptions {
    /**
     * Rates sellers for the buy box (the criterion after price).
     *
     * @default new NoSellerRatingStrategy() (every seller 0)
     */
    sellerRatingStrategy?: SellerRatingStrategy;
    /**
     * Vendure permissions the seller role holds on its seller channel, besides the marketplace's own offer
     * permissions (always granted).
     *
     * @default [Permission.ReadCatalog, Permission.ReadStockLocation, Permission.ReadOrder, Permission.ReadSettings]
     */
    sellerRolePermissions?: Permission[];
}

/** {@link MarketplacePluginOptions} with every default applied. */
export type ResolvedMarketplacePluginOptions = Required<MarketplacePluginOptions>;

export const defaultMarketplacePluginOptions: ResolvedMarketplacePluginOptions = {
    sellerRatingStrategy: new NoSellerRatingStrategy(),
    sellerRolePermissions: [
        Permission.ReadCatalog,
        Permission.ReadStockLocation,
        Permission.ReadOrder,
        Permission.ReadSettings,
    ],
};
