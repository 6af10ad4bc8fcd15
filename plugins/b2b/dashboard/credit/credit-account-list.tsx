import { Badge, DetailPageButton, ListPage, useLocalFormat } from '@vendure/dashboard';
import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';

import { creditAccountListQuery } from './credit.graphql';

/** Credit accounts of the active channel: limit, balance, available credit and hold status. */
export function CreditAccountListPage({ route }: { route: AnyRoute }) {
    const { formatCurrency } = useLocalFormat();
    return (
        <ListPage
            pageId="credit-account-list"
            listQuery={creditAccountListQuery}
            route={route}
            title={<Trans>Credit accounts</Trans>}
            defaultVisibility={{
                company: true,
                creditLimit: true,
                balance: true,
                availableCredit: true,
                status: true,
                paymentTermsDays: true,
            }}
            customizeColumns={{
                company: {
                    header: () => <Trans>Company</Trans>,
                    cell: ({ row }) => (
                        <DetailPageButton
                            id={row.original.id}
                            label={`${row.original.company.name} (${row.original.company.code})`}
                        />
                    ),
                },
                creditLimit: {
                    header: () => <Trans>Credit limit</Trans>,
                    cell: ({ row }) => formatCurrency(row.original.creditLimit, row.original.currencyCode),
                },
                balance: {
                    header: () => <Trans>Balance</Trans>,
                    cell: ({ row }) => formatCurrency(row.original.balance, row.original.currencyCode),
                },
                availableCredit: {
                    header: () => <Trans>Available credit</Trans>,
                    cell: ({ row }) =>
                        formatCurrency(row.original.availableCredit, row.original.currencyCode),
                },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => (
                        <CreditStatusBadge
                            status={row.original.status}
                            holdReason={row.original.holdReason}
                        />
                    ),
                },
                paymentTermsDays: {
                    header: () => <Trans>Payment terms (days)</Trans>,
                },
            }}
        />
    );
}

/** "Active" or "On hold (overdue)". */
export function CreditStatusBadge({ status, holdReason }: { status: string; holdReason?: string | null }) {
    if (status === 'active') {
        return (
            <Badge variant="success">
                <Trans>Active</Trans>
            </Badge>
        );
    }
    return (
        <Badge variant="destructive">
            {holdReason === 'overdue' ? <Trans>On hold (overdue)</Trans> : <Trans>Credit on hold</Trans>}
        </Badge>
    );
}
