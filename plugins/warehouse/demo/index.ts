import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { seedWarehouseDemo } from './warehouse-demo';

/**
 * The warehouse demo: a central warehouse (the sample catalog's stock) and branches in London (Europe) and
 * Beijing (Asia), suppliers, purchase orders, a transfer in transit and reorder points (warehouse-demo.ts).
 */
export const demoSeeder: DemoSeeder = {
    name: 'warehouse',
    async seed(app, ctx) {
        await seedWarehouseDemo(app, ctx);
    },
};
