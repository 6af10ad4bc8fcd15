import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { seedAlertsDemo } from './alerts-demo';

/**
 * The alerts demo: a rule on large orders and one on unshipped paid orders, a webhook endpoint the first rule
 * notifies (at an address fetch refuses to call), and an open alert raised by the first rule's condition on the
 * demo's largest placed order (see alerts-demo.ts).
 */
export const demoSeeder: DemoSeeder = {
    name: 'alerts',
    // Last: once its rules exist, the job queue raises alerts from the other seeders' events, and on SQLite
    // those writes must not run beside another seeder's transaction.
    after: ['b2b', 'warehouse', 'logistics', 'marketplace', 'rfq', 'portal'],
    async seed(app, ctx) {
        await seedAlertsDemo(app, ctx);
    },
};
