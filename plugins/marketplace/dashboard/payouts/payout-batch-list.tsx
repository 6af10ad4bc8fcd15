import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { ActionBarItem, api, Button, DetailPageButton, ListPage, useLocalFormat } from '@vendure/dashboard';
import { toast } from 'sonner';

import { errorMessage } from '../common/error-result';
import { MoneyText } from '../common/money';

import { PayoutBatchStateBadge } from './payout-labels';
import { buildPayoutBatchesDocument, payoutBatchListQuery } from './payout.graphql';

/** Payout batches: every seller's for the operator, the own on a seller channel. */
export function PayoutBatchListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const queryClient = useQueryClient();
    const build = useMutation({
        mutationFn: async () => (await api.mutate(buildPayoutBatchesDocument, {})).buildPayoutBatches,
        onSuccess: async batches => {
            toast.success(batches.length ? t`Payout batches built` : t`Nothing is due for payout`);
            await queryClient.invalidateQueries();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <ListPage
            pageId="seller-payout-batch-list"
            listQuery={payoutBatchListQuery}
            route={route}
            title={<Trans>Payout batches</Trans>}
            defaultVisibility={{ createdAt: true, seller: true, amount: true, state: true, reference: true }}
            customizeColumns={{
                createdAt: {
                    header: () => <Trans>Built</Trans>,
                    cell: ({ row }) =>
                        row.original.createdAt ? (
                            <DetailPageButton
                                id={row.original.id}
                                label={formatDate(row.original.createdAt)}
                            />
                        ) : null,
                },
                seller: {
                    header: () => <Trans>Seller</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.seller?.name}</span>,
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
                state: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => <PayoutBatchStateBadge state={row.original.state} />,
                },
                reference: {
                    header: () => <Trans>Reference</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.reference ?? ''}</span>,
                },
                paidAt: {
                    header: () => <Trans>Paid at</Trans>,
                    cell: ({ row }) => (row.original.paidAt ? formatDate(row.original.paidAt) : null),
                },
                entryCount: { header: () => <Trans>Entries</Trans> },
                sellerId: { header: () => <Trans>Seller ID</Trans> },
            }}
        >
            <ActionBarItem itemId="build-payout-batches" requiresPermission={['CreateSellerPayout']}>
                <Button type="button" disabled={build.isPending} onClick={() => build.mutate()}>
                    <Trans>Build payout batches</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
