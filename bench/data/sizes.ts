/** How much data a run generates, on top of the demo data (`npm start`'s catalog, dealers, sellers, warehouses). */
export interface DataSizes {
    /** Generated products; each has `variantsPerProduct` variants (option group "size"). */
    products: number;
    variantsPerProduct: number;
    /** Generated dealer companies in 3 tiers and a 3-level hierarchy, each with a credit account and ledger. */
    creditAccounts: number;
    /** Extra company contract price lists, each with entries on random generated variants. */
    contractPriceLists: number;
    entriesPerContractList: number;
    /** Approved marketplace sellers with an active offer on one generated variant (scenario 6: RFQ routing). */
    rfqSellers: number;
    /** Historical orders with fulfilments and shipments (scenario 8: the alert scan), in bulk SQL. */
    historyOrders: number;
    /** Alert rules the alert scan evaluates (scenario 8), created through the admin API. */
    alertRules: number;
    /** Rows of the price-list CSV and of the offer CSV imported in scenario 9. */
    csvRows: number;
    seed: number;
}

/**
 * `--quick`: small enough for CI (under 3 minutes end to end on 2 shared cores). The full size follows issue #22
 * for the catalog (10,000 variants); `--scale N` multiplies the full size. The overdue aggregate always runs over
 * 10,000 credit accounts (issue #16), in bulk SQL: cheap to create.
 */
export function dataSizes(quick: boolean, scale: number): DataSizes {
    if (quick) {
        return {
            products: 100,
            variantsPerProduct: 5,
            creditAccounts: 10_000,
            contractPriceLists: 10,
            entriesPerContractList: 50,
            rfqSellers: 50,
            historyOrders: 2_000,
            alertRules: 50,
            csvRows: 2_000,
            seed: 22,
        };
    }
    return {
        products: Math.round(2_000 * scale),
        variantsPerProduct: 5,
        creditAccounts: Math.round(10_000 * scale),
        contractPriceLists: Math.round(100 * scale),
        entriesPerContractList: 1_000,
        rfqSellers: Math.round(500 * scale),
        historyOrders: Math.round(100_000 * scale),
        alertRules: 50,
        csvRows: Math.round(100_000 * scale),
        seed: 22,
    };
}
