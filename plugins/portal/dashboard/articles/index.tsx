import { Trans } from '@lingui/react/macro';
import type { DashboardRouteDefinition } from '@vendure/dashboard';

import { PORTAL_NAV_SECTION_ID } from '../common/nav';

import { ArticleDetailPage } from './article-detail';
import { ArticleListPage } from './article-list';

/** Articles: the list and the editor. */
export const articleRoutes: DashboardRouteDefinition[] = [
    {
        path: '/articles',
        loader: () => ({ breadcrumb: <Trans>Articles</Trans> }),
        navMenuItem: {
            sectionId: PORTAL_NAV_SECTION_ID,
            id: 'portal-articles',
            title: 'portal.nav.articles',
            url: '/articles',
            requiresPermission: ['ReadArticle'],
        },
        component: route => <ArticleListPage route={route} />,
    },
    {
        path: '/articles/$id',
        loader: () => ({
            breadcrumb: [{ path: '/articles', label: <Trans>Articles</Trans> }, <Trans>Article</Trans>],
        }),
        component: route => <ArticleDetailPage route={route} />,
    },
];
