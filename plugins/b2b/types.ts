/**
 * Options of the {@link B2bPlugin}, passed to `B2bPlugin.init()`. Everything a merchant decides per company or
 * price list lives on those entities; these options are developer-level switches.
 */
export interface B2bPluginOptions {
    /**
     * How many days before a dealer agreement's end date `AgreementExpiringEvent` is published
     * (once per agreement), so that sales can renegotiate.
     *
     * @default 30
     */
    agreementExpiryWarningDays?: number;
    /**
     * Cron expression of the agreement expiry check (runs on the worker).
     *
     * @default '0 6 * * *' (daily at 06:00)
     */
    agreementExpirySchedule?: string;
    /**
     * The largest CSV a single `importPriceListCsv` call accepts, in rows (the header excluded).
     *
     * @default 200000
     */
    maxCsvRows?: number;
    /**
     * Credit utilisation (balance / limit, 0–1) at which `CreditLimitNearlyReachedEvent` is published, once
     * per crossing.
     *
     * @default 0.9
     */
    creditWarningUtilisation?: number;
    /**
     * Cron expression of the credit overdue check that puts accounts with receivables past due + grace on
     * hold and lifts overdue holds once paid (runs on the worker).
     *
     * @default '30 5 * * *' (daily at 05:30)
     */
    creditOverdueCheckSchedule?: string;
    /**
     * The largest request body the admin API accepts as JSON (a size like `32mb`). Vendure's default is 100kb;
     * `importPriceListCsv(csv: ...)` with 100,000 rows needs about 4 MB, with long SKUs up to 10 MB. A larger
     * body is refused with the GraphQL error code `REQUEST_BODY_TOO_LARGE`, pointing to the `file` upload,
     * which has no such limit.
     *
     * @default '32mb'
     */
    adminApiBodyLimit?: string;
}

/** {@link B2bPluginOptions} with every default applied. */
export type ResolvedB2bPluginOptions = Required<B2bPluginOptions>;

export const defaultB2bPluginOptions: ResolvedB2bPluginOptions = {
    agreementExpiryWarningDays: 30,
    agreementExpirySchedule: '0 6 * * *',
    maxCsvRows: 200_000,
    creditWarningUtilisation: 0.9,
    creditOverdueCheckSchedule: '30 5 * * *',
    adminApiBodyLimit: '32mb',
};

declare module '@vendure/core/dist/entity/custom-entity-fields' {
    interface CustomOrderFields {
        /** The buyer's purchase order number, set when the order is paid on account (B2B plugin). */
        purchaseOrderNumber?: string | null;
    }
}
