import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { api, DetailPageButton, ListPage, useLocalFormat } from '@vendure/dashboard';

import { TRACKING_STATUSES, TrackingStatusBadge, useTrackingStatusLabels } from '../common/tracking-status';
import { carrierOptionsQuery, shipmentListQuery } from '../logistics.graphql';

const STALLED = 'stalled';
const NOT_STALLED = 'not-stalled';

type Filter = Record<string, unknown> | undefined;

/**
 * The faceted filter asks for `stalledAt: { in: [...] }`; the API filters the column with `isNull`. Both options
 * (or none) mean no condition.
 */
function stalledFilter(filter: Filter): Filter {
    if (!filter) {
        return filter;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filter)) {
        if ((key === '_and' || key === '_or') && Array.isArray(value)) {
            const parts = (value as Filter[]).map(stalledFilter).filter(f => f && Object.keys(f).length);
            if (parts.length) {
                out[key] = parts;
            }
        } else if (key === 'stalledAt' && Array.isArray((value as { in?: unknown })?.in)) {
            const picked = (value as { in: string[] }).in;
            if (picked.includes(STALLED) !== picked.includes(NOT_STALLED)) {
                out.stalledAt = { isNull: picked.includes(NOT_STALLED) };
            }
        } else {
            out[key] = value;
        }
    }
    return out;
}

/**
 * Shipments of the active channel, newest first, filtered by status, carrier and stalled or not (faceted filters)
 * or searched by tracking number. The stalled column shows when a
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
                stalledAt: {
                    title: t`Stalled`,
                    options: [
                        { label: t`Stalled`, value: STALLED },
                        { label: t`Not stalled`, value: NOT_STALLED },
                    ],
                },
            }}
            transformVariables={variables => ({
                ...variables,
                options: { ...variables.options, filter: stalledFilter(variables.options?.filter as Filter) },
            })}
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
