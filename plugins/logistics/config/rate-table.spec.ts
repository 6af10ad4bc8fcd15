import { chargeableWeight, parseRateTable, ratePrice, remoteSurcharge } from './rate-table';

const table = parseRateTable(
    JSON.stringify({
        volumetricDivisor: 5000,
        freeOver: 50000,
        zones: [{ zone: 'Europe', firstWeight: 1000, firstPrice: 800, stepWeight: 500, stepPrice: 200 }],
        remote: [
            { prefix: 'BT', surcharge: 500 },
            { from: '850000', to: '859999', surcharge: 300 },
        ],
    }),
);
const europe = table.zones[0];

describe('rate table', () => {
    it('prices 2.5 kg as the first kilo plus three 500 g steps', () => {
        // 800 + ceil((2500 - 1000) / 500) * 200 = 800 + 3 * 200 = 1400
        expect(ratePrice(table, europe, 2500, 1000, 'LS1 4AB')).toBe(1400);
        // 2.6 kg: a part step counts as a step: 800 + 4 * 200 = 1600
        expect(ratePrice(table, europe, 2600, 1000, 'LS1 4AB')).toBe(1600);
        expect(ratePrice(table, europe, 900, 1000, 'LS1 4AB')).toBe(800);
    });

    it('charges volumetric weight when it is larger', () => {
        // 400 x 300 x 250 mm = 30,000 cm3 / 5000 = 6 kg, against 1 kg actual
        expect(
            chargeableWeight(table, [{ weight: 1000, length: 400, width: 300, height: 250, quantity: 1 }]),
        ).toBe(6000);
        expect(
            chargeableWeight(table, [{ weight: 2500, length: 100, width: 100, height: 100, quantity: 1 }]),
        ).toBe(2500);
    });

    it('is free over the threshold; the remote surcharge applies to listed postcodes only', () => {
        expect(ratePrice(table, europe, 2500, 50000, 'LS1 4AB')).toBe(0);
        expect(ratePrice(table, europe, 2500, 50000, 'BT1 1AA')).toBe(500);
        expect(remoteSurcharge(table, 'bt7 1nn')).toBe(500);
        expect(remoteSurcharge(table, '855000')).toBe(300);
        expect(remoteSurcharge(table, '860000')).toBe(0);
        expect(remoteSurcharge(table, 'LS1')).toBe(0);
    });

    it('refuses a malformed table', () => {
        expect(() => parseRateTable('{')).toThrow(/not valid JSON/);
        expect(() =>
            parseRateTable(
                '{"zones":[{"zone":"Europe","firstWeight":1000,"firstPrice":800,"stepWeight":0,"stepPrice":1}]}',
            ),
        ).toThrow(/stepWeight/);
    });
});
