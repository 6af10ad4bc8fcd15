import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { api, DetailPageButton, ListPage, useLocalFormat } from '@vendure/dashboard';

import { TRACKING_STATUSES, TrackingStatusBadge, useTrackingStatusLabels } from '../common/tracking-status';
import { carrierOptionsQuery, shipmentListQuery } from '../logistics.graphql';

/**
 * Shipments of the active channel, newest first, filtered by status and carrier (faceted filters) or searched by
 * tracking number. The stalled column shows when a
 * shipment was flagged for having no event for a while.
 */
export function ShipmentListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const statusLabels = useTrackingStatusLabels();
    const { data: carrierData } = useQuery({
        queryKey: ['logistics-carrier-options'],
        queryFn: () => api.query(carrierOptionsQuery, {}),
    });
    const carriers = carrierData?.carriers.items ?? [];
    return (
        <ListPage
            pageId="shipment-list"
            listQuery={shipmentListQuery}
            route={route}
            title={<Trans>Shipments</Trans>}
            defaultSort={[{ id: 'createdAt', desc: true }]}
            defaultVisibility={{
                trackingNumber: true,
                carrier: true,
                status: true,
                lastEventAt: true,
                orderId: true,
                createdAt: true,
            }}
            facetedFilters={{
                status: {
                    title: t`Status`,
                    options: TRACKING_STATUSES.map(s => ({ label: statusLabels[s], value: s })),
                },
                carrierId: {
                    title: t`Carrier`,
                    options: carriers.map(c => ({ label: c.name, value: c.id })),
                },
            }}
            customizeColumns={{
                trackingNumber: {
                    header: () => <Trans>Tracking number</Trans>,
                    cell: ({ row }) =>
                        row.original.trackingNumber == null ? null : (
                            <DetailPageButton
                                href={`/shipments/${row.original.id}`}
                                label={<span translate="no">{row.original.trackingNumber}</span>}
                            />
                        ),
                },
                carrier: {
                    header: () => <Trans>Carrier</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.carrier?.name ?? ''}</span>,
                },
                carrierId: {
                    header: () => <Trans>Carrier ID</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.carrierId}</span>,
                },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) =>
                        row.original.status ? <TrackingStatusBadge status={row.original.status} /> : null,
                },
                subStatus: {
                    header: () => <Trans>Sub-status</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.subStatus ?? ''}</span>,
                },
                lastEventAt: {
                    header: () => <Trans>Last event</Trans>,
                    cell: ({ row }) => (row.original.lastEventAt ? formatDate(row.original.lastEventAt) : ''),
                },
                stalledAt: {
                    header: () => <Trans>Stalled since</Trans>,
                    cell: ({ row }) => (row.original.stalledAt ? formatDate(row.original.stalledAt) : ''),
                },
                orderId: {
                    header: () => <Trans>Order</Trans>,
                    cell: ({ row }) =>
                        row.original.orderId == null ? null : (
                            <Link
                                to="/orders/$id"
                                params={{ id: String(row.original.orderId) }}
                                className="underline"
                            >
                                <Trans>Open order</Trans>
                            </Link>
                        ),
                },
            }}
            onSearchTermChange={searchTerm => ({ trackingNumber: { contains: searchTerm } })}
        />
    );
}
