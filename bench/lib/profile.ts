import { signalAndRead } from './probe';

/** A V8 CPU profile as the inspector's `Profiler.stop` gives it (the JSON of a `.cpuprofile`). */
export interface CpuProfile {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    /** µs */
    startTime: number;
    /** µs */
    endTime: number;
    /** The node sampled, one per sample. */
    samples: number[];
    /** µs since the previous sample (the first: since `startTime`). */
    timeDeltas: number[];
}

/** Sampled CPU time, ms, by the package that owns the code (`codeOwner`) and by function (`functionLabel`). */
export interface ProfileTimes {
    byOwner: Map<string, number>;
    byFunction: Map<string, number>;
}

type ProfilerAnswer = { state: 'started' | 'stopped'; profile?: CpuProfile };

/**
 * Starts the profile of a server run with the preload `cpu-profiler.ts` (`--profile`): SIGURG, then its answer.
 * False where the server did not answer in `timeoutMs` (it runs without the profiler, or has exited).
 */
export async function startProfile(
    pid: number | undefined,
    file: string,
    timeoutMs = 10_000,
): Promise<boolean> {
    const answer = await signalAndRead<ProfilerAnswer>(pid, file, 'SIGURG', timeoutMs);
    return answer?.state === 'started';
}

/** Stops a profile that `startProfile` started and gives it; null where the server did not answer. */
export async function stopProfile(
    pid: number | undefined,
    file: string,
    timeoutMs = 10_000,
): Promise<CpuProfile | null> {
    const answer = await signalAndRead<ProfilerAnswer>(pid, file, 'SIGURG', timeoutMs);
    return answer?.state === 'stopped' && answer.profile ? answer.profile : null;
}

/** V8's pseudo-frames that are not the process's work: the idle loop and the tree's root. */
const NOT_WORK = new Set(['(idle)', '(root)']);

/**
 * Who owns a frame's code: the npm package (`@vendure/core`, `typeorm`, `graphql`, …), a Triflow plugin
 * (`plugins/b2b`), Triflow's `src`, `bench`, `node` (Node's own JavaScript), V8's pseudo-frames
 * (`(garbage collector)`, `(program)`: native code outside any JavaScript function) or `(native)` (a built-in
 * without a script). Paths are read from the end, so two builds in two folders (`--against`) name the same code alike.
 */
export function codeOwner(url: string, functionName: string): string {
    if (!url) {
        return functionName.startsWith('(') ? functionName : '(native)';
    }
    if (url.startsWith('node:')) {
        return 'node';
    }
    const path = url.replace(/^file:\/\//, '');
    const modules = path.lastIndexOf('/node_modules/');
    if (modules >= 0) {
        const rest = path.slice(modules + '/node_modules/'.length).split('/');
        return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    }
    const plugin = /\/(?:dist\/)?plugins\/([^/]+)\//.exec(path);
    if (plugin) {
        return `plugins/${plugin[1]}`;
    }
    if (/\/(?:dist\/)?src\//.test(path)) {
        return 'src';
    }
    if (/\/bench\//.test(path)) {
        return 'bench';
    }
    return 'other';
}

/** A function's name with its file (from its package or build folder on) and line, the same in two folders. */
export function functionLabel(url: string, functionName: string, lineNumber: number): string {
    if (!url) {
        return functionName || '(anonymous)';
    }
    const path = url.replace(/^file:\/\//, '');
    const modules = path.lastIndexOf('/node_modules/');
    const short =
        modules >= 0
            ? path.slice(modules + '/node_modules/'.length)
            : (/\/(?:dist\/)?((?:plugins|src|bench)\/.*)$/.exec(path)?.[1] ??
              path.split('/').slice(-2).join('/'));
    return `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
}

/**
 * A profile's sampled time by owner and by function, ms: each sample counts the time until the next (the last,
 * until the profile's end), to the function on top of the stack (its self time). The idle loop is left out.
 */
export function profileTimes(profile: CpuProfile): ProfileTimes {
    const nodes = new Map(profile.nodes.map(n => [n.id, n.callFrame]));
    const byOwner = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let t = profile.startTime;
    const stamps = profile.timeDeltas.map(d => (t += d));
    profile.samples.forEach((id, i) => {
        const frame = nodes.get(id);
        const until = i + 1 < stamps.length ? stamps[i + 1] : Math.max(profile.endTime, stamps[i]);
        const ms = (until - stamps[i]) / 1000;
        if (!frame || NOT_WORK.has(frame.functionName) || ms <= 0) {
            return;
        }
        addTo(byOwner, codeOwner(frame.url, frame.functionName), ms);
        addTo(byFunction, functionLabel(frame.url, frame.functionName, frame.lineNumber), ms);
    });
    return { byOwner, byFunction };
}

function addTo(times: Map<string, number>, key: string, ms: number): void {
    times.set(key, (times.get(key) ?? 0) + ms);
}

/** Adds the times of `more` into `into`. */
export function addProfileTimes(into: ProfileTimes, more: ProfileTimes): void {
    for (const key of ['byOwner', 'byFunction'] as const) {
        for (const [k, ms] of more[key]) {
            addTo(into[key], k, ms);
        }
    }
}

export interface ProfileDifference {
    name: string;
    /** ms per task on the first server and on the second. */
    msPerTask: [number, number];
}

export interface ProfileComparison {
    /** Sampled CPU ms per task on each server (idle left out). */
    msPerTask: [number, number];
    /** Every owner, the greatest difference first. */
    owners: ProfileDifference[];
    /** The `top` functions whose time per task differs most. */
    functions: ProfileDifference[];
}

/** Compares two servers' sampled time over the same kind of tasks (`tasks[i]` tasks on server i). */
export function compareProfiles(
    times: [ProfileTimes, ProfileTimes],
    tasks: [number, number],
    top = 12,
): ProfileComparison {
    const per = (i: 0 | 1, ms: number) => (tasks[i] > 0 ? ms / tasks[i] : NaN);
    const differences = (key: keyof ProfileTimes) =>
        [...new Set([...times[0][key].keys(), ...times[1][key].keys()])]
            .map(name => ({
                name,
                msPerTask: [per(0, times[0][key].get(name) ?? 0), per(1, times[1][key].get(name) ?? 0)] as [
                    number,
                    number,
                ],
            }))
            .sort(
                (x, y) =>
                    Math.abs(y.msPerTask[1] - y.msPerTask[0]) - Math.abs(x.msPerTask[1] - x.msPerTask[0]) ||
                    x.name.localeCompare(y.name),
            );
    const total = (i: 0 | 1) =>
        per(
            i,
            [...times[i].byOwner.values()].reduce((a, b) => a + b, 0),
        );
    return {
        msPerTask: [total(0), total(1)],
        owners: differences('byOwner'),
        functions: differences('byFunction').slice(0, top),
    };
}
