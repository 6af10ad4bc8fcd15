import { CrudPermissionDefinition } from '@vendure/core';

/** Injection token for the resolved {@link MarketplacePluginOptions}. */
export const MARKETPLACE_PLUGIN_OPTIONS = Symbol('MARKETPLACE_PLUGIN_OPTIONS');

/** Logger context for everything the marketplace plugin logs. */
export const loggerCtx = 'MarketplacePlugin';

/**
 * Read the marketplace's sellers and their applications (Read); approve, reject, suspend and reinstate them
 * (Update). Create and Delete are reserved for the operator's later tools.
 */
export const MarketplaceSellerPermission = new CrudPermissionDefinition('MarketplaceSeller');

/**
 * Create, read, update and delete offers. On the default channel: every seller's offers (the operator); on a
 * seller channel: that seller's own offers only. The seller role holds all four on its channel.
 */
export const OfferPermission = new CrudPermissionDefinition('Offer');

/**
 * Seller money: the ledger, payout batches, settlements and statements (Read; a seller role holds it on its
 * channel and sees only its own), refunds, adjustments and building batches (Create), marking a batch paid (Update).
 */
export const SellerPayoutPermission = new CrudPermissionDefinition('SellerPayout');

/** Id of the scheduled task that builds payout batches. */
export const PAYOUT_BATCH_TASK_ID = 'marketplace-build-payout-batches';
