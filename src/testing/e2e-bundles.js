// @ts-check
/**
 * E2e bundles: several e2e spec files run from one jest test file.
 *
 * Jest gives every test file a fresh module registry, so each e2e spec loads Vendure, NestJS, TypeORM, GraphQL and
 * our plugins again before its server starts: about 3 s of CPU a spec. Four marketplace specs took 26.6 s one by
 * one and 19.9 s from one test file (in band, 2026-12-07).
 *
 * So a run of the whole suite loads the specs that can share a module registry in bundles. A bundle is one of the
 * files `e2e/bundles/bundle-NN.e2e-bundle.js`. Each spec in a bundle is still what it was on its own:
 * - its own `describe` block;
 * - its own server, booted in its `beforeAll` and closed in its `afterAll`, on a fresh copy of its database;
 * - one spec after the other, never two servers at once.
 *
 * What a bundle's specs share is module state. A spec can join a bundle only if it runs on the default e2e
 * configuration and leaves no module state behind. It stays in a test file of its own (see `canShare`) if it:
 * - builds its own configuration, or gives a plugin options through `init`: a plugin's options are module state,
 *   set while jest collects the tests, before any of them runs;
 * - mocks a module, or spies on one;
 * - switches a process-wide setting.
 *
 * Bundling is on for a run of the whole suite (`npm test`, CI). Any test path or pattern on the command line turns
 * it off, so `npm test -- plugins/b2b/e2e/b2b-credit.e2e-spec.ts` runs that file as it is.
 * `TRIFLOW_E2E_BUNDLES=0` turns it off for a whole run; `TRIFLOW_E2E_BUNDLES=1` turns it on whatever the command
 * line says (`TRIFLOW_E2E_BUNDLES=1 npm test -- e2e/bundles/bundle-03` runs one bundle).
 *
 * Used by `jest.config.js`, in Node, to plan the bundles, and by each bundle file, inside jest, to load its specs.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');

/** The folder of the bundle files. */
const BUNDLE_DIR = path.join(ROOT, 'e2e', 'bundles');

/** How many bundle files there are: about three specs each, so that no bundle is long enough to hold up a run. */
const BUNDLE_COUNT = 14;

/** What keeps a spec in a test file of its own (see above). */
const OWN_FILE = [
    /createTriflowTestEnvironment\(\s*[^)\s]/, // a configuration of its own
    /triflowTestConfig\(\s*[^)\s]/,
    /createTestEnvironment\(|new TestServer\(|mergeConfig\(/,
    /\.init\(/, // a plugin's options
    /jest\.(mock|doMock|spyOn|useFakeTimers|replaceProperty)\(/,
    /usePreparedPlainSql\(/, // a process-wide setting
];

/** Every e2e spec file under the project, sorted. */
function listE2eSpecs(root = ROOT) {
    /** @type {string[]} */
    const found = [];
    const skip = new Set(['node_modules', 'dist', '.git', 'static', '__data__', 'data', 'coverage']);
    /** @param {string} dir */
    const visit = dir => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) {
                if (!skip.has(entry.name)) {
                    visit(path.join(dir, entry.name));
                }
            } else if (entry.name.endsWith('.e2e-spec.ts')) {
                found.push(path.join(dir, entry.name));
            }
        }
    };
    visit(root);
    return found.sort();
}

/**
 * Whether a spec can run in a bundle: it starts the default e2e server (`createTriflowTestEnvironment()`) and does
 * none of the things in `OWN_FILE`.
 * @param {string} source
 */
function canShare(source) {
    return /createTriflowTestEnvironment\(\)/.test(source) && !OWN_FILE.some(re => re.test(source));
}

/**
 * The specs of each bundle: the sharable specs, largest first, each to the bundle with the fewest lines so far.
 * The same files always give the same plan.
 * @param {string} root
 * @returns {string[][]}
 */
function bundlePlan(root = ROOT) {
    const specs = listE2eSpecs(root)
        .map(file => ({ file, source: fs.readFileSync(file, 'utf8') }))
        .filter(s => canShare(s.source))
        .map(s => ({ file: s.file, lines: s.source.split('\n').length }))
        .sort((a, b) => b.lines - a.lines || (a.file < b.file ? -1 : 1));
    const bundles = Array.from({ length: Math.min(BUNDLE_COUNT, specs.length) }, () => ({
        lines: 0,
        /** @type {string[]} */
        files: [],
    }));
    for (const spec of specs) {
        const smallest = bundles.reduce((a, b) => (b.lines < a.lines ? b : a));
        smallest.lines += spec.lines;
        smallest.files.push(spec.file);
    }
    return bundles.map(b => b.files.sort());
}

/** The bundle files, bundle `i` (0-based) at `i`: one for each bundle the plan can have. */
function bundleFiles() {
    return Array.from({ length: BUNDLE_COUNT }, (_, i) =>
        path.join(BUNDLE_DIR, `bundle-${String(i + 1).padStart(2, '0')}.e2e-bundle.js`),
    );
}

/** Which bundle (0-based) a test file is, or undefined for any other file. @param {string} file */
function bundleIndex(file) {
    const match = /^bundle-(\d+)\.e2e-bundle\.js$/.exec(path.basename(file));
    return match ? Number(match[1]) - 1 : undefined;
}

/**
 * Whether this jest run bundles: none of its command-line arguments names tests (a path or pattern, or
 * `--testPathPattern`), and `TRIFLOW_E2E_BUNDLES` is not `0`. A value of an option like `-t name` counts as a
 * pattern too: that only runs the files one by one, as before. `TRIFLOW_E2E_BUNDLES` (`0` or `1`) decides instead.
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 */
function bundlingRequested(argv, env) {
    if (env.TRIFLOW_E2E_BUNDLES === '0' || env.TRIFLOW_E2E_BUNDLES === '1') {
        return env.TRIFLOW_E2E_BUNDLES === '1';
    }
    const args = argv.slice(2);
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--config' || arg === '-c') {
            i++;
        } else if (!arg.startsWith('-') || arg.startsWith('--testPath')) {
            return false;
        }
    }
    return true;
}

/**
 * Inside jest: loads the specs of the bundle `file` is, each in a `describe` named after its path, so that a failure
 * names the spec it is in.
 * @param {string} file the bundle file's `__filename`
 */
function runBundle(file) {
    const index = bundleIndex(file);
    if (index === undefined) {
        throw new Error(`${file} is not a bundle file`);
    }
    const specs = bundlePlan()[index] ?? [];
    if (specs.length === 0) {
        // jest.config.js leaves a bundle with no spec out of the run; run by hand, it says so.
        throw new Error(`${path.relative(ROOT, file)} has no spec: the plan has fewer bundles`);
    }
    for (const spec of specs) {
        describe(path.relative(ROOT, spec), () => {
            require(spec);
        });
    }
}

/** @type {string[] | undefined} the names of every e2e test file, sorted (see `e2eServerPort`) */
let e2eFileNames;

/**
 * The port of the server of an e2e test file (a spec or a bundle file, by its path): each file its own pair of ports
 * (`port`, `port + 1` for a spec with a second server) from `base` up, by the file's place among all of them, so
 * that no two files' servers collide when jest runs them side by side. The pairs holding a port in `reserved` (the
 * PostgreSQL and Redis ports the tests use) are skipped. A file outside the project's folders gets a pair after all
 * of theirs, by a hash of its name.
 * @param {string} testPath
 * @param {number} base
 * @param {number[]} reserved
 */
function e2eServerPort(testPath, base, reserved = [5432, 6379]) {
    e2eFileNames ??= [...listE2eSpecs(), ...bundleFiles()].map(f => path.basename(f)).sort();
    const name = path.basename(testPath);
    let slot = e2eFileNames.indexOf(name);
    if (slot < 0) {
        let hash = 0;
        for (const ch of name) {
            hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
        }
        slot = e2eFileNames.length + (hash % 1000);
    }
    for (let port = base; ; port += 2) {
        if (!reserved.some(taken => taken === port || taken === port + 1) && slot-- === 0) {
            return port;
        }
    }
}

module.exports = {
    bundleFiles,
    bundleIndex,
    bundlePlan,
    bundlingRequested,
    canShare,
    e2eServerPort,
    listE2eSpecs,
    runBundle,
};
