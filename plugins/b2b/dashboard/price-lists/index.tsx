import { Trans } from '@lingui/react/macro';
import type { DashboardRouteDefinition } from '@vendure/dashboard';

import { B2B_NAV_SECTION_ID } from '../companies';

import { PriceListDetailPage } from './price-list-detail';
import { PriceListListPage } from './price-list-list';

/** Price lists: list and detail pages (entries, targets, CSV import/export). */
export const priceListsDashboardExtension: { routes: DashboardRouteDefinition[] } = {
    routes: [
        {
            path: '/price-lists',
            loader: () => ({ breadcrumb: <Trans>Price lists</Trans> }),
            navMenuItem: {
                sectionId: B2B_NAV_SECTION_ID,
                id: 'price-lists',
                title: 'b2b.nav.price-lists',
                url: '/price-lists',
                requiresPermission: ['ReadPriceList'],
            },
            component: route => <PriceListListPage route={route} />,
        },
        {
            path: '/price-lists/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/price-lists', label: <Trans>Price lists</Trans> },
                    <Trans>Price list</Trans>,
                ],
            }),
            component: route => <PriceListDetailPage route={route} />,
        },
    ],
};
