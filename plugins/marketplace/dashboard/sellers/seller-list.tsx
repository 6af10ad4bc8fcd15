import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { DetailPageButton, ListPage } from '@vendure/dashboard';

import { SellerStatusBadge } from '../common/seller-status';
import { sellerListQuery } from '../marketplace.graphql';

/**
 * Marketplace sellers, with filter, sort and paging. With `applications`, only pending applications (the
 * operator's review queue); each row opens the seller page, where it is approved or rejected.
 */
export function SellerListPage({ route, applications }: { route: AnyRoute; applications?: boolean }) {
    return (
        <ListPage
            pageId={applications ? 'marketplace-seller-application-list' : 'marketplace-seller-list'}
            listQuery={sellerListQuery}
            route={route}
            title={applications ? <Trans>Seller applications</Trans> : <Trans>Sellers</Trans>}
            defaultVisibility={{ name: true, status: true, contactEmail: true, taxId: true, createdAt: true }}
            transformVariables={variables =>
                applications
                    ? {
                          ...variables,
                          options: {
                              ...variables.options,
                              filter: {
                                  ...(variables.options?.filter as Record<string, unknown> | undefined),
                                  status: { eq: 'pending' },
                              },
                          },
                      }
                    : variables
            }
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) =>
                        row.original.name == null ? null : (
                            <DetailPageButton
                                href={`/marketplace-sellers/${row.original.id}`}
                                label={<span translate="no">{row.original.name}</span>}
                            />
                        ),
                },
                code: {
                    header: () => <Trans>Code</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.code}</span>,
                },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) =>
                        row.original.status ? <SellerStatusBadge status={row.original.status} /> : null,
                },
                statusReason: {
                    header: () => <Trans>Reason</Trans>,
                },
                statusChangedAt: {
                    header: () => <Trans>Status changed</Trans>,
                },
                contactEmail: {
                    header: () => <Trans>Contact email</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.contactEmail}</span>,
                },
                taxId: {
                    header: () => <Trans>Tax ID</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.taxId}</span>,
                },
            }}
            onSearchTermChange={searchTerm => ({
                _or: [{ name: { contains: searchTerm } }, { taxId: { contains: searchTerm } }],
            })}
        />
    );
}
