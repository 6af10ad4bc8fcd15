import fs from 'fs';
import os from 'os';
import path from 'path';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    CreatePriceListDocument,
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

    it('imports 100,000 rows uploaded as a file in well under a minute', async () => {
        const started = Date.now();
        const result: UploadPriceListCsvMutation = await adminClient.fileUploadMutation({
            mutation: UploadPriceListCsvDocument,
            filePaths: [file],
            mapVariables: () => ({ priceListId, file: null }),
        });
        const seconds = (Date.now() - started) / 1000;
        expect(result.importPriceListCsv).toEqual({ accepted: ROWS, rejected: [] });
        const { priceList } = await run(adminClient, PriceListDetailDocument, { id: priceListId });
        expect(priceList?.entryCount).toBe(ROWS);
        expect(seconds).toBeLessThan(45);
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
});
