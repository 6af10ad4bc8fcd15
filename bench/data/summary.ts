import { DataSizes } from './sizes';

/** Buyers of the demo's Gold distributor for scenario 4: one per client, since each has one active order. */
export const DEALER_BUYERS = 32;
export const dealerBuyerEmail = (i: number) => `bench.buyer.${String(i + 1).padStart(2, '0')}@triflow.demo`;
export const DEALER_BUYER_PASSWORD = 'dealer-demo';

/** The buyer who sends quote requests in scenario 6 (a plain customer, no dealer company). */
export const RFQ_BUYER = { username: 'bench.rfq.buyer@triflow.demo', password: 'rfq-buyer-demo' };

/** What the data generator hands the harness (a JSON file). */
export interface GeneratedData {
    sizes: DataSizes;
    counts: Record<string, number>;
    /** Slugs the product-detail scenarios rotate through. */
    productSlugs: string[];
    /** Logins of the Gold distributor's generated buyers (scenario 4): `dealerBuyerEmail(0..n-1)`. */
    dealerBuyers: number;
    /** SKUs of generated variants, for carts. */
    skus: string[];
    /** Scenario 6: the part every generated seller carries (one offer each), and how many sellers. */
    rfq: { sellers: number; productSlug: string; sku: string };
    /** Scenario 8: the generated historical orders, and how many of them are paid and not shipped. */
    history: { orders: number; notShipped: number };
    seconds: { migrate: number; demo: number; generated: number };
    overdue: { accounts: number; overdueAccounts: number; runsMs: number[] };
}
