import { defineDashboardExtension } from '@vendure/dashboard';

import { companiesDashboardExtension } from './companies';
import { creditDashboardExtension } from './credit';
import { priceListsDashboardExtension } from './price-lists';

defineDashboardExtension({
    navSections: [...companiesDashboardExtension.navSections, ...creditDashboardExtension.navSections],
    routes: [
        ...companiesDashboardExtension.routes,
        ...priceListsDashboardExtension.routes,
        ...creditDashboardExtension.routes,
    ],
    pageBlocks: [...companiesDashboardExtension.pageBlocks, ...creditDashboardExtension.pageBlocks],
});
