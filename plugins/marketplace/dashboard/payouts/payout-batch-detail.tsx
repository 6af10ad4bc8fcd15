import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import {
    api,
    Button,
    DetailFormGrid,
    Input,
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    useLocalFormat,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { toast } from 'sonner';

import { errorMessage, errorResultMessage } from '../common/error-result';
import { MoneyText } from '../common/money';

import { LedgerEntryTypeLabel, PayoutBatchStateBadge } from './payout-labels';
import {
    markPayoutBatchPaidDocument,
    payoutBatchDetailQuery,
    sellerStatementCsvDocument,
} from './payout.graphql';

/**
 * A payout batch: its seller, amount and state, the ledger entries it pays, and (operator, pending batch) the
 * "mark paid" action with the transfer's reference; the seller's statement downloads as CSV.
 */
export function PayoutBatchDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const queryKey = ['seller-payout-batch', params.id];
    const { data } = useQuery({
        queryKey,
        queryFn: () => api.query(payoutBatchDetailQuery, { id: params.id }),
    });
    const batch = data?.sellerPayoutBatch;
    const { formatDate } = useLocalFormat();

    return (
        <Page pageId="seller-payout-batch-detail">
            <PageTitle>
                <Trans>Payout batch</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="batch" title={<Trans>Payout batch</Trans>}>
                    {batch ? (
                        <DetailFormGrid>
                            <Field label={<Trans>Seller</Trans>}>
                                <span translate="no">{batch.seller.name}</span>
                            </Field>
                            <Field label={<Trans>Amount</Trans>}>
                                <MoneyText value={batch.amount} currencyCode={batch.currencyCode} />
                            </Field>
                            <Field label={<Trans>Built</Trans>}>{formatDate(batch.createdAt)}</Field>
                            <Field label={<Trans>Status</Trans>}>
                                <PayoutBatchStateBadge state={batch.state} />
                            </Field>
                            <Field label={<Trans>Reference</Trans>}>
                                <span translate="no">{batch.reference ?? ''}</span>
                            </Field>
                            <Field label={<Trans>Paid at</Trans>}>
                                {batch.paidAt ? formatDate(batch.paidAt) : ''}
                            </Field>
                        </DetailFormGrid>
                    ) : null}
                </PageBlock>
                {batch ? (
                    <>
                        <PageBlock column="side" blockId="pay" title={<Trans>Payment</Trans>}>
                            <MarkPaid id={batch.id} state={batch.state} queryKey={queryKey} />
                            <StatementDownload sellerId={batch.seller.id} />
                        </PageBlock>
                        <PageBlock column="main" blockId="entries" title={<Trans>Ledger entries</Trans>}>
                            <table className="w-full text-sm">
                                <thead>
                                    <tr className="text-muted-foreground text-left">
                                        <th className="py-1">
                                            <Trans>Date</Trans>
                                        </th>
                                        <th>
                                            <Trans>Type</Trans>
                                        </th>
                                        <th>
                                            <Trans>Order</Trans>
                                        </th>
                                        <th>
                                            <Trans>Description</Trans>
                                        </th>
                                        <th className="text-right">
                                            <Trans>Amount</Trans>
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {batch.entries.items.map(e => (
                                        <tr key={e.id} className="border-t">
                                            <td className="py-1">{formatDate(e.createdAt)}</td>
                                            <td>
                                                <LedgerEntryTypeLabel type={e.type} />
                                            </td>
                                            <td translate="no">{e.orderCode ?? ''}</td>
                                            <td translate="no">{e.description ?? ''}</td>
                                            <td className="text-right">
                                                <MoneyText value={e.amount} currencyCode={e.currencyCode} />
                                            </td>
                                        </tr>
                                    ))}
                                </tbody>
                            </table>
                        </PageBlock>
                    </>
                ) : null}
            </PageLayout>
        </Page>
    );
}

function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <div className="text-muted-foreground text-sm font-medium">{label}</div>
            <div className="text-sm">{children}</div>
        </div>
    );
}

function MarkPaid({ id, state, queryKey }: { id: string; state: string; queryKey: string[] }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const [reference, setReference] = useState('');
    const mutation = useMutation({
        mutationFn: async () =>
            (await api.mutate(markPayoutBatchPaidDocument, { id, reference })).markPayoutBatchPaid,
        onSuccess: async result => {
            const failed = errorResultMessage(result);
            if (failed) {
                toast.error(failed);
                return;
            }
            toast.success(t`Payout batch marked paid`);
            setReference('');
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    if (state !== 'pending') {
        return null;
    }
    return (
        <PermissionGuard requires={['UpdateSellerPayout']}>
            <div className="space-y-2">
                <Input
                    value={reference}
                    onChange={e => setReference(e.target.value)}
                    placeholder={t`Transfer reference`}
                    aria-label={t`Transfer reference`}
                />
                <Button
                    type="button"
                    disabled={mutation.isPending || !reference.trim()}
                    onClick={() => mutation.mutate()}
                >
                    <Trans>Mark paid</Trans>
                </Button>
            </div>
        </PermissionGuard>
    );
}

function StatementDownload({ sellerId }: { sellerId: string }) {
    const download = useMutation({
        mutationFn: async () =>
            (await api.query(sellerStatementCsvDocument, { sellerId })).sellerStatementCsv,
        onSuccess: csv => {
            const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = 'seller-statement.csv';
            link.click();
            URL.revokeObjectURL(url);
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <Button
            type="button"
            variant="outline"
            className="mt-3"
            disabled={download.isPending}
            onClick={() => download.mutate()}
        >
            <Trans>Download statement (CSV)</Trans>
        </Button>
    );
}
