import http from 'http';
import { AddressInfo } from 'net';
import { performance } from 'perf_hooks';

import type { RequestSpec } from './cannon';
import { requestTask, runPaired } from './paired';

/**
 * A side whose every task "costs" `cpuPerTask` ms of CPU on a counter, and records when it ran; the tasks numbered
 * in `failing` (from 1) throw instead, using no CPU.
 */
function fakeSide(name: string, cpuPerTask: number, log: string[], failing: number[] = []) {
    let cpu = 1000;
    let n = 0;
    return {
        task: async () => {
            n++;
            log.push(name);
            await new Promise(r => setTimeout(r, 1));
            if (failing.includes(n)) {
                throw new Error(`${name} task ${n} failed`);
            }
            cpu += cpuPerTask;
        },
        cpuMs: () => cpu,
    };
}

describe('runPaired (bench --paired: both servers, one task at a time, alternating)', () => {
    it('alternates A B, B A, … and reads each round’s CPU per task and its ratio', async () => {
        const log: string[] = [];
        const result = await runPaired({
            sides: [fakeSide('A', 3, log), fakeSide('B', 6, log)],
            rounds: 3,
            roundMs: 60,
            warmupMs: 10,
        });
        // pairs in alternating order: positions 0-1 AB, 2-3 BA, …
        for (let k = 0; k + 1 < log.length; k += 2) {
            expect(log.slice(k, k + 2).join('')).toBe((k / 2) % 2 === 0 ? 'AB' : 'BA');
        }
        expect(result.rounds).toHaveLength(3);
        for (const round of result.rounds) {
            // however slow the machine, a round runs at least one pair, and only whole pairs
            expect(round.tasks[0]).toBeGreaterThanOrEqual(1);
            expect(round.tasks[1]).toBe(round.tasks[0]);
            expect(round.cpuMsPerTask).toEqual([3, 6]);
            expect(round.cpuRatio).toBe(2);
            // each task waits a 1 ms timer: libuv times it from the loop's cached clock, which can be a little
            // behind performance.now(), so a task can read as 0.93 ms (CI, 2026-12-06); more than half is the bound
            expect(round.wallMsPerTask[0]).toBeGreaterThan(0.5);
        }
        expect(result.cpuRatio).toEqual({ median: 2, min: 2, max: 2 });
        expect(result.cpuMsPerTask).toEqual([3, 6]);
        expect(result.errors).toEqual([0, 0]);
    });

    it('runs `around` outside each round’s CPU reading, with the round’s tasks', async () => {
        const log: string[] = [];
        const a = fakeSide('A', 3, log);
        const b = fakeSide('B', 6, log);
        const calls: string[] = [];
        let hookCpu = 0;
        const result = await runPaired({
            sides: [
                a,
                {
                    ...b,
                    // reading the statement counts costs the server CPU: it must not count as the round's
                    cpuMs: () => b.cpuMs() + hookCpu,
                },
            ],
            rounds: 2,
            roundMs: 30,
            warmupMs: 0,
            around: {
                before: async () => {
                    calls.push('before');
                    hookCpu += 100;
                    await Promise.resolve();
                },
                after: async tasks => {
                    calls.push(`after ${tasks.join(',')}`);
                    hookCpu += 100;
                    await Promise.resolve();
                },
            },
        });
        expect(calls).toEqual([
            'before',
            `after ${result.rounds[0].tasks.join(',')}`,
            'before',
            `after ${result.rounds[1].tasks.join(',')}`,
        ]);
        expect(result.rounds.map(r => r.cpuMsPerTask)).toEqual([
            [3, 6],
            [3, 6],
        ]);
    });

    it('counts a failed task as an error of its side, not as a completed task', async () => {
        const log: string[] = [];
        // The round's clock moves 1 ms each time it is read, whatever the machine does: on a loaded machine a first
        // pair that took the whole round left B with no completed task and no CPU per task (CI, 2026-12-07).
        let now = 0;
        const clock = jest.spyOn(performance, 'now').mockImplementation(() => now++);
        let result: Awaited<ReturnType<typeof runPaired>>;
        try {
            // no warm-up: B's first task is the round's second, and it fails
            result = await runPaired({
                sides: [fakeSide('A', 2, log), fakeSide('B', 2, log, [1])],
                rounds: 1,
                roundMs: 40,
                warmupMs: 0,
            });
        } finally {
            clock.mockRestore();
        }
        const [round] = result.rounds;
        // several pairs, so B completes tasks after its failed first one
        expect(log.length).toBeGreaterThanOrEqual(4);
        expect(log.slice(0, 2)).toEqual(['A', 'B']);
        expect(result.errors).toEqual([0, 1]);
        expect(round.tasks[0]).toBe(log.filter(x => x === 'A').length);
        expect(round.tasks[1]).toBe(log.filter(x => x === 'B').length - 1);
        expect(result.firstError).toBe('B task 1 failed');
        // the failed tasks used no CPU on the fake: per completed task it stays 2
        expect(round.cpuMsPerTask[1]).toBe(2);
    });

    it('has no CPU ratio where a server’s CPU cannot be read', async () => {
        const result = await runPaired({
            sides: [
                { task: () => Promise.resolve(), cpuMs: () => null },
                { task: () => Promise.resolve(), cpuMs: () => 5 },
            ],
            rounds: 2,
            roundMs: 5,
            warmupMs: 0,
        });
        expect(result.rounds.map(r => r.cpuRatio)).toEqual([null, null]);
        expect(result.cpuMsPerTask).toEqual([null, 0]);
        expect(result.cpuRatio).toBeNull();
        expect(result.wallRatio).not.toBeNull();
    });
});

describe('requestTask', () => {
    let server: http.Server;
    let url: string;
    const seen: Array<{ method?: string; url?: string; body: string; header?: string }> = [];

    beforeAll(async () => {
        server = http.createServer((req, res) => {
            let body = '';
            req.on('data', (c: Buffer) => (body += c.toString()));
            req.on('end', () => {
                seen.push({
                    method: req.method,
                    url: req.url,
                    body,
                    header: req.headers['x-test'] as string,
                });
                res.statusCode = req.url?.includes('missing') ? 404 : 200;
                res.end(`answer to ${req.url}`);
            });
        });
        await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
        url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/shop-api`;
    });

    afterAll(() => new Promise(r => server.close(r)));

    it('sends the spec’s n-th request and fails when its check refuses the answer', async () => {
        const spec: RequestSpec = {
            url,
            method: 'POST',
            headers: { 'x-test': 'yes' },
            next: n => (n === 1 ? { path: '/shop-api/missing', body: 'b1' } : { body: `b${n}` }),
            check: (status, body) => {
                if (status !== 200) throw new Error(`HTTP ${status}: ${body}`);
            },
        };
        const task = requestTask(spec);
        const agent = new http.Agent({ keepAlive: false });
        await task(agent);
        await expect(task(agent)).rejects.toThrow('HTTP 404: answer to /shop-api/missing');
        await task(agent);
        expect(seen).toEqual([
            { method: 'POST', url: '/shop-api', body: 'b0', header: 'yes' },
            { method: 'POST', url: '/shop-api/missing', body: 'b1', header: 'yes' },
            { method: 'POST', url: '/shop-api', body: 'b2', header: 'yes' },
        ]);
        agent.destroy();
    });
});
