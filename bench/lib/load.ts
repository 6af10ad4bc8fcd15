import http from 'http';

import { cpuMsPerTask } from './cpu-time';

/**
 * A closed-loop load driver on Node's own `http`: `concurrency` workers, each sending its next task as soon as
 * the previous one answered, over keep-alive connections (one socket per worker). Latency is recorded per task
 * (a request, or a whole checkout journey) with microsecond resolution; percentiles are exact (sorted samples),
 * not bucketed. No dependency beyond Node, so what is measured is the server, not a library's client.
 */

export interface LoadOptions {
    concurrency: number;
    /** Measured time. */
    durationMs: number;
    /** Time spent loading before measuring starts (JIT, caches, connection setup); not recorded. */
    warmupMs: number;
    /**
     * One task: a request or a journey of requests. `worker` is stable per loop (0..concurrency-1). A task that
     * returns a number reports its own latency in ms (the part it measures, e.g. submit → routed), instead of
     * its whole duration.
     */
    task: (worker: number, agent: http.Agent) => Promise<void | number>;
    /** The server's CPU time now, in ms (see `cpu-time.ts`), read as the measured window opens and closes. */
    serverCpuMs?: () => number | null;
}

export interface LoadResult {
    /** Completed tasks per second in the measured window. */
    rate: number;
    completed: number;
    /** Tasks that succeeded and were timed (completed after the window opened). */
    timed: number;
    errors: number;
    /** Milliseconds. */
    p50: number;
    p95: number;
    p99: number;
    /**
     * CPU the server used per task completed in the measured window, in ms (its CPU time over the window divided by
     * `completed`): what a task costs the machine, whatever the queueing in front of it. Null where it cannot be
     * read.
     */
    cpuMsPerTask: number | null;
    firstError?: string;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
    const samples: number[] = [];
    let completed = 0;
    let errors = 0;
    let firstError: string | undefined;
    const start = Date.now();
    const measureFrom = start + opts.warmupMs;
    const stopAt = measureFrom + opts.durationMs;
    let cpuAtStart: number | null | undefined;
    let cpuAtEnd: number | null | undefined;
    const cpuTimers = opts.serverCpuMs
        ? [
              setTimeout(() => (cpuAtStart = opts.serverCpuMs?.()), opts.warmupMs),
              setTimeout(() => (cpuAtEnd = opts.serverCpuMs?.()), opts.warmupMs + opts.durationMs),
          ]
        : [];
    // Throughput counts tasks that complete inside the window. Latency is recorded for every task that completes
    // after the window opened (the ones still running when it closes are awaited): a task longer than the whole
    // window (a 50-line checkout on a loaded machine) still gets a latency, and the rate shows fewer than one.
    const worker = async (w: number) => {
        while (Date.now() < stopAt) {
            const t0 = process.hrtime.bigint();
            try {
                const own = await opts.task(w, agent);
                const end = Date.now();
                if (end >= measureFrom && end <= stopAt) {
                    completed++;
                }
                if (end >= measureFrom) {
                    samples.push(typeof own === 'number' ? own : Number(process.hrtime.bigint() - t0) / 1e6);
                }
            } catch (e) {
                if (Date.now() >= measureFrom) {
                    errors++;
                    firstError ??= e instanceof Error ? e.message : String(e);
                }
            }
        }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
    agent.destroy();
    cpuTimers.forEach(t => clearTimeout(t));
    if (opts.serverCpuMs && cpuAtEnd === undefined) {
        // the last task answered just as the window closed, before its timer ran
        cpuAtEnd = opts.serverCpuMs();
    }
    return {
        rate: completed / (opts.durationMs / 1000),
        completed,
        timed: samples.length,
        errors,
        ...percentiles(samples),
        cpuMsPerTask: cpuMsPerTask(cpuAtStart, cpuAtEnd, completed),
        firstError,
    };
}

/** Exact p50, p95 and p99 of latency samples in ms (nearest rank; NaN without samples). Sorts `samples`. */
export function percentiles(samples: number[]): Pick<LoadResult, 'p50' | 'p95' | 'p99'> {
    samples.sort((a, b) => a - b);
    const pct = (p: number) =>
        samples.length
            ? samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]
            : NaN;
    return { p50: pct(50), p95: pct(95), p99: pct(99) };
}

export interface HttpAnswer {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
}

/** One request over the given agent; the whole body is read. Rejects on a network error or a 5xx. */
export function request(
    agent: http.Agent,
    url: string,
    opts: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
    const timeoutMs = opts.timeoutMs ?? 60_000;
    return new Promise((resolve, reject) => {
        const req = http.request(url, { agent, method: opts.method ?? 'GET', headers: opts.headers }, res => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
                const body = Buffer.concat(chunks).toString('utf8');
                if ((res.statusCode ?? 0) >= 500) {
                    reject(new Error(`HTTP ${res.statusCode}: ${body.slice(0, 200)}`));
                } else {
                    resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
                }
            });
            res.on('error', reject);
        });
        req.on('error', reject);
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs / 1000} s`)));
        if (opts.body !== undefined) {
            req.end(opts.body);
        } else {
            req.end();
        }
    });
}

type GqlBody = { data?: Record<string, unknown>; errors?: Array<{ message: string }> };

/**
 * A GraphQL client for one session: keeps the bearer token the server hands out (as a storefront does) and fails
 * on GraphQL errors, so a scenario that silently breaks is reported as errors instead of fast answers.
 */
export class GqlSession {
    token: string | undefined;
    /** Socket inactivity timeout of each request (a long single operation, such as an import, needs more). */
    timeoutMs = 60_000;
    constructor(
        private url: string,
        token?: string,
    ) {
        this.token = token;
    }

    async query<T = Record<string, unknown>>(
        agent: http.Agent,
        query: string,
        variables: Record<string, unknown> = {},
    ): Promise<T> {
        const res = await request(agent, this.url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
            timeoutMs: this.timeoutMs,
        });
        const token = res.headers['vendure-auth-token'];
        if (typeof token === 'string') {
            this.token = token;
        }
        const parsed = JSON.parse(res.body) as GqlBody;
        if (parsed.errors?.length) {
            throw new Error(`GraphQL: ${parsed.errors[0].message}`);
        }
        if (res.status >= 400) {
            throw new Error(`HTTP ${res.status}`);
        }
        return (parsed.data ?? {}) as T;
    }
}
