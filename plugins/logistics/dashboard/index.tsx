import { Trans } from '@lingui/react/macro';
import { defineDashboardExtension } from '@vendure/dashboard';
import { TruckIcon } from 'lucide-react';

import { CarrierDetailPage } from './carriers/carrier-detail';
import { CarrierListPage } from './carriers/carrier-list';
import { LOGISTICS_NAV_SECTION_ID } from './common/nav';
import { RateTableInput } from './rate-table/rate-table-input';
import { OrderShipmentsBlock } from './shipments/order-shipments-block';
import { ShipmentDetailPage } from './shipments/shipment-detail';
import { ShipmentListPage } from './shipments/shipment-list';

defineDashboardExtension({
    navSections: [
        { id: LOGISTICS_NAV_SECTION_ID, title: 'logistics.nav.section', icon: TruckIcon, order: 370 },
    ],
    routes: [
        {
            path: '/shipments',
            loader: () => ({ breadcrumb: <Trans>Shipments</Trans> }),
            navMenuItem: {
                sectionId: LOGISTICS_NAV_SECTION_ID,
                id: 'shipments',
                title: 'logistics.nav.shipments',
                url: '/shipments',
                requiresPermission: ['ReadShipment'],
            },
            component: route => <ShipmentListPage route={route} />,
        },
        {
            path: '/shipments/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/shipments', label: <Trans>Shipments</Trans> },
                    <Trans>Shipment</Trans>,
                ],
            }),
            component: route => <ShipmentDetailPage route={route} />,
        },
        {
            path: '/carriers',
            loader: () => ({ breadcrumb: <Trans>Carriers</Trans> }),
            navMenuItem: {
                sectionId: LOGISTICS_NAV_SECTION_ID,
                id: 'carriers',
                title: 'logistics.nav.carriers',
                url: '/carriers',
                requiresPermission: ['ReadCarrier'],
            },
            component: route => <CarrierListPage route={route} />,
        },
        {
            path: '/carriers/$id',
            loader: () => ({
                breadcrumb: [{ path: '/carriers', label: <Trans>Carriers</Trans> }, <Trans>Carrier</Trans>],
            }),
            component: route => <CarrierDetailPage route={route} />,
        },
    ],
    customFormComponents: {
        // The table argument of the rate-table shipping calculator and checker (ui.component in rate-table-shipping.ts).
        customFields: [{ id: 'logistics-rate-table-input', component: RateTableInput }],
    },
    pageBlocks: [
        {
            id: 'order-shipments',
            title: <Trans>Shipments</Trans>,
            location: {
                pageId: 'order-detail',
                column: 'side',
                position: { blockId: 'fulfillment-details', order: 'after' },
            },
            requiresPermission: ['ReadShipment'],
            component: ({ context }) => <OrderShipmentsBlock context={context} />,
        },
    ],
});
