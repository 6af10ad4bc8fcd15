import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsAdministratorWithPermissions,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    AddCompanyMemberDocument,
    AssignPriceListTargetsDocument,
    CompanyPriceListsDocument,
    CreateCompanyDocument,
    CreatePriceListDocument,
    DeletePriceListDocument,
    ExportPriceListCsvDocument,
    ImportPriceListCsvDocument,
    PlCreateCustomerGroupDocument,
    PriceListCountDocument,
    PriceListDetailDocument,
    PriceListEntriesDocument,
    PriceListListDocument,
    RemovePriceListEntriesDocument,
    UnassignPriceListTargetsDocument,
    UpdatePriceListDocument,
    UpsertPriceListEntriesDocument,
} from './graphql/generated-admin';
import {
    DealerAddToCartDocument,
    DealerAdjustLineDocument,
    DealerEmptyCartDocument,
    DealerVariantPricesDocument,
} from './graphql/generated-shop';
import type { CreatePriceListInput } from '../../../src/testing/graphql/schema-types-admin';

// Fixture catalog: T_1 Laptop 13" L2201308 1299.00, T_2 Laptop 15" L2201508 1399.00, T_3 Tablet TBL200 329.00,
// T_4 Headphones WH1000 249.00 (products: T_1 Laptop, T_2 Tablet, T_3 Headphones); prices exclude tax; standard
// tax 20 %.
const LAPTOP_13 = 'T_1';
const LAPTOP_15 = 'T_2';
const TABLET = 'T_3';
const HEADPHONES = 'T_4';

describe('B2B price lists', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let customers: Array<{ id: string; emailAddress: string }>;
    let goldDealer: string;
    let distributor: string;
    let subDealer: string;
    let otherDealer: string;
    let goldTierList: string;
    let currencyCode: 'USD';

    // customers[0]: buyer at the Gold dealer; [1]: B2C shopper; [2]: buyer at the sub-dealer (under the
    // distributor); [3]: buyer at another dealer; [4]: B2C shopper in a customer group.
    beforeAll(async () => {
        await startTestServer(env, { customerCount: 5 });
        customers = await getTestCustomers(adminClient);
        currencyCode = 'USD';
        const company = async (code: string, tier: string, parentId?: string) => {
            const { createCompany } = await run(adminClient, CreateCompanyDocument, {
                input: { name: code, code, tier, parentId },
            });
            if (!('id' in createCompany)) {
                throw new Error(createCompany.message);
            }
            return createCompany.id;
        };
        goldDealer = await company('gold-dealer', 'gold');
        distributor = await company('distributor', 'gold');
        subDealer = await company('sub-dealer', 'silver', distributor);
        otherDealer = await company('other-dealer', 'silver');
        const member = (companyId: string, customerId: string) =>
            run(adminClient, AddCompanyMemberDocument, { input: { companyId, customerId, role: 'buyer' } });
        await member(goldDealer, customers[0].id);
        await member(subDealer, customers[2].id);
        await member(otherDealer, customers[3].id);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    async function createList(input: Omit<CreatePriceListInput, 'currencyCode'>): Promise<string> {
        const { createPriceList } = await run(adminClient, CreatePriceListDocument, {
            input: { currencyCode, ...input },
        });
        return createPriceList.id;
    }

    async function cartUnitPrice(email: string | undefined, variantId: string, quantities: number[]) {
        if (email) {
            await loginAsCustomer(shopClient, email);
        } else {
            await shopClient.asAnonymousUser();
        }
        await run(shopClient, DealerEmptyCartDocument);
        const prices: number[] = [];
        const { addItemToOrder } = await run(shopClient, DealerAddToCartDocument, {
            variantId,
            quantity: quantities[0],
        });
        if (!('lines' in addItemToOrder)) {
            throw new Error(addItemToOrder.message);
        }
        const line = addItemToOrder.lines.find(l => l.productVariant.id === variantId)!;
        prices.push(line.unitPrice);
        for (const quantity of quantities.slice(1)) {
            const { adjustOrderLine } = await run(shopClient, DealerAdjustLineDocument, {
                lineId: line.id,
                quantity,
            });
            if (!('lines' in adjustOrderLine)) {
                throw new Error(adjustOrderLine.message);
            }
            prices.push(adjustOrderLine.lines.find(l => l.id === line.id)!.unitPrice);
        }
        await run(shopClient, DealerEmptyCartDocument);
        return prices;
    }

    describe('admin API', () => {
        it('creates a tier price list with targets', async () => {
            const { createPriceList } = await run(adminClient, CreatePriceListDocument, {
                input: { name: 'Gold tier 2026', currencyCode, tiers: ['Gold'], priority: 10 },
            });
            expect(createPriceList).toMatchObject({
                name: 'Gold tier 2026',
                currencyCode: 'USD',
                priority: 10,
                status: 'enabled',
                tiers: ['gold'],
                companies: [],
                entryCount: 0,
            });
            goldTierList = createPriceList.id;
        });

        it('refuses bad input: empty name, unknown currency, validFrom after validTo', async () => {
            expect(
                await expectGraphQLError(adminClient, CreatePriceListDocument, {
                    input: { name: ' ', currencyCode },
                }),
            ).toMatch(/name/);
            expect(
                await expectGraphQLError(adminClient, CreatePriceListDocument, {
                    input: { name: 'x', currencyCode: 'JPY' },
                }),
            ).toMatch(/Currency JPY is not available/);
            expect(
                await expectGraphQLError(adminClient, CreatePriceListDocument, {
                    input: {
                        name: 'x',
                        currencyCode,
                        validFrom: '2027-01-01T00:00:00Z',
                        validTo: '2026-01-01T00:00:00Z',
                    },
                }),
            ).toMatch(/validFrom must be before validTo/);
        });

        it('upserts entries with quantity breaks, fixed or percent', async () => {
            const { upsertPriceListEntries } = await run(adminClient, UpsertPriceListEntriesDocument, {
                priceListId: goldTierList,
                entries: [
                    { productVariantId: LAPTOP_13, minQuantity: 1, price: 120000 },
                    { productVariantId: LAPTOP_13, minQuantity: 10, price: 110000 },
                    { productVariantId: LAPTOP_13, minQuantity: 100, price: 100000 },
                    { productVariantId: LAPTOP_15, minQuantity: 1, price: 140000 },
                    { productVariantId: TABLET, minQuantity: 5, percentOff: 12.5 },
                ],
            });
            expect(upsertPriceListEntries).toHaveLength(5);
            // updating a break keeps one row per (variant, minQuantity)
            await run(adminClient, UpsertPriceListEntriesDocument, {
                priceListId: goldTierList,
                entries: [{ productVariantId: LAPTOP_15, minQuantity: 1, price: 135000 }],
            });
            const { priceListEntries } = await run(adminClient, PriceListEntriesDocument, {
                priceListId: goldTierList,
                options: { sort: { minQuantity: 'ASC' }, filter: { productVariantId: { eq: LAPTOP_15 } } },
            });
            expect(priceListEntries.items.map(e => [e.minQuantity, e.price, e.percentOff])).toEqual([
                [1, 135000, null],
            ]);
            const tablet = await run(adminClient, PriceListEntriesDocument, {
                priceListId: goldTierList,
                options: { filter: { productVariantId: { eq: TABLET } } },
            });
            expect(tablet.priceListEntries.items[0]).toMatchObject({
                minQuantity: 5,
                price: null,
                percentOff: 12.5,
            });
        });

        it('refuses entries with both or neither of price and percent, or an unknown variant', async () => {
            expect(
                await expectGraphQLError(adminClient, UpsertPriceListEntriesDocument, {
                    priceListId: goldTierList,
                    entries: [{ productVariantId: LAPTOP_13, price: 1, percentOff: 1 }],
                }),
            ).toMatch(/exactly one of price and percentOff/);
            expect(
                await expectGraphQLError(adminClient, UpsertPriceListEntriesDocument, {
                    priceListId: goldTierList,
                    entries: [{ productVariantId: 'T_999', price: 1 }],
                }),
            ).toMatch(/No ProductVariant with the id "999"|No ProductVariant/);
        });

        it('pages entries and lists price lists with filter and sort', async () => {
            const page = await run(adminClient, PriceListEntriesDocument, {
                priceListId: goldTierList,
                options: { take: 2, skip: 0, sort: { price: 'DESC' }, filter: { price: { isNull: false } } },
            });
            expect(page.priceListEntries.totalItems).toBe(4);
            expect(page.priceListEntries.items.map(e => e.price)).toEqual([135000, 120000]);
            await createList({ name: 'Disabled list', status: 'disabled' });
            const { priceLists } = await run(adminClient, PriceListListDocument, {
                options: { filter: { status: { eq: 'enabled' } }, sort: { name: 'ASC' } },
            });
            expect(priceLists.items.map(l => l.name)).toEqual(['Gold tier 2026']);
        });
    });

    describe('resolution in the cart and on product pages', () => {
        it("changes a Gold dealer's cart line unit price as quantity crosses 10 and 100", async () => {
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1, 10, 100, 9])).toEqual([
                120000, 110000, 100000, 120000,
            ]);
        });

        it('keeps B2C customers and anonymous shoppers at the list price', async () => {
            expect(await cartUnitPrice(customers[1].emailAddress, LAPTOP_13, [1, 10, 100])).toEqual([
                129900, 129900, 129900,
            ]);
            expect(await cartUnitPrice(undefined, LAPTOP_13, [1, 100])).toEqual([129900, 129900]);
        });

        it('applies a percentage off the channel price from its break on', async () => {
            // 329.00 - 12.5 % = 287.875 → 287.88
            expect(await cartUnitPrice(customers[0].emailAddress, TABLET, [1, 5])).toEqual([32900, 28788]);
        });

        it('shows the dealer price and the break table on product pages, only to the dealer', async () => {
            await loginAsCustomer(shopClient, customers[0].emailAddress);
            const { product } = await run(shopClient, DealerVariantPricesDocument, { productId: 'T_1' });
            const laptop = product!.variants.find(v => v.id === LAPTOP_13)!;
            expect(laptop.price).toBe(120000);
            expect(laptop.priceWithTax).toBe(144000);
            expect(laptop.dealerPrices).toEqual([
                { minQuantity: 1, price: 120000, priceWithTax: 144000 },
                { minQuantity: 10, price: 110000, priceWithTax: 132000 },
                { minQuantity: 100, price: 100000, priceWithTax: 120000 },
            ]);
            await loginAsCustomer(shopClient, customers[1].emailAddress);
            const b2c = await run(shopClient, DealerVariantPricesDocument, { productId: 'T_1' });
            expect(b2c.product!.variants.find(v => v.id === LAPTOP_13)).toMatchObject({
                price: 129900,
                dealerPrices: [],
            });
            await shopClient.asAnonymousUser();
            const anon = await run(shopClient, DealerVariantPricesDocument, { productId: 'T_1' });
            expect(anon.product!.variants.find(v => v.id === LAPTOP_13)).toMatchObject({
                price: 129900,
                dealerPrices: [],
            });
        });

        it("prefers the company's own list over its tier's, whatever the priority", async () => {
            const own = await createList({
                name: 'Gold dealer contract',
                priority: 0,
                companyIds: [goldDealer],
            });
            await run(adminClient, UpsertPriceListEntriesDocument, {
                priceListId: own,
                entries: [{ productVariantId: LAPTOP_15, percentOff: 10 }],
            });
            // 1399.00 - 10 % = 1259.10 (the tier list says 1350.00)
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_15, [1])).toEqual([125910]);
            const { company } = await run(adminClient, CompanyPriceListsDocument, { id: goldDealer });
            expect(company?.priceLists.map(l => l.name)).toEqual(['Gold dealer contract']);
        });

        it('among equally specific lists, the highest priority wins', async () => {
            const promo = await createList({ name: 'Gold promo', priority: 20, tiers: ['gold'] });
            await run(adminClient, UpsertPriceListEntriesDocument, {
                priceListId: promo,
                entries: [{ productVariantId: LAPTOP_13, price: 115000 }],
            });
            // the promo list wins outright: its largest break not above 10 is the one at 1
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1, 10])).toEqual([
                115000, 115000,
            ]);
            await run(adminClient, UpdatePriceListDocument, { input: { id: promo, priority: 5 } });
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1])).toEqual([120000]);
            await run(adminClient, DeletePriceListDocument, { id: promo });
        });

        it("applies a parent company's list to its sub-dealers, and to no one else", async () => {
            const parentList = await createList({ name: 'Distributor network', companyIds: [distributor] });
            await run(adminClient, UpsertPriceListEntriesDocument, {
                priceListId: parentList,
                entries: [{ productVariantId: HEADPHONES, price: 20000 }],
            });
            expect(await cartUnitPrice(customers[2].emailAddress, HEADPHONES, [1])).toEqual([20000]);
            // dealer B is not under the distributor: list price, and no break table
            expect(await cartUnitPrice(customers[3].emailAddress, HEADPHONES, [1])).toEqual([24900]);
            await loginAsCustomer(shopClient, customers[3].emailAddress);
            const { product } = await run(shopClient, DealerVariantPricesDocument, { productId: 'T_3' });
            expect(product!.variants[0]).toMatchObject({ price: 24900, dealerPrices: [] });
            // the sub-dealer's own tier (silver) has no list, so the Gold tier list does not leak to it
            expect(await cartUnitPrice(customers[2].emailAddress, LAPTOP_13, [1])).toEqual([129900]);
        });

        it('applies a customer-group list to the group', async () => {
            const { createCustomerGroup } = await run(adminClient, PlCreateCustomerGroupDocument, {
                input: { name: 'Trade show 2026', customerIds: [customers[4].id] },
            });
            const groupList = await createList({
                name: 'Trade show',
                customerGroupIds: [createCustomerGroup.id],
            });
            await run(adminClient, UpsertPriceListEntriesDocument, {
                priceListId: groupList,
                entries: [{ productVariantId: HEADPHONES, price: 22000 }],
            });
            expect(await cartUnitPrice(customers[4].emailAddress, HEADPHONES, [1])).toEqual([22000]);
            expect(await cartUnitPrice(customers[1].emailAddress, HEADPHONES, [1])).toEqual([24900]);
            const { unassignPriceListTargets } = await run(adminClient, UnassignPriceListTargetsDocument, {
                input: { priceListId: groupList, customerGroupIds: [createCustomerGroup.id] },
            });
            expect(unassignPriceListTargets.customerGroups).toEqual([]);
            expect(await cartUnitPrice(customers[4].emailAddress, HEADPHONES, [1])).toEqual([24900]);
        });

        it('stops applying an expired or disabled list, and applies it again once valid', async () => {
            await run(adminClient, UpdatePriceListDocument, {
                input: {
                    id: goldTierList,
                    validFrom: '2020-01-01T00:00:00Z',
                    validTo: '2021-01-01T00:00:00Z',
                },
            });
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1, 100])).toEqual([
                129900, 129900,
            ]);
            await run(adminClient, UpdatePriceListDocument, {
                input: {
                    id: goldTierList,
                    validFrom: null,
                    validTo: '2099-01-01T00:00:00Z',
                    status: 'disabled',
                },
            });
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1])).toEqual([129900]);
            await run(adminClient, UpdatePriceListDocument, {
                input: { id: goldTierList, status: 'enabled' },
            });
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1])).toEqual([120000]);
        });

        it('moves tier targets with assign/unassign', async () => {
            await run(adminClient, UnassignPriceListTargetsDocument, {
                input: { priceListId: goldTierList, tiers: ['gold'] },
            });
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1])).toEqual([129900]);
            const { assignPriceListTargets } = await run(adminClient, AssignPriceListTargetsDocument, {
                input: { priceListId: goldTierList, tiers: ['GOLD', 'platinum'] },
            });
            expect(assignPriceListTargets.tiers).toEqual(['gold', 'platinum']);
            expect(await cartUnitPrice(customers[0].emailAddress, LAPTOP_13, [1])).toEqual([120000]);
        });
    });

    describe('CSV', () => {
        let csvList: string;

        beforeAll(async () => {
            csvList = await createList({ name: 'CSV list' });
        });

        it('imports good rows and reports each bad one with its line and reason', async () => {
            const csv = [
                'sku,minQuantity,price,percent',
                'L2201308,1,1100.00,',
                'L2201308,50,1000.5,',
                'NOPE-1,1,10.00,',
                'TBL200,1,,7.5',
                'WH1000,abc,10.00,',
                'USBC01,1,9.999,',
                'CHAIR01,1,100.00,10',
                '"PAPER01",1,"20.00",',
                'L2201308,1,1099.00,',
            ].join('\n');
            const { importPriceListCsv } = await run(adminClient, ImportPriceListCsvDocument, {
                priceListId: csvList,
                csv,
            });
            expect(importPriceListCsv).toEqual({
                accepted: 4,
                rejected: [
                    { line: 4, sku: 'NOPE-1', reason: 'Unknown SKU "NOPE-1"' },
                    { line: 6, sku: 'WH1000', reason: expect.stringMatching(/minQuantity "abc"/) },
                    { line: 7, sku: 'USBC01', reason: expect.stringMatching(/price "9.999"/) },
                    { line: 8, sku: 'CHAIR01', reason: 'Give exactly one of price and percent' },
                    { line: 10, sku: 'L2201308', reason: 'Duplicate of line 2 (same SKU and minQuantity)' },
                ],
            });
            const { priceListEntries } = await run(adminClient, PriceListEntriesDocument, {
                priceListId: csvList,
                options: { sort: { id: 'ASC' } },
            });
            expect(
                priceListEntries.items.map(e => [e.productVariant.sku, e.minQuantity, e.price, e.percentOff]),
            ).toEqual([
                ['L2201308', 1, 110000, null],
                ['L2201308', 50, 100050, null],
                ['TBL200', 1, null, 7.5],
                ['PAPER01', 1, 2000, null],
            ]);
        });

        it('imports nothing from a file with a wrong header, and says why', async () => {
            const { importPriceListCsv } = await run(adminClient, ImportPriceListCsvDocument, {
                priceListId: csvList,
                csv: 'sku,qty,price\nL2201308,1,1.00',
                mode: 'REPLACE',
            });
            expect(importPriceListCsv).toMatchObject({
                errorCode: 'MALFORMED_PRICE_LIST_CSV_ERROR',
                line: 1,
                message: expect.stringMatching(/Wrong header/),
            });
            const { priceList } = await run(adminClient, PriceListDetailDocument, { id: csvList });
            expect(priceList?.entryCount).toBe(4);
        });

        it('imports nothing from unparsable CSV, even when earlier rows are fine', async () => {
            const { importPriceListCsv } = await run(adminClient, ImportPriceListCsvDocument, {
                priceListId: csvList,
                csv: 'sku,minQuantity,price,percent\nWH1000,1,1.00,\n"L2201308,1,2.00,\n',
                mode: 'REPLACE',
            });
            expect(importPriceListCsv).toMatchObject({
                errorCode: 'MALFORMED_PRICE_LIST_CSV_ERROR',
                line: 3,
                message: expect.stringMatching(/Unterminated quoted field/),
            });
            const { priceList } = await run(adminClient, PriceListDetailDocument, { id: csvList });
            expect(priceList?.entryCount).toBe(4);
        });

        it('says what is wrong with a file in the language of the request', async () => {
            const zh = { languageCode: 'zh_Hans' };
            const unparsable = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv: 'sku,minQuantity,price\n"L2201308,1,2.00\n', mode: 'REPLACE' },
                zh,
            );
            expect(unparsable.importPriceListCsv).toMatchObject({
                errorCode: 'MALFORMED_PRICE_LIST_CSV_ERROR',
                line: 2,
                message: '文件不是有效的 CSV：第 2 行开始的带引号字段没有结束引号',
            });
            const wrongHeader = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv: 'sku,qty,price\nL2201308,1,1.00', mode: 'REPLACE' },
                zh,
            );
            expect(wrongHeader.importPriceListCsv).toMatchObject({
                errorCode: 'MALFORMED_PRICE_LIST_CSV_ERROR',
                message: expect.stringMatching(/^表头 "sku,qty,price" 有误：列应为 /),
            });
            const { priceList } = await run(adminClient, PriceListDetailDocument, { id: csvList });
            expect(priceList?.entryCount).toBe(4);
        });

        it('gives the reasons in the language asked for, else in the language of the request', async () => {
            const csv = [
                'sku,minQuantity,price,percent',
                'NOPE-1,1,10.00,',
                'WH1000,abc,10.00,',
                'USBC01,1,9.999,',
                'TBL200,1,,120',
                'CHAIR01,1,100.00,10',
                'PAPER01,,5.00',
                ',1,5.00,',
            ].join('\n');
            const chinese = [
                { line: 2, sku: 'NOPE-1', reason: '未知的 SKU“NOPE-1”' },
                { line: 3, sku: 'WH1000', reason: 'minQuantity“abc”不是不小于 1 的整数' },
                { line: 4, sku: 'USBC01', reason: 'price“9.999”不是形如 1099.50 的金额' },
                { line: 5, sku: 'TBL200', reason: 'percent“120”不是 0 到 100 之间、最多两位小数的数' },
                { line: 6, sku: 'CHAIR01', reason: 'price 与 percent 须给出且只给出其中之一' },
                { line: 7, sku: 'PAPER01', reason: '应有 4 列，实有 3 列' },
                { line: 8, sku: '', reason: '缺少 SKU' },
            ];
            // the request's language (what a storefront or script sends) ...
            const byRequest = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv },
                { languageCode: 'zh_Hans' },
            );
            expect(byRequest.importPriceListCsv).toEqual({ accepted: 0, rejected: chinese });
            // ... and the argument over it (the Dashboard asks for its display language; the request carries the
            // content language)
            const byArgument = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv, languageCode: 'zh_Hans' },
                { languageCode: 'en' },
            );
            expect(byArgument.importPriceListCsv).toEqual({ accepted: 0, rejected: chinese });
            const english = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv, languageCode: 'en' },
                { languageCode: 'zh_Hans' },
            );
            expect(english.importPriceListCsv).toMatchObject({
                accepted: 0,
                rejected: expect.arrayContaining([
                    { line: 2, sku: 'NOPE-1', reason: 'Unknown SKU "NOPE-1"' },
                    { line: 7, sku: 'PAPER01', reason: 'Expected 4 columns, found 3' },
                    { line: 8, sku: '', reason: 'Missing SKU' },
                ]),
            });
            // the error of a file that cannot be read follows the argument too, not the request
            const malformed = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv: 'sku,qty,price\nL2201308,1,1.00', languageCode: 'zh_Hans' },
                { languageCode: 'en' },
            );
            expect(malformed.importPriceListCsv).toMatchObject({
                errorCode: 'MALFORMED_PRICE_LIST_CSV_ERROR',
                message: expect.stringMatching(/^表头 "sku,qty,price" 有误/),
            });
            const malformedEnglish = await adminClient.query(
                ImportPriceListCsvDocument,
                { priceListId: csvList, csv: 'sku,qty,price\nL2201308,1,1.00', languageCode: 'en' },
                { languageCode: 'zh_Hans' },
            );
            expect(malformedEnglish.importPriceListCsv).toMatchObject({
                message: expect.stringMatching(/^Wrong header "sku,qty,price"/),
            });
            const { priceList } = await run(adminClient, PriceListDetailDocument, { id: csvList });
            expect(priceList?.entryCount).toBe(4);
        });

        it('exports what it imports, and REPLACE replaces', async () => {
            const { exportPriceListCsv } = await run(adminClient, ExportPriceListCsvDocument, {
                priceListId: csvList,
            });
            expect(exportPriceListCsv).toBe(
                'sku,minQuantity,price,percent\nL2201308,1,1100.00,\nL2201308,50,1000.50,\nPAPER01,1,20.00,\nTBL200,1,,7.5\n',
            );
            const other = await createList({ name: 'Copy' });
            const copy = await run(adminClient, ImportPriceListCsvDocument, {
                priceListId: other,
                csv: exportPriceListCsv,
            });
            expect(copy.importPriceListCsv).toEqual({ accepted: 4, rejected: [] });
            const replaced = await run(adminClient, ImportPriceListCsvDocument, {
                priceListId: other,
                csv: 'SKU,MinQuantity,Price,Percent\r\nWH1000,,199.00,\r\n',
                mode: 'REPLACE',
            });
            expect(replaced.importPriceListCsv).toEqual({ accepted: 1, rejected: [] });
            const after = await run(adminClient, ExportPriceListCsvDocument, { priceListId: other });
            expect(after.exportPriceListCsv).toBe('sku,minQuantity,price,percent\nWH1000,1,199.00,\n');
        });

        it('removes entries and deletes lists', async () => {
            const { priceListEntries } = await run(adminClient, PriceListEntriesDocument, {
                priceListId: csvList,
            });
            const { removePriceListEntries } = await run(adminClient, RemovePriceListEntriesDocument, {
                priceListId: csvList,
                ids: [priceListEntries.items[0].id],
            });
            expect(removePriceListEntries.result).toBe('DELETED');
            const { deletePriceList } = await run(adminClient, DeletePriceListDocument, { id: csvList });
            expect(deletePriceList.result).toBe('DELETED');
            expect((await run(adminClient, PriceListDetailDocument, { id: csvList })).priceList).toBeNull();
        });
    });

    describe('permissions', () => {
        afterAll(async () => {
            await adminClient.asSuperAdmin();
        });

        it('forbids an administrator without PriceListPermission', async () => {
            await loginAsAdministratorWithPermissions(adminClient, adminClient, [
                'ReadCatalog',
                'ReadCompany',
            ]);
            expect(await expectGraphQLError(adminClient, PriceListCountDocument)).toMatch(
                /not currently authorized/,
            );
            expect(
                await expectGraphQLError(adminClient, ImportPriceListCsvDocument, {
                    priceListId: goldTierList,
                    csv: 'sku,minQuantity,price,percent\n',
                }),
            ).toMatch(/not currently authorized/);
            await loginAsAdministratorWithPermissions(adminClient, adminClient, ['ReadPriceList']);
            expect((await run(adminClient, PriceListCountDocument)).priceLists.totalItems).toBeGreaterThan(0);
            expect(
                await expectGraphQLError(adminClient, UpsertPriceListEntriesDocument, {
                    priceListId: goldTierList,
                    entries: [{ productVariantId: LAPTOP_13, price: 1 }],
                }),
            ).toMatch(/not currently authorized/);
        });
    });
});
