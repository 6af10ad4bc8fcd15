/**
 * Server (3) of the benchmark, the floor: what answering a product-detail read costs with nothing in between.
 * `node:http` and better-sqlite3 prepared statements on a copy of the same SQLite file; no framework, no GraphQL,
 * no sessions, no channel or tax logic. `GET /product/<slug>` answers the product, its variants with their channel
 * price and stock on hand, as JSON: the data of scenario 1. No server can be faster than this on this machine
 * and database, so Triflow/floor says how much of the time goes to the framework.
 */
import http from 'http';

import { openSqlite } from '../lib/sqlite';

const port = Number(process.env.PORT ?? 3603);
const db = openSqlite(process.env.SQLITE_PATH ?? 'bench.sqlite', { readonly: true, fileMustExist: true });

const productBySlug = db.prepare<[string], { id: number; name: string; slug: string; description: string }>(
    `SELECT p.id, t.name, t.slug, t.description FROM product p
     JOIN product_translation t ON t.baseId = p.id AND t.languageCode = 'en'
     WHERE t.slug = ? AND p.deletedAt IS NULL AND p.enabled = 1`,
);
const variantsOfProduct = db.prepare<
    [number],
    { id: number; sku: string; name: string; price: number; currencyCode: string; stockOnHand: number }
>(
    `SELECT v.id, v.sku, vt.name, pr.price, pr.currencyCode,
            (SELECT COALESCE(SUM(s.stockOnHand - s.stockAllocated), 0) FROM stock_level s
              WHERE s.productVariantId = v.id) AS stockOnHand
     FROM product_variant v
     JOIN product_variant_translation vt ON vt.baseId = v.id AND vt.languageCode = 'en'
     JOIN product_variant_price pr ON pr.variantId = v.id AND pr.channelId = 1
     WHERE v.productId = ? AND v.deletedAt IS NULL AND v.enabled = 1
     ORDER BY v.id`,
);

const server = http.createServer((req, res) => {
    const m = /^\/product\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'GET' && req.url === '/health') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
    }
    if (!m) {
        res.writeHead(404).end();
        return;
    }
    const product = productBySlug.get(decodeURIComponent(m[1]));
    if (!product) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"product":null}');
        return;
    }
    const body = JSON.stringify({ product: { ...product, variants: variantsOfProduct.all(product.id) } });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1');
