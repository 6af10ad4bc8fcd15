import { BulkDb, sqlBool } from './sql';

/** Runs an INSERT … RETURNING id (SQLite 3.35+ and PostgreSQL) and gives the new row's id. */
async function insertReturningId(db: BulkDb, sql: string, params: unknown[]): Promise<number> {
    const rows = await db.query<Array<{ id: number }>>(`${sql} RETURNING id`, params);
    return Number(rows[0].id);
}

/**
 * Scenario 6 (RFQ routing): `count` approved marketplace sellers, each with its own Vendure seller and seller
 * channel (a copy of the default channel's settings, as the marketplace's onboarding creates one) and one active
 * offer on `variantId`. Bulk SQL on SQLite or PostgreSQL, like the dealer history: the onboarding through the
 * services (roles, administrators, stock locations) costs seconds per seller and the routing reads none of it.
 */
export async function insertRfqSellers(db: BulkDb, count: number, variantId: number): Promise<void> {
    const [channel] = await db.query<Array<{ defaultCurrencyCode: string }>>(
        `SELECT "defaultCurrencyCode" FROM channel WHERE code = '__default_channel__'`,
    );
    for (let i = 1; i <= count; i++) {
        const n = String(i).padStart(4, '0');
        const name = `Bench Parts Seller ${n}`;
        const sellerId = await insertReturningId(db, `INSERT INTO seller (name) VALUES (?)`, [name]);
        const channelId = await insertReturningId(
            db,
            `INSERT INTO channel (code, token, description, "defaultLanguageCode", "availableLanguageCodes",
                "defaultCurrencyCode", "availableCurrencyCodes", "trackInventory", "outOfStockThreshold",
                "pricesIncludeTax", "sellerId", "defaultTaxZoneId", "defaultShippingZoneId")
             SELECT ?, ?, '', "defaultLanguageCode", "availableLanguageCodes", "defaultCurrencyCode",
                "availableCurrencyCodes", "trackInventory", "outOfStockThreshold", "pricesIncludeTax", ?,
                "defaultTaxZoneId", "defaultShippingZoneId"
             FROM channel WHERE code = '__default_channel__'`,
            [`seller-bench-parts-${n}`, `seller-bench-parts-${n}-token`, sellerId],
        );
        const marketplaceSellerId = await insertReturningId(
            db,
            `INSERT INTO marketplace_seller (name, code, status, "statusChangedAt", "contactEmail", "taxId",
                "sellerId", "channelId")
             VALUES (?, ?, 'approved', CURRENT_TIMESTAMP, ?, ?, ?, ?)`,
            [name, `bench-parts-${n}`, `bench-parts-${n}@triflow.demo`, `BENCH-TAX-${n}`, sellerId, channelId],
        );
        await db.query(
            `INSERT INTO marketplace_offer ("sellerId", "productVariantId", price, "currencyCode",
                "quantityAvailable", "leadTimeDays", condition, "minimumOrderQuantity", "sellerSku", active)
             VALUES (?, ?, ?, ?, ?, ?, 'new', 1, ?, ?)`,
            [
                marketplaceSellerId,
                variantId,
                10_000 + i * 7,
                channel.defaultCurrencyCode,
                5 + (i % 50),
                i % 15,
                `BP-${n}`,
                sqlBool(db, true),
            ],
        );
    }
}
