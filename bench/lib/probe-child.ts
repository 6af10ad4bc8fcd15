import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import path from 'path';

/**
 * For the probes' specs: a Node process running `script` with one probe preloaded (`statement-counter.ts`,
 * `cpu-profiler.ts`) and `env` added, resolved once the script has written `ready`. The caller kills it.
 */
export async function startProbedProcess(
    probe: string,
    env: NodeJS.ProcessEnv,
    script: string[],
): Promise<ChildProcessWithoutNullStreams> {
    const child = spawn(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', path.join(__dirname, probe), '-e', script.join('\n')],
        { cwd: path.resolve(__dirname, '../..'), env: { ...process.env, ...env } },
    );
    await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
        child.on('exit', code => reject(new Error(`exited ${code}`)));
    });
    return child;
}
