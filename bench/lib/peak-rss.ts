import fs from 'fs';

function statusMb(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number | null {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
        return kb ? Math.round(Number(kb[1]) / 1024) : null;
    } catch {
        return null;
    }
}

/** Peak resident set size of a process (Linux `VmHWM`), in MB; null where /proc cannot tell. */
export function peakRssMb(pid: number | undefined): number | null {
    return statusMb(pid, 'VmHWM');
}

/** Resident set size of a process now (Linux `VmRSS`), in MB. */
export function rssMb(pid: number | undefined): number | null {
    return statusMb(pid, 'VmRSS');
}

/**
 * Resets a process's peak resident set size to its current size (Linux: `5` into `/proc/<pid>/clear_refs`, allowed
 * on one's own child processes), so that the next `peakRssMb` is the peak of what ran since. False where it
 * cannot (then the peak is the process's peak since it started).
 */
export function resetPeakRss(pid: number | undefined): boolean {
    try {
        fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
    } catch {
        return false;
    }
}
