// @ts-check
/**
 * Jest's order of test files, with e2e bundles (`e2e-bundles.js`) weighed by their specs.
 *
 * Jest runs the longest files first, so that no worker is left with a long file at the end while the others idle.
 * It knows a file's length from its last run; before one, as on a fresh CI machine, it takes the file's size. A
 * bundle's file is a single line, so this sequencer counts the size of the specs in the bundle instead.
 */
const path = require('path');

const { bundleIndex, bundlePlan } = require('./e2e-bundles');

// jest's own sequencer, from jest's own dependencies
const Sequencer = require(
    require.resolve('@jest/test-sequencer', { paths: [path.dirname(require.resolve('jest/package.json'))] }),
).default;

class E2eBundleSequencer extends Sequencer {
    /** @param {Array<import('@jest/test-result').Test & { duration?: number }>} tests */
    sort(tests) {
        /** @type {string[][] | undefined} */
        let plan;
        /** @type {Map<string, number>} */
        const sizes = new Map();
        /** @param {import('@jest/test-result').Test} test */
        const size = test => {
            let s = sizes.get(test.path);
            if (s === undefined) {
                const bundle = bundleIndex(test.path);
                const files = bundle === undefined ? [test.path] : ((plan ??= bundlePlan())[bundle] ?? []);
                s = files.reduce((sum, f) => sum + (test.context.hasteFS.getSize(f) ?? 0), 0);
                sizes.set(test.path, s);
            }
            return s;
        };
        tests.forEach(test => {
            test.duration = this.time(test);
        });
        // As jest's own: failed first; then those never timed, largest first; then the longest first.
        return tests.sort((a, b) => {
            const failedA = this.hasFailed(a);
            if (failedA !== this.hasFailed(b)) {
                return failedA ? -1 : 1;
            }
            if ((a.duration == null) !== (b.duration == null)) {
                return a.duration == null ? -1 : 1;
            }
            if (a.duration != null && b.duration != null) {
                return b.duration - a.duration;
            }
            return size(b) - size(a);
        });
    }
}

module.exports = E2eBundleSequencer;
