import { Trans } from '@lingui/react/macro';
import { ActionBarItem, Badge, Button, DetailPageButton, ListPage } from '@vendure/dashboard';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { PlusIcon } from 'lucide-react';

import { companyListQuery } from './companies.graphql';
import { CompanyStatusBadge } from './company-status';

/** Dealer companies of the active channel, with filter, sort and paging. */
export function CompanyListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="company-list"
            listQuery={companyListQuery}
            route={route}
            title={<Trans>Companies</Trans>}
            defaultVisibility={{ name: true, code: true, tier: true, status: true, parent: true }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) =>
                        row.original.name == null ? null : (
                            <DetailPageButton id={row.original.id} label={row.original.name} />
                        ),
                },
                code: {
                    header: () => <Trans>Code</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.code}</span>,
                },
                tier: {
                    header: () => <Trans>Tier</Trans>,
                    cell: ({ row }) =>
                        row.original.tier ? (
                            <Badge variant="secondary" translate="no">
                                {row.original.tier}
                            </Badge>
                        ) : null,
                },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) =>
                        row.original.status ? <CompanyStatusBadge status={row.original.status} /> : null,
                },
                taxId: {
                    header: () => <Trans>Tax ID</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.taxId}</span>,
                },
                parent: {
                    header: () => <Trans>Parent company</Trans>,
                    cell: ({ row }) => row.original.parent?.name ?? null,
                },
                parentId: {
                    header: () => <Trans>Parent company ID</Trans>,
                },
            }}
            onSearchTermChange={searchTerm => ({
                _or: [{ name: { contains: searchTerm } }, { code: { contains: searchTerm } }],
            })}
        >
            <ActionBarItem itemId="create-company" requiresPermission={['CreateCompany']}>
                <Button render={<Link to="./new" />}>
                    <PlusIcon className="mr-2 h-4 w-4" />
                    <Trans>New company</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
