import { Trans } from '@lingui/react/macro';
import type { DashboardRouteDefinition } from '@vendure/dashboard';

import { PORTAL_NAV_SECTION_ID } from '../common/nav';

import { TopicDetailPage } from './topic-detail';
import { TopicTreePage } from './topic-tree';

/** Topics: the tree and the topic form. */
export const topicRoutes: DashboardRouteDefinition[] = [
    {
        path: '/topics',
        loader: () => ({ breadcrumb: <Trans>Topics</Trans> }),
        navMenuItem: {
            sectionId: PORTAL_NAV_SECTION_ID,
            id: 'portal-topics',
            title: 'portal.nav.topics',
            url: '/topics',
            requiresPermission: ['ReadTopic'],
        },
        component: route => <TopicTreePage route={route} />,
    },
    {
        path: '/topics/$id',
        loader: () => ({
            breadcrumb: [{ path: '/topics', label: <Trans>Topics</Trans> }, <Trans>Topic</Trans>],
        }),
        component: route => <TopicDetailPage route={route} />,
    },
];
