import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { ActionBarItem, Badge, Button, DetailPageButton, ListPage, useLocalFormat } from '@vendure/dashboard';
import { PlusIcon } from 'lucide-react';

import { priceListListQuery } from './price-lists.graphql';

/** Enabled or disabled, as a badge; nothing while the status is not loaded. */
export function PriceListStatusBadge({ status }: { status: string | null | undefined }) {
    if (status === 'enabled') {
        return (
            <Badge variant="success">
                <Trans>Enabled</Trans>
            </Badge>
        );
    }
    if (status === 'disabled') {
        return (
            <Badge variant="secondary">
                <Trans>Disabled</Trans>
            </Badge>
        );
    }
    return null;
}

/** Dealer price lists of the active channel. */
export function PriceListListPage({ route }: { route: AnyRoute }) {
    const { formatDate } = useLocalFormat();
    return (
        <ListPage
            pageId="price-list-list"
            listQuery={priceListListQuery}
            route={route}
            title={<Trans>Price lists</Trans>}
            defaultVisibility={{
                name: true,
                currencyCode: true,
                priority: true,
                status: true,
                validFrom: true,
                validTo: true,
                tiers: true,
                entryCount: true,
            }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) =>
                        row.original.name == null ? null : (
                            <DetailPageButton id={row.original.id} label={row.original.name} />
                        ),
                },
                currencyCode: { header: () => <Trans>Currency</Trans> },
                priority: { header: () => <Trans>Priority</Trans> },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => <PriceListStatusBadge status={row.original.status} />,
                },
                validFrom: {
                    header: () => <Trans>Valid from</Trans>,
                    cell: ({ row }) => (row.original.validFrom ? formatDate(row.original.validFrom) : null),
                },
                validTo: {
                    header: () => <Trans>Valid to</Trans>,
                    cell: ({ row }) => (row.original.validTo ? formatDate(row.original.validTo) : null),
                },
                tiers: {
                    header: () => <Trans>Tiers</Trans>,
                    cell: ({ row }) => (
                        <span className="flex flex-wrap gap-1" translate="no">
                            {(row.original.tiers ?? []).map(tier => (
                                <Badge key={tier} variant="secondary">
                                    {tier}
                                </Badge>
                            ))}
                        </span>
                    ),
                },
                entryCount: { header: () => <Trans>Entries</Trans> },
            }}
            onSearchTermChange={searchTerm => ({ name: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-price-list" requiresPermission={['CreatePriceList']}>
                <Button render={<Link to="./new" />}>
                    <PlusIcon className="mr-2 h-4 w-4" />
                    <Trans>New price list</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
