import { DataSizes } from './sizes';
import { intBetween, seededRandom } from './random';
import { BulkDb, insertRows, nextId, sqlDate, syncIdSequences } from './sql';

const TIERS = ['gold', 'silver', 'bronze'];
const DAY = 86_400_000;

/**
 * Dealer companies in 3 tiers and a 3-level hierarchy (a Gold distributor, Silver dealers under it, Bronze
 * sub-dealers under those), each with a credit account and a ledger: an invoice past due for about a third of
 * them, one not yet due, and an unapplied payment now and then. Bulk SQL (SQLite or PostgreSQL), not the services: this is
 * history, and 10,000 accounts through the services would take most of the time budget.
 */
export async function insertDealers(db: BulkDb, sizes: DataSizes, now: Date): Promise<number> {
    const rnd = seededRandom(sizes.seed + 16);
    const [{ channelId }] = await db.query<Array<{ channelId: number }>>(
        `SELECT id AS "channelId" FROM channel WHERE code = '__default_channel__'`,
    );
    const firstCompany = await nextId(db, 'company');
    const firstAccount = await nextId(db, 'credit_account');
    const companies: unknown[][] = [];
    const companyChannels: unknown[][] = [];
    const accounts: unknown[][] = [];
    const entries: unknown[][] = [];
    let distributor = 0;
    let dealer = 0;
    for (let i = 0; i < sizes.creditAccounts; i++) {
        const id = firstCompany + i;
        // 1 distributor, then 3 dealers each with 2 sub-dealers: blocks of 10
        const level = i % 10 === 0 ? 0 : (i % 10) % 3 === 1 ? 1 : 2;
        const parentId = level === 0 ? null : level === 1 ? distributor : dealer;
        if (level === 0) distributor = id;
        if (level === 1) dealer = id;
        const code = `bench-dealer-${String(i + 1).padStart(6, '0')}`;
        companies.push([id, `Bench dealer ${i + 1}`, code, TIERS[level], 'active', parentId]);
        companyChannels.push([id, channelId]);
        const accountId = firstAccount + i;
        const limit = intBetween(rnd, 10, 500) * 100_000;
        const invoiceOverdue = rnd() < 0.35;
        const past = intBetween(rnd, 1, 50_000) * 100;
        const current = intBetween(rnd, 1, 50_000) * 100;
        const payment = rnd() < 0.2 ? intBetween(rnd, 1, 20_000) * 100 : 0;
        const pastDue = new Date(now.getTime() - (invoiceOverdue ? intBetween(rnd, 6, 90) : -10) * DAY);
        const currentDue = new Date(now.getTime() + intBetween(rnd, 1, 30) * DAY);
        let balance = 0;
        const ledger: Array<[string, number, Date | null, number]> = [
            ['charge', past, pastDue, 0],
            ['charge', current, currentDue, 0],
        ];
        if (payment) ledger.push(['payment', -payment, null, payment]);
        ledger.forEach(([type, amount, due, unallocated], seq) => {
            balance += amount;
            entries.push([
                seq + 1,
                type,
                due ? sqlDate(db, due) : null,
                accountId,
                id,
                amount,
                balance,
                unallocated,
            ]);
        });
        accounts.push([accountId, 'USD', 30, 5, channelId, id, limit, balance, ledger.length]);
    }
    await insertRows(db, 'company', ['id', 'name', 'code', 'tier', 'status', 'parentId'], companies);
    await insertRows(db, 'company_channels_channel', ['companyId', 'channelId'], companyChannels);
    await insertRows(
        db,
        'credit_account',
        [
            'id',
            'currencyCode',
            'paymentTermsDays',
            'graceDays',
            'channelId',
            'companyId',
            'creditLimit',
            'balance',
            'ledgerSequence',
        ],
        accounts,
    );
    await insertRows(
        db,
        'credit_ledger_entry',
        ['sequence', 'type', 'dueDate', 'accountId', 'companyId', 'amount', 'balanceAfter', 'unallocatedAmount'],
        entries,
    );
    await syncIdSequences(db, ['company', 'credit_account']);
    return firstCompany;
}

/**
 * Price lists: every generated variant gets quantity breaks (1, 10, 50) in the demo's Gold list, so the Gold
 * dealer of scenario 2 sees dealer prices on generated products; and contract lists for random generated
 * companies, each with entries on random variants.
 */
export async function insertPriceLists(
    db: BulkDb,
    sizes: DataSizes,
    firstCompany: number,
    variantIds: number[],
): Promise<void> {
    const rnd = seededRandom(sizes.seed + 1);
    const [gold] = await db.query<Array<{ id: number }>>(`SELECT id FROM price_list WHERE tiers = '["gold"]'`);
    const [{ channelId }] = await db.query<Array<{ channelId: number }>>(
        `SELECT id AS "channelId" FROM channel WHERE code = '__default_channel__'`,
    );
    const entries: unknown[][] = [];
    if (gold) {
        for (const v of variantIds) {
            entries.push([gold.id, v, 1, 800, null], [gold.id, v, 10, 1200, null], [gold.id, v, 50, 1500, null]);
        }
    }
    const firstList = await nextId(db, 'price_list');
    const lists: unknown[][] = [];
    const listChannels: unknown[][] = [];
    const listCompanies: unknown[][] = [];
    for (let l = 0; l < sizes.contractPriceLists && variantIds.length; l++) {
        const id = firstList + l;
        lists.push([id, `Bench contract ${l + 1}`, 'USD', 5, 'enabled', '[]']);
        listChannels.push([id, channelId]);
        listCompanies.push([id, firstCompany + Math.floor(rnd() * sizes.creditAccounts)]);
        const chosen = new Set<number>();
        while (chosen.size < Math.min(sizes.entriesPerContractList, variantIds.length)) {
            chosen.add(variantIds[Math.floor(rnd() * variantIds.length)]);
        }
        for (const v of chosen) {
            entries.push([id, v, 1, null, intBetween(rnd, 100, 40_000)]);
        }
    }
    await insertRows(db, 'price_list', ['id', 'name', 'currencyCode', 'priority', 'status', 'tiers'], lists);
    await insertRows(db, 'price_list_channels_channel', ['priceListId', 'channelId'], listChannels);
    await insertRows(db, 'price_list_companies_company', ['priceListId', 'companyId'], listCompanies);
    await insertRows(
        db,
        'price_list_entry',
        ['priceListId', 'productVariantId', 'minQuantity', 'percentOffBasisPoints', 'price'],
        entries,
    );
    await syncIdSequences(db, ['price_list']);
}
