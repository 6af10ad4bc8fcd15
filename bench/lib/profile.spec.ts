import fs from 'fs';
import os from 'os';
import path from 'path';

import { startProbedProcess } from './probe-child';
import {
    addProfileTimes,
    codeOwner,
    compareProfiles,
    CpuProfile,
    functionLabel,
    ProfileTimes,
    profileTimes,
    startProfile,
    stopProfile,
} from './profile';

const frame = (id: number, functionName: string, url = '', lineNumber = 0) => ({
    id,
    callFrame: { functionName, url, lineNumber },
});

describe('CPU profiles (bench --profile)', () => {
    it('names the owner of the code the same way in two build folders', () => {
        const core = 'node_modules/@vendure/core/dist/service/services/order.service.js';
        expect(codeOwner(`file:///work/main/${core}`, 'addItemToOrder')).toBe('@vendure/core');
        expect(codeOwner(`/tmp/base/${core}`, 'addItemToOrder')).toBe('@vendure/core');
        expect(codeOwner('/work/main/node_modules/typeorm/query-builder/QueryBuilder.js', 'x')).toBe(
            'typeorm',
        );
        // a package inside another's node_modules is its own
        expect(codeOwner('/w/node_modules/a/node_modules/@nestjs/core/router.js', 'x')).toBe('@nestjs/core');
        expect(codeOwner('/work/main/dist/plugins/b2b/services/price.js', 'f')).toBe('plugins/b2b');
        expect(codeOwner('/tmp/base/dist/plugins/b2b/services/price.js', 'f')).toBe('plugins/b2b');
        expect(codeOwner('/work/main/dist/src/common/plain-sql.js', 'f')).toBe('src');
        expect(codeOwner('/work/main/bench/servers/bare-vendure.ts', 'f')).toBe('bench');
        expect(codeOwner('node:internal/streams/readable', 'read')).toBe('node');
        expect(codeOwner('', '(garbage collector)')).toBe('(garbage collector)');
        expect(codeOwner('', 'JSON.parse')).toBe('(native)');
        expect(functionLabel('/tmp/base/dist/plugins/b2b/services/price.js', 'resolve', 41)).toBe(
            'resolve plugins/b2b/services/price.js:42',
        );
        expect(functionLabel('/work/main/dist/plugins/b2b/services/price.js', '', 0)).toBe(
            '(anonymous) plugins/b2b/services/price.js:1',
        );
        expect(functionLabel('/w/node_modules/graphql/execution/execute.js', 'executeField', 9)).toBe(
            'executeField graphql/execution/execute.js:10',
        );
    });

    it('gives each sample the time until the next as self time, and leaves the idle loop out', () => {
        const profile: CpuProfile = {
            nodes: [
                frame(1, '(root)'),
                frame(2, '(idle)'),
                frame(3, 'execute', '/w/node_modules/graphql/execution/execute.js', 10),
                frame(4, 'price', '/w/dist/plugins/b2b/price.js', 3),
                frame(5, '(garbage collector)'),
            ],
            startTime: 1_000,
            endTime: 11_000,
            // at 2000, 3000, 6000, 7000, 9000 µs; the last until the end (11000)
            samples: [3, 4, 2, 5, 3],
            timeDeltas: [1_000, 1_000, 3_000, 1_000, 2_000],
        };
        const times = profileTimes(profile);
        expect(Object.fromEntries(times.byOwner)).toEqual({
            graphql: 1 + 2,
            'plugins/b2b': 3,
            '(garbage collector)': 2,
        });
        expect(times.byFunction.get('execute graphql/execution/execute.js:11')).toBe(3);
        expect(times.byFunction.get('price plugins/b2b/price.js:4')).toBe(3);
        expect([...times.byOwner.keys()]).not.toContain('(idle)');
    });

    it('compares per task, the greatest difference first, and sums rounds', () => {
        const a: ProfileTimes = {
            byOwner: new Map([
                ['@vendure/core', 100],
                ['graphql', 40],
            ]),
            byFunction: new Map([['f', 10]]),
        };
        const b: ProfileTimes = {
            byOwner: new Map([
                ['@vendure/core', 100],
                ['graphql', 40],
                ['plugins/b2b', 30],
            ]),
            byFunction: new Map([
                ['f', 10],
                ['g', 30],
            ]),
        };
        const round2: ProfileTimes = { byOwner: new Map([['graphql', 20]]), byFunction: new Map() };
        addProfileTimes(b, round2);
        const c = compareProfiles([a, b], [10, 10]);
        expect(c.msPerTask).toEqual([14, 19]);
        expect(c.owners.map(o => o.name)).toEqual(['plugins/b2b', 'graphql', '@vendure/core']);
        expect(c.owners[0].msPerTask).toEqual([0, 3]);
        expect(c.owners[1].msPerTask).toEqual([4, 6]);
        expect(c.functions[0]).toEqual({ name: 'g', msPerTask: [0, 3] });
    });

    it('starts and stops a real process profile with SIGURG', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
        const file = path.join(dir, 'p.json');
        const script = [
            'function busyWork() { let x = 0; for (let i = 0; i < 2e6; i++) x += Math.sqrt(i); return x; }',
            'setInterval(busyWork, 5);',
            "process.stdout.write('ready\\n');",
        ];
        const child = await startProbedProcess('cpu-profiler.ts', { BENCH_PROFILE_FILE: file }, script);
        try {
            expect(await startProfile(child.pid, file)).toBe(true);
            await new Promise(resolve => setTimeout(resolve, 300));
            const profile = await stopProfile(child.pid, file);
            expect(profile?.samples.length).toBeGreaterThan(0);
            const times = profileTimes(profile as CpuProfile);
            const busy = [...times.byFunction].find(([name]) => name.split(' ')[0] === 'busyWork');
            expect(busy?.[1]).toBeGreaterThan(10);
            // a process without the profiler does not answer
            expect(await startProfile(undefined, file)).toBe(false);
            expect(await stopProfile(undefined, file)).toBeNull();
        } finally {
            child.kill('SIGKILL');
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 30_000);
});
