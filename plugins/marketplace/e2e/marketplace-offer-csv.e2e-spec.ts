import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    ExportOffersCsvDocument,
    ImportOffersCsvDocument,
    SellerOffersForCsvDocument,
} from './graphql/generated-admin';
import { approvedSellerClient, newAdminClient, RegisteredSeller } from './marketplace-e2e-helpers';

type SellerWithClient = RegisteredSeller & { client: SimpleGraphQLClient };

describe('Marketplace offer CSV import and export', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let a: SellerWithClient;
    let b: SellerWithClient;

    const offersOf = async (sellerId: string) =>
        (await run(adminClient, SellerOffersForCsvDocument, { sellerId })).offers.items;

    beforeAll(async () => {
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'csv-a');
        b = await approvedSellerClient(shopClient, adminClient, 'csv-b');
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it("imports a seller's good rows, reports each bad row with its line and reason, and skips it", async () => {
        const csv = [
            'sku,price,quantityAvailable,leadTimeDays,condition,sellerSku,manufacturerPartNumber',
            'L2201508,1250.00,7,3,new,A-1508,MPN-1508',
            'TBL200,300,2,,used,,',
            'NOPE-1,10.00,1,1,new,,',
            'WH1000,12.345,1,1,new,,',
            'WH1000,199.00,-4,1,new,,',
            'WH1000,199.00,4,1,broken,,',
            'USBC01,8.50,100',
            'L2201508,1240.00,3,1,new,,',
        ].join('\n');
        const { importOffersCsv } = await run(a.client, ImportOffersCsvDocument, { csv });
        expect(importOffersCsv).toEqual({
            __typename: 'OfferImportReport',
            created: 2,
            updated: 0,
            rejected: [
                { line: 4, sku: 'NOPE-1', reason: 'Unknown SKU "NOPE-1": no catalogue variant has it' },
                { line: 5, sku: 'WH1000', reason: 'price "12.345" is not an amount like 1099.50' },
                { line: 6, sku: 'WH1000', reason: 'quantityAvailable "-4" is not a whole number' },
                { line: 7, sku: 'WH1000', reason: 'condition "broken" is not one of new, used, refurbished' },
                { line: 8, sku: 'USBC01', reason: 'Expected 7 columns, found 3' },
                {
                    line: 9,
                    sku: 'L2201508',
                    reason: 'Duplicate of line 2 (same SKU, condition and currency)',
                },
            ],
        });
        const offers = await offersOf(a.id);
        expect(offers.map(o => [o.productVariant.sku, o.price, o.quantityAvailable, o.condition])).toEqual([
            ['L2201508', 125000, 7, 'new'],
            ['TBL200', 30000, 2, 'used'],
        ]);
        expect(offers[0]).toMatchObject({
            leadTimeDays: 3,
            sellerSku: 'A-1508',
            manufacturerPartNumber: 'MPN-1508',
        });
        expect(offers[1]).toMatchObject({
            leadTimeDays: 0,
            sellerSku: null,
            active: true,
            minimumOrderQuantity: 1,
        });
    });

    it('updates the offer with the same variant, condition and currency, keeping what the file leaves out', async () => {
        const csv = ['sku,price,quantityAvailable,active', 'L2201508,1199.99,5,false'].join('\n');
        const { importOffersCsv } = await run(a.client, ImportOffersCsvDocument, { csv });
        expect(importOffersCsv).toEqual({
            __typename: 'OfferImportReport',
            created: 0,
            updated: 1,
            rejected: [],
        });
        const [offer] = (await offersOf(a.id)).filter(o => o.productVariant.sku === 'L2201508');
        expect(offer).toMatchObject({
            price: 119999,
            quantityAvailable: 5,
            active: false,
            leadTimeDays: 3,
            sellerSku: 'A-1508',
            manufacturerPartNumber: 'MPN-1508',
        });
    });

    it('exports what it imports: the export read back changes nothing', async () => {
        const { exportOffersCsv } = await run(a.client, ExportOffersCsvDocument);
        expect(exportOffersCsv.split('\n')).toEqual([
            'sku,price,currencyCode,quantityAvailable,leadTimeDays,condition,minimumOrderQuantity,sellerSku,manufacturerPartNumber,active',
            'L2201508,1199.99,USD,5,3,new,1,A-1508,MPN-1508,false',
            'TBL200,300.00,USD,2,0,used,1,,,true',
            '',
        ]);
        const before = await offersOf(a.id);
        const { importOffersCsv } = await run(a.client, ImportOffersCsvDocument, { csv: exportOffersCsv });
        expect(importOffersCsv).toEqual({
            __typename: 'OfferImportReport',
            created: 0,
            updated: 2,
            rejected: [],
        });
        expect(await offersOf(a.id)).toEqual(before);
    });

    it('imports nothing from a malformed file, and says where', async () => {
        const cases: Array<[string, RegExp, number | null]> = [
            ['sku,price,quantityAvailable\nTBL200,"1.00,5\n', /not valid CSV: Unterminated quoted field/, 2],
            [
                'sku,price,colour\nTBL200,1.00,red\n',
                /Wrong header .*unknown colour.*missing quantityAvailable/,
                1,
            ],
            ['', /The file is empty/, 1],
        ];
        for (const [csv, message, line] of cases) {
            const { importOffersCsv } = await run(a.client, ImportOffersCsvDocument, { csv });
            expect(importOffersCsv).toMatchObject({ __typename: 'MalformedOfferCsvError', line });
            expect(
                importOffersCsv.__typename === 'MalformedOfferCsvError' && importOffersCsv.message,
            ).toMatch(message);
        }
        expect(await offersOf(a.id)).toHaveLength(2);
    });

    it('answers the refusal in the language of the request (a Chinese Dashboard sends languageCode=zh_Hans)', async () => {
        const { importOffersCsv } = await a.client.query(
            ImportOffersCsvDocument,
            { csv: 'sku,price,colour\nTBL200,1.00,red\n' },
            { languageCode: 'zh_Hans' },
        );
        expect(importOffersCsv).toMatchObject({
            __typename: 'MalformedOfferCsvError',
            errorCode: 'MALFORMED_OFFER_CSV_ERROR',
            line: 1,
            message: expect.stringMatching(
                /^表头 "sku,price,colour" 有误（未知列 colour；缺少列 quantityAvailable）/,
            ),
        });
        const english = await a.client.query(ImportOffersCsvDocument, { csv: '' }, { languageCode: 'en' });
        expect(english.importOffersCsv).toMatchObject({
            message: expect.stringMatching(/^The file is empty/),
        });
        expect(await offersOf(a.id)).toHaveLength(2);
    });

    it("gives the rejected rows' reasons in the language asked for, else in the language of the request", async () => {
        const csv = [
            'sku,price,quantityAvailable,leadTimeDays,condition,currencyCode,active',
            'NOPE-1,10.00,1,1,new,,',
            'WH1000,12.345,1,1,new,,',
            'WH1000,199.00,x,1,new,,',
            'WH1000,199.00,4,1,broken,,',
            'WH1000,199.00,4,1,new,XYZ,',
            'WH1000,199.00,4,1,new,JPY,',
            'WH1000,199.00,4,400,new,,',
            'WH1000,199.00,4,1,new,,maybe',
            ',1.00,1,1,new,,',
            'USBC01,8.50,100',
        ].join('\n');
        const chinese = [
            { line: 2, sku: 'NOPE-1', reason: '未知的 SKU“NOPE-1”：目录中没有该商品变体' },
            { line: 3, sku: 'WH1000', reason: 'price“12.345”不是形如 1099.50 的金额' },
            { line: 4, sku: 'WH1000', reason: 'quantityAvailable“x”不是整数' },
            { line: 5, sku: 'WH1000', reason: 'condition“broken”不是 new, used, refurbished 之一' },
            { line: 6, sku: 'WH1000', reason: 'currencyCode“XYZ”不是 ISO 4217 币种代码' },
            { line: 7, sku: 'WH1000', reason: expect.stringMatching(/^本店不以 JPY 销售（可用币种：/) },
            { line: 8, sku: 'WH1000', reason: 'leadTimeDays 应为 0 到 365 之间的整数，实为 400' },
            { line: 9, sku: 'WH1000', reason: 'active“maybe”不是 true 或 false' },
            { line: 10, sku: '', reason: '缺少 SKU' },
            { line: 11, sku: 'USBC01', reason: '应有 7 列，实有 3 列' },
        ];
        const byRequest = await a.client.query(ImportOffersCsvDocument, { csv }, { languageCode: 'zh_Hans' });
        expect(byRequest.importOffersCsv).toEqual({
            __typename: 'OfferImportReport',
            created: 0,
            updated: 0,
            rejected: chinese,
        });
        // the Dashboard asks for its display language; the request carries its content language
        const byArgument = await a.client.query(
            ImportOffersCsvDocument,
            { csv, languageCode: 'zh_Hans' },
            { languageCode: 'en' },
        );
        expect(byArgument.importOffersCsv).toEqual(byRequest.importOffersCsv);
        const english = await a.client.query(
            ImportOffersCsvDocument,
            { csv, languageCode: 'en' },
            { languageCode: 'zh_Hans' },
        );
        expect(english.importOffersCsv).toMatchObject({
            rejected: expect.arrayContaining([
                {
                    line: 7,
                    sku: 'WH1000',
                    reason: expect.stringMatching(/^currencyCode JPY is not sold in this store/),
                },
                {
                    line: 8,
                    sku: 'WH1000',
                    reason: 'leadTimeDays must be a whole number from 0 to 365, got 400',
                },
                { line: 10, sku: '', reason: 'Missing SKU' },
            ]),
        });
        const malformed = await a.client.query(
            ImportOffersCsvDocument,
            { csv: '', languageCode: 'zh_Hans' },
            { languageCode: 'en' },
        );
        expect(malformed.importOffersCsv).toMatchObject({
            __typename: 'MalformedOfferCsvError',
            message: expect.stringMatching(/^文件为空/),
        });
        expect(await offersOf(a.id)).toHaveLength(2);
    });

    it("keeps sellers apart: seller B cannot import into or export seller A's offers", async () => {
        expect(
            await expectGraphQLError(b.client, ImportOffersCsvDocument, {
                sellerId: a.id,
                csv: 'sku,price,quantityAvailable\nWH1000,1.00,1\n',
            }),
        ).toMatch(/No MarketplaceSeller with the id/);
        expect(await expectGraphQLError(b.client, ExportOffersCsvDocument, { sellerId: a.id })).toMatch(
            /No MarketplaceSeller with the id/,
        );
        const { importOffersCsv } = await run(b.client, ImportOffersCsvDocument, {
            csv: 'sku,price,quantityAvailable\nWH1000,1.00,1\n',
        });
        expect(importOffersCsv).toMatchObject({ created: 1 });
        expect(await offersOf(a.id)).toHaveLength(2);
        expect((await offersOf(b.id)).map(o => o.productVariant.sku)).toEqual(['WH1000']);
    });

    it('lets the operator import for a named seller only, and needs the Offer permissions', async () => {
        expect(
            await expectGraphQLError(adminClient, ImportOffersCsvDocument, {
                csv: 'sku,price,quantityAvailable\nWH1000,1.00,1\n',
            }),
        ).toMatch(/sellerId is required/);
        const { importOffersCsv } = await run(adminClient, ImportOffersCsvDocument, {
            sellerId: b.id,
            csv: 'sku,price,quantityAvailable,currencyCode\nWH1000,2.00,3,USD\n',
        });
        expect(importOffersCsv).toMatchObject({ updated: 1 });
        const reader = newAdminClient();
        await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadOffer']);
        expect((await run(reader, ExportOffersCsvDocument, { sellerId: b.id })).exportOffersCsv).toContain(
            'WH1000,2.00,USD,3,',
        );
        expect(
            await expectGraphQLError(reader, ImportOffersCsvDocument, {
                sellerId: b.id,
                csv: 'sku,price,quantityAvailable\nWH1000,1.00,1\n',
            }),
        ).toMatch(/not currently authorized/);
        expect((await offersOf(b.id))[0]).toMatchObject({ price: 200, quantityAvailable: 3 });
    });

    it('gives a long file the outcome of the whole file at once, though it is written in parts', async () => {
        // The import checks and writes 1,000 rows at a time: a repeat 1,200 lines on is still a repeat, and an
        // existing offer far down the file is still updated.
        const lines = ['sku,price,quantityAvailable', 'USBC01,8.50,10'];
        for (let i = 0; i < 1_200; i++) {
            lines.push(`NOPE-${lines.length},1.00,1`);
        }
        lines.push('USBC01,9.00,5', 'WH1000,199.00,4'); // lines 1203 (a repeat of line 2), 1204
        const { importOffersCsv } = await run(b.client, ImportOffersCsvDocument, { csv: lines.join('\n') });
        if (importOffersCsv.__typename !== 'OfferImportReport') {
            throw new Error(`not imported: ${JSON.stringify(importOffersCsv)}`);
        }
        expect({ created: importOffersCsv.created, updated: importOffersCsv.updated }).toEqual({
            created: 1,
            updated: 1,
        });
        expect(importOffersCsv.rejected).toHaveLength(1_201);
        expect(importOffersCsv.rejected.at(-1)).toEqual({
            line: 1203,
            sku: 'USBC01',
            reason: 'Duplicate of line 2 (same SKU, condition and currency)',
        });
        const offers = await offersOf(b.id);
        expect(offers.map(o => [o.productVariant.sku, o.price, o.quantityAvailable]).sort()).toEqual([
            ['USBC01', 850, 10],
            ['WH1000', 19900, 4],
        ]);
    });

    it('updates many offers in one file, each keeping just what its own row leaves out, beside new ones', async () => {
        const c = await approvedSellerClient(shopClient, adminClient, 'csv-c');
        const first = [
            'sku,price,quantityAvailable,leadTimeDays,minimumOrderQuantity,sellerSku,manufacturerPartNumber,active',
            'WH1000,100.00,10,2,1,C-WH,MPN-WH,true',
            'USBC01,10.00,20,3,5,C-USB,MPN-USB,true',
            'TBL200,300.00,30,4,2,C-TBL,MPN-TBL,false',
            'CHAIR01,150.00,40,5,1,C-CH,MPN-CH,true',
        ].join('\n');
        expect((await run(c.client, ImportOffersCsvDocument, { csv: first })).importOffersCsv).toMatchObject({
            created: 4,
            updated: 0,
            rejected: [],
        });
        // the next feed: rows giving every cell, rows leaving some empty, a row clearing its seller SKU, and a new
        // offer (another condition of a variant the seller already offers)
        const next = [
            'sku,price,quantityAvailable,leadTimeDays,minimumOrderQuantity,sellerSku,manufacturerPartNumber,active,condition',
            'WH1000,110.00,11,6,2,C-WH2,MPN-WH2,false,new',
            'USBC01,11.00,21,,,,,,new',
            'TBL200,310.00,31,,3,C-TBL2,,true,new',
            'CHAIR01,160.00,41,7,,,MPN-CH2,,new',
            'WH1000,80.00,1,1,1,,,true,used',
        ].join('\n');
        expect((await run(c.client, ImportOffersCsvDocument, { csv: next })).importOffersCsv).toMatchObject({
            created: 1,
            updated: 4,
            rejected: [],
        });
        const offers = await offersOf(c.id);
        const fields = (o: (typeof offers)[number]) => [
            o.productVariant.sku,
            o.condition,
            o.price,
            o.quantityAvailable,
            o.leadTimeDays,
            o.minimumOrderQuantity,
            o.sellerSku,
            o.manufacturerPartNumber,
            o.active,
        ];
        expect(offers.map(fields).sort()).toEqual(
            [
                ['WH1000', 'new', 11000, 11, 6, 2, 'C-WH2', 'MPN-WH2', false],
                // empty cells keep the offer's values; an empty seller SKU cell clears it
                ['USBC01', 'new', 1100, 21, 3, 5, null, null, true],
                ['TBL200', 'new', 31000, 31, 4, 3, 'C-TBL2', null, true],
                ['CHAIR01', 'new', 16000, 41, 7, 1, null, 'MPN-CH2', true],
                ['WH1000', 'used', 8000, 1, 1, 1, null, null, true],
            ].sort(),
        );
    });
});
