// Runs the e2e specs of bundle 07: see src/testing/e2e-bundles.js.
require('../../src/testing/e2e-bundles').runBundle(__filename);
