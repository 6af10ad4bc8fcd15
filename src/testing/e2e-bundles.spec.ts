import fs from 'fs';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundles = require('./e2e-bundles') as {
    bundleFiles(): string[];
    bundleIndex(file: string): number | undefined;
    bundlePlan(root?: string): string[][];
    bundlingRequested(argv: string[], env: Record<string, string | undefined>): boolean;
    canShare(source: string): boolean;
    e2eServerPort(testPath: string, base: number, reserved?: number[]): number;
    listE2eSpecs(root?: string): string[];
};

const jestCli = ['node', 'jest', '--config', 'jest.config.js'];

describe('e2e bundles', () => {
    it('bundle a whole run, and never a run given a test path, a pattern or a --testPathPattern', () => {
        expect(bundles.bundlingRequested([...jestCli], {})).toBe(true);
        expect(bundles.bundlingRequested([...jestCli, '--json', '--outputFile=/tmp/r.json'], {})).toBe(true);
        expect(bundles.bundlingRequested([...jestCli, 'plugins/b2b/e2e/b2b-credit.e2e-spec.ts'], {})).toBe(
            false,
        );
        expect(bundles.bundlingRequested([...jestCli, 'marketplace'], {})).toBe(false);
        expect(bundles.bundlingRequested([...jestCli, '-t', 'refuses'], {})).toBe(false);
        expect(bundles.bundlingRequested([...jestCli, '--testPathPattern=alerts'], {})).toBe(false);
        expect(bundles.bundlingRequested([...jestCli], { TRIFLOW_E2E_BUNDLES: '0' })).toBe(false);
        expect(
            bundles.bundlingRequested([...jestCli, 'e2e/bundles/bundle-03'], { TRIFLOW_E2E_BUNDLES: '1' }),
        ).toBe(true);
    });

    it('share a file only for specs on the default configuration that leave no module state behind', () => {
        const plain = `const env = createTriflowTestEnvironment();\nbeforeAll(() => startTestServer(env));`;
        expect(bundles.canShare(plain)).toBe(true);
        expect(bundles.canShare(`const env = createTriflowTestEnvironment({ plugins: [] });`)).toBe(false);
        expect(bundles.canShare(`${plain}\nconst c = triflowTestConfig({ apiOptions: {} });`)).toBe(false);
        expect(bundles.canShare(`${plain}\nMarketplacePlugin.init({ payoutBatchSchedule: 'x' });`)).toBe(
            false,
        );
        expect(bundles.canShare(`${plain}\njest.spyOn(Service.prototype, 'method');`)).toBe(false);
        expect(bundles.canShare(`${plain}\nusePreparedPlainSql(true);`)).toBe(false);
        expect(bundles.canShare(`const env = createTestEnvironment(config);`)).toBe(false);
    });

    it('plan every sharable spec into exactly one bundle that has a file, and no other spec', () => {
        const specs = bundles.listE2eSpecs();
        const sharable = specs.filter(f => bundles.canShare(fs.readFileSync(f, 'utf8')));
        const plan = bundles.bundlePlan();
        expect(sharable.length).toBeGreaterThan(0);
        expect(plan.flat().sort()).toEqual(sharable);
        expect(plan.length).toBeLessThanOrEqual(bundles.bundleFiles().length);
        plan.forEach((members, i) => {
            expect(members.length).toBeGreaterThan(0);
            expect(fs.existsSync(bundles.bundleFiles()[i])).toBe(true);
            expect(bundles.bundleIndex(bundles.bundleFiles()[i])).toBe(i);
        });
        // one bundle file for each bundle the plan can have, and no other
        const files = fs
            .readdirSync(path.dirname(bundles.bundleFiles()[0]))
            .filter(f => f.endsWith('.e2e-bundle.js'));
        expect(files.sort()).toEqual(bundles.bundleFiles().map(f => path.basename(f)));
    });

    it('give every e2e test file its own pair of server ports, none of them a reserved one', () => {
        const files = [...bundles.listE2eSpecs(), ...bundles.bundleFiles()];
        for (const base of [4100, 8200, 5400]) {
            const ports = files.map(f => bundles.e2eServerPort(f, base));
            const used = ports.flatMap(p => [p, p + 1]);
            expect(new Set(used).size).toBe(files.length * 2);
            expect(used).not.toContain(5432);
            expect(Math.min(...ports)).toBe(base);
        }
        // the same file, the same port, wherever the checkout is
        expect(bundles.e2eServerPort('/elsewhere/' + path.basename(files[3]), 4100)).toBe(
            bundles.e2eServerPort(files[3], 4100),
        );
    });
});
