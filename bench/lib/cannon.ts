import autocannon from 'autocannon';

import { cpuMsPerTask } from './cpu-time';
import { type LoadResult, percentiles } from './load';

/**
 * One HTTP request a scenario repeats, for autocannon: the same URL, method and headers every time, with what
 * varies (the product's slug, a GraphQL body) given per request by `next`.
 */
export interface RequestSpec {
    /** Absolute URL of the first request; `next` may change its path. */
    url: string;
    method: 'GET' | 'POST';
    headers?: Record<string, string>;
    /** What the n-th request (0, 1, 2, …) sends: a path (with query) and / or a body. */
    next(n: number): { path?: string; body?: string };
    /**
     * Throws when an answer is not the one expected (HTTP status, a GraphQL error, an empty result): the request
     * counts as an error, neither completed nor timed, so a scenario that silently breaks never reads as fast.
     */
    check(status: number, body: string): void;
}

export interface CannonOptions {
    concurrency: number;
    durationMs: number;
    /** A separate autocannon run before the measured one (JIT, caches, connections); not recorded. */
    warmupMs: number;
    spec: RequestSpec;
    /** The server's CPU time now, in ms (see `cpu-time.ts`), read before and after the measured run. */
    serverCpuMs?: () => number | null;
}

/**
 * Drives one request scenario with autocannon's programmatic API: `concurrency` connections, one request in
 * flight on each (pipelining 1: a closed loop, as the journey driver in `load.ts`), for `durationMs`. Every
 * response's latency is recorded from autocannon's `response` event (sub-millisecond, from the moment the
 * request was written), so the percentiles are exact and read the same as the journey driver's.
 */
export async function runCannon(opts: CannonOptions): Promise<LoadResult> {
    if (opts.warmupMs > 0) {
        await cannon(opts.spec, opts.concurrency, opts.warmupMs);
    }
    const before = opts.serverCpuMs?.();
    const result = await cannon(opts.spec, opts.concurrency, opts.durationMs);
    return { ...result, cpuMsPerTask: cpuMsPerTask(before, opts.serverCpuMs?.(), result.completed) };
}

function cannon(spec: RequestSpec, connections: number, durationMs: number): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
        const samples: number[] = [];
        let errors = 0;
        let firstError: string | undefined;
        let n = 0;
        // autocannon calls onResponse (with the body) and then emits `response` (with the latency) for the same
        // answer, synchronously one after the other: the verdict of the first is read by the second.
        let lastOk = false;
        const instance = autocannon(
            {
                url: spec.url,
                method: spec.method,
                headers: spec.headers,
                connections,
                pipelining: 1,
                duration: durationMs / 1000,
                timeout: 60,
                requests: [
                    {
                        setupRequest: req => {
                            const { path, body } = spec.next(n++);
                            return {
                                ...req,
                                ...(path !== undefined ? { path } : {}),
                                ...(body !== undefined ? { body } : {}),
                            };
                        },
                        onResponse: (status, body) => {
                            try {
                                spec.check(status, body);
                                lastOk = true;
                            } catch (e) {
                                lastOk = false;
                                errors++;
                                firstError ??= e instanceof Error ? e.message : String(e);
                            }
                        },
                    },
                ],
            },
            (err, result) => {
                if (err) {
                    reject(err instanceof Error ? err : new Error(String(err)));
                    return;
                }
                // connection errors and timeouts never reach onResponse
                errors += result.errors + result.timeouts;
                if ((result.errors || result.timeouts) && !firstError) {
                    firstError = `${result.errors} connection errors, ${result.timeouts} timeouts`;
                }
                resolve({
                    rate: samples.length / (durationMs / 1000),
                    completed: samples.length,
                    timed: samples.length,
                    errors,
                    ...percentiles(samples),
                    cpuMsPerTask: null,
                    firstError,
                });
            },
        );
        instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
            if (lastOk) samples.push(responseTime);
        });
    });
}
