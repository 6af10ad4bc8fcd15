import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { DEMO_SELLER_LOGINS, DEMO_SELLER_PASSWORD, seedMarketplaceDemo } from './marketplace-demo';

/**
 * The marketplace demo: three approved sellers with offers on overlapping sample-catalogue variants and a shipping
 * method each, a buyer's order split between two of them, and one pending application (marketplace-demo.ts).
 * Seller administrators log in on their seller channel.
 */
export const demoSeeder: DemoSeeder = {
    name: 'marketplace',
    logins: DEMO_SELLER_LOGINS.map(l => ({ label: l.label, login: `${l.email} / ${DEMO_SELLER_PASSWORD}` })),
    async seed(app, ctx) {
        await seedMarketplaceDemo(app, ctx);
    },
};
