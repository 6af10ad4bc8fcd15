import { Badge, DetailPageButton, ListPage } from '@vendure/dashboard';
import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';

import { MoneyText } from '../common/money';

import { creditAccountListQuery } from './credit.graphql';

/**
 * Credit accounts of the active channel: limit, balance, available credit and hold status. The list query
 * fetches only the fields of visible columns: a cell that reads another field (money cells read the currency,
 * the status reads the hold reason) declares it in `meta.dependencies`, and every cell renders nothing for a
 * field not there yet.
 */
export function CreditAccountListPage({ route }: { route: AnyRoute }) {
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
                    cell: ({ row }) =>
                        row.original.company ? (
                            <DetailPageButton
                                id={row.original.id}
                                label={`${row.original.company.name} (${row.original.company.code})`}
                            />
                        ) : null,
                },
                creditLimit: {
                    header: () => <Trans>Credit limit</Trans>,
                    meta: { dependencies: ['currencyCode'] },
                    cell: ({ row }) => (
                        <MoneyText
                            value={row.original.creditLimit}
                            currencyCode={row.original.currencyCode}
                        />
                    ),
                },
                balance: {
                    header: () => <Trans>Balance</Trans>,
                    meta: { dependencies: ['currencyCode'] },
                    cell: ({ row }) => (
                        <MoneyText value={row.original.balance} currencyCode={row.original.currencyCode} />
                    ),
                },
                availableCredit: {
                    header: () => <Trans>Available credit</Trans>,
                    meta: { dependencies: ['currencyCode'] },
                    cell: ({ row }) => (
                        <MoneyText
                            value={row.original.availableCredit}
                            currencyCode={row.original.currencyCode}
                        />
                    ),
                },
                utilisation: {
                    header: () => <Trans>Utilisation</Trans>,
                    cell: ({ row }) =>
                        row.original.utilisation == null ? null : (
                            <span className="tabular-nums">
                                {Math.round(row.original.utilisation * 100)}%
                            </span>
                        ),
                },
                status: {
                    header: () => <Trans>Status</Trans>,
                    meta: { dependencies: ['holdReason'] },
                    cell: ({ row }) =>
                        row.original.status ? (
                            <CreditStatusBadge
                                status={row.original.status}
                                holdReason={row.original.holdReason}
                            />
                        ) : null,
                },
                holdReason: {
                    header: () => <Trans>Hold reason</Trans>,
                    cell: ({ row }) => <HoldReasonLabel reason={row.original.holdReason} />,
                },
                sharedWithSubsidiaries: {
                    header: () => <Trans>Shared with sub-dealers</Trans>,
                },
                allowExceedLimit: {
                    header: () => <Trans>May exceed limit</Trans>,
                },
                graceDays: {
                    header: () => <Trans>Grace days</Trans>,
                },
                currencyCode: {
                    header: () => <Trans>Currency</Trans>,
                },
                paymentTermsDays: {
                    header: () => <Trans>Payment terms (days)</Trans>,
                },
            }}
        />
    );
}

/** Why an account is on hold, in words. */
export function HoldReasonLabel({ reason }: { reason: string | null | undefined }) {
    if (reason === 'overdue') {
        return <Trans>Overdue</Trans>;
    }
    if (reason === 'manual') {
        return <Trans>Placed by hand</Trans>;
    }
    return null;
}

/** "Active" or "On hold (overdue)". */
export function CreditStatusBadge({ status, holdReason }: { status: string; holdReason?: string | null }) {
    if (status === 'active') {
        return (
            <Badge variant="success">
                <Trans context="account status">Active</Trans>
            </Badge>
        );
    }
    return (
        <Badge variant="destructive">
            {holdReason === 'overdue' ? <Trans>On hold (overdue)</Trans> : <Trans>Credit on hold</Trans>}
        </Badge>
    );
}
