/**
 * Preloaded into a server under test with `--profile`: V8's sampling CPU profiler (the inspector's `Profiler`, the
 * one `node --cpu-prof` uses), started and stopped by the harness around each paired round with SIGURG (a signal Node,
 * libuv and Nest leave alone, ignored by default; SIGUSR2 would reach Nest's shutdown hooks, SIGWINCH is
 * `--statements`'). The first SIGURG starts a profile and writes `{"state":"started"}` to `BENCH_PROFILE_FILE`; the
 * next stops it and writes the profile there (`{"state":"stopped","profile":…}`, a `.cpuprofile`'s JSON). Each is
 * written to a temporary file and renamed, so the harness never reads half a file.
 *
 * Sampling every 500 µs costs the server a few per cent of CPU: a run with `--profile` is not a reading of speed.
 */
import fs from 'fs';
import inspector from 'inspector';

const file = process.env.BENCH_PROFILE_FILE;
if (file) {
    const session = new inspector.Session();
    session.connect();
    const post = (method: string, params?: object) =>
        new Promise<unknown>((resolve, reject) =>
            session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))),
        );
    const write = (content: object) => {
        const tmp = `${file}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(content));
        fs.renameSync(tmp, file);
    };
    let running = false;
    let busy: Promise<void> = post('Profiler.enable').then(() =>
        post('Profiler.setSamplingInterval', { interval: 500 }).then(() => undefined),
    );
    process.on('SIGURG', () => {
        busy = busy
            .then(async () => {
                if (!running) {
                    await post('Profiler.start');
                    running = true;
                    write({ state: 'started' });
                } else {
                    const { profile } = (await post('Profiler.stop')) as { profile: object };
                    running = false;
                    write({ state: 'stopped', profile });
                }
            })
            .catch(err => {
                // the harness reads no file and reports the round as not profiled
                process.stderr.write(`cpu-profiler: ${String(err)}\n`);
            });
    });
}
