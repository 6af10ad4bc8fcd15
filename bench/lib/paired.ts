import http from 'http';
import { performance } from 'perf_hooks';

import type { RequestSpec } from './cannon';
import { cpuMsPerTask } from './cpu-time';
import { request } from './load';
import { spread } from './stats';

/**
 * The paired reading (`--paired S`): bare Vendure and Triflow driven one task at a time, alternating task by task
 * (A B, then B A, …), so that whatever the machine does in the meantime (another tenant, a frequency step, the
 * disk) falls on both servers alike. Each round reads each server's CPU time before and after, and the ratio is
 * taken per round: the rounds' ratios are what to read, not the servers' absolute figures, which drift with the
 * machine.
 *
 * On the 2-core AMD EPYC machine of 2026-12-06 the CPU per guest checkout of one server moved between 53 and 86 ms
 * over a few minutes, and the load rounds' CPU ratio by ±30 % with it; paired, the rounds' ratios stayed within
 * ±5 %. It answers "what does a task cost the machine", one task in flight (c=1): not the latency at c=8 or 32,
 * which the load rounds measure.
 */

/** One server's side of a paired reading. */
export interface PairedSide {
    /** Runs one task (a journey, or one request); throws when its answer is wrong. */
    task(agent: http.Agent): Promise<unknown>;
    /** The server's CPU time now, in ms (see `cpu-time.ts`). */
    cpuMs(): number | null;
}

export interface PairedRound {
    /** Tasks each server completed in the round (the same for both, unless one failed). */
    tasks: [number, number];
    /** CPU per completed task, in ms, per server (null where it could not be read). */
    cpuMsPerTask: [number | null, number | null];
    /** Wall time per completed task, in ms, per server (one task in flight: its latency). */
    wallMsPerTask: [number, number];
    /** CPU per task of the second server over the first's, in this round. */
    cpuRatio: number | null;
    wallRatio: number;
}

export interface PairedResult {
    rounds: PairedRound[];
    /** CPU per task of each server over all rounds together (their CPU summed over their tasks summed). */
    cpuMsPerTask: [number | null, number | null];
    errors: [number, number];
    firstError?: string;
    /** Median and range of the rounds' CPU ratios (second server / first). */
    cpuRatio: { median: number; min: number; max: number } | null;
    wallRatio: { median: number; min: number; max: number } | null;
}

export interface PairedOptions {
    sides: [PairedSide, PairedSide];
    rounds: number;
    /** Each round alternates pairs of tasks until this much time has passed. */
    roundMs: number;
    /** Pairs run first and not counted (connections, caches, JIT). */
    warmupMs: number;
    /**
     * Run before each round, ahead of its CPU reading, and after it, behind its CPU reading (so that what they make
     * the servers do is not counted as the round's): `--statements` reads the servers' statement counts there.
     */
    around?: {
        before(): Promise<void>;
        after(tasks: [number, number]): Promise<void>;
    };
}

export async function runPaired(opts: PairedOptions): Promise<PairedResult> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    const errors: [number, number] = [0, 0];
    let firstError: string | undefined;
    const rounds: PairedRound[] = [];
    const cpuUsed: [number | null, number | null] = [0, 0];
    const tasksDone: [number, number] = [0, 0];
    try {
        // one task of each side, timed; a failed one counts as an error, not as a fast task
        const one = async (i: 0 | 1): Promise<number | null> => {
            const started = performance.now();
            try {
                await opts.sides[i].task(agent);
                return performance.now() - started;
            } catch (e) {
                errors[i]++;
                firstError ??= (e as Error).message;
                return null;
            }
        };
        // A B, B A, A B, … across the warm-up and the rounds: neither server is always first after a pause
        let pair = 0;
        // at least one pair when ms > 0, however slow the tasks; none when 0
        const pairs = async (ms: number) => {
            const tasks: [number, number] = [0, 0];
            const wall: [number, number] = [0, 0];
            const until = performance.now() + ms;
            while (ms > 0) {
                for (const i of pair++ % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)) {
                    const took = await one(i);
                    if (took !== null) {
                        tasks[i]++;
                        wall[i] += took;
                    }
                }
                if (performance.now() >= until) {
                    break;
                }
            }
            return { tasks, wall };
        };
        await pairs(opts.warmupMs);
        for (let r = 0; r < opts.rounds; r++) {
            await opts.around?.before();
            const before = opts.sides.map(s => s.cpuMs());
            const { tasks, wall } = await pairs(opts.roundMs);
            const after = opts.sides.map(s => s.cpuMs());
            await opts.around?.after(tasks);
            const cpu: [number | null, number | null] = [
                cpuMsPerTask(before[0], after[0], tasks[0]),
                cpuMsPerTask(before[1], after[1], tasks[1]),
            ];
            for (const i of [0, 1] as const) {
                const used = before[i] !== null && after[i] !== null ? after[i] - before[i] : null;
                cpuUsed[i] = used !== null && cpuUsed[i] !== null ? cpuUsed[i] + used : null;
                tasksDone[i] += tasks[i];
            }
            const wallPerTask: [number, number] = [wall[0] / tasks[0], wall[1] / tasks[1]];
            rounds.push({
                tasks,
                cpuMsPerTask: cpu,
                wallMsPerTask: wallPerTask,
                cpuRatio: cpu[0] !== null && cpu[1] !== null && cpu[0] > 0 ? cpu[1] / cpu[0] : null,
                wallRatio: wallPerTask[1] / wallPerTask[0],
            });
        }
    } finally {
        agent.destroy();
    }
    return {
        rounds,
        cpuMsPerTask: [cpuMsPerTask(0, cpuUsed[0], tasksDone[0]), cpuMsPerTask(0, cpuUsed[1], tasksDone[1])],
        errors,
        firstError,
        cpuRatio: spread(rounds.map(r => r.cpuRatio)),
        wallRatio: spread(rounds.map(r => r.wallRatio)),
    };
}

/** A request scenario's spec as a task of its own: its n-th request, sent and checked as autocannon's would be. */
export function requestTask(spec: RequestSpec): PairedSide['task'] {
    let n = 0;
    const origin = new URL(spec.url);
    return async agent => {
        const { path, body } = spec.next(n++);
        const answer = await request(agent, path ? new URL(path, origin).toString() : spec.url, {
            method: spec.method,
            headers: spec.headers,
            body,
        });
        spec.check(answer.status, answer.body);
    };
}
