import { intBetween, seededRandom } from './random';
import { BulkDb, insertRows, nextId, sqlBool, sqlDate, syncIdSequences } from './sql';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Orders inserted per batch (the rows of one batch are built in memory, then written). */
const BATCH = 5_000;

/** Code of the n-th generated historical order (1-based). */
export const historyOrderCode = (n: number) => `BENCH-H${String(n).padStart(7, '0')}`;

/**
 * Scenario 8 (alert scan): `count` historical orders of the default channel, each with one line, in bulk SQL (SQLite or
 * PostgreSQL, like the dealer history). About 95 % were placed within the last year and shipped: a fulfillment with the
 * `carrier-fulfillment` handler and a delivered shipment of the logistics plugin (a carrier of the demo). The others
 * are paid (`PaymentSettled`) and not shipped, placed 1 to 60 days ago: what the `order-not-shipped` condition finds.
 * Returns how many orders are paid and not shipped.
 */
export async function insertOrderHistory(
    db: BulkDb,
    count: number,
    variantIds: number[],
    seed: number,
    now: Date,
): Promise<{ orders: number; notShipped: number }> {
    if (count <= 0) {
        return { orders: 0, notShipped: 0 };
    }
    const rnd = seededRandom(seed + 8);
    const [channel] = await db.query<Array<{ id: number; defaultCurrencyCode: string }>>(
        `SELECT id, "defaultCurrencyCode" FROM channel WHERE code = '__default_channel__'`,
    );
    const [carrier] = await db.query<Array<{ id: number }>>(`SELECT id FROM carrier ORDER BY id LIMIT 1`);
    if (!carrier) {
        throw new Error('No carrier in the demo data: the order history needs one for its shipments');
    }
    const address = JSON.stringify({ fullName: 'Bench Buyer', streetLine1: '1 Bench St', city: 'Leeds', countryCode: 'GB' });
    let orderId = await nextId(db, 'order');
    let lineId = await nextId(db, 'order_line');
    let fulfillmentId = await nextId(db, 'fulfillment');
    let notShipped = 0;
    for (let start = 0; start < count; start += BATCH) {
        const orders: unknown[][] = [];
        const orderChannels: unknown[][] = [];
        const lines: unknown[][] = [];
        const fulfillments: unknown[][] = [];
        const orderFulfillments: unknown[][] = [];
        const shipments: unknown[][] = [];
        for (let n = start + 1; n <= Math.min(count, start + BATCH); n++) {
            const shipped = rnd() >= 0.05;
            const placedAt = shipped
                ? new Date(now.getTime() - intBetween(rnd, 2 * DAY, 365 * DAY))
                : new Date(now.getTime() - intBetween(rnd, 1 * DAY, 60 * DAY));
            const quantity = intBetween(rnd, 1, 20);
            const unit = intBetween(rnd, 500, 200_000);
            const subTotal = unit * quantity;
            const created = sqlDate(db, new Date(placedAt.getTime() - HOUR));
            orders.push([
                orderId,
                created,
                sqlDate(db, placedAt),
                'Regular',
                historyOrderCode(n),
                shipped ? 'Delivered' : 'PaymentSettled',
                sqlBool(db, false),
                sqlDate(db, placedAt),
                '',
                address,
                address,
                channel.defaultCurrencyCode,
                subTotal,
                Math.round(subTotal * 1.2),
                1000,
                1200,
            ]);
            orderChannels.push([orderId, channel.id]);
            lines.push([
                lineId++,
                created,
                quantity,
                quantity,
                sqlBool(db, false),
                '[]',
                '[]',
                variantIds[n % variantIds.length],
                unit,
                unit,
                orderId,
            ]);
            if (shipped) {
                const shippedAt = sqlDate(db, new Date(placedAt.getTime() + intBetween(rnd, 2, 40) * HOUR));
                const tracking = `BENCH-H-TRK-${n}`;
                fulfillments.push([fulfillmentId, shippedAt, 'Delivered', tracking, 'Bench carrier', 'carrier-fulfillment']);
                orderFulfillments.push([orderId, fulfillmentId]);
                shipments.push([shippedAt, tracking, 'Delivered', shippedAt, '[]', channel.id, fulfillmentId, orderId, carrier.id]);
                fulfillmentId++;
            } else {
                notShipped++;
            }
            orderId++;
        }
        await insertRows(
            db,
            'order',
            [
                'id',
                'createdAt',
                'updatedAt',
                'type',
                'code',
                'state',
                'active',
                'orderPlacedAt',
                'couponCodes',
                'shippingAddress',
                'billingAddress',
                'currencyCode',
                'subTotal',
                'subTotalWithTax',
                'shipping',
                'shippingWithTax',
            ],
            orders,
        );
        await insertRows(db, 'order_channels_channel', ['orderId', 'channelId'], orderChannels);
        await insertRows(
            db,
            'order_line',
            [
                'id',
                'createdAt',
                'quantity',
                'orderPlacedQuantity',
                'listPriceIncludesTax',
                'adjustments',
                'taxLines',
                'productVariantId',
                'initialListPrice',
                'listPrice',
                'orderId',
            ],
            lines,
        );
        await insertRows(
            db,
            'fulfillment',
            ['id', 'createdAt', 'state', 'trackingCode', 'method', 'handlerCode'],
            fulfillments,
        );
        await insertRows(db, 'order_fulfillments_fulfillment', ['orderId', 'fulfillmentId'], orderFulfillments);
        await insertRows(
            db,
            'shipment',
            [
                'createdAt',
                'trackingNumber',
                'status',
                'lastEventAt',
                'packages',
                'channelId',
                'fulfillmentId',
                'orderId',
                'carrierId',
            ],
            shipments,
        );
    }
    await syncIdSequences(db, ['order', 'order_line', 'fulfillment']);
    return { orders: count, notShipped };
}
