import type {
    DashboardNavSectionDefinition,
    DashboardPageBlockDefinition,
    DashboardRouteDefinition,
} from '@vendure/dashboard';
import { Trans } from '@lingui/react/macro';

import { B2B_NAV_SECTION_ID } from '../companies';

import { CompanyCreditBlock } from './company-credit-block';
import { CreditAccountDetailPage } from './credit-account-detail';
import { CreditAccountListPage } from './credit-account-list';
import { OrderCreditChargeBlock } from './order-credit-charge-block';

/** Page id of the company detail page the credit block is placed on (owned by the companies pages). */
const COMPANY_DETAIL_PAGE_ID = 'company-detail';

/** The credit control part of the B2B Dashboard extension: spread into `defineDashboardExtension`. */
export const creditDashboardExtension: {
    navSections: DashboardNavSectionDefinition[];
    routes: DashboardRouteDefinition[];
    pageBlocks: DashboardPageBlockDefinition[];
} = {
    navSections: [],
    routes: [
        {
            path: '/credit-accounts',
            loader: () => ({ breadcrumb: <Trans>Credit accounts</Trans> }),
            navMenuItem: {
                sectionId: B2B_NAV_SECTION_ID,
                id: 'credit-accounts',
                title: 'b2b.nav.credit-accounts',
                url: '/credit-accounts',
                requiresPermission: ['ReadCredit'],
            },
            component: route => <CreditAccountListPage route={route} />,
        },
        {
            path: '/credit-accounts/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/credit-accounts', label: <Trans>Credit accounts</Trans> },
                    <Trans>Statement</Trans>,
                ],
            }),
            component: route => <CreditAccountDetailRoute route={route} />,
        },
    ],
    pageBlocks: [
        {
            id: 'company-credit',
            title: <Trans>Credit</Trans>,
            location: {
                pageId: COMPANY_DETAIL_PAGE_ID,
                column: 'side',
                position: { blockId: 'price-lists', order: 'after' },
            },
            requiresPermission: ['ReadCredit'],
            component: ({ context }) => <CompanyCreditBlock context={context} />,
        },
        {
            id: 'order-credit-charge',
            title: <Trans>Paid on account</Trans>,
            location: {
                pageId: 'order-detail',
                column: 'side',
                position: { blockId: 'customer', order: 'after' },
            },
            requiresPermission: ['ReadCredit'],
            component: ({ context }) => <OrderCreditChargeBlock context={context} />,
        },
    ],
};

function CreditAccountDetailRoute({
    route,
}: {
    route: Parameters<DashboardRouteDefinition['component']>[0];
}) {
    const { id }: { id: string } = route.useParams();
    return <CreditAccountDetailPage id={id} />;
}
