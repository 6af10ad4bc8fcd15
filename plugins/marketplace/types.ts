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
     * `UpdateOrder` lets the seller fulfil its seller orders (on its own channel only); the product and asset
     * permissions let it list products of its own, each sold through its offer (`SellerOwnProductService`). On
     * start, existing seller roles get what this list adds; nothing is taken away.
     *
     * @default [Permission.ReadCatalog, Permission.ReadStockLocation, Permission.ReadOrder, Permission.UpdateOrder,
     *   Permission.ReadSettings, Permission.CreateProduct, Permission.ReadProduct, Permission.UpdateProduct,
     *   Permission.DeleteProduct, Permission.CreateAsset, Permission.ReadAsset]
     */
    sellerRolePermissions?: Permission[];
    /**
     * Commission on a seller's order lines (their price without tax), in basis points (1000 = 10%), for sellers
     * without a rate of their own (`setSellerFinance`).
     *
     * @default 1000
     */
    defaultCommissionRateBps?: number;
    /**
     * Days a placed seller order waits before its money may be paid out, for sellers without a holding period of
     * their own.
     *
     * @default 14
     */
    defaultPayoutHoldingDays?: number;
    /**
     * Cron schedule of the `marketplace-build-payout-batches` task (on the worker).
     *
     * @default '0 3 * * *' (daily at 03:00)
     */
    payoutBatchSchedule?: string;
    /**
     * The largest offer CSV a single `importOffersCsv` call accepts, in rows (the header excluded); a larger file
     * is refused as a whole (`MalformedOfferCsvError`). 100,000 rows import in a few seconds and well under 500 MB
     * (issue #22, scenario 9); a larger catalogue is imported in several files.
     *
     * @default 200000
     */
    maxOfferCsvRows?: number;
}

/** {@link MarketplacePluginOptions} with every default applied. */
export type ResolvedMarketplacePluginOptions = Required<MarketplacePluginOptions>;

export const defaultMarketplacePluginOptions: ResolvedMarketplacePluginOptions = {
    sellerRatingStrategy: new NoSellerRatingStrategy(),
    sellerRolePermissions: [
        Permission.ReadCatalog,
        Permission.ReadStockLocation,
        Permission.ReadOrder,
        Permission.UpdateOrder,
        Permission.ReadSettings,
        // products of its own (Vendure's product pages on its channel), each sold through the seller's offer
        Permission.CreateProduct,
        Permission.ReadProduct,
        Permission.UpdateProduct,
        Permission.DeleteProduct,
        Permission.CreateAsset,
        Permission.ReadAsset,
    ],
    defaultCommissionRateBps: 1000,
    defaultPayoutHoldingDays: 14,
    payoutBatchSchedule: '0 3 * * *',
    maxOfferCsvRows: 200_000,
};
