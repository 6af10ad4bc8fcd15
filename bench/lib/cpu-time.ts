import fs from 'fs';

/**
 * Linux reports a process's CPU time in clock ticks of `USER_HZ`, which is 100 on every architecture Node runs on
 * (`getconf CLK_TCK`): a tick is 10 ms.
 */
const MS_PER_TICK = 10;

/**
 * The CPU time (user and system) a process has used since it started, in ms, from Linux `/proc/<pid>/stat`; null
 * where /proc cannot tell (another OS, a process that has exited). The server's own CPU: with SQLite that includes
 * the database's work (better-sqlite3 runs in the process), with PostgreSQL it does not.
 */
export function processCpuMs(pid: number | undefined): number | null {
    if (pid === undefined) {
        return null;
    }
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        // the command name (field 2) is in parentheses and may hold spaces: count the fields after its last ')'
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime are fields 14 and 15 of the line, 11 and 12 after the state (field 3)
        const ticks = Number(fields[11]) + Number(fields[12]);
        return Number.isFinite(ticks) ? ticks * MS_PER_TICK : null;
    } catch {
        return null;
    }
}

/** The CPU time of several processes together (a server's instances), in ms; null when any cannot be read. */
export function processesCpuMs(pids: Array<number | undefined>): number | null {
    let total = 0;
    for (const pid of pids) {
        const ms = processCpuMs(pid);
        if (ms === null) {
            return null;
        }
        total += ms;
    }
    return total;
}

/**
 * The CPU a server used per completed task in a measured window: `before` and `after` are its CPU time at the
 * window's start and end. Null when either reading is missing or nothing completed.
 */
export function cpuMsPerTask(
    before: number | null | undefined,
    after: number | null | undefined,
    completed: number,
): number | null {
    if (before == null || after == null || completed <= 0) {
        return null;
    }
    return (after - before) / completed;
}
