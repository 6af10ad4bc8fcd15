import type {
    DashboardNavSectionDefinition,
    DashboardPageBlockDefinition,
    DashboardRouteDefinition,
} from '@vendure/dashboard';
import { Trans } from '@lingui/react/macro';
import { Building2Icon } from 'lucide-react';

import { CompanyDetailPage } from './company-detail';
import { CompanyListPage } from './company-list';
import { CustomerCompanyBlock } from './customer-company-block';

/** The B2B nav section; nav titles are explicit translation ids (see ../i18n). */
export const B2B_NAV_SECTION_ID = 'b2b';

/** Companies: the B2B nav section, list and detail pages, and the block on the customer page. */
export const companiesDashboardExtension: {
    navSections: DashboardNavSectionDefinition[];
    routes: DashboardRouteDefinition[];
    pageBlocks: DashboardPageBlockDefinition[];
} = {
    navSections: [{ id: B2B_NAV_SECTION_ID, title: 'b2b.nav.section', icon: Building2Icon, order: 350 }],
    routes: [
        {
            path: '/companies',
            loader: () => ({ breadcrumb: <Trans>Companies</Trans> }),
            navMenuItem: {
                sectionId: B2B_NAV_SECTION_ID,
                id: 'companies',
                title: 'b2b.nav.companies',
                url: '/companies',
                requiresPermission: ['ReadCompany'],
            },
            component: route => <CompanyListPage route={route} />,
        },
        {
            path: '/companies/$id',
            loader: () => ({
                breadcrumb: [{ path: '/companies', label: <Trans>Companies</Trans> }, <Trans>Company</Trans>],
            }),
            component: route => <CompanyDetailPage route={route} />,
        },
    ],
    pageBlocks: [
        {
            id: 'customer-company',
            title: <Trans>Company</Trans>,
            location: {
                pageId: 'customer-detail',
                column: 'side',
                position: { blockId: 'groups', order: 'after' },
            },
            requiresPermission: ['ReadCompany'],
            component: ({ context }) => <CustomerCompanyBlock context={context} />,
        },
    ],
};
