import { Trans } from '@lingui/react/macro';
import { defineDashboardExtension } from '@vendure/dashboard';
import { MessageSquareQuoteIcon } from 'lucide-react';

import { RFQ_NAV_SECTION_ID } from './common/nav';
import { QuoteRequestDetailPage } from './quote-request-detail';
import { QuoteRequestListPage } from './quote-request-list';

defineDashboardExtension({
    navSections: [
        { id: RFQ_NAV_SECTION_ID, title: 'rfq.nav.section', icon: MessageSquareQuoteIcon, order: 370 },
    ],
    routes: [
        {
            path: '/quote-requests',
            loader: () => ({ breadcrumb: <Trans>Quote requests</Trans> }),
            navMenuItem: {
                sectionId: RFQ_NAV_SECTION_ID,
                id: 'quote-requests',
                title: 'rfq.nav.quote-requests',
                url: '/quote-requests',
                // The operator (ReadQuoteRequest) or a seller administrator (ReadOffer, its seller channel).
                requiresPermission: ['ReadQuoteRequest', 'ReadOffer'],
            },
            component: route => <QuoteRequestListPage route={route} />,
        },
        {
            path: '/quote-requests/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/quote-requests', label: <Trans>Quote requests</Trans> },
                    <Trans>Quote request</Trans>,
                ],
            }),
            component: route => <QuoteRequestDetailPage route={route} />,
        },
    ],
});
