/**
 * Generates the benchmark's data set into one database (a SQLite file, or with `DB=postgres` one PostgreSQL database
 * that the harness then clones per server), then measures the B2B overdue aggregate on it. Run by `bench/run.ts` as
 * its own process (the environment carries DB, SQLITE_PATH or DB_NAME, DATA_DIR and the production secrets); argv:
 * the JSON file to write the summary to, then the sizes as JSON.
 *
 * Everything goes through the compiled platform (`dist/`), as the servers under test run it: Triflow's migrations,
 * every plugin's demo seeder (`npm start`'s demo: catalog, dealers, sellers, warehouses, articles), then the
 * generated catalog through Vendure's product importer and the dealer history in bulk SQL.
 */
import { INestApplicationContext } from '@nestjs/common';
import {
    bootstrapWorker,
    CustomerService,
    Importer,
    isGraphQlErrorResult,
    RequestContext,
    RequestContextService,
    runMigrations,
    SearchService,
    TransactionalConnection,
} from '@vendure/core';
import fs from 'fs';
import path from 'path';
import { lastValueFrom } from 'rxjs';
import { DataSource, QueryRunner } from 'typeorm';

import { catalogCsv } from './catalog';
import { insertDealers, insertPriceLists } from './dealers';
import { insertOrderHistory } from './orders';
import { insertRfqSellers } from './sellers';
import { DataSizes } from './sizes';
import { BulkDb, bulkDb, dialectFromEnv } from './sql';
import { DEALER_BUYER_PASSWORD, DEALER_BUYERS, dealerBuyerEmail, GeneratedData, RFQ_BUYER } from './summary';

type ConfigModule = typeof import('../../vendure-config');
type EnvModule = typeof import('../../src/common/env');
type SeedModule = typeof import('../../src/demo/seed-demo-data');
type B2bModule = typeof import('../../plugins/b2b');

const dist = path.resolve(__dirname, '..', '..', 'dist');
/* eslint-disable @typescript-eslint/no-require-imports */
const { buildConfig } = require(path.join(dist, 'vendure-config.js')) as ConfigModule;
const { readEnv } = require(path.join(dist, 'src', 'common', 'env.js')) as EnvModule;
const { discoverDemoSeeders, seedDemoData } = require(
    path.join(dist, 'src', 'demo', 'seed-demo-data.js'),
) as SeedModule;
const { CompanyRole, CompanyService, CreditControlService } = require(path.join(dist, 'plugins', 'b2b', 'index.js')) as B2bModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const dialect = dialectFromEnv();

const since = (t: number) => Math.round((Date.now() - t) / 100) / 10;

/**
 * Waits until no job is pending or running (the search index, collection filters), at most `timeoutMs`; the alerts'
 * webhook deliveries excepted (the demo endpoint refuses them on purpose and they retry for minutes).
 */
async function drainJobs(raw: BulkDb, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const [{ n }] = await raw.query<Array<{ n: number }>>(
            `SELECT COUNT(*) AS n FROM job_record WHERE state IN ('PENDING', 'RUNNING', 'RETRYING') ` +
                `AND "queueName" <> 'alerts-webhook'`,
        );
        if (Number(n) === 0) {
            return;
        }
        await new Promise(r => setTimeout(r, 250));
    }
    throw new Error('The job queue did not drain (search index) in time');
}

/**
 * The generated catalog (Vendure's importer) and the dealer history (bulk SQL), on a worker whose job queue is
 * not yet running. The importer's stock movements queue one search-index job per variant, which the database job
 * queue works through a few per second; one full reindex afterwards does the same in seconds.
 */
async function generate(
    app: INestApplicationContext,
    sizes: DataSizes,
): Promise<Pick<GeneratedData, 'rfq' | 'history'>> {
    const ctx = await app.get(RequestContextService).create({ apiType: 'admin' });
    const result = await lastValueFrom(app.get(Importer).parseAndImport(catalogCsv(sizes), ctx, false));
    if (result.errors?.length) {
        throw new Error(`The generated catalog did not import cleanly:\n${result.errors.join('\n')}`);
    }
    await importerSettled(app.get(TransactionalConnection).rawConnection);
    const raw = bulkDb(app.get(TransactionalConnection).rawConnection, dialect);
    const variants = await raw.query<Array<{ id: number }>>(
        `SELECT id FROM product_variant WHERE sku LIKE 'BENCH-%' ORDER BY id`,
    );
    let history: GeneratedData['history'] = { orders: 0, notShipped: 0 };
    await app.get(TransactionalConnection).rawConnection.transaction(async manager => {
        const db = bulkDb(manager, dialect);
        const firstCompany = await insertDealers(db, sizes, new Date());
        await insertPriceLists(
            db,
            sizes,
            firstCompany,
            variants.map(v => v.id),
        );
        // the last generated variant: its product is not among the slugs scenarios 1–5 read and buy, whose prices
        // and stock the offers would otherwise change (the buy box)
        await insertRfqSellers(db, sizes.rfqSellers, variants[variants.length - 1].id);
        history = await insertOrderHistory(
            db,
            sizes.historyOrders,
            variants.map(v => v.id),
            sizes.seed,
            new Date(),
        );
    });
    // events are delivered after commit: let the last ones queue their jobs before they are replaced
    await new Promise(r => setTimeout(r, 1000));
    await raw.query(`DELETE FROM job_record WHERE "queueName" = 'update-search-index' AND state = 'PENDING'`);
    await app.get(SearchService).reindex(ctx);
    await addDealerBuyers(app, ctx, DEALER_BUYERS);
    const buyer = await app.get(CustomerService).create(
        ctx,
        { emailAddress: RFQ_BUYER.username, firstName: 'Bench', lastName: 'RFQ Buyer' },
        RFQ_BUYER.password,
    );
    if (isGraphQlErrorResult(buyer)) {
        throw new Error(buyer.message);
    }
    const [part] = await raw.query<Array<{ sku: string; slug: string }>>(
        `SELECT pv.sku AS sku, pt.slug AS slug FROM product_variant pv
         JOIN product_translation pt ON pt."baseId" = pv."productId" AND pt."languageCode" = 'en'
         WHERE pv.id = ?`,
        [variants[variants.length - 1].id],
    );
    return { rfq: { sellers: sizes.rfqSellers, productSlug: part.slug, sku: part.sku }, history };
}


/**
 * Waits for the writes the importer leaves running when `parseAndImport` completes: Vendure publishes an event after
 * each commit, and its subscribers (the search index queues a job for every stock movement) write a moment later.
 * On SQLite TypeORM runs every statement of the process through one query runner, whose transaction state is
 * shared: a transaction begun while such a write commits loses it (TypeORM's `TransactionNotStartedError` at its
 * own commit). Settled once the runner has been outside a transaction for three looks in a row.
 */
async function importerSettled(connection: DataSource): Promise<void> {
    const runner = (connection.driver as unknown as { queryRunner?: QueryRunner }).queryRunner;
    const deadline = Date.now() + 60_000;
    let quiet = 0;
    while (quiet < 3 && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 50));
        quiet = runner?.isTransactionActive ? 0 : quiet + 1;
    }
}

async function addDealerBuyers(app: INestApplicationContext, ctx: RequestContext, n: number): Promise<void> {
    const raw = bulkDb(app.get(TransactionalConnection).rawConnection, dialect);
    const [company] = await raw.query<Array<{ id: number }>>(`SELECT id FROM company WHERE code = 'east-china-dist'`);
    if (!company) {
        return;
    }
    for (let i = 0; i < n; i++) {
        const customer = await app.get(CustomerService).create(
            ctx,
            { emailAddress: dealerBuyerEmail(i), firstName: 'Bench', lastName: `Buyer ${i + 1}` },
            DEALER_BUYER_PASSWORD,
        );
        if (isGraphQlErrorResult(customer)) {
            throw new Error(customer.message);
        }
        await app.get(CompanyService).addMember(ctx, company.id, customer.id, CompanyRole.Buyer);
    }
    // orders on account never run into the credit limit during a run
    await raw.query(`UPDATE credit_account SET "creditLimit" = 100000000000000 WHERE "companyId" = ?`, [company.id]);
}

async function main(): Promise<void> {
    const [outFile, sizesJson] = process.argv.slice(2);
    const sizes = JSON.parse(sizesJson) as DataSizes;
    const env = readEnv();
    const config = buildConfig(env);
    if (dialect === 'sqlite') {
        fs.mkdirSync(path.dirname(env.db.sqlitePath), { recursive: true });
    }

    let t = Date.now();
    await runMigrations(config);
    const migrate = since(t);
    t = Date.now();
    await seedDemoData(config, discoverDemoSeeders());
    const demo = since(t);

    t = Date.now();
    const worker = await bootstrapWorker(config);
    const app = worker.app;
    try {
        const raw = bulkDb(app.get(TransactionalConnection).rawConnection, dialect);
        const { rfq, history } = await generate(app, sizes);
        await worker.startJobQueue();
        // Minutes on PostgreSQL (the reindex of 10,000 variants); a loaded machine takes longer still.
        await drainJobs(raw, 900_000);
        const generated = since(t);
        const count = async (sql: string) => Number((await raw.query<Array<{ n: number }>>(sql))[0].n);
        const counts = {
            products: await count(`SELECT COUNT(*) AS n FROM product WHERE "deletedAt" IS NULL`),
            variants: await count(`SELECT COUNT(*) AS n FROM product_variant WHERE "deletedAt" IS NULL`),
            companies: await count(`SELECT COUNT(*) AS n FROM company`),
            creditAccounts: await count(`SELECT COUNT(*) AS n FROM credit_account`),
            ledgerEntries: await count(`SELECT COUNT(*) AS n FROM credit_ledger_entry`),
            priceLists: await count(`SELECT COUNT(*) AS n FROM price_list`),
            priceListEntries: await count(`SELECT COUNT(*) AS n FROM price_list_entry`),
            sellers: await count(`SELECT COUNT(*) AS n FROM seller`),
            approvedMarketplaceSellers: await count(
                `SELECT COUNT(*) AS n FROM marketplace_seller WHERE status = 'approved'`,
            ),
            searchIndexRows: await count(`SELECT COUNT(*) AS n FROM search_index_item`),
            orders: await count(`SELECT COUNT(*) AS n FROM "order"`),
            shipments: await count(`SELECT COUNT(*) AS n FROM shipment`),
        };
        const slugRows = await raw.query<Array<{ slug: string }>>(
            `SELECT slug FROM product_translation WHERE "languageCode" = 'en' AND slug LIKE 'bench-product-%'
             ORDER BY slug LIMIT 20`,
        );
        const skuRows = await raw.query<Array<{ sku: string }>>(
            `SELECT sku FROM product_variant WHERE sku LIKE 'BENCH-%' ORDER BY id LIMIT 60`,
        );

        // Issue #16: the overdue check's aggregate over every credit account, timed as the scheduled task calls it.
        const ctx = await app.get(RequestContextService).create({ apiType: 'admin' });
        const control = app.get(CreditControlService);
        const runsMs: number[] = [];
        let overdueAccounts = 0;
        for (let i = 0; i < 6; i++) {
            const t0 = process.hrtime.bigint();
            const standings = await control.overdueStandings(ctx);
            const ms = Number(process.hrtime.bigint() - t0) / 1e6;
            overdueAccounts = standings.filter(s => s.overdue > 0).length;
            if (i > 0) runsMs.push(Math.round(ms * 10) / 10); // the first run warms the statement cache
        }
        if (dialect === 'sqlite') {
            // the servers read copies of this file: everything in it, nothing left in the write-ahead log
            await raw.query('PRAGMA wal_checkpoint(TRUNCATE)');
        }
        const summary: GeneratedData = {
            sizes,
            counts,
            productSlugs: ['laptop', ...slugRows.map(r => r.slug)],
            skus: skuRows.map(r => r.sku),
            dealerBuyers: DEALER_BUYERS,
            rfq,
            history,
            seconds: { migrate, demo, generated },
            overdue: { accounts: counts.creditAccounts, overdueAccounts, runsMs },
        };
        fs.writeFileSync(outFile, JSON.stringify(summary, null, 2));
    } finally {
        await app.close();
    }
}

main()
    .then(() => process.exit(0))
    .catch(err => {
        process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exit(1);
    });
