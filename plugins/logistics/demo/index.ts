import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { seedLogisticsDemo } from './logistics-demo';

/**
 * The logistics demo: a webhook carrier and a manual carrier, and demo orders shipped with them, each with a
 * tracking timeline (delivered, held at customs, just labelled, entered by hand); see logistics-demo.ts.
 */
export const demoSeeder: DemoSeeder = {
    name: 'logistics',
    after: ['warehouse'],
    async seed(app, ctx) {
        await seedLogisticsDemo(app, ctx);
    },
};
