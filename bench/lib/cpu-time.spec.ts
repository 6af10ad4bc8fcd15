import { cpuMsPerTask, processCpuMs, processesCpuMs } from './cpu-time';

/** Keeps this process busy until it has used `ms` of CPU (by Node's own count), however loaded the machine. */
function spin(ms: number): number {
    const start = process.cpuUsage();
    let x = 0;
    for (;;) {
        for (let i = 0; i < 100_000; i++) {
            x += Math.sqrt(x + i);
        }
        const used = process.cpuUsage(start);
        if ((used.user + used.system) / 1000 >= ms) {
            return x;
        }
    }
}

describe('processCpuMs', () => {
    const linux = process.platform === 'linux';

    (linux ? it : it.skip)('reads a process’s CPU time as Node itself counts it', () => {
        const before = processCpuMs(process.pid);
        const usageBefore = process.cpuUsage();
        spin(300);
        const after = processCpuMs(process.pid);
        const usage = process.cpuUsage(usageBefore);
        expect(before).not.toBeNull();
        expect(after).not.toBeNull();
        const ownMs = (usage.user + usage.system) / 1000;
        // /proc counts in 10 ms ticks: the two agree within a few ticks
        expect(Math.abs((after as number) - (before as number) - ownMs)).toBeLessThan(50);
        expect((after as number) - (before as number)).toBeGreaterThanOrEqual(250);
    });

    it('is null for a process that does not exist, or none named', () => {
        expect(processCpuMs(2 ** 22 + 12345)).toBeNull();
        expect(processCpuMs(undefined)).toBeNull();
    });

    (linux ? it : it.skip)('sums several processes, and is null when one cannot be read', () => {
        const own = processCpuMs(process.pid) as number;
        expect(processesCpuMs([process.pid, process.pid])).toBeGreaterThanOrEqual(2 * own);
        expect(processesCpuMs([process.pid, undefined])).toBeNull();
    });
});

describe('cpuMsPerTask', () => {
    it('divides the window’s CPU by the tasks completed in it', () => {
        expect(cpuMsPerTask(1_000, 1_700, 10)).toBe(70);
    });

    it('is null without both readings or without a completed task', () => {
        expect(cpuMsPerTask(null, 1_700, 10)).toBeNull();
        expect(cpuMsPerTask(1_000, undefined, 10)).toBeNull();
        expect(cpuMsPerTask(1_000, 1_700, 0)).toBeNull();
    });
});
