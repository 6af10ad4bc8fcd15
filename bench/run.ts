/**
 * `npm run bench [-- --quick] [-- --scale N]`: the full platform against bare Vendure and against the floor, on the
 * same data, in one run (issue #22). See bench/README.md for how to read the table.
 *
 *   --quick            small data, one short round: the CI smoke run (figures printed, never asserted)
 *   --scale N          multiply the full data set (default 1)
 *   --rounds N         alternating rounds (default 3; quick 1)
 *   --duration S       measured seconds per server, scenario and concurrency (default 10; quick 2)
 *   --concurrency a,b  (default 8,32; quick 8: a smoke run, CI's time)
 *   --only 1,2,3a      run only these scenarios
 *   --paired S         after a scenario's load rounds, bare Vendure and Triflow driven one task at a time, alternating
 *                      task by task, S seconds per round (default 20; quick 2; 0: off): the CPU per task ratio with the
 *                      machine's drift cancelled (bench/lib/paired.ts)
 *   --keep             keep the temporary folder (databases, server logs)
 *   --reuse DIR        use the data of a run kept with --keep (same sizes), instead of generating it again
 *   --instances N      a cluster: bare Vendure and Triflow each as N instances behind a round-robin balancer, with
 *                      the Redis cache and BullMQ (DB=postgres only; Redis at BENCH_REDIS_URL, default
 *                      redis://127.0.0.1:6379, databases 14 and 15, emptied first)
 *   --against DIR      two Triflow builds, not Triflow and bare Vendure: the build in DIR (a checkout of another commit
 *                      with its node_modules and dist/) takes bare Vendure's place as "base", on its own copy of the
 *                      same data, in every scenario that runs without the worker (2 and 4 too); the ratios read
 *                      this build / base. What a change costs or saves, measured in one run (see bench/README.md)
 *   --without a,b      Triflow without the named plugins (b2b, marketplace, rfq, warehouse, logistics, alerts,
 *                      portal; those that import one leave with it) takes bare Vendure's place as "base", as with
 *                      --against: the ratios read what those plugins cost. A scenario that needs one of them (4
 *                      needs b2b) runs on Triflow alone
 *   --statements       (SQLite) count the statements each server runs in the paired rounds, by SQL text: per task,
 *                      and the statements whose count differs most between the two servers. The counting slows the
 *                      servers: a run with it is not a reading of speed
 *   --profile          sample each server's CPU in the paired rounds (V8's profiler, every 500 µs): per task, by the
 *                      package or plugin that owns the code, and the functions whose time differs most between the
 *                      two servers. The sampling slows the servers: a run with it is not a reading of speed
 *
 * DB=postgres runs it on PostgreSQL (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD as for the platform): one generated
 * database cloned per server with CREATE DATABASE … TEMPLATE, all named bench_*, dropped at the end unless --keep.
 */
import { ChildProcess, execSync, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import Redis from 'ioredis';

import type { GeneratedData } from './data/summary';
import { dataSizes } from './data/sizes';
import { runCannon } from './lib/cannon';
import { processesCpuMs } from './lib/cpu-time';
import { LoadResult, runLoad } from './lib/load';
import { PairedResult, PairedSide, requestTask, runPaired } from './lib/paired';
import { peakRssMb, rssMb } from './lib/peak-rss';
import {
    addProfileTimes,
    compareProfiles,
    ProfileComparison,
    ProfileTimes,
    profileTimes,
    startProfile,
    stopProfile,
} from './lib/profile';
import {
    analyzeDatabase,
    benchDatabaseName,
    cloneDatabase,
    createEmptyDatabase,
    dropDatabases,
    pendingJobsPostgres,
    postgresVersion,
} from './lib/postgres';
import { openSqlite } from './lib/sqlite';
import {
    addCounts,
    compareStatements,
    countsBetween,
    readStatementCounts,
    StatementComparison,
    StatementCounts,
} from './lib/statements';
import { median } from './lib/stats';
import { TIMED_OPERATIONS, TimedRun } from './lib/timed-operations';
import { BENCH_SUPERADMIN, NOT_YET, Scenario, SCENARIOS, ServerName, ServerUnderTest } from './lib/scenarios';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

const quick = flag('quick');
/** `--against DIR`: the other Triflow build, in bare Vendure's place (see the header). */
const against = opt('against', '') ? path.resolve(opt('against', '')) : '';
/** `--without a,b`: Triflow without these plugins, in bare Vendure's place (see the header). */
const without = opt('without', '')
    .split(',')
    .map(n => n.trim().toLowerCase())
    .filter(Boolean);
/** The first server is a Triflow build (--against, --without), not bare Vendure. */
const baseIsTriflow = Boolean(against || without.length);
/** How the first server is named in what is printed: bare Vendure, or with --against / --without the base build. */
const BASE = baseIsTriflow ? 'base' : 'bare';
const label = (name: ServerName): string => (name === 'bare' ? BASE : name);
/** `--statements`: the servers count their statements (bench/lib/statement-counter.ts), read in the paired rounds. */
const countStatements = flag('statements');
const statementsFile = (dir: string, name: ServerName) => path.join(dir, `${name}.statements.json`);
/** `--profile`: the servers sample their CPU (bench/lib/cpu-profiler.ts) in the paired rounds. */
const profileCpu = flag('profile');
const profileFile = (dir: string, name: ServerName) => path.join(dir, `${name}.profile.json`);
/**
 * The servers a scenario runs on. With --against or --without, every scenario Triflow runs without the worker runs
 * on the base build too (a Triflow build: the dealer's scenarios 2 and 4 run there as well), unless it needs a
 * plugin --without leaves out; 6 and 7 share the one worker, which serves this build's database, so they stay
 * Triflow's alone.
 */
const serversOf = (scenario: Scenario): ServerName[] => {
    if (without.length && scenario.needs?.some(n => without.includes(n))) {
        return scenario.servers.filter(s => s !== 'bare');
    }
    return baseIsTriflow &&
        !scenario.worker &&
        scenario.servers.includes('triflow') &&
        !scenario.servers.includes('bare')
        ? ['bare', ...scenario.servers]
        : scenario.servers;
};
const scale = Number(opt('scale', '1'));
const rounds = Number(opt('rounds', quick ? '1' : '3'));
const durationMs = Number(opt('duration', quick ? '2' : '10')) * 1000;
const warmupMs = quick ? 1000 : 3000;
/**
 * The first measurement of each scenario on each server warms it up for longer: a server just started, or one
 * that has not run this scenario's code yet, is still compiling its hot paths and filling its caches. Triflow's
 * first round of scenario 1 at full size read 1.65× bare Vendure's p50 after 3 s of warm-up, its next two 1.05×.
 * A checkout runs far more code per task than a read, and Triflow's more than bare Vendure's: driven at c=8 from a
 * fresh start, bare Vendure's guest checkout reached its steady rate after about 150 orders, Triflow's after about
 * 900 (50 s), from 13.5 to 18.5 orders/s (bench/README.md, "2026-12-05, night"). Journeys (order scenarios)
 * therefore warm up for a minute, requests for 15 s. Scenarios with the worker (6, 7) keep the short warm-up: what
 * their warm-up sends queues work for the worker, which the measurement would then share the machine with.
 * `--quick` keeps its short warm-ups (its figures are a smoke test, not a reading).
 */
function firstWarmupMs(scenario: Scenario, serversFirst: boolean): number {
    if (quick) {
        return serversFirst ? 3000 : warmupMs;
    }
    if (scenario.worker) {
        return serversFirst ? 15_000 : warmupMs;
    }
    return scenario.unit === 'order' ? 60_000 : 15_000;
}
const concurrencies = opt('concurrency', quick ? '8' : '8,32')
    .split(',')
    .map(Number);
const only = opt('only', '').split(',').filter(Boolean);
const pairedMs = Number(opt('paired', quick ? '2' : '20')) * 1000;
const portBase = Number(process.env.BENCH_PORT_BASE ?? 3600);
const dbType = process.env.DB || 'sqlite';
const postgres = dbType === 'postgres';
const instances = Number(opt('instances', '1'));
const redisBase = (process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/+$/, '');
/**
 * A cluster's Redis, one database per server (bare Vendure's and Triflow's caches and job queues must not meet):
 * 14 and 15, emptied before the run. Unset for one instance, as production on one machine runs.
 */
const REDIS_DB: Partial<Record<ServerName, number>> = { bare: 14, triflow: 15 };
const redisUrl = (name: string): string | undefined =>
    instances > 1 && REDIS_DB[name as ServerName] !== undefined
        ? `${redisBase}/${REDIS_DB[name as ServerName]}`
        : undefined;

const started = Date.now();
const phase = (n: number, total: number, text: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${n}/${total} ${text}`);
const TOTAL_PHASES = 6;

/**
 * Production mode with the secrets production demands (src/common/env.ts refuses the development defaults). `name`
 * is the server (or `source`, the generator): its SQLite file, or on PostgreSQL its database.
 */
function serverEnv(dir: string, name: string, port: number): NodeJS.ProcessEnv {
    return {
        ...process.env,
        NODE_ENV: 'production',
        SUPERADMIN_USERNAME: BENCH_SUPERADMIN.username,
        SUPERADMIN_PASSWORD: BENCH_SUPERADMIN.password,
        COOKIE_SECRET: 'bench-cookie-secret-not-a-secret',
        LOG_LEVEL: 'error',
        VENDURE_DISABLE_TELEMETRY: 'true',
        DB: postgres ? 'postgres' : 'sqlite',
        ...(postgres ? { DB_NAME: benchDatabaseName(dir, name) } : {}),
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: path.join(dir, name),
        ASSETS_DIR: path.join(dir, 'assets'),
        SQLITE_PATH: path.join(dir, `${name}.sqlite`),
        // the benchmark drives load itself; a pool acquire timeout would turn queueing into errors, and so would
        // PostgreSQL's statement timeout for a statement waiting on a row lock (32 buyers of one dealer company
        // reserve credit on the same account in scenario 4)
        DB_POOL_ACQUIRE_TIMEOUT: '60000',
        DB_STATEMENT_TIMEOUT: '120000',
        ...(redisUrl(name) ? { REDIS_URL: redisUrl(name) } : {}),
        ...(name === 'bare' && without.length ? { BENCH_LEAVE_OUT: without.join(',') } : {}),
        ...(countStatements && name !== 'floor' && name !== 'source'
            ? { BENCH_STATEMENTS_FILE: statementsFile(dir, name as ServerName) }
            : {}),
        ...(profileCpu && name !== 'floor' && name !== 'source'
            ? { BENCH_PROFILE_FILE: profileFile(dir, name as ServerName) }
            : {}),
    };
}

const TS_NODE = ['-r', 'ts-node/register/transpile-only'];

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const out = fs.openSync(logFile, 'a');
        const child = spawn(cmd, argv, { cwd: root, env, stdio: ['ignore', out, out] });
        child.on('exit', code =>
            code === 0
                ? resolve()
                : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}; see ${logFile}`)),
        );
    });
}

interface RunningServer extends ServerUnderTest {
    /** Every process of the server: its instances, and in a cluster run the balancer in front of them. */
    processes: ChildProcess[];
    /** The instances' process ids (their peak memory is summed). */
    instancePids: Array<number | undefined>;
    /** The first instance itself, not through the balancer: the single big operations (8, 9) run there. */
    direct: ServerUnderTest;
}

/** Starts one process and waits until it answers `/health`. */
async function startProcess(
    label: string,
    argv: string[],
    env: NodeJS.ProcessEnv,
    log: string,
    baseUrl: string,
    cwd = root,
): Promise<ChildProcess> {
    const out = fs.openSync(log, 'a');
    const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', out, out] });
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            throw new Error(`${label} exited with ${child.exitCode} while starting; see ${log}`);
        }
        try {
            if ((await fetch(`${baseUrl}/health`)).ok) {
                return child;
            }
        } catch {
            // not listening yet
        }
        await new Promise(r => setTimeout(r, 300));
    }
    child.kill('SIGKILL');
    throw new Error(`${label} did not answer within 3 minutes; see ${log}`);
}

/**
 * Starts a server under test on `port`. In a cluster run (`--instances N`), bare Vendure and Triflow are N
 * instances (on `port` + 100, + 200, …), started one after the other as a rolling deployment would, behind the
 * harness's balancer on `port`; the floor stays one process.
 */
async function startServer(name: ServerName, dir: string, port: number): Promise<RunningServer> {
    // --statements, --profile: the probes preloaded into bare Vendure (or the base build) and Triflow
    const probes = [
        ...(countStatements ? ['statement-counter.ts'] : []),
        ...(profileCpu ? ['cpu-profiler.ts'] : []),
    ].flatMap(f => ['-r', path.join(root, 'bench', 'lib', f)]);
    const counter = probes.length ? [...TS_NODE, ...probes] : [];
    const entry: Record<ServerName, string[]> = {
        bare: against
            ? [...counter, 'dist/src/index.js']
            : [...(counter.length ? counter : TS_NODE), 'bench/servers/bare-vendure.ts'],
        triflow: [...counter, 'dist/src/index.js'],
        floor: [...TS_NODE, 'bench/servers/floor.ts'],
    };
    const count = name === 'floor' ? 1 : instances;
    const url = (p: number) => `http://127.0.0.1:${p}`;
    const processes: ChildProcess[] = [];
    try {
        for (let i = 0; i < count; i++) {
            const instancePort = count === 1 ? port : port + 100 * (i + 1);
            const title = count === 1 ? label(name) : `${label(name)} instance ${i + 1}`;
            const log = path.join(dir, count === 1 ? `${name}.log` : `${name}-${i + 1}.log`);
            processes.push(
                await startProcess(
                    title,
                    entry[name],
                    serverEnv(dir, name, instancePort),
                    log,
                    url(instancePort),
                    name === 'bare' && against ? against : root,
                ),
            );
        }
        const first = processes[0];
        const direct: ServerUnderTest = {
            name,
            baseUrl: url(count === 1 ? port : port + 100),
            pid: first.pid,
        };
        const instancePids = processes.map(p => p.pid);
        if (count > 1) {
            const targets = instancePids.map((_, i) => url(port + 100 * (i + 1))).join(',');
            processes.push(
                await startProcess(
                    `${label(name)} balancer`,
                    [...TS_NODE, 'bench/servers/balancer.ts'],
                    { ...process.env, PORT: String(port), HOST: '127.0.0.1', BALANCER_TARGETS: targets },
                    path.join(dir, `${name}-balancer.log`),
                    url(port),
                ),
            );
        }
        return { name, baseUrl: url(port), pid: first.pid, processes, instancePids, direct };
    } catch (e) {
        processes.forEach(p => p.kill('SIGKILL'));
        throw e;
    }
}

/** Stops every process of a server and waits for them (30 s, then killed). */
async function stopServer(server: RunningServer): Promise<void> {
    await Promise.all(
        server.processes.map(
            child =>
                new Promise<void>(resolve => {
                    if (child.exitCode !== null || child.signalCode !== null) return resolve();
                    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
                    child.once('exit', () => {
                        clearTimeout(kill);
                        resolve();
                    });
                    child.kill('SIGTERM');
                }),
        ),
    );
}

/**
 * Waits, idle, for a server process that has just started to settle. V8 leaves the garbage of the start-up in the
 * heap (the full-size Triflow server starts with about 240 MB of heap in use, of which about 110 MB live) until its
 * memory reducer collects it, some 30 s after the process goes idle; until then an operation's peak memory would
 * count it. Settled when the RSS has fallen by a fifth from where it was; at most 90 s.
 */
async function settleAfterStart(
    pid: number | undefined,
): Promise<{ settled: boolean; fromMb: number | null; toMb: number | null; ms: number }> {
    const start = Date.now();
    const fromMb = rssMb(pid);
    let toMb = fromMb;
    while (fromMb != null && Date.now() - start < 90_000) {
        await new Promise(resolve => setTimeout(resolve, 1_000));
        toMb = rssMb(pid);
        if (toMb == null || toMb <= fromMb * 0.8) {
            break;
        }
    }
    const settled = fromMb != null && toMb != null && toMb <= fromMb * 0.8;
    return { settled, fromMb, toMb, ms: Date.now() - start };
}

/** A server's peak resident memory: its instances' peaks summed (each instance's own peak; they need not meet). */
function serverPeakRssMb(server: RunningServer): number | null {
    const peaks = server.instancePids.map(pid => peakRssMb(pid));
    return peaks.every((x): x is number => x != null) ? peaks.reduce((a, b) => a + b, 0) : null;
}

/** Empties the cluster's Redis databases, so that no earlier run's cache or jobs meet this one's. */
async function emptyRedis(): Promise<void> {
    for (const db of Object.values(REDIS_DB)) {
        const client = new Redis(`${redisBase}/${db}`, { lazyConnect: true, maxRetriesPerRequest: 1 });
        try {
            await client.connect();
            await client.flushdb();
        } finally {
            client.disconnect();
        }
    }
}

/**
 * Triflow's worker (`dist/src/index-worker.js`: the job queue) on the Triflow server's database, as production runs
 * it next to the server. Started only for the scenarios that need it (6 and 7), after the others have run, so that
 * it takes no CPU from the Triflow server while bare Vendure (which has no worker here) is compared with it.
 */
function startWorker(dir: string, port: number): ChildProcess {
    const log = path.join(dir, 'triflow-worker.log');
    const out = fs.openSync(log, 'a');
    return spawn(process.execPath, ['dist/src/index-worker.js'], {
        cwd: root,
        env: serverEnv(dir, 'triflow', port),
        stdio: ['ignore', out, out],
    });
}

/**
 * Waits while the worker works off the jobs waiting in the Triflow database: until none is left, at most 6 minutes,
 * or until the count has not fallen for 20 s (a job retrying after a back-off). Vendure's SQL
 * job queue starts at most one job per queue every 200 ms, so the 2,000 jobs the full-size checkouts leave take
 * about four minutes.
 */
async function drainJobs(dir: string): Promise<{ left: number; ms: number }> {
    const start = Date.now();
    const limitMs = 360_000;
    let left = await pendingJobs(dir);
    let fell = start;
    while (left > 0 && Date.now() - start < limitMs && Date.now() - fell < 20_000) {
        await new Promise(resolve => setTimeout(resolve, 1_000));
        const now = await pendingJobs(dir);
        if (now < left) {
            fell = Date.now();
        }
        left = now;
    }
    return { left, ms: Date.now() - start };
}

/**
 * Jobs waiting in the Triflow database (read-only; WAL lets this read while the server writes). NaN in a cluster
 * run: the jobs are on BullMQ there.
 */
async function pendingJobs(dir: string): Promise<number> {
    if (redisUrl('triflow')) {
        return NaN;
    }
    if (postgres) {
        return pendingJobsPostgres(benchDatabaseName(dir, 'triflow'));
    }
    const db = openSqlite(path.join(dir, 'triflow.sqlite'), { readonly: true, fileMustExist: true });
    try {
        const row = db
            .prepare<[], { n: number }>(
                `SELECT COUNT(*) AS n FROM job_record WHERE state IN ('PENDING', 'RUNNING', 'RETRYING')`,
            )
            .get();
        return Number(row?.n ?? 0);
    } finally {
        db.close();
    }
}

interface Measurement extends LoadResult {
    scenario: string;
    server: ServerName;
    concurrency: number;
    round: number;
}

/**
 * Triflow/bare p50 of each round on its own (the two servers measured one after the other within the round), in
 * round order: the spread between rounds is the noise of the machine, which the medians above hide.
 */
function perRoundRatios(measurements: Measurement[], scenario: string, concurrency: number): string {
    const p50 = (server: ServerName, round: number) =>
        measurements.find(
            m =>
                m.scenario === scenario &&
                m.server === server &&
                m.concurrency === concurrency &&
                m.round === round,
        )?.p50;
    const rounds = [...new Set(measurements.map(m => m.round))].sort((a, b) => a - b);
    return rounds
        .map(round => {
            const t = p50('triflow', round);
            const b = p50('bare', round);
            return t !== undefined && b !== undefined ? ratio(t, b) : undefined;
        })
        .filter((r): r is string => r !== undefined)
        .join(' / ');
}

/** Below this many tasks per unit of concurrency in a round, a p50 ratio is flagged as unreadable. */
const FEW_TASKS_PER_CONCURRENCY = 4;

/**
 * The compared scenarios and concurrencies where a round of bare Vendure or Triflow completed fewer than
 * {@link FEW_TASKS_PER_CONCURRENCY} × c tasks (search on PostgreSQL at full size answers about 8 a second, so a
 * round of 8 s at c=32 completes about 60, nearly all queued from the start), each with the fewest completed.
 */
function fewTaskRatios(
    measurements: Measurement[],
    compared: Scenario[],
    levels: (scenario: Scenario) => number[],
): string[] {
    const few: string[] = [];
    for (const scenario of compared) {
        for (const c of levels(scenario)) {
            const counts = measurements
                .filter(
                    m =>
                        m.scenario === scenario.id &&
                        m.concurrency === c &&
                        (m.server === 'bare' || m.server === 'triflow'),
                )
                .map(m => m.completed);
            const least = counts.length ? Math.min(...counts) : Infinity;
            if (least < FEW_TASKS_PER_CONCURRENCY * c) {
                few.push(`${scenario.id} at c=${c} (${least} in the fewest)`);
            }
        }
    }
    return few;
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (a: number, b: number) =>
    Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';

async function main(): Promise<void> {
    if (dbType !== 'sqlite' && dbType !== 'postgres') {
        throw new Error(`DB must be "sqlite" or "postgres", got "${dbType}"`);
    }
    // --reuse DIR: the data of an earlier run kept with --keep (its source.sqlite or PostgreSQL database bench_<hash
    // of DIR>_source, and data.json), not generated again
    const reuse = opt('reuse', '');
    const dir = reuse ? path.resolve(reuse) : fs.mkdtempSync(path.join(os.tmpdir(), 'triflow-bench-'));
    const servers: RunningServer[] = [];
    /** --without: what the base server left out (the named plugins and those that import one). */
    let leftOut: string[] = without;
    let worker: ChildProcess | undefined;
    /** The worker's peak memory, read when it is stopped before the single operations. */
    let workerPeakMb: number | null | undefined;
    /** PostgreSQL databases this run made, dropped at the end (the generated one only when this run made it). */
    const databases = new Set<string>();
    const stopAll = () => {
        servers.forEach(s => s.processes.forEach(p => p.exitCode === null && p.kill('SIGTERM')));
        if (worker && worker.exitCode === null) worker.kill('SIGTERM');
    };
    const dropRunDatabases = async () => {
        if (!postgres || flag('keep') || !databases.size) return;
        const names = [...databases];
        databases.clear();
        await dropDatabases(names).catch((e: Error) =>
            console.error(`could not drop the benchmark databases ${names.join(', ')}: ${e.message}`),
        );
    };
    process.on('SIGINT', () => {
        stopAll();
        void dropRunDatabases().finally(() => process.exit(130));
    });
    try {
        if (!Number.isInteger(instances) || instances < 1) {
            throw new Error(`--instances must be a whole number from 1, got "${opt('instances', '')}"`);
        }
        if (instances > 1 && !postgres) {
            throw new Error('--instances needs DB=postgres: SQLite is the embedded database of one process');
        }
        if (profileCpu && instances > 1) {
            throw new Error('--profile samples one process per server: one instance per server');
        }
        if (countStatements && (postgres || instances > 1)) {
            throw new Error(
                "--statements counts better-sqlite3's statements: SQLite, one instance per server",
            );
        }
        if (against && !fs.existsSync(path.join(against, 'dist', 'src', 'index.js'))) {
            throw new Error(
                `--against ${against}: no dist/src/index.js there; build it first (cd ${against} && npm run build:server)`,
            );
        }
        if (against && without.length) {
            throw new Error(
                "--against and --without each put a Triflow build in bare Vendure's place: one of them",
            );
        }
        if (against) {
            console.log(
                `             --against: "base" is the Triflow build in ${against} (commit ${safeGit('git rev-parse --short HEAD', against)}); ` +
                    `the ratios read this build (commit ${safeGit('git rev-parse --short HEAD')}) / base`,
            );
        }
        phase(1, TOTAL_PHASES, 'build');
        if (!fs.existsSync(path.join(root, 'dist', 'src', 'index.js')) || flag('build')) {
            execSync('npm run build:server', { cwd: root, stdio: 'inherit' });
        } else {
            console.log('             dist/ exists: not rebuilt (pass --build to rebuild)');
        }

        const sizes = dataSizes(quick, scale);
        phase(
            2,
            TOTAL_PHASES,
            `data: demo + ${sizes.products * sizes.variantsPerProduct} generated variants, ` +
                `${sizes.creditAccounts} credit accounts (seed ${sizes.seed})`,
        );
        const summaryFile = path.join(dir, 'data.json');
        if (reuse) {
            console.log(
                `             reusing the data generated in ${dir}` +
                    (postgres ? ` (database ${benchDatabaseName(dir, 'source')})` : ''),
            );
        } else {
            if (postgres) {
                const source = benchDatabaseName(dir, 'source');
                databases.add(source);
                await createEmptyDatabase(source);
                console.log(`             PostgreSQL database ${source}`);
            }
            await run(
                process.execPath,
                [...TS_NODE, 'bench/data/generate.ts', summaryFile, JSON.stringify(sizes)],
                { ...serverEnv(dir, 'source', portBase), LOG_LEVEL: 'warn' },
                path.join(dir, 'generate.log'),
            );
            if (postgres) {
                await analyzeDatabase(benchDatabaseName(dir, 'source'));
            }
        }
        const data = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as GeneratedData;
        console.log(
            `             ${Object.entries(data.counts)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')} (${fmt(data.seconds.demo + data.seconds.generated, 0)} s)`,
        );

        const scenarios = SCENARIOS.filter(s => !only.length || only.includes(s.id));
        const operations = TIMED_OPERATIONS.filter(o => !only.length || only.includes(o.id));
        const needed = (['bare', 'triflow', 'floor'] as const).filter(
            n => scenarios.some(s => serversOf(s).includes(n)) || (n === 'triflow' && operations.length > 0),
        );
        phase(3, TOTAL_PHASES, `start ${needed.map(label).join(', ')} on copies of the same database`);
        if (postgres) {
            const clones = needed.map(name => benchDatabaseName(dir, name));
            clones.forEach(c => databases.add(c));
            const cloned = Date.now();
            await cloneDatabase(benchDatabaseName(dir, 'source'), clones);
            console.log(
                `             cloned ${benchDatabaseName(dir, 'source')} as ${clones.join(', ')} ` +
                    `in ${((Date.now() - cloned) / 1000).toFixed(1)} s`,
            );
        } else {
            for (const name of needed) {
                for (const suffix of ['', '-wal', '-shm']) {
                    const from = path.join(dir, `source.sqlite${suffix}`);
                    const to = path.join(dir, `${name}.sqlite${suffix}`);
                    fs.rmSync(to, { force: true }); // a reused folder holds the last run's copy
                    if (fs.existsSync(from)) fs.copyFileSync(from, to);
                }
            }
        }
        const ports: Record<ServerName, number> = {
            bare: portBase + 1,
            triflow: portBase + 2,
            floor: portBase + 3,
        };
        if (instances > 1) {
            await emptyRedis();
            console.log(
                `             a cluster: ${instances} instances each of ${needed.filter(n => n !== 'floor').join(' and ')} ` +
                    `behind a round-robin balancer, Redis ${redisBase} (databases ${Object.values(REDIS_DB).join(', ')})`,
            );
        }
        const booted = Date.now();
        const boots = await Promise.allSettled(needed.map(name => startServer(name, dir, ports[name])));
        for (const b of boots) if (b.status === 'fulfilled') servers.push(b.value);
        const bootFailure = boots.find(b => b.status === 'rejected');
        if (bootFailure) throw bootFailure.reason;
        if (without.length) {
            // the base server says what it left out: the named plugins and those that import one of them
            // (a reused folder's log holds earlier runs' lines too: the last one is this run's)
            const log = fs.readFileSync(path.join(dir, instances > 1 ? 'bare-1.log' : 'bare.log'), 'utf8');
            const said = [...log.matchAll(/^leaving out: ([a-z0-9, ]+)/gm)].pop();
            leftOut = said ? said[1].split(',').map(n => n.trim()) : without;
            console.log(`             --without: "base" is this Triflow build without ${leftOut.join(', ')}`);
        }
        console.log(`             up in ${((Date.now() - booted) / 1000).toFixed(1)} s`);

        phase(
            4,
            TOTAL_PHASES,
            `scenarios: ${[...scenarios, ...operations].map(s => s.id).join(', ')} × c=${concurrencies.join(',')} × ${rounds} round(s) × ${durationMs / 1000} s`,
        );
        const measurements: Measurement[] = [];
        const paired: Array<
            PairedResult & {
                scenario: string;
                unit: Scenario['unit'];
                statements?: StatementComparison;
                profile?: ProfileComparison;
            }
        > = [];
        const failures: string[] = [];
        const notes: string[] = [];
        const levels = (s: Scenario) =>
            s.concurrencies ??
            (quick && s.quickAtFirstConcurrency ? concurrencies.slice(0, 1) : concurrencies);
        const started = new Set<ServerName>();
        for (const scenario of scenarios) {
            const warmed = new Set<ServerName>();
            if (scenario.worker && !worker && servers.some(s => s.name === 'triflow')) {
                const pending = await pendingJobs(dir);
                worker = startWorker(dir, ports.triflow);
                // In production the worker runs beside the server and would have done these jobs while the load
                // scenarios made them; here they waited, so it works them off first (bounded) rather than during
                // the measurement of 6 and 7, which would then share the two cores with a backlog of other work.
                // not with --quick, whose figures are a smoke test: CI's time
                const drained = Number.isNaN(pending) || !pending || quick ? undefined : await drainJobs(dir);
                const note = `Triflow worker started before scenario ${scenario.id} (${
                    Number.isNaN(pending)
                        ? 'jobs on BullMQ, not counted'
                        : `${pending} jobs pending from earlier scenarios${
                              drained
                                  ? `, worked off before it: ${drained.left} left after ${fmt(drained.ms / 1000)} s`
                                  : ''
                          }`
                })`;
                console.log(`             ${note}`);
                notes.push(note);
            }
            // a request scenario is driven by autocannon, a journey by the closed-loop driver
            const tasks = new Map<ServerName, (concurrency: number, warmup: number) => Promise<LoadResult>>();
            // the same tasks one at a time, for the paired reading
            const single = new Map<ServerName, PairedSide>();
            for (const server of servers.filter(s => serversOf(scenario).includes(s.name))) {
                // the instances' CPU (a cluster's balancer is the harness's, not the server's)
                const serverCpuMs = () => processesCpuMs(server.instancePids);
                try {
                    if (scenario.requests) {
                        const spec = await scenario.requests(server, data);
                        tasks.set(server.name, (concurrency, warmup) =>
                            runCannon({ concurrency, durationMs, warmupMs: warmup, spec, serverCpuMs }),
                        );
                        single.set(server.name, { task: requestTask(spec), cpuMs: serverCpuMs });
                    } else if (scenario.prepare) {
                        const task = await scenario.prepare(server, data);
                        tasks.set(server.name, (concurrency, warmup) =>
                            runLoad({ concurrency, durationMs, warmupMs: warmup, task, serverCpuMs }),
                        );
                        single.set(server.name, { task: agent => task(0, agent), cpuMs: serverCpuMs });
                    }
                } catch (e) {
                    failures.push(`${scenario.id} on ${label(server.name)}: ${(e as Error).message}`);
                }
            }
            for (const concurrency of levels(scenario)) {
                for (let round = 1; round <= rounds; round++) {
                    for (const [name, measure] of tasks) {
                        const r = await measure(
                            concurrency,
                            warmed.has(name) ? warmupMs : firstWarmupMs(scenario, !started.has(name)),
                        );
                        warmed.add(name);
                        started.add(name);
                        measurements.push({ ...r, scenario: scenario.id, server: name, concurrency, round });
                        console.log(
                            `             ${scenario.id.padEnd(3)} c=${String(concurrency).padEnd(3)} round ${round} ` +
                                `${label(name).padEnd(8)} ${fmt(r.rate).padStart(7)} ${scenario.unit}/s  p50 ${fmt(r.p50)} ms` +
                                `  p99 ${fmt(r.p99)} ms` +
                                (r.cpuMsPerTask != null
                                    ? `  CPU ${fmt(r.cpuMsPerTask, 2)} ms/${scenario.unit}`
                                    : '') +
                                (r.errors ? `  errors ${r.errors} (${r.firstError})` : ''),
                        );
                    }
                }
            }
            const bareSide = single.get('bare');
            const triflowSide = single.get('triflow');
            if (pairedMs > 0 && bareSide && triflowSide) {
                const pairedNames = ['bare', 'triflow'] as const;
                const pids = pairedNames.map(n => servers.find(s => s.name === n)?.instancePids[0]);
                // --statements: what each server ran in the rounds, summed over them
                const ran: [StatementCounts, StatementCounts] = [new Map(), new Map()];
                const ranTasks: [number, number] = [0, 0];
                let before: Array<StatementCounts | null> = [];
                // --profile: each server's sampled CPU in the rounds, summed over them
                const sampled: [ProfileTimes, ProfileTimes] = [
                    { byOwner: new Map(), byFunction: new Map() },
                    { byOwner: new Map(), byFunction: new Map() },
                ];
                const sampledTasks: [number, number] = [0, 0];
                let profiling: boolean[] = [];
                const around =
                    countStatements || profileCpu
                        ? {
                              before: async () => {
                                  if (countStatements) {
                                      before = await Promise.all(
                                          pairedNames.map((n, i) =>
                                              readStatementCounts(pids[i], statementsFile(dir, n)),
                                          ),
                                      );
                                  }
                                  if (profileCpu) {
                                      profiling = await Promise.all(
                                          pairedNames.map((n, i) =>
                                              startProfile(pids[i], profileFile(dir, n)),
                                          ),
                                      );
                                  }
                              },
                              after: async (tasks: [number, number]) => {
                                  for (const i of [0, 1] as const) {
                                      if (profileCpu && profiling[i]) {
                                          const profile = await stopProfile(
                                              pids[i],
                                              profileFile(dir, pairedNames[i]),
                                          );
                                          if (profile) {
                                              addProfileTimes(sampled[i], profileTimes(profile));
                                              sampledTasks[i] += tasks[i];
                                          }
                                      }
                                      if (countStatements) {
                                          const now = await readStatementCounts(
                                              pids[i],
                                              statementsFile(dir, pairedNames[i]),
                                          );
                                          const was = before[i];
                                          if (now && was) {
                                              addCounts(ran[i], countsBetween(was, now));
                                              ranTasks[i] += tasks[i];
                                          }
                                      }
                                  }
                              },
                          }
                        : undefined;
                const result = await runPaired({
                    sides: [bareSide, triflowSide],
                    rounds,
                    roundMs: pairedMs,
                    // --quick: the short warm-up of its load rounds (a smoke run, CI's time)
                    warmupMs: quick ? Math.min(pairedMs, warmupMs) : Math.min(pairedMs, 3000),
                    around,
                });
                const statements =
                    countStatements && ranTasks[0] > 0 && ranTasks[1] > 0
                        ? compareStatements(ran, ranTasks)
                        : undefined;
                const profile =
                    profileCpu && sampledTasks[0] > 0 && sampledTasks[1] > 0
                        ? compareProfiles(sampled, sampledTasks)
                        : undefined;
                paired.push({ scenario: scenario.id, unit: scenario.unit, ...result, statements, profile });
                if (countStatements && !statements) {
                    failures.push(`${scenario.id} statements: no counts read (see the servers' logs)`);
                }
                if (profileCpu && !profile) {
                    failures.push(`${scenario.id} profile: no profile read (see the servers' logs)`);
                }
                result.rounds.forEach((r, i) =>
                    console.log(
                        `             ${scenario.id.padEnd(3)} paired round ${i + 1}: ${BASE} ${fmt(r.cpuMsPerTask[0] ?? NaN, 2)}, ` +
                            `triflow ${fmt(r.cpuMsPerTask[1] ?? NaN, 2)} ms CPU/${scenario.unit} (Triflow/${BASE} ${fmt(r.cpuRatio ?? NaN, 3)}), ` +
                            `${r.tasks[0]} / ${r.tasks[1]} ${scenario.unit}s one at a time, latency ${fmt(r.wallMsPerTask[0])} / ${fmt(r.wallMsPerTask[1])} ms` +
                            (result.errors[0] + result.errors[1]
                                ? `  errors ${result.errors.join(' / ')} (${result.firstError})`
                                : ''),
                    ),
                );
                if (statements) {
                    console.log(
                        `             ${scenario.id.padEnd(3)} statements per ${scenario.unit}: ${BASE} ${fmt(statements.perTask[0])} ` +
                            `(${fmt(statements.msPerTask[0], 2)} ms in them), triflow ${fmt(statements.perTask[1])} ` +
                            `(${fmt(statements.msPerTask[1], 2)} ms); the counts that differ most, ${BASE} → triflow:`,
                    );
                    for (const d of statements.differences) {
                        console.log(
                            `               ${fmt(d.perTask[0], 2).padStart(6)} → ${fmt(d.perTask[1], 2).padEnd(6)} ` +
                                `(${fmt(d.msPerTask[0], 3)} → ${fmt(d.msPerTask[1], 3)} ms)  ${d.sql}`,
                        );
                    }
                }
                if (profile) {
                    const row = (d: { name: string; msPerTask: [number, number] }) =>
                        console.log(
                            `               ${fmt(d.msPerTask[0], 2).padStart(6)} → ${fmt(d.msPerTask[1], 2).padEnd(6)} ms  ${d.name}`,
                        );
                    console.log(
                        `             ${scenario.id.padEnd(3)} sampled CPU per ${scenario.unit}: ${BASE} ${fmt(profile.msPerTask[0], 2)} ms, ` +
                            `triflow ${fmt(profile.msPerTask[1], 2)} ms; by owner of the code, ${BASE} → triflow:`,
                    );
                    profile.owners.filter(d => Math.max(...d.msPerTask) >= 0.05).forEach(row);
                    console.log(
                        `             ${scenario.id.padEnd(3)} the functions whose self time differs most:`,
                    );
                    profile.functions.forEach(row);
                }
                if (result.errors[0] + result.errors[1]) {
                    failures.push(
                        `${scenario.id} paired: ${result.errors[0]} errors on ${BASE}, ${result.errors[1]} on triflow (${result.firstError})`,
                    );
                }
            }
            for (const name of tasks.keys()) {
                const server = servers.find(s => s.name === name);
                if (!scenario.verify || !server) continue;
                try {
                    const v = await scenario.verify(server);
                    console.log(`             ${v.note}`);
                    notes.push(v.note);
                    const last = measurements
                        .filter(m => m.scenario === scenario.id && m.server === name)
                        .pop();
                    if (v.errors > 0) {
                        if (last) last.errors += v.errors;
                        failures.push(`${scenario.id} on ${label(name)}: ${v.note}`);
                    }
                } catch (e) {
                    failures.push(`${scenario.id} on ${label(name)}: check failed: ${(e as Error).message}`);
                }
            }
        }

        // Scenarios 8 and 9: single big operations on the Triflow server, each run's peak memory on its own (the
        // peak is reset before each run, so the whole run's peak is read first)
        let triflow = servers.find(s => s.name === 'triflow');
        if (worker && operations.length) {
            // Neither operation needs the worker, and the jobs the load scenarios left (a webhook batch's apply job,
            // an import's search re-index of every variant it touched) would run beside it on the same two cores
            // and be timed as its own. Stopped, as a worker on its own machine would be out of the way.
            const pending = await pendingJobs(dir);
            workerPeakMb = peakRssMb(worker.pid) ?? null;
            worker.kill('SIGTERM');
            await waitForExit([worker], 10_000);
            const note = `Triflow worker stopped before ${operations.map(o => o.id).join(' and ')} (${Number.isNaN(pending) ? 'jobs on BullMQ, not counted' : `${pending} jobs pending`})`;
            console.log(`             ${note}`);
            notes.push(note);
        }
        const peakBeforeOperations = triflow ? serverPeakRssMb(triflow) : null;
        if (triflow && operations.length && measurements.some(m => m.server === 'triflow')) {
            // After minutes of load the process holds heap V8 has not collected yet (hundreds of MB): an import's
            // peak would count it. A fresh process on the same database, as after a deployment, so that each
            // operation's peak is what the operation needs.
            const old = triflow;
            await stopServer(old);
            triflow = await startServer('triflow', dir, ports.triflow);
            servers.splice(servers.indexOf(old), 1, triflow);
            const note = `Triflow server restarted before ${operations.map(o => o.id).join(' and ')} (peak RSS before the restart: ${peakBeforeOperations ?? '?'} MB)`;
            console.log(`             ${note}`);
            notes.push(note);
        }
        if (triflow && operations.length && !quick) {
            // the server has just started (or restarted above): its start-up garbage is still in the heap
            const s = await settleAfterStart(triflow.instancePids[0]);
            const note = s.settled
                ? `Triflow server settled before ${operations.map(o => o.id).join(' and ')}: RSS ${s.fromMb} → ${s.toMb} MB after ${fmt(s.ms / 1000, 0)} s idle (V8 collected its start-up garbage)`
                : `Triflow server did not settle before ${operations.map(o => o.id).join(' and ')} within ${fmt(s.ms / 1000, 0)} s (RSS ${s.fromMb} → ${s.toMb} MB): the peaks include start-up garbage`;
            console.log(`             ${note}`);
            notes.push(note);
        }
        const timedOperations: Array<{
            id: string;
            title: string;
            target: string;
            runs: TimedRun[];
            medianMs: number;
            peakRssMb: number | null;
            errors: number;
            note: string;
        }> = [];
        for (const op of operations) {
            if (!triflow) break;
            try {
                // on one instance (in a cluster run the first, not through the balancer): its peak memory is the
                // operation's
                const r = await op.run(triflow.direct, data);
                const peaks = r.runs.map(x => x.peakRssMb).filter((x): x is number => x != null);
                timedOperations.push({
                    id: op.id,
                    title: op.title,
                    target: op.target,
                    runs: r.runs,
                    medianMs: median(r.runs.map(x => x.ms)),
                    peakRssMb: peaks.length ? Math.max(...peaks) : null,
                    errors: r.errors,
                    note: r.note,
                });
                for (const run of r.runs) {
                    console.log(
                        `             ${op.id.padEnd(3)} ${run.label.padEnd(24)} ${fmt(run.ms / 1000, 2).padStart(7)} s` +
                            `  peak RSS ${run.peakRssMb ?? '?'} MB (${run.rssBeforeMb ?? '?'} MB before)`,
                    );
                }
                console.log(`             ${r.note}`);
                notes.push(r.note);
                if (r.errors > 0) failures.push(`${op.id} on triflow: ${r.note}`);
            } catch (e) {
                failures.push(`${op.id} on triflow: ${(e as Error).message}`);
            }
        }

        // a scenario whose every request failed is a broken harness, not a slow server
        for (const m of measurements) {
            if (m.errors > 0 && m.timed === 0) {
                failures.push(
                    `${m.scenario} on ${label(m.server)} at c=${m.concurrency}: every task failed (${m.firstError})`,
                );
            }
        }

        phase(5, TOTAL_PHASES, 'peak memory, stop servers');
        const rss: Partial<Record<ServerName, number | null>> = {};
        for (const s of servers) rss[s.name] = serverPeakRssMb(s);
        if (triflow && timedOperations.length) {
            const peaks = [peakBeforeOperations, rss.triflow, ...timedOperations.map(o => o.peakRssMb)];
            const known = peaks.filter((x): x is number => x != null);
            rss.triflow = known.length ? Math.max(...known) : null;
        }
        const workerRss =
            workerPeakMb !== undefined ? workerPeakMb : worker ? peakRssMb(worker.pid) : undefined;
        stopAll();

        phase(6, TOTAL_PHASES, 'report');
        const summary = scenarios.flatMap(scenario =>
            levels(scenario).flatMap(concurrency =>
                serversOf(scenario).map(server => {
                    const ms = measurements.filter(
                        m =>
                            m.scenario === scenario.id &&
                            m.server === server &&
                            m.concurrency === concurrency,
                    );
                    return {
                        scenario: scenario.id,
                        title: scenario.title,
                        unit: scenario.unit,
                        server,
                        concurrency,
                        rate: median(ms.map(m => m.rate)),
                        p50: median(ms.map(m => m.p50)),
                        p95: median(ms.map(m => m.p95)),
                        p99: median(ms.map(m => m.p99)),
                        cpuMsPerTask: median(ms.map(m => m.cpuMsPerTask ?? NaN)),
                        errors: ms.reduce((a, m) => a + m.errors, 0),
                    };
                }),
            ),
        );
        const cpus = os.cpus();
        const machine = {
            hostname: os.hostname(),
            cores: cpus.length,
            cpu: cpus[0]?.model ?? '?',
            memoryGb: Math.round(os.totalmem() / 1024 ** 3),
            node: process.version,
            loadAverageAtEnd: os.loadavg().map(l => Math.round(l * 100) / 100),
        };
        const database = postgres ? await postgresVersion().catch(() => 'PostgreSQL') : 'SQLite';
        const result = {
            date: new Date().toISOString(),
            database,
            commit: safeGit('git rev-parse --short HEAD'),
            // with --against or --without, the server named "bare" in these figures is that Triflow build
            ...(against
                ? { against: { dir: against, commit: safeGit('git rev-parse --short HEAD', against) } }
                : {}),
            ...(without.length ? { without: leftOut } : {}),
            mode: quick ? 'quick' : `scale ${scale}`,
            instances,
            rounds,
            durationSeconds: durationMs / 1000,
            machine,
            data: { sizes: data.sizes, counts: data.counts },
            peakRssMb: { ...rss, ...(worker ? { triflowWorker: workerRss ?? null } : {}) },
            notes,
            overdueAggregate: data.overdue,
            summary,
            timedOperations,
            measurements,
            paired,
            failures,
            notYet: NOT_YET,
        };
        const resultsDir = path.join(root, 'bench', 'results');
        fs.mkdirSync(resultsDir, { recursive: true });
        const file = path.join(resultsDir, `${result.date.slice(0, 10)}-${machine.hostname}.json`);
        fs.writeFileSync(file, JSON.stringify(result, null, 2));

        const get = (id: string, server: ServerName, c: number) =>
            summary.find(s => s.scenario === id && s.server === server && s.concurrency === c);
        const lines: string[] = [];
        lines.push(
            `Triflow benchmark ${result.date.slice(0, 16).replace('T', ' ')} UTC, ${result.mode}, ${database}, ${rounds} round(s) × ${durationMs / 1000} s, ` +
                `commit ${result.commit}` +
                (against
                    ? ` against the Triflow build in ${against} ("base", commit ${result.against?.commit})`
                    : '') +
                (without.length ? ` against itself without ${leftOut.join(', ')} ("base")` : '') +
                (instances > 1
                    ? `, a cluster of ${instances} instances per server (balancer, Redis cache, BullMQ)`
                    : ''),
        );
        lines.push(
            `Machine: ${machine.cores} cores ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ` +
                `load average at end ${machine.loadAverageAtEnd.join(' ')}`,
        );
        lines.push('');
        if (summary.length) {
            lines.push(
                '| # | scenario | c | server | rate | p50 ms | p95 ms | p99 ms | server CPU ms per task | errors |',
            );
            lines.push('|---|---|---|---|---|---|---|---|---|---|');
        }
        for (const s of summary) {
            lines.push(
                `| ${s.scenario} | ${s.title} | ${s.concurrency} | ${label(s.server)} | ${fmt(s.rate)} ${s.unit}/s | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.cpuMsPerTask, 2)} | ${s.errors} |`,
            );
        }
        const compared = scenarios.filter(s => serversOf(s).length > 1);
        if (compared.length) {
            lines.push('');
            lines.push(
                `| # | c | p50 Triflow/${BASE} | rate Triflow/${BASE} | p50 Triflow/floor | rate Triflow/floor | p50 Triflow/${BASE} per round | CPU per task Triflow/${BASE} |`,
            );
            lines.push('|---|---|---|---|---|---|---|---|');
        }
        for (const scenario of compared) {
            for (const c of levels(scenario)) {
                const t = get(scenario.id, 'triflow', c);
                const b = get(scenario.id, 'bare', c);
                const f = get(scenario.id, 'floor', c);
                lines.push(
                    `| ${scenario.id} | ${c} | ${ratio(t?.p50 ?? NaN, b?.p50 ?? NaN)} | ${ratio(t?.rate ?? NaN, b?.rate ?? NaN)} | ` +
                        `${f ? ratio(t?.p50 ?? NaN, f.p50) : '–'} | ${f ? ratio(t?.rate ?? NaN, f.rate) : '–'} | ` +
                        `${perRoundRatios(measurements, scenario.id, c)} | ${ratio(t?.cpuMsPerTask ?? NaN, b?.cpuMsPerTask ?? NaN)} |`,
                );
            }
        }
        for (const c of concurrencies) {
            const dealer = get('2', 'triflow', c);
            const anon = get('1', 'triflow', c);
            if (dealer && anon) {
                lines.push(
                    `| 2 vs 1 (Triflow dealer/anonymous p50) | ${c} | ${ratio(dealer.p50, anon.p50)} | | | | | |`,
                );
            }
        }
        // 4 against bare Vendure's guest checkout of one line (the target) and of the same 50 lines (5b); not
        // with --against or --without, where the first server is a Triflow build
        for (const [guestId, title] of (baseIsTriflow
            ? []
            : [
                  ['5', '4 vs 5 (Triflow dealer 50 lines on account / bare guest checkout, orders/s)'],
                  [
                      '5b',
                      '4 vs 5b (Triflow dealer 50 lines on account / bare guest checkout of the same 50 lines, orders/s)',
                  ],
              ]) as Array<[string, string]>) {
            for (const c of concurrencies) {
                const dealer = get('4', 'triflow', c);
                const guest = get(guestId, 'bare', c);
                if (dealer && guest) {
                    // A closed loop whose orders each take longer than the window completes none: say so, not 0.00×.
                    const compared =
                        dealer.rate > 0
                            ? ratio(dealer.rate, guest.rate)
                            : `– (no dealer order completed inside the ${durationMs / 1000} s window; p50 ${fmt(dealer.p50 / 1000, 1)} s per order)`;
                    // and what an order costs the server, whatever the waiting (credit and stock are row-locked)
                    lines.push(
                        `| ${title} | ${c} | | ${compared} | | | | ${ratio(dealer.cpuMsPerTask, guest.cpuMsPerTask)} |`,
                    );
                }
            }
        }
        if (paired.length) {
            lines.push('');
            lines.push(
                `| # | paired: server CPU ms per task, ${BASE} / Triflow (one task at a time, alternating; all rounds) | CPU per task Triflow/${BASE}, median of rounds (least–greatest) | per round | latency Triflow/${BASE} (c=1) |`,
            );
            lines.push('|---|---|---|---|---|');
            for (const p of paired) {
                lines.push(
                    `| ${p.scenario} | ${fmt(p.cpuMsPerTask[0] ?? NaN, 2)} / ${fmt(p.cpuMsPerTask[1] ?? NaN, 2)} | ` +
                        (p.cpuRatio
                            ? `${fmt(p.cpuRatio.median, 3)}× (${fmt(p.cpuRatio.min, 3)}–${fmt(p.cpuRatio.max, 3)})`
                            : '–') +
                        ` | ${p.rounds.map(r => fmt(r.cpuRatio ?? NaN, 3)).join(', ')} | ` +
                        `${p.wallRatio ? `${fmt(p.wallRatio.median, 3)}×` : '–'} |`,
                );
            }
            const counted = paired.filter(p => p.statements);
            if (counted.length) {
                lines.push('');
                lines.push(
                    `| # | statements per task, ${BASE} / Triflow (--statements: paired rounds) | ms in them per task, ${BASE} / Triflow |`,
                );
                lines.push('|---|---|---|');
                for (const p of counted) {
                    const st = p.statements as StatementComparison;
                    lines.push(
                        `| ${p.scenario} | ${fmt(st.perTask[0])} / ${fmt(st.perTask[1])} | ` +
                            `${fmt(st.msPerTask[0], 2)} / ${fmt(st.msPerTask[1], 2)} |`,
                    );
                }
            }
            const profiled = paired.filter(p => p.profile);
            if (profiled.length) {
                lines.push('');
                lines.push(
                    `| # | sampled CPU ms per task, ${BASE} / Triflow (--profile: paired rounds) | the owners of the code that differ most, ms per task |`,
                );
                lines.push('|---|---|---|');
                for (const p of profiled) {
                    const pr = p.profile as ProfileComparison;
                    const owners = pr.owners
                        .slice(0, 4)
                        .map(d => `${d.name} ${fmt(d.msPerTask[0], 2)} → ${fmt(d.msPerTask[1], 2)}`)
                        .join('; ');
                    lines.push(
                        `| ${p.scenario} | ${fmt(pr.msPerTask[0], 2)} / ${fmt(pr.msPerTask[1], 2)} | ${owners} |`,
                    );
                }
            }
        }
        const few = fewTaskRatios(measurements, compared, levels);
        if (few.length) {
            lines.push('');
            lines.push(
                `Few tasks per round (fewer than ${FEW_TASKS_PER_CONCURRENCY}× the concurrency completed in one server's ` +
                    `round): ${few.join('; ')}. Each client finished fewer than ${FEW_TASKS_PER_CONCURRENCY} tasks there, ` +
                    `most of them started together with the others in flight, so the p50 rests on few samples and ` +
                    `measures mostly the wait behind each other; it moved by up to a factor of two between rounds: read ` +
                    `the rate, or measure with longer rounds (--duration).`,
            );
        }
        if (timedOperations.length) {
            lines.push('');
            lines.push(
                '| # | operation (Triflow server) | runs | median s | peak RSS MB (RSS before) | target |',
            );
            lines.push('|---|---|---|---|---|---|');
            for (const o of timedOperations) {
                if (o.id === '9') {
                    for (const r of o.runs) {
                        lines.push(
                            `| ${o.id} | ${r.label} | 1 | ${fmt(r.ms / 1000, 2)} | ${r.peakRssMb ?? '?'} (${r.rssBeforeMb ?? '?'}) | ${o.target} |`,
                        );
                    }
                } else {
                    lines.push(
                        `| ${o.id} | ${o.title} | ${o.runs.map(r => fmt(r.ms / 1000, 2)).join(', ')} s | ` +
                            `${fmt(o.medianMs / 1000, 2)} | ${o.peakRssMb ?? '?'} (${o.runs[0]?.rssBeforeMb ?? '?'}) | ${o.target} |`,
                    );
                }
            }
        }
        lines.push('');
        lines.push(
            `Peak RSS${instances > 1 ? ' (instances summed, balancers not counted)' : ''}: ${Object.entries(
                rss,
            )
                .map(([k, v]) => `${label(k as ServerName)} ${v ?? '?'} MB`)
                .join(', ')}${worker ? `, Triflow worker ${workerRss ?? '?'} MB (started for 6/7)` : ''}`,
        );
        lines.push(...notes);
        lines.push(
            `B2B overdue aggregate (CreditControlService.overdueStandings) over ${data.overdue.accounts} credit accounts ` +
                `(${data.overdue.overdueAccounts} overdue): median ${fmt(median(data.overdue.runsMs))} ms ` +
                `(runs ${data.overdue.runsMs.join(', ')} ms)` +
                (reuse ? '; measured when the reused data was generated, not in this run' : ''),
        );
        if (NOT_YET.length) {
            lines.push(`Not yet: ${NOT_YET.map(n => `${n.id} ${n.title} (${n.waitsFor})`).join('; ')}`);
        }
        if (failures.length) lines.push(`Scenario failures: ${failures.join('; ')}`);
        lines.push(`Results: ${path.relative(root, file)}`);
        console.log('\n' + lines.join('\n'));
        if (failures.length) process.exitCode = 1;
    } finally {
        stopAll();
        if (postgres) {
            await waitForExit([...servers.flatMap(s => s.processes), ...(worker ? [worker] : [])], 10_000);
            await dropRunDatabases();
            if (flag('keep')) console.log(`kept the PostgreSQL databases ${benchDatabaseName(dir, '')}*`);
        }
        if (!flag('keep') && !reuse) {
            await new Promise(r => setTimeout(r, 500));
            fs.rmSync(dir, { recursive: true, force: true });
        } else {
            console.log(`kept ${dir}`);
        }
    }
}

/** Waits until the processes have exited (their pools closed), at most `timeoutMs`. */
async function waitForExit(children: ChildProcess[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (children.some(c => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 100));
    }
}

function safeGit(cmd: string, cwd = root): string {
    try {
        return execSync(cmd, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim();
    } catch {
        return '?';
    }
}

main().catch(err => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
});
