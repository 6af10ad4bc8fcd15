import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { DEMO_RFQ_BUYER, seedRfqDemo } from './rfq-demo';

/**
 * The RFQ demo (rfq-demo.ts): an open request from the demo buyer routed to the marketplace demo sellers who
 * carry its parts, with one revised quote in and the rest pending, and a closed request (an expired quote, a
 * declined one). Runs after the marketplace demo, whose sellers and offers it needs.
 */
export const demoSeeder: DemoSeeder = {
    name: 'rfq',
    after: ['marketplace'],
    logins: [
        {
            label: 'Buyer with requests for quotation (shop API)',
            login: `${DEMO_RFQ_BUYER.email} / ${DEMO_RFQ_BUYER.password}`,
        },
    ],
    async seed(app, ctx) {
        await seedRfqDemo(app, ctx);
    },
};
