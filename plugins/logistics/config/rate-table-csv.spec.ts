import { parseRateTable } from './rate-table';
import { readRateTableCsv, writeRateTableCsv } from './rate-table-csv';

const header =
    'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount';

describe('rate table CSV', () => {
    it('reads zones, remote prefixes and ranges, and the settings into the calculator format', () => {
        const result = readRateTableCsv(
            [
                header,
                'volumetricDivisor,,,,,,,,,,5000',
                'freeOver,,,,,,,,,,500.00',
                'zone,Europe,1000,8.00,500,2.00,30000,1200,,,',
                'remote,,,,,,,,BT,,5',
                'remote,,,,,,,,850000,859999,3.00',
            ].join('\r\n'),
            100,
        );
        expect(result).toEqual({
            accepted: 5,
            rejected: [],
            table: {
                volumetricDivisor: 5000,
                freeOver: 50000,
                zones: [
                    {
                        zone: 'Europe',
                        firstWeight: 1000,
                        firstPrice: 800,
                        stepWeight: 500,
                        stepPrice: 200,
                        maxWeight: 30000,
                        maxLength: 1200,
                    },
                ],
                remote: [
                    { prefix: 'BT', surcharge: 500 },
                    { from: '850000', to: '859999', surcharge: 300 },
                ],
            },
        });
    });

    it('accepts a header with fewer columns in any order', () => {
        const result = readRateTableCsv(
            'Zone,TYPE,firstWeight,firstPrice,stepWeight,stepPrice\nAsia,zone,500,12.5,500,3\n',
            10,
        );
        expect(result).toEqual({
            accepted: 1,
            rejected: [],
            table: {
                zones: [
                    { zone: 'Asia', firstWeight: 500, firstPrice: 1250, stepWeight: 500, stepPrice: 300 },
                ],
            },
        });
    });

    it('reports bad rows with their lines and keeps the good ones', () => {
        const result = readRateTableCsv(
            [
                header,
                'zone,Europe,1000,8.00,500,2.00,,,,,',
                'zone,europe,1000,9.00,500,2.00,,,,,',
                'zone,Asia,1000,8.001,500,2.00,,,,,',
                'zone,Asia,1000,8.00,0,2.00,,,,,',
                'zone,,1000,8.00,500,2.00,,,,,',
                'remote,,,,,,,,,,5.00',
                'remote,Europe,,,,,,,BT,,5.00',
                'planet,,,,,,,,,,1',
                'freeOver,,,,,,,,,,100',
                'freeOver,,,,,,,,,,200',
                'volumetricDivisor,,,,,,,,,,-1',
            ].join('\n'),
            100,
        );
        if (!('table' in result)) {
            throw new Error('expected a report');
        }
        expect(result.accepted).toBe(2);
        expect(result.rejected.map(r => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 11, 12]);
        expect(result.rejected[0].reason).toContain('already on line 2');
        expect(result.rejected[2].reason).toContain('stepWeight');
        expect(result.rejected[5].reason).toContain('zone');
        expect(result.table).toEqual({
            freeOver: 10000,
            zones: [{ zone: 'Europe', firstWeight: 1000, firstPrice: 800, stepWeight: 500, stepPrice: 200 }],
        });
    });

    it('refuses a malformed file as a whole', () => {
        expect(readRateTableCsv('', 10)).toEqual({ malformed: expect.objectContaining({ line: 1 }) });
        expect(readRateTableCsv('zone,firstWeight\nEurope,1000\n', 10)).toEqual({
            malformed: expect.objectContaining({ line: 1 }),
        });
        expect(readRateTableCsv('type,type\nzone,zone\n', 10)).toEqual({
            malformed: expect.objectContaining({ line: 1 }),
        });
        expect(readRateTableCsv(`${header}\nzone,"Europe,1000\n`, 10)).toEqual({
            malformed: expect.objectContaining({ line: 2 }),
        });
        expect(readRateTableCsv(`type,amount\nfreeOver,1\nfreeOver,2\nfreeOver,3\n`, 2)).toEqual({
            malformed: expect.objectContaining({ line: null }),
        });
    });

    it('writes what it reads', () => {
        const json = JSON.stringify({
            volumetricDivisor: 6000,
            freeOver: 12345,
            zones: [
                { zone: 'Europe, West', firstWeight: 1000, firstPrice: 800, stepWeight: 500, stepPrice: 205 },
                { zone: 'Asia', firstWeight: 0, firstPrice: 0, stepWeight: 1, stepPrice: 1, maxWeight: 5 },
            ],
            remote: [
                { prefix: 'BT', surcharge: 500 },
                { from: 'AB10', to: 'AB99', surcharge: 1 },
            ],
        });
        const csv = writeRateTableCsv(parseRateTable(json));
        expect(csv.split('\n')[0]).toBe(header);
        const back = readRateTableCsv(csv, 100);
        expect(back).toEqual({ accepted: 6, rejected: [], table: JSON.parse(json) });
    });
});
