import fs from 'fs';

/**
 * Signals a server's preloaded probe (`statement-counter.ts`, `cpu-profiler.ts`) and waits until it has written
 * its answer to `file` (the probes write atomically, by a rename: the file is removed first, then its presence is
 * the answer). Gives the parsed JSON, or null after `timeoutMs` (the server runs without the probe, or has exited).
 */
export async function signalAndRead<T>(
    pid: number | undefined,
    file: string,
    signal: NodeJS.Signals,
    timeoutMs: number,
): Promise<T | null> {
    if (pid === undefined) {
        return null;
    }
    fs.rmSync(file, { force: true });
    try {
        process.kill(pid, signal);
    } catch {
        return null;
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 20));
        if (fs.existsSync(file)) {
            return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
        }
    }
    return null;
}
