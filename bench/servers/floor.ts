/**
 * Server (3) of the benchmark, the floor: what answering a product-detail read costs with nothing in between.
 * `node:http` and prepared statements on a copy of the same database: better-sqlite3 on a copy of the SQLite file,
 * or with `DB=postgres` a node-postgres pool (as many connections as the platform's pool, `DB_POOL_MAX`) running
 * named prepared queries on a clone of the generated PostgreSQL database. No framework, no GraphQL, no sessions, no
 * channel or tax logic. `GET /product/<slug>` answers the product, its variants with their channel price and stock
 * on hand, as JSON: the data of scenario 1. No server can be faster than this on this machine and database, so
 * Triflow/floor says how much of the time goes to the framework.
 */
import http from 'http';
import { Pool } from 'pg';

import { openSqlite } from '../lib/sqlite';

interface Product {
    id: number;
    name: string;
    slug: string;
    description: string;
}
interface Variant {
    id: number;
    sku: string;
    name: string;
    price: number;
    currencyCode: string;
    stockOnHand: number;
}
/** better-sqlite3 answers synchronously, node-postgres asynchronously. */
interface Reader {
    product(slug: string): Product | undefined | Promise<Product | undefined>;
    variants(productId: number): Variant[] | Promise<Variant[]>;
}

// The same two statements in both dialects; identifiers quoted (PostgreSQL folds unquoted camelCase names).
const PRODUCT_BY_SLUG = (slug: string, enabled: string) =>
    `SELECT p.id, t.name, t.slug, t.description FROM product p
     JOIN product_translation t ON t."baseId" = p.id AND t."languageCode" = 'en'
     WHERE t.slug = ${slug} AND p."deletedAt" IS NULL AND p.enabled = ${enabled}`;
const VARIANTS_OF_PRODUCT = (productId: string, enabled: string) =>
    `SELECT v.id, v.sku, vt.name, pr.price, pr."currencyCode",
            (SELECT COALESCE(SUM(s."stockOnHand" - s."stockAllocated"), 0) FROM stock_level s
              WHERE s."productVariantId" = v.id) AS "stockOnHand"
     FROM product_variant v
     JOIN product_variant_translation vt ON vt."baseId" = v.id AND vt."languageCode" = 'en'
     JOIN product_variant_price pr ON pr."variantId" = v.id AND pr."channelId" = 1
     WHERE v."productId" = ${productId} AND v."deletedAt" IS NULL AND v.enabled = ${enabled}
     ORDER BY v.id`;

function sqliteReader(file: string): Reader {
    const db = openSqlite(file, { readonly: true, fileMustExist: true });
    const productBySlug = db.prepare<[string], Product>(PRODUCT_BY_SLUG('?', '1'));
    const variantsOfProduct = db.prepare<[number], Variant>(VARIANTS_OF_PRODUCT('?', '1'));
    return {
        product: slug => productBySlug.get(slug),
        variants: productId => variantsOfProduct.all(productId),
    };
}

/**
 * Named queries: node-postgres parses and plans each once per connection, then only binds and executes. Money is
 * a `bigint` column (the platform's BigIntMoneyStrategy) and a SUM is `bigint` too, which node-postgres returns as
 * text: turned into numbers, as better-sqlite3 answers them.
 */
function postgresReader(env: NodeJS.ProcessEnv): Reader {
    const pool = new Pool({
        host: env.DB_HOST || '127.0.0.1',
        port: Number(env.DB_PORT || 5432),
        database: env.DB_NAME,
        user: env.DB_USERNAME || 'postgres',
        password: env.DB_PASSWORD || undefined,
        max: Number(env.DB_POOL_MAX || 10),
        application_name: 'triflow-bench-floor',
    });
    const productText = PRODUCT_BY_SLUG('$1', 'TRUE');
    const variantsText = VARIANTS_OF_PRODUCT('$1', 'TRUE');
    return {
        product: async slug =>
            (await pool.query<Product>({ name: 'floor-product-by-slug', text: productText, values: [slug] }))
                .rows[0],
        variants: async productId =>
            (
                await pool.query<Variant>({
                    name: 'floor-variants-of-product',
                    text: variantsText,
                    values: [productId],
                })
            ).rows.map(v => ({ ...v, price: Number(v.price), stockOnHand: Number(v.stockOnHand) })),
    };
}

const port = Number(process.env.PORT ?? 3603);
const reader =
    process.env.DB === 'postgres'
        ? postgresReader(process.env)
        : sqliteReader(process.env.SQLITE_PATH ?? 'bench.sqlite');

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const m = /^\/product\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'GET' && req.url === '/health') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
    }
    if (!m) {
        res.writeHead(404).end();
        return;
    }
    const product = await reader.product(decodeURIComponent(m[1]));
    if (!product) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"product":null}');
        return;
    }
    const body = JSON.stringify({ product: { ...product, variants: await reader.variants(product.id) } });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
}

const server = http.createServer((req, res) => {
    answer(req, res).catch((e: Error) => {
        process.stderr.write(`${e.stack ?? e.message}\n`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
    });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1');
