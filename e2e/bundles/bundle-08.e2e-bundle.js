// Runs the e2e specs of bundle 08: see src/testing/e2e-bundles.js.
require('../../src/testing/e2e-bundles').runBundle(__filename);
