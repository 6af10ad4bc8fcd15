import { parseRateTable } from '../../config/rate-table';

import {
    buildRateTable,
    draftFromTable,
    emptyRemoteRow,
    emptyZoneRow,
    moneyCell,
    parseMoney,
    parseTableValue,
    RateTableDraft,
    remoteCell,
    zoneCell,
} from './rate-table-draft';

const TABLE = {
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
        { zone: 'Asia', firstWeight: 1000, firstPrice: 1500, stepWeight: 500, stepPrice: 400 },
    ],
    remote: [
        { prefix: 'BT', surcharge: 500 },
        { from: '850000', to: '859999', surcharge: 300 },
    ],
};

const draft = (): RateTableDraft => draftFromTable(parseTableValue(JSON.stringify(TABLE)));

describe('rate table editor draft', () => {
    it('shows money as decimal amounts and gives the same table back, in the README key order', () => {
        const d = draft();
        expect(d.zones[0]).toMatchObject({
            zone: 'Europe',
            firstPrice: '8.00',
            stepPrice: '2.00',
            maxWeight: '30000',
        });
        expect(d.zones[1]).toMatchObject({ maxWeight: '', maxLength: '' });
        expect(d.freeOver).toBe('500.00');
        expect(d.remote.map(r => r.kind)).toEqual(['prefix', 'range']);
        const { value, problems } = buildRateTable(d, { required: true });
        expect(problems.size).toBe(0);
        expect(value).toBe(JSON.stringify(TABLE));
        expect(parseRateTable(value!)).toEqual(TABLE);
    });

    it('reads typed amounts into minor units without a float', () => {
        expect(parseMoney('8.5')).toBe(850);
        expect(parseMoney('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 as a float
        expect(parseMoney('1234567.07')).toBe(123456707);
        expect(parseMoney(' 12 ')).toBe(1200);
        for (const bad of ['-1', '1.005', '1,50', 'abc', '', '.5']) {
            expect(parseMoney(bad)).toBeUndefined();
        }
        expect(moneyCell(5)).toBe('0.05');
        // a fraction of a minor unit is shown as it is (and then flagged), not rounded away
        expect(moneyCell(800.5)).toBe('8.005');
    });

    it('emits the edited cell and a new remote row', () => {
        const d = draft();
        d.zones[0].firstPrice = '8.75';
        d.remote.push({ ...emptyRemoteRow(), prefix: 'ZE', surcharge: '6' });
        const { value } = buildRateTable(d, { required: true });
        const table = JSON.parse(value!) as typeof TABLE;
        expect(table.zones[0].firstPrice).toBe(875);
        expect(table.remote[2]).toEqual({ prefix: 'ZE', surcharge: 600 });
    });

    it('flags each bad cell and emits nothing', () => {
        const d = draft();
        d.zones[1].zone = 'europe'; // the calculator matches zone names without case
        d.zones[0].firstWeight = '-5';
        d.zones[0].stepWeight = '0';
        d.zones[0].maxLength = '12.5';
        d.zones[1].stepPrice = '4.005';
        d.remote[1].from = '860000';
        d.volumetricDivisor = '0';
        d.freeOver = 'free';
        d.remote.push({ ...emptyRemoteRow(), kind: 'range', from: 'AB1', to: 'AB10', surcharge: '' });
        d.zones.push(emptyZoneRow());
        const { value, problems } = buildRateTable(d, { required: true });
        expect(value).toBeUndefined();
        expect(Object.fromEntries(problems)).toEqual({
            [zoneCell(d.zones[1], 'zone')]: 'zone-repeated',
            [zoneCell(d.zones[0], 'firstWeight')]: 'whole',
            [zoneCell(d.zones[0], 'stepWeight')]: 'whole-positive',
            [zoneCell(d.zones[0], 'maxLength')]: 'whole',
            [zoneCell(d.zones[1], 'stepPrice')]: 'money',
            [remoteCell(d.remote[1], 'from')]: 'range-order',
            [remoteCell(d.remote[2], 'from')]: 'range-length',
            [remoteCell(d.remote[2], 'surcharge')]: 'money',
            volumetricDivisor: 'whole-positive',
            freeOver: 'money',
            [zoneCell(d.zones[2], 'zone')]: 'zone-missing',
            [zoneCell(d.zones[2], 'firstWeight')]: 'whole',
            [zoneCell(d.zones[2], 'firstPrice')]: 'money',
            [zoneCell(d.zones[2], 'stepWeight')]: 'whole-positive',
            [zoneCell(d.zones[2], 'stepPrice')]: 'money',
        });
    });

    it('judges ranges as the calculator matches postcodes: digits by number, else text of one length', () => {
        const range = (from: string, to: string) => {
            const d = draft();
            d.remote = [{ ...emptyRemoteRow(), kind: 'range', from, to, surcharge: '1' }];
            return [...buildRateTable(d, { required: true }).problems.values()];
        };
        expect(range('9000', '10000')).toEqual([]);
        expect(range('ab1 0', 'AB19')).toEqual([]);
        expect(range('AB2', 'AB1')).toEqual(['range-order']);
        expect(range('850000', '')).toEqual(['range-missing']);
    });

    it('an empty draft clears the checker (which then follows the calculator) but not the calculator', () => {
        const empty = draftFromTable(null);
        expect(buildRateTable(empty, { required: false })).toEqual({ problems: new Map(), value: '' });
        expect(buildRateTable(empty, { required: true }).problems.get('table')).toBe('table-needed');
        const settingsOnly = { ...empty, freeOver: '10.00' };
        expect(buildRateTable(settingsOnly, { required: false }).problems.get('table')).toBe('zones-needed');
    });

    it('reads a table argument only when it is a table', () => {
        expect(parseTableValue('')).toBeNull();
        expect(parseTableValue('{')).toBeNull();
        expect(parseTableValue('null')).toBeNull();
        expect(parseTableValue('{"zones":{}}')).toBeNull();
        expect(parseTableValue('{"zones":[]}')).toEqual({ zones: [] });
    });
});
