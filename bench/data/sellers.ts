import { RawQuery } from './dealers';

/**
 * Scenario 6 (RFQ routing): `count` approved marketplace sellers, each with its own Vendure seller and seller
 * channel (a copy of the default channel's settings, as the marketplace's onboarding creates one) and one active
 * offer on `variantId`. Bulk SQL on SQLite, like the dealer history: the onboarding through the services
 * (roles, administrators, stock locations) costs seconds per seller and the routing reads none of it.
 */
export async function insertRfqSellers(db: RawQuery, count: number, variantId: number): Promise<void> {
    const [channel] = await db.query<Array<{ defaultCurrencyCode: string }>>(
        `SELECT defaultCurrencyCode FROM channel WHERE code = '__default_channel__'`,
    );
    const lastId = async () =>
        Number((await db.query<Array<{ id: number }>>(`SELECT last_insert_rowid() AS id`))[0].id);
    for (let i = 1; i <= count; i++) {
        const n = String(i).padStart(4, '0');
        const name = `Bench Parts Seller ${n}`;
        await db.query(`INSERT INTO seller (name) VALUES (?)`, [name]);
        const sellerId = await lastId();
        await db.query(
            `INSERT INTO channel (code, token, description, defaultLanguageCode, availableLanguageCodes,
                defaultCurrencyCode, availableCurrencyCodes, trackInventory, outOfStockThreshold, pricesIncludeTax,
                sellerId, defaultTaxZoneId, defaultShippingZoneId)
             SELECT ?, ?, '', defaultLanguageCode, availableLanguageCodes, defaultCurrencyCode,
                availableCurrencyCodes, trackInventory, outOfStockThreshold, pricesIncludeTax, ?, defaultTaxZoneId,
                defaultShippingZoneId
             FROM channel WHERE code = '__default_channel__'`,
            [`seller-bench-parts-${n}`, `seller-bench-parts-${n}-token`, sellerId],
        );
        const channelId = await lastId();
        await db.query(
            `INSERT INTO marketplace_seller (name, code, status, statusChangedAt, contactEmail, taxId, sellerId,
                channelId)
             VALUES (?, ?, 'approved', datetime('now'), ?, ?, ?, ?)`,
            [name, `bench-parts-${n}`, `bench-parts-${n}@triflow.demo`, `BENCH-TAX-${n}`, sellerId, channelId],
        );
        const marketplaceSellerId = await lastId();
        await db.query(
            `INSERT INTO marketplace_offer (sellerId, productVariantId, price, currencyCode, quantityAvailable,
                leadTimeDays, condition, minimumOrderQuantity, sellerSku, active)
             VALUES (?, ?, ?, ?, ?, ?, 'new', 1, ?, 1)`,
            [
                marketplaceSellerId,
                variantId,
                10_000 + i * 7,
                channel.defaultCurrencyCode,
                5 + (i % 50),
                i % 15,
                `BP-${n}`,
            ],
        );
    }
}
