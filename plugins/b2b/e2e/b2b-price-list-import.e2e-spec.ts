import fs from 'fs';
import os from 'os';
import path from 'path';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    CreatePriceListDocument,
    ImportPriceListCsvDocument,
    PriceListDetailDocument,
    UploadPriceListCsvDocument,
    UploadPriceListCsvMutation,
} from './graphql/generated-admin';

const SKUS = ['L2201308', 'L2201508', 'TBL200', 'WH1000', 'USBC01', 'CHAIR01', 'PAPER01'];
const ROWS = 100_000;

describe('B2B price list import at scale', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    let priceListId: string;
    let file: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        const { createPriceList } = await run(adminClient, CreatePriceListDocument, {
            input: { name: 'Big list', currencyCode: 'USD' },
        });
        priceListId = createPriceList.id;
        const lines = ['sku,minQuantity,price,percent'];
        for (let i = 0; i < ROWS; i++) {
            const sku = SKUS[i % SKUS.length];
            const minQuantity = Math.floor(i / SKUS.length) + 1;
            lines.push(
                i % 2
                    ? `${sku},${minQuantity},${(100000 - minQuantity / 100).toFixed(2)},`
                    : `${sku},${minQuantity},,5`,
            );
        }
        file = path.join(os.tmpdir(), `b2b-import-${process.pid}.csv`);
        fs.writeFileSync(file, lines.join('\n'));
    });

    afterAll(async () => {
        fs.rmSync(file, { force: true });
        await env.server.destroy();
    });

    it('imports 100,000 rows uploaded as a file', async () => {
        const result: UploadPriceListCsvMutation = await adminClient.fileUploadMutation({
            mutation: UploadPriceListCsvDocument,
            filePaths: [file],
            mapVariables: () => ({ priceListId, file: null }),
        });
        expect(result.importPriceListCsv).toEqual({ accepted: ROWS, rejected: [] });
        const { priceList } = await run(adminClient, PriceListDetailDocument, { id: priceListId });
        expect(priceList?.entryCount).toBe(ROWS);
        // re-importing the same file updates in place
        const again: UploadPriceListCsvMutation = await adminClient.fileUploadMutation({
            mutation: UploadPriceListCsvDocument,
            filePaths: [file],
            mapVariables: () => ({ priceListId, file: null }),
        });
        expect(again.importPriceListCsv).toEqual({ accepted: ROWS, rejected: [] });
        expect(
            (await run(adminClient, PriceListDetailDocument, { id: priceListId })).priceList?.entryCount,
        ).toBe(ROWS);
    });

    it('imports 100,000 rows sent as text in a JSON body (above the 100kb default body limit)', async () => {
        const csv = fs.readFileSync(file, 'utf8');
        expect(csv.length).toBeGreaterThan(1_000_000);
        const { importPriceListCsv } = await run(adminClient, ImportPriceListCsvDocument, {
            priceListId,
            csv,
            mode: 'REPLACE',
        });
        expect(importPriceListCsv).toMatchObject({ accepted: ROWS, rejected: [] });
    });

    it('answers a CSV too large for a JSON body with a coded error pointing to the upload', async () => {
        const csv = 'sku,price\n' + 'L2201308,1.00\n'.repeat(3_000_000);
        const message = await expectGraphQLError(adminClient, ImportPriceListCsvDocument, {
            priceListId,
            csv,
        });
        expect(message).toMatch(/larger than the 32mb the admin API accepts as JSON/);
        expect(message).toMatch(/file: Upload/);
        expect(
            (await run(adminClient, PriceListDetailDocument, { id: priceListId })).priceList?.entryCount,
        ).toBe(ROWS);
    });

    it('REPLACE with a header-only or all-bad file imports nothing and deletes nothing', async () => {
        for (const csv of [
            'sku,minQuantity,price,percent\n',
            'sku,minQuantity,price,percent\nNOPE,1,1.00,\nL2201308,x,1.00,\n',
        ]) {
            const { importPriceListCsv } = await run(adminClient, ImportPriceListCsvDocument, {
                priceListId,
                csv,
                mode: 'REPLACE',
            });
            expect(importPriceListCsv).toMatchObject({ accepted: 0 });
            expect(
                (await run(adminClient, PriceListDetailDocument, { id: priceListId })).priceList?.entryCount,
            ).toBe(ROWS);
        }
    });

    it('REPLACE with its good rows far down the file empties the list once; a repeat far down is found', async () => {
        // Good rows only after 1,500 bad ones, then a repeat of one of them and another good row 1,000 lines on:
        // an import that reads the file in parts must still give the outcome of the whole file at once.
        const lines = ['sku,minQuantity,price,percent'];
        const bad = (n: number) => {
            for (let i = 0; i < n; i++) {
                lines.push(`NOPE-${lines.length},1,1.00,`);
            }
        };
        bad(1_500);
        lines.push('L2201308,7,5.00,', 'L2201308,8,4.50,'); // lines 1502, 1503
        bad(1_000);
        lines.push('L2201308,7,6.00,', 'L2201308,9,4.00,'); // lines 2504 (a repeat of 1502), 2505
        const { importPriceListCsv } = await run(adminClient, ImportPriceListCsvDocument, {
            priceListId,
            csv: lines.join('\n'),
            mode: 'REPLACE',
        });
        if (!('accepted' in importPriceListCsv)) {
            throw new Error(`not imported: ${JSON.stringify(importPriceListCsv)}`);
        }
        expect(importPriceListCsv.accepted).toBe(3);
        expect(importPriceListCsv.rejected).toHaveLength(2_501);
        expect(importPriceListCsv.rejected[0]).toEqual({
            line: 2,
            sku: 'NOPE-1',
            reason: 'Unknown SKU "NOPE-1"',
        });
        expect(importPriceListCsv.rejected.at(-1)).toEqual({
            line: 2504,
            sku: 'L2201308',
            reason: 'Duplicate of line 1502 (same SKU and minQuantity)',
        });
        const { priceList } = await run(adminClient, PriceListDetailDocument, { id: priceListId });
        expect(priceList?.entryCount).toBe(3);
    });

    it('reads a header without the optional columns (minQuantity, and one of price or percent)', async () => {
        const { createPriceList } = await run(adminClient, CreatePriceListDocument, {
            input: { name: 'Short header', currencyCode: 'USD' },
        });
        const prices = await run(adminClient, ImportPriceListCsvDocument, {
            priceListId: createPriceList.id,
            csv: 'sku,price\nL2201308,999.00\nTBL200,199.50\n',
        });
        expect(prices.importPriceListCsv).toEqual({ accepted: 2, rejected: [] });
        const percents = await run(adminClient, ImportPriceListCsvDocument, {
            priceListId: createPriceList.id,
            csv: 'percent,sku\n5,WH1000\n',
        });
        expect(percents.importPriceListCsv).toEqual({ accepted: 1, rejected: [] });
        const wrong = await run(adminClient, ImportPriceListCsvDocument, {
            priceListId: createPriceList.id,
            csv: 'sku,minQuantity\nWH1000,2\n',
        });
        expect(wrong.importPriceListCsv).toMatchObject({ errorCode: 'MALFORMED_PRICE_LIST_CSV_ERROR' });
    });
});
