import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { ListPage, useLocalFormat } from '@vendure/dashboard';

import { MoneyText } from '../common/money';

import { LedgerEntryTypeLabel } from './payout-labels';
import { sellerLedgerQuery } from './payout.graphql';

/** The seller ledger: every seller's entries for the operator (filter by seller), the own on a seller channel. */
export function SellerLedgerListPage({ route }: { route: AnyRoute }) {
    const { formatDate } = useLocalFormat();
    return (
        <ListPage
            pageId="seller-ledger-list"
            listQuery={sellerLedgerQuery}
            route={route}
            title={<Trans>Seller ledger</Trans>}
            defaultVisibility={{
                createdAt: true,
                seller: true,
                type: true,
                orderCode: true,
                description: true,
                amount: true,
                payableFrom: true,
            }}
            customizeColumns={{
                createdAt: {
                    header: () => <Trans>Date</Trans>,
                    cell: ({ row }) => (row.original.createdAt ? formatDate(row.original.createdAt) : null),
                },
                seller: {
                    header: () => <Trans>Seller</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.seller?.name}</span>,
                },
                type: {
                    header: () => <Trans>Type</Trans>,
                    cell: ({ row }) => <LedgerEntryTypeLabel type={row.original.type} />,
                },
                orderCode: {
                    header: () => <Trans>Order</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.orderCode ?? ''}</span>,
                },
                description: {
                    header: () => <Trans>Description</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.description ?? ''}</span>,
                },
                amount: {
                    header: () => <Trans>Amount</Trans>,
                    meta: { dependencies: ['currencyCode'] },
                    cell: ({ row }) => (
                        <MoneyText value={row.original.amount} currencyCode={row.original.currencyCode} />
                    ),
                },
                currencyCode: {
                    header: () => <Trans>Currency</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.currencyCode}</span>,
                },
                payableFrom: {
                    header: () => <Trans>Payable from</Trans>,
                    cell: ({ row }) =>
                        row.original.payableFrom ? formatDate(row.original.payableFrom) : null,
                },
                commissionRateBps: { header: () => <Trans>Commission rate (bp)</Trans> },
                payoutBatchId: { header: () => <Trans>Payout batch ID</Trans> },
                sellerId: { header: () => <Trans>Seller ID</Trans> },
            }}
            onSearchTermChange={searchTerm => ({
                _or: [{ orderCode: { contains: searchTerm } }, { description: { contains: searchTerm } }],
            })}
        />
    );
}
