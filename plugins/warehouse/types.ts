/**
 * Options of the {@link WarehousePlugin}, passed to `WarehousePlugin.init()`. What a merchant decides (allocation
 * rule per channel, over-receipt per supplier, auto-drafting per reorder point) lives on those entities; these
 * options are developer-level switches.
 */
export interface WarehousePluginOptions {
    /**
     * Cron expression of the overdue purchase order check (runs on the worker). Purchase orders whose expected
     * date has passed and that are not fully received publish `PurchaseOrderOverdueEvent`, once each.
     *
     * @default '0 7 * * *' (daily at 07:00)
     */
    purchaseOrderOverdueSchedule?: string;
    /**
     * Whether a stock change that happens outside the plugin's documents and Vendure's order movements
     * (Vendure's own `adjustProductVariantStock`, i.e. editing stock on hand on the variant page, and the
     * product importer) is allowed. It is ledgered either way, as a manual `adjustment`. Turn it off to make
     * stock counts and receipts the only way to change stock on hand.
     *
     * @default true
     */
    allowDirectAdjustments?: boolean;
}

/** {@link WarehousePluginOptions} with every default applied. */
export type ResolvedWarehousePluginOptions = Required<WarehousePluginOptions>;

export const defaultWarehousePluginOptions: ResolvedWarehousePluginOptions = {
    purchaseOrderOverdueSchedule: '0 7 * * *',
    allowDirectAdjustments: true,
};

/** How a channel picks the warehouse that ships an order line (a Channel custom field). */
export enum WarehouseAllocationRule {
    /** The serving warehouse with the lowest ship-from priority number that has enough stock. */
    Priority = 'priority',
    /** The serving warehouse with the most available stock. */
    MostStock = 'most_stock',
}

declare module '@vendure/core/dist/entity/custom-entity-fields' {
    interface CustomChannelFields {
        /** `priority` or `most_stock`: how order lines are routed to this channel's warehouses. */
        warehouseAllocationRule?: string | null;
        /** Whether the shop API shows per-variant availability at this channel's pick-up warehouses. */
        warehousePickupAvailability?: boolean | null;
    }
    interface CustomProductVariantFields {
        /** A barcode (EAN/UPC/…) the stock count scan screen accepts besides the SKU. */
        barcode?: string | null;
    }
}
