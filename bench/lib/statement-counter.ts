/**
 * Preloaded into a server under test with `--statements` (SQLite): counts every statement better-sqlite3 runs in the
 * process, by its SQL text, with the time spent in it, and writes the counts to `BENCH_STATEMENTS_FILE` when the
 * process receives SIGWINCH (a signal Node and Nest leave alone: SIGUSR2 would reach Nest's shutdown hooks). The
 * harness reads them before and after each paired round (statements.ts).
 *
 * The counting costs a `performance.now()` pair and a map update per statement: the figures of a run with
 * `--statements` are not a reading of speed.
 */
import fs from 'fs';
import { createRequire } from 'module';
import path from 'path';
import { performance } from 'perf_hooks';

interface Counted {
    n: number;
    ms: number;
}

type StatementMethod = (this: { source: string }, ...args: unknown[]) => unknown;

const file = process.env.BENCH_STATEMENTS_FILE;
if (file) {
    // the server's own copy of better-sqlite3 (a build elsewhere, with --against, resolves from its own folder)
    const requireHere = createRequire(path.join(process.cwd(), 'package.json'));
    const Database = requireHere('better-sqlite3') as new (name: string) => {
        prepare(sql: string): object;
        close(): void;
    };
    const probe = new Database(':memory:');
    const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, StatementMethod>;
    probe.close();
    const counts = new Map<string, Counted>();
    for (const method of ['run', 'get', 'all', 'iterate']) {
        const original = proto[method];
        proto[method] = function (this: { source: string }, ...args: unknown[]) {
            const started = performance.now();
            try {
                return original.apply(this, args);
            } finally {
                // an iterate's rows are read after it returns: its time is the statement's start only
                let counted = counts.get(this.source);
                if (!counted) {
                    counted = { n: 0, ms: 0 };
                    counts.set(this.source, counted);
                }
                counted.n++;
                counted.ms += performance.now() - started;
            }
        };
    }
    process.on('SIGWINCH', () => {
        const tmp = `${file}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ counts: [...counts] }));
        fs.renameSync(tmp, file);
    });
}
