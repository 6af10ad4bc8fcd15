import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    LgCreateShippingMethodDocument,
    LgExportRateTableCsvDocument,
    LgImportRateTableCsvDocument,
    LgSetVariantShippingDocument,
    LgShippingMethodArgsDocument,
} from './graphql/generated-admin';
import {
    LgAddItemDocument,
    LgEligibleShippingMethodsDocument,
    LgSetAddressDocument,
} from './graphql/generated-shop';
import { address } from './logistics-e2e-helpers';

const HEADER =
    'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount';

/** The rate table from the README's CSV example, with other numbers than the JSON spec uses. */
const GOOD_CSV = [
    HEADER,
    'volumetricDivisor,,,,,,,,,,4000',
    'zone,Europe,500,6.50,1000,1.75,30000,1200,,,',
    'remote,,,,,,,,BT,,4.00',
    'remote,,,,,,,,HS1 1AA,HS9 9ZZ,2.50',
].join('\n');

describe('Logistics: rate tables imported from CSV', () => {
    const { server, adminClient, shopClient } = createTriflowTestEnvironment();
    const otherAdmin = createTriflowTestEnvironment().adminClient;
    let methodId: string;
    let flatMethodId: string;

    const placeholder = JSON.stringify({
        zones: [{ zone: 'Europe', firstWeight: 1000, firstPrice: 100, stepWeight: 1000, stepPrice: 100 }],
    });

    const createMethod = async (
        code: string,
        calculator: 'rate-table' | 'flat',
        checkerTable: string = placeholder,
    ) => {
        const { createShippingMethod } = await run(adminClient, LgCreateShippingMethodDocument, {
            input: {
                code,
                fulfillmentHandler: 'manual-fulfillment',
                checker:
                    calculator === 'rate-table'
                        ? {
                              code: 'rate-table-eligibility',
                              arguments: [{ name: 'table', value: checkerTable }],
                          }
                        : {
                              code: 'default-shipping-eligibility-checker',
                              arguments: [{ name: 'orderMinimum', value: '0' }],
                          },
                calculator:
                    calculator === 'rate-table'
                        ? {
                              code: 'rate-table',
                              arguments: [
                                  { name: 'table', value: placeholder },
                                  { name: 'taxRate', value: '0' },
                              ],
                          }
                        : {
                              code: 'default-shipping-calculator',
                              arguments: [
                                  { name: 'rate', value: '500' },
                                  { name: 'includesTax', value: 'auto' },
                                  { name: 'taxRate', value: '0' },
                              ],
                          },
                translations: [{ languageCode: 'en', name: code, description: '' }],
            },
        });
        return createShippingMethod.id;
    };

    /** The table argument of the method's calculator and checker. */
    const tables = async (id: string) => {
        const { shippingMethod } = await run(adminClient, LgShippingMethodArgsDocument, { id });
        const arg = (op?: { args: Array<{ name: string; value: string }> }) =>
            op?.args.find(a => a.name === 'table')?.value;
        return { calculator: arg(shippingMethod?.calculator), checker: arg(shippingMethod?.checker) };
    };

    /**
     * The price the shop offers for a method (the csv method unless named), one unit of the variant shipped to the
     * postcode in the country (GB unless given); undefined when the method is not offered.
     */
    const quote = async (variantId: string, postalCode: string, method = 'rate-csv', countryCode = 'GB') => {
        await shopClient.asAnonymousUser();
        await run(shopClient, LgAddItemDocument, { variantId, quantity: 1 });
        await run(shopClient, LgSetAddressDocument, {
            address: { ...address, postalCode, countryCode },
        });
        const { eligibleShippingMethods } = await run(shopClient, LgEligibleShippingMethodsDocument);
        return eligibleShippingMethods.find(m => m.name === method)?.price;
    };

    const importCsv = (csv: string, shippingMethodId?: string) =>
        run(adminClient, LgImportRateTableCsvDocument, { csv, shippingMethodId });

    beforeAll(async () => {
        await startTestServer({ server, adminClient, shopClient }, { customerCount: 1 });
        await run(adminClient, LgSetVariantShippingDocument, {
            input: [
                // 2.5 kg in a 10 cm cube: 1,000 cm3 / 4000 = 0.25 kg volumetric, the actual weight counts.
                {
                    id: 'T_2',
                    customFields: {
                        shippingWeight: 2500,
                        shippingLength: 100,
                        shippingWidth: 100,
                        shippingHeight: 100,
                    },
                },
                // 1 kg in 40 x 30 x 25 cm: 30,000 cm3 / 4000 = 7.5 kg volumetric.
                {
                    id: 'T_3',
                    customFields: {
                        shippingWeight: 1000,
                        shippingLength: 400,
                        shippingWidth: 300,
                        shippingHeight: 250,
                    },
                },
            ],
        });
        methodId = await createMethod('rate-csv', 'rate-table');
        flatMethodId = await createMethod('flat-csv', 'flat');
    });

    afterAll(async () => {
        await server.destroy();
    });

    it('prices by the placeholder table before any import: 2.5 kg = 100 + 2 x 100', async () => {
        expect(await quote('T_2', 'LS1 4AB')).toBe(300);
    });

    it('imports a valid file into the calculator and the checker of the method', async () => {
        const { importShippingRateTableCsv: result } = await importCsv(GOOD_CSV, methodId);
        expect(result).toEqual({
            __typename: 'ShippingRateTableImportReport',
            accepted: 4,
            rejected: [],
            updated: true,
            table: expect.any(String),
        });
        const expected = {
            volumetricDivisor: 4000,
            zones: [
                {
                    zone: 'Europe',
                    firstWeight: 500,
                    firstPrice: 650,
                    stepWeight: 1000,
                    stepPrice: 175,
                    maxWeight: 30000,
                    maxLength: 1200,
                },
            ],
            remote: [
                { prefix: 'BT', surcharge: 400 },
                { from: 'HS1 1AA', to: 'HS9 9ZZ', surcharge: 250 },
            ],
        };
        const written = await tables(methodId);
        expect(JSON.parse(written.calculator ?? '')).toEqual(expected);
        expect(JSON.parse(written.checker ?? '')).toEqual(expected);
    });

    it('prices orders as calculated by hand from the imported table', async () => {
        // 2.5 kg: 650 + ceil(2000 / 1000) x 175 = 1000
        expect(await quote('T_2', 'LS1 4AB')).toBe(1000);
        // 7.5 kg volumetric: 650 + ceil(7000 / 1000) x 175 = 1875
        expect(await quote('T_3', 'LS1 4AB')).toBe(1875);
        // BT prefix: + 400
        expect(await quote('T_2', 'BT1 1AA')).toBe(1400);
        // HS1 1AA–HS9 9ZZ range (same-length text comparison): + 250
        expect(await quote('T_2', 'HS5 2XY')).toBe(1250);
    });

    it("lets a checker left empty follow the calculator's table, through imports too", async () => {
        const followId = await createMethod('rate-follow', 'rate-table', '');
        expect(await tables(followId)).toEqual({ calculator: placeholder, checker: '' });
        // the calculator's placeholder table has a Europe row only: offered to GB, not to China (Asia)
        expect(await quote('T_2', 'LS1 4AB', 'rate-follow')).toBe(300);
        expect(await quote('T_2', '200120', 'rate-follow', 'CN')).toBeUndefined();

        const { importShippingRateTableCsv: result } = await importCsv(
            [HEADER, 'zone,Asia,1000,20.00,1000,5.00,,,,,', 'zone,Europe,500,6.50,1000,1.75,2000,,,,'].join(
                '\n',
            ),
            followId,
        );
        expect(result).toMatchObject({ accepted: 2, updated: true });
        const written = await tables(followId);
        expect(written.checker).toBe('');
        expect(JSON.parse(written.calculator ?? '').zones).toHaveLength(2);
        // the checker follows: China is offered now (2.5 kg: 2000 + 2 x 500), and the new Europe limit of 2 kg
        // leaves the 2.5 kg parcel out
        expect(await quote('T_2', '200120', 'rate-follow', 'CN')).toBe(3000);
        expect(await quote('T_2', 'LS1 4AB', 'rate-follow')).toBeUndefined();
    });

    it('exports the table as CSV that imports back to the same table', async () => {
        const before = await tables(methodId);
        const { exportShippingRateTableCsv: csv } = await run(adminClient, LgExportRateTableCsvDocument, {
            table: before.calculator ?? '',
        });
        expect(csv.split('\n')[0]).toBe(HEADER);
        expect(csv).toContain('zone,Europe,500,6.50,1000,1.75,30000,1200,,,');
        const { importShippingRateTableCsv: result } = await importCsv(csv);
        expect(
            result.__typename === 'ShippingRateTableImportReport' && JSON.parse(result.table ?? ''),
        ).toEqual(JSON.parse(before.calculator ?? ''));
        expect(
            await expectGraphQLError(adminClient, LgExportRateTableCsvDocument, { table: '{"zones": 3}' }),
        ).toMatch(/cannot be exported.*zones/);
    });

    it('converts without writing when no shipping method is given', async () => {
        const before = await tables(methodId);
        const { importShippingRateTableCsv: result } = await importCsv(
            `${HEADER}\nzone,Europe,1000,1.00,1000,1.00,,,,,\n`,
        );
        expect(result).toMatchObject({ accepted: 1, updated: false });
        expect(await tables(methodId)).toEqual(before);
    });

    it('imports the good rows and reports the bad ones with their lines', async () => {
        const csv = [
            HEADER,
            'zone,Europe,1000,5.00,500,1.00,,,,,',
            'zone,Europe,1000,9.00,500,1.00,,,,,',
            'zone,Asia,1000,five,500,1.00,,,,,',
            'remote,,,,,,,,,,3.00',
            'moon,,,,,,,,,,1',
            'remote,,,,,,,,BT,,2.00',
        ].join('\n');
        const { importShippingRateTableCsv: result } = await importCsv(csv, methodId);
        if (result.__typename !== 'ShippingRateTableImportReport') {
            throw new Error(`expected a report, got ${result.__typename}`);
        }
        expect(result.accepted).toBe(2);
        expect(result.updated).toBe(true);
        expect(result.rejected.map(r => [r.line, r.type])).toEqual([
            [3, 'zone'],
            [4, 'zone'],
            [5, 'remote'],
            [6, 'moon'],
        ]);
        expect(result.rejected[0].reason).toMatch(/already on line 2/);
        expect(result.rejected[1].reason).toMatch(/firstPrice/);
        expect(result.rejected[2].reason).toMatch(/postcode/);
        expect(result.rejected[3].reason).toMatch(/Unknown type "moon"/);
        // 2.5 kg: 500 + ceil(1500 / 500) x 100 = 800, + 200 for BT; no volumetric divisor any more.
        expect(await quote('T_2', 'LS1 4AB')).toBe(800);
        expect(await quote('T_2', 'BT1 1AA')).toBe(1000);
        expect(await quote('T_3', 'LS1 4AB')).toBe(500);
    });

    it('refuses a malformed file and writes nothing', async () => {
        const before = await tables(methodId);
        const refused = [
            ['zone,firstWeight,firstPrice\nEurope,1000,5.00\n', 1],
            [`${HEADER},color\nzone,Europe,1000,5.00,500,1.00,,,,,,red\n`, 1],
            [`${HEADER}\nzone,"Europe,1000,5.00,500,1.00,,,,,\n`, 2],
            ['', 1],
        ] as const;
        for (const [csv, line] of refused) {
            const { importShippingRateTableCsv: result } = await importCsv(csv, methodId);
            expect(result).toMatchObject({
                __typename: 'MalformedShippingRateTableCsvError',
                errorCode: 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR',
                line,
            });
        }
        expect(await tables(methodId)).toEqual(before);
        expect(await quote('T_2', 'LS1 4AB')).toBe(800);
    });

    it('answers the refusal in the language of the request (a Chinese Dashboard sends languageCode=zh_Hans)', async () => {
        const before = await tables(methodId);
        const csv = 'zone,firstWeight,firstPrice\nEurope,1000,5.00\n';
        const chinese = await adminClient.query(
            LgImportRateTableCsvDocument,
            { csv, shippingMethodId: methodId },
            { languageCode: 'zh_Hans' },
        );
        expect(chinese.importShippingRateTableCsv).toMatchObject({
            __typename: 'MalformedShippingRateTableCsvError',
            errorCode: 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR',
            line: 1,
            message:
                '表头 "zone,firstWeight,firstPrice" 有误：应包含 type 列，可用的列为 ' +
                'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount，' +
                '每列只能出现一次',
        });
        // English without a language, as before
        const { importShippingRateTableCsv: english } = await importCsv(csv, methodId);
        expect(english).toMatchObject({
            errorCode: 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR',
            message: expect.stringMatching(
                /^Wrong header "zone,firstWeight,firstPrice": expected the column type/,
            ),
        });
        expect(await tables(methodId)).toEqual(before);
    });

    it("gives the rejected rows' reasons in the language asked for, else in the language of the request", async () => {
        const csv = [
            HEADER,
            'zone,Europe,1000,5.00,500,1.00,,,,,',
            'zone,Europe,1000,9.00,500,1.00,,,,,',
            'zone,Asia,1000,five,500,1.00,,,,,',
            'zone,Africa,1000,5.00,0,1.00,,,,,',
            'zone,,1000,5.00,500,1.00,,,,,',
            'remote,,,,,,,,,,3.00',
            'moon,,,,,,,,,,1',
            'freeOver,Europe,,,,,,,,,50.00',
            'freeOver,,,,,,,,,,50.00',
            'freeOver,,,,,,,,,,60.00',
            'volumetricDivisor,,,,,,,,,,5000,9',
        ].join('\n');
        const chinese = [
            { line: 3, type: 'zone', reason: '区域“Europe”已在第 2 行出现' },
            { line: 4, type: 'zone', reason: 'firstPrice 应为形如 8.00 的金额（最多 2 位小数），实为“five”' },
            { line: 5, type: 'zone', reason: 'stepWeight 应为大于 0 的整数，实为“0”' },
            { line: 6, type: 'zone', reason: 'zone 应填写 Vendure 中的一个区域' },
            { line: 7, type: 'remote', reason: 'postcode 应填写邮编前缀，或邮编区间的起点' },
            {
                line: 8,
                type: 'moon',
                reason: '未知的 type“moon”：应为 zone, remote, freeOver, volumetricDivisor 之一',
            },
            { line: 9, type: 'freeOver', reason: 'freeOver 行的 zone 应留空' },
            { line: 11, type: 'freeOver', reason: 'freeOver 已在第 10 行设置' },
            { line: 12, type: 'volumetricDivisor', reason: '该行有 12 个单元格，表头只有 11 列' },
        ];
        const byRequest = await adminClient.query(
            LgImportRateTableCsvDocument,
            { csv },
            { languageCode: 'zh_Hans' },
        );
        expect(byRequest.importShippingRateTableCsv).toMatchObject({ accepted: 2, rejected: chinese });
        // the Dashboard asks for its display language; the request carries its content language
        const byArgument = await adminClient.query(
            LgImportRateTableCsvDocument,
            { csv, languageCode: 'zh_Hans' },
            { languageCode: 'en' },
        );
        expect(byArgument.importShippingRateTableCsv).toMatchObject({ accepted: 2, rejected: chinese });
        const english = await adminClient.query(
            LgImportRateTableCsvDocument,
            { csv, languageCode: 'en' },
            { languageCode: 'zh_Hans' },
        );
        expect(english.importShippingRateTableCsv).toMatchObject({
            rejected: expect.arrayContaining([
                { line: 3, type: 'zone', reason: 'The zone "Europe" is already on line 2' },
                { line: 5, type: 'zone', reason: 'stepWeight must be a whole number > 0, got "0"' },
                { line: 9, type: 'freeOver', reason: 'A freeOver row leaves zone empty' },
            ]),
        });
        const malformed = await adminClient.query(
            LgImportRateTableCsvDocument,
            { csv: '', languageCode: 'zh_Hans' },
            { languageCode: 'en' },
        );
        expect(malformed.importShippingRateTableCsv).toMatchObject({
            errorCode: 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR',
            message: '文件为空：应有包含 "type" 列的表头',
        });
    });

    it('writes nothing when no zone row is good', async () => {
        const before = await tables(methodId);
        const { importShippingRateTableCsv: result } = await importCsv(
            `${HEADER}\nzone,Europe,1000,5.00,0,1.00,,,,,\nfreeOver,,,,,,,,,,1.00\n`,
            methodId,
        );
        expect(result).toMatchObject({ accepted: 1, updated: false, table: null });
        expect(await tables(methodId)).toEqual(before);
    });

    it('refuses a method that does not use the rate-table calculator, and an unknown method', async () => {
        const before = await tables(flatMethodId);
        expect(
            await expectGraphQLError(adminClient, LgImportRateTableCsvDocument, {
                csv: GOOD_CSV,
                shippingMethodId: flatMethodId,
            }),
        ).toMatch(/does not use the rate-table calculator/);
        expect(await tables(flatMethodId)).toEqual(before);
        expect(
            await expectGraphQLError(adminClient, LgImportRateTableCsvDocument, {
                csv: GOOD_CSV,
                shippingMethodId: 'T_999',
            }),
        ).toMatch(/No ShippingMethod with the id/);
    });

    it('needs UpdateShippingMethod to import and ReadShippingMethod to export', async () => {
        const before = await tables(methodId);
        await loginAsAdministratorWithPermissions(adminClient, otherAdmin, ['ReadShippingMethod']);
        expect(
            await expectGraphQLError(otherAdmin, LgImportRateTableCsvDocument, {
                csv: GOOD_CSV,
                shippingMethodId: methodId,
            }),
        ).toMatch(/not currently authorized/);
        expect(await tables(methodId)).toEqual(before);
        const { exportShippingRateTableCsv } = await run(otherAdmin, LgExportRateTableCsvDocument, {
            table: before.calculator ?? '',
        });
        expect(exportShippingRateTableCsv).toContain('zone,Europe,1000,5.00,500,1.00');
        await loginAsAdministratorWithPermissions(adminClient, otherAdmin, ['ReadCatalog']);
        expect(
            await expectGraphQLError(otherAdmin, LgExportRateTableCsvDocument, {
                table: before.calculator ?? '',
            }),
        ).toMatch(/not currently authorized/);
    });
});
