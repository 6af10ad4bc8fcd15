import { i18n } from '@lingui/core';
import { Trans } from '@lingui/react/macro';
import { api, defineDashboardExtension } from '@vendure/dashboard';
import { BellRingIcon } from 'lucide-react';

import { alertBellPermissionsQuery, openAlertCountQuery } from './alerts.graphql';
import { AlertDetailPage } from './alerts/alert-detail';
import { AlertListPage } from './alerts/alert-list';
import { OpenAlertsWidget } from './alerts/open-alerts-widget';
import { SubjectAlertsBlock } from './alerts/subject-alerts-block';
import { ALERTS_NAV_SECTION_ID } from './common/labels';
import { AlertRuleDetailPage } from './rules/alert-rule-detail';
import { AlertRuleListPage } from './rules/alert-rule-list';
import { WebhookEndpointDetailPage } from './webhooks/webhook-endpoint-detail';
import { WebhookEndpointListPage } from './webhooks/webhook-endpoint-list';

type OpenCount = { open: number; active: number; info: number; warning: number; critical: number };

/** Subject pages that get an alerts block: page id, path of the page without the id, subject type. */
const SUBJECT_PAGES = [
    { pageId: 'order-detail', basePath: '/orders', subjectType: 'Order', before: 'customer' },
    { pageId: 'company-detail', basePath: '/companies', subjectType: 'Company', before: 'hierarchy' },
    {
        pageId: 'purchase-order-detail',
        basePath: '/purchase-orders',
        subjectType: 'PurchaseOrder',
        before: 'status',
    },
    { pageId: 'shipment-detail', basePath: '/shipments', subjectType: 'Shipment', before: 'shipment' },
];

defineDashboardExtension({
    navSections: [{ id: ALERTS_NAV_SECTION_ID, title: 'alerts.nav.section', icon: BellRingIcon, order: 380 }],
    routes: [
        {
            path: '/alerts',
            loader: () => ({ breadcrumb: <Trans context="alert inbox">Alerts</Trans> }),
            navMenuItem: {
                sectionId: ALERTS_NAV_SECTION_ID,
                id: 'alerts',
                title: 'alerts.nav.inbox',
                url: '/alerts',
                requiresPermission: ['ReadAlert'],
            },
            component: route => <AlertListPage route={route} />,
        },
        {
            path: '/alerts/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/alerts', label: <Trans context="alert inbox">Alerts</Trans> },
                    <Trans>Alert</Trans>,
                ],
            }),
            component: route => <AlertDetailPage route={route} />,
        },
        {
            path: '/alert-rules',
            loader: () => ({ breadcrumb: <Trans>Alert rules</Trans> }),
            navMenuItem: {
                sectionId: ALERTS_NAV_SECTION_ID,
                id: 'alert-rules',
                title: 'alerts.nav.rules',
                url: '/alert-rules',
                requiresPermission: ['ReadAlertRule'],
            },
            component: route => <AlertRuleListPage route={route} />,
        },
        {
            path: '/alert-rules/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/alert-rules', label: <Trans>Alert rules</Trans> },
                    <Trans>Alert rule</Trans>,
                ],
            }),
            component: route => <AlertRuleDetailPage route={route} />,
        },
        {
            path: '/alert-webhooks',
            loader: () => ({ breadcrumb: <Trans>Webhook endpoints</Trans> }),
            navMenuItem: {
                sectionId: ALERTS_NAV_SECTION_ID,
                id: 'alert-webhooks',
                title: 'alerts.nav.webhooks',
                url: '/alert-webhooks',
                requiresPermission: ['ReadAlertRule'],
            },
            component: route => <WebhookEndpointListPage route={route} />,
        },
        {
            path: '/alert-webhooks/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/alert-webhooks', label: <Trans>Webhook endpoints</Trans> },
                    <Trans>Webhook endpoint</Trans>,
                ],
            }),
            component: route => <WebhookEndpointDetailPage route={route} />,
        },
    ],
    pageBlocks: SUBJECT_PAGES.map(({ pageId, basePath, subjectType, before }) => ({
        id: `${pageId}-alerts`,
        title: <Trans context="alert inbox">Alerts</Trans>,
        location: {
            pageId,
            column: 'side' as const,
            position: { blockId: before, order: 'before' as const },
        },
        requiresPermission: ['ReadAlert'],
        component: ({ context }) => (
            <SubjectAlertsBlock context={context} basePath={basePath} subjectType={subjectType} />
        ),
    })),
    widgets: [
        {
            id: 'alerts-open',
            name: 'Open alerts',
            component: OpenAlertsWidget,
            defaultSize: { w: 4, h: 3 },
            minSize: { w: 3, h: 3 },
            requiresPermissions: ['ReadAlert'],
        },
    ],
    alerts: [
        {
            id: 'triflow-open-alerts',
            // The bell's texts are plain strings, translated through explicit ids (see ./i18n); the plugin
            // catalogs are loaded uncompiled, so the numbers go beside the words, not into them. The Dashboard
            // calls these before the first check has answered too: `data` may be undefined then.
            title: (data?: OpenCount) => `${i18n._('alerts.bell.title')}: ${data?.open ?? 0}`,
            description: (data?: OpenCount) =>
                [
                    `${i18n._('alerts.bell.critical')} ${data?.critical ?? 0}`,
                    `${i18n._('alerts.bell.warning')} ${data?.warning ?? 0}`,
                    `${i18n._('alerts.bell.info')} ${data?.info ?? 0}`,
                ].join(' · '),
            severity: (data?: OpenCount) => (data?.critical ? 'error' : data?.warning ? 'warning' : 'info'),
            check: async (): Promise<OpenCount> => {
                const none = { open: 0, active: 0, info: 0, warning: 0, critical: 0 };
                // Only with ReadAlert on the active channel: an administrator without it (a seller's) would get
                // a refusal from every check.
                const { activeChannel, me } = await api.query(alertBellPermissionsQuery, {});
                const permissions = me?.channels.find(c => c.id === activeChannel.id)?.permissions ?? [];
                if (!permissions.includes('ReadAlert') && !permissions.includes('SuperAdmin')) {
                    return none;
                }
                try {
                    return (await api.query(openAlertCountQuery, {})).openAlertCount;
                } catch {
                    return none;
                }
            },
            shouldShow: (data?: OpenCount) => !!data && data.open > 0,
            recheckInterval: 60_000,
        },
    ],
});
