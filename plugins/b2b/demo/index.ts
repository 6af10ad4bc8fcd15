import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { seedCompanyDemo, DEMO_DEALER_LOGINS, DEMO_DEALER_PASSWORD } from './company-demo';
import { seedCreditDemo } from './credit-demo';

/**
 * The B2B demo: dealer companies and price lists (company-demo.ts), then their credit accounts (credit-demo.ts).
 */
export const demoSeeder: DemoSeeder = {
    name: 'b2b',
    logins: DEMO_DEALER_LOGINS.map(l => ({ label: l.label, login: `${l.email} / ${DEMO_DEALER_PASSWORD}` })),
    async seed(app, ctx) {
        await seedCompanyDemo(app, ctx);
        // Credit: the distributor shares its line with its sub-dealers; Suzhou is near its limit, Hangzhou on hold.
        await seedCreditDemo(app, ctx, [
            { companyCode: 'east-china-dist', creditLimit: 50_000_000, sharedWithSubsidiaries: true },
            { companyCode: 'dealer-suzhou', creditLimit: 5_000_000, openingBalance: 4_600_000 },
            {
                companyCode: 'dealer-hangzhou',
                creditLimit: 3_000_000,
                openingBalance: 1_200_000,
                overdueByDays: 45,
            },
        ]);
    },
};
