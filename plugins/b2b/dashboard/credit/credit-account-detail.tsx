import {
    api,
    Button,
    Input,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    useLocalFormat,
} from '@vendure/dashboard';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';

import { CreditStatusBadge } from './credit-account-list';
import {
    creditAccountDetailQuery,
    creditStatementQuery,
    issueCreditNoteDocument,
    placeCreditHoldDocument,
    recordCreditPaymentDocument,
    releaseCreditHoldDocument,
} from './credit.graphql';

const PAGE_SIZE = 25;

/** One credit account: figures, hold/release, record payment or credit note, and the paged statement. */
export function CreditAccountDetailPage({ id }: { id: string }) {
    const { t } = useLingui();
    const { formatCurrency } = useLocalFormat();
    const queryClient = useQueryClient();
    const accountKey = ['DashboardCreditAccount', id];
    const { data, isLoading } = useQuery({
        queryKey: accountKey,
        queryFn: () => api.query(creditAccountDetailQuery, { id }),
    });
    const account = data?.creditAccount;
    const refresh = () =>
        queryClient
            .invalidateQueries({ queryKey: ['DashboardCredit'] })
            .then(() => queryClient.invalidateQueries({ queryKey: accountKey }));

    const hold = useMutation({
        mutationFn: async (place: boolean) => {
            if (place) {
                await api.mutate(placeCreditHoldDocument, { accountId: id });
            } else {
                await api.mutate(releaseCreditHoldDocument, { accountId: id });
            }
        },
        onSuccess: () => {
            toast.success(t`Credit account updated`);
            void refresh();
        },
        onError: (e: Error) => toast.error(e.message),
    });

    if (isLoading) {
        return null;
    }
    if (!account) {
        return (
            <div className="p-6">
                <Trans>Credit account not found</Trans>
            </div>
        );
    }
    const money = (v: number) => formatCurrency(v, account.currencyCode);

    return (
        <Page pageId="credit-account-detail">
            <PageTitle>
                <Trans>Credit account</Trans>: {account.company.name} ({account.company.code})
            </PageTitle>
            <PageActionBar>
                <PermissionGuard requires={['UpdateCredit']}>
                    {account.status === 'active' ? (
                        <Button
                            variant="destructive"
                            onClick={() => hold.mutate(true)}
                            disabled={hold.isPending}
                        >
                            <Trans>Place on hold</Trans>
                        </Button>
                    ) : (
                        <Button onClick={() => hold.mutate(false)} disabled={hold.isPending}>
                            <Trans>Release hold</Trans>
                        </Button>
                    )}
                </PermissionGuard>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="credit-statement" title={<Trans>Statement</Trans>}>
                    <CreditStatement accountId={id} currencyCode={account.currencyCode} />
                </PageBlock>
                <PageBlock column="side" blockId="credit-summary" title={<Trans>Summary</Trans>}>
                    <dl className="grid grid-cols-2 gap-2 text-sm">
                        <dt className="text-muted-foreground">
                            <Trans>Status</Trans>
                        </dt>
                        <dd>
                            <CreditStatusBadge status={account.status} holdReason={account.holdReason} />
                        </dd>
                        <dt className="text-muted-foreground">
                            <Trans>Credit limit</Trans>
                        </dt>
                        <dd>{money(account.creditLimit)}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Balance</Trans>
                        </dt>
                        <dd>{money(account.balance)}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Available credit</Trans>
                        </dt>
                        <dd>{money(account.availableCredit)}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Overdue</Trans>
                        </dt>
                        <dd>{money(account.overdueAmount)}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Utilisation</Trans>
                        </dt>
                        <dd>{Math.round(account.utilisation * 100)}%</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Payment terms (days)</Trans>
                        </dt>
                        <dd>{account.paymentTermsDays}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Grace days</Trans>
                        </dt>
                        <dd>{account.graceDays}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>Shared with sub-dealers</Trans>
                        </dt>
                        <dd>{account.sharedWithSubsidiaries ? <Trans>Yes</Trans> : <Trans>No</Trans>}</dd>
                        <dt className="text-muted-foreground">
                            <Trans>May exceed limit</Trans>
                        </dt>
                        <dd>{account.allowExceedLimit ? <Trans>Yes</Trans> : <Trans>No</Trans>}</dd>
                    </dl>
                </PageBlock>
                <PageBlock
                    column="side"
                    blockId="credit-record-payment"
                    title={<Trans>Record payment</Trans>}
                >
                    <PermissionGuard requires={['RecordCreditPayment']}>
                        <RecordPaymentForm accountId={id} onDone={() => void refresh()} />
                    </PermissionGuard>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

function CreditStatement({ accountId, currencyCode }: { accountId: string; currencyCode: string }) {
    const { formatCurrency, formatDate } = useLocalFormat();
    const [page, setPage] = useState(0);
    const { data } = useQuery({
        queryKey: ['DashboardCredit', 'statement', accountId, page],
        queryFn: () =>
            api.query(creditStatementQuery, {
                accountId,
                options: { skip: page * PAGE_SIZE, take: PAGE_SIZE, sort: { sequence: 'DESC' } },
            }),
    });
    const items = data?.creditStatement.items ?? [];
    const total = data?.creditStatement.totalItems ?? 0;
    const money = (v: number) => formatCurrency(v, currencyCode);
    return (
        <div className="space-y-2">
            <table className="w-full text-sm">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th>#</th>
                        <th>
                            <Trans>Date</Trans>
                        </th>
                        <th>
                            <Trans>Type</Trans>
                        </th>
                        <th>
                            <Trans>Order</Trans>
                        </th>
                        <th>
                            <Trans>PO number</Trans>
                        </th>
                        <th>
                            <Trans>Reference</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Amount</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Balance</Trans>
                        </th>
                        <th>
                            <Trans>Due</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Open</Trans>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {items.map(e => (
                        <tr key={e.id} className={e.overdue ? 'text-destructive' : undefined}>
                            <td>{e.sequence}</td>
                            <td>{formatDate(e.createdAt)}</td>
                            <td>
                                <EntryType type={e.type} />
                            </td>
                            <td>{e.orderCode ?? ''}</td>
                            <td>{String(e.purchaseOrderNumber ?? '')}</td>
                            <td>{e.reference ?? e.note ?? ''}</td>
                            <td className="text-right">{money(e.amount)}</td>
                            <td className="text-right">{money(e.balanceAfter)}</td>
                            <td>{e.dueDate ? formatDate(e.dueDate) : ''}</td>
                            <td className="text-right">{e.amount > 0 ? money(e.openAmount) : ''}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <div className="flex items-center gap-2">
                <Button variant="outline" size="sm" disabled={page === 0} onClick={() => setPage(p => p - 1)}>
                    <Trans>Newer</Trans>
                </Button>
                <Button
                    variant="outline"
                    size="sm"
                    disabled={(page + 1) * PAGE_SIZE >= total}
                    onClick={() => setPage(p => p + 1)}
                >
                    <Trans>Older</Trans>
                </Button>
                <span className="text-muted-foreground text-sm">{total}</span>
            </div>
        </div>
    );
}

function EntryType({ type }: { type: string }) {
    switch (type) {
        case 'charge':
            return <Trans>Charge</Trans>;
        case 'payment':
            return <Trans>Payment</Trans>;
        case 'credit_note':
            return <Trans>Credit note</Trans>;
        case 'adjustment':
            return <Trans>Adjustment</Trans>;
        default:
            return <Trans>Release</Trans>;
    }
}

function RecordPaymentForm({ accountId, onDone }: { accountId: string; onDone: () => void }) {
    const { t } = useLingui();
    const { toMinorUnits } = useLocalFormat();
    const [amount, setAmount] = useState('');
    const [reference, setReference] = useState('');
    const record = useMutation({
        mutationFn: async (kind: 'payment' | 'creditNote') => {
            const input = {
                accountId,
                amount: toMinorUnits(Number(amount)),
                reference: reference || undefined,
            };
            if (kind === 'payment') {
                await api.mutate(recordCreditPaymentDocument, { input });
            } else {
                await api.mutate(issueCreditNoteDocument, { input });
            }
        },
        onSuccess: () => {
            toast.success(t`Recorded`);
            setAmount('');
            setReference('');
            onDone();
        },
        onError: (e: Error) => toast.error(e.message),
    });
    const valid = Number(amount) > 0;
    return (
        <div className="space-y-2">
            <Input
                type="number"
                min="0"
                step="0.01"
                placeholder={t`Amount`}
                value={amount}
                onChange={e => setAmount(e.target.value)}
            />
            <Input
                placeholder={t`Reference`}
                value={reference}
                onChange={e => setReference(e.target.value)}
            />
            <div className="flex gap-2">
                <Button disabled={!valid || record.isPending} onClick={() => record.mutate('payment')}>
                    <Trans>Record payment</Trans>
                </Button>
                <Button
                    variant="outline"
                    disabled={!valid || record.isPending}
                    onClick={() => record.mutate('creditNote')}
                >
                    <Trans>Issue credit note</Trans>
                </Button>
            </div>
        </div>
    );
}
