import { Trans } from '@lingui/react/macro';
import type { DashboardRouteDefinition } from '@vendure/dashboard';

import { PORTAL_NAV_SECTION_ID } from '../common/nav';

import { NoticeDetailPage } from './notice-detail';
import { NoticeListPage } from './notice-list';

/** Notices: the portal as a reader in the Dashboard sees it (sellers' staff read the operator's notices here). */
export const noticeRoutes: DashboardRouteDefinition[] = [
    {
        path: '/notices',
        loader: () => ({ breadcrumb: <Trans>Notices</Trans> }),
        navMenuItem: {
            sectionId: PORTAL_NAV_SECTION_ID,
            id: 'portal-notices',
            title: 'portal.nav.notices',
            url: '/notices',
            requiresPermission: ['Authenticated'],
        },
        component: route => <NoticeListPage route={route} />,
    },
    {
        path: '/notices/$id',
        loader: () => ({
            breadcrumb: [{ path: '/notices', label: <Trans>Notices</Trans> }, <Trans>Notice</Trans>],
        }),
        component: route => <NoticeDetailPage route={route} />,
    },
];
