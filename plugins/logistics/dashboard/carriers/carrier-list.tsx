import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Badge, DetailPageButton, ListPage } from '@vendure/dashboard';

import { carrierListQuery } from '../logistics.graphql';

/** Carriers, with filter, sort and paging; each row opens the carrier page. */
export function CarrierListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="carrier-list"
            listQuery={carrierListQuery}
            route={route}
            title={<Trans>Carriers</Trans>}
            defaultVisibility={{ name: true, code: true, adapterCode: true, enabled: true }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) =>
                        row.original.name == null ? null : (
                            <DetailPageButton
                                href={`/carriers/${row.original.id}`}
                                label={<span translate="no">{row.original.name}</span>}
                            />
                        ),
                },
                code: {
                    header: () => <Trans>Code</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.code}</span>,
                },
                adapterCode: {
                    header: () => <Trans>Adapter</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.adapterCode}</span>,
                },
                enabled: {
                    header: () => <Trans>Enabled</Trans>,
                    cell: ({ row }) =>
                        row.original.enabled == null ? null : row.original.enabled ? (
                            <Badge variant="success">
                                <Trans>Enabled</Trans>
                            </Badge>
                        ) : (
                            <Badge variant="secondary">
                                <Trans>Disabled</Trans>
                            </Badge>
                        ),
                },
                trackingUrlTemplate: {
                    header: () => <Trans>Tracking URL template</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.trackingUrlTemplate}</span>,
                },
            }}
            onSearchTermChange={searchTerm => ({
                _or: [{ name: { contains: searchTerm } }, { code: { contains: searchTerm } }],
            })}
        />
    );
}
