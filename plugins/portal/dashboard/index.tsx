import { defineDashboardExtension } from '@vendure/dashboard';
import { NewspaperIcon } from 'lucide-react';

import { articleRoutes } from './articles';
import { PORTAL_NAV_SECTION_ID } from './common/nav';
import { noticeRoutes } from './notices';
import { topicRoutes } from './topics';

defineDashboardExtension({
    navSections: [
        { id: PORTAL_NAV_SECTION_ID, title: 'portal.nav.section', icon: NewspaperIcon, order: 380 },
    ],
    routes: [...articleRoutes, ...topicRoutes, ...noticeRoutes],
});
