import { DemoSeeder } from './demo-seeder';
import { orderSeeders } from './seed-demo-data';

const seeder = (name: string, after?: string[]): DemoSeeder => ({
    name,
    after,
    seed: () => Promise.resolve(),
});

describe('orderSeeders', () => {
    it('runs the catalog first and each seeder after the ones it names', () => {
        const ordered = orderSeeders([
            seeder('logistics', ['warehouse']),
            seeder('warehouse'),
            seeder('catalog'),
            seeder('b2b'),
        ]).map(s => s.name);
        expect(ordered[0]).toBe('catalog');
        expect(ordered.indexOf('warehouse')).toBeLessThan(ordered.indexOf('logistics'));
        expect(ordered).toHaveLength(4);
    });

    it('refuses a dependency on a seeder that does not exist', () => {
        expect(() => orderSeeders([seeder('catalog'), seeder('b2b', ['nope'])])).toThrow(
            /"b2b" runs after "nope"/,
        );
    });

    it('refuses a cycle and names it', () => {
        expect(() => orderSeeders([seeder('catalog'), seeder('a', ['b']), seeder('b', ['a'])])).toThrow(
            /cycle: a → b → a/,
        );
    });
});
