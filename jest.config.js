// Unit specs (`*.spec.ts`) and e2e specs (`*.e2e-spec.ts`, through admin and shop GraphQL) run through SWC with
// legacy decorators, decorator metadata and `useDefineForClassFields: false`, as Vendure's entities need.
const path = require('path');

const { bundleFiles, bundlePlan, bundlingRequested } = require('./src/testing/e2e-bundles');

const swc = [
    '@swc/jest',
    {
        jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2021',
            keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
    },
];

const common = {
    transform: { '^.+\\.(t|j)s$': swc },
    testEnvironment: 'node',
    setupFiles: ['<rootDir>/src/testing/graphql-production-mode.js'],
    modulePathIgnorePatterns: ['<rootDir>/dist/'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

// A run of the whole suite loads the e2e specs that can share a module registry from bundle files, a few specs each
// (src/testing/e2e-bundles.js): each spec still boots its own server on a fresh database.
const bundles = bundlingRequested(process.argv, process.env) ? bundlePlan() : undefined;
/** Matches exactly this file's path. @param {string} file */
const only = file => `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

/** @type {import('jest').Config} */
module.exports = {
    // Three workers on a 2-core machine: a spec spends much of its time waiting (on its database, and in the fixed
    // sleeps of a server's shutdown), so a third keeps both cores busy (sql.js suite 10 -> 7.5 min, 2026-12-04).
    maxWorkers: process.env.JEST_MAX_WORKERS ?? 3,
    // A spec boots a whole server (5-10 s, longer on a first sql.js population or on PostgreSQL), and in CI the sql.js
    // and PostgreSQL suites share the machine: the limit only catches a wedge.
    testTimeout: 600_000,
    // Longest first, as jest's own, with a bundle as long as its specs (src/testing/e2e-sequencer.js).
    testSequencer: path.join(__dirname, 'src/testing/e2e-sequencer.js'),
    // `JEST_PROJECT=e2e` runs only the e2e project (jest's --selectProjects would swallow the spec paths that follow).
    projects: [
        { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.spec.ts'] },
        {
            ...common,
            displayName: 'e2e',
            testMatch: [
                '<rootDir>/**/*.e2e-spec.ts',
                ...(bundles ? ['<rootDir>/e2e/bundles/*.e2e-bundle.js'] : []),
            ],
            testPathIgnorePatterns: [
                ...common.testPathIgnorePatterns,
                // the specs a bundle runs, and the bundles left empty
                ...(bundles ?? []).flat().map(only),
                ...bundleFiles()
                    .filter((_, i) => !bundles?.[i]?.length)
                    .map(only),
            ],
        },
    ].filter(p => !process.env.JEST_PROJECT || p.displayName === process.env.JEST_PROJECT),
};
