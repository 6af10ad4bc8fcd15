import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    MoneyInput,
    NumberInput,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Switch,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useLocalFormat,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import type { ResultOf } from '@/gql';

import { errorMessage } from '../common/error-result';
import { MoneyText } from '../common/money';

import { CreditStatusBadge } from './credit-account-list';
import {
    creditAccountDetailQuery,
    creditStatementQuery,
    issueCreditNoteDocument,
    placeCreditHoldDocument,
    recordCreditPaymentDocument,
    releaseCreditHoldDocument,
    updateCreditAccountDocument,
} from './credit.graphql';

const PAGE_SIZE = 25;

type CreditAccount = NonNullable<ResultOf<typeof creditAccountDetailQuery>['creditAccount']>;

/** One row of the statement, as `creditStatementQuery` fetches it. */
export type StatementEntry = ResultOf<typeof creditStatementQuery>['creditStatement']['items'][number];

/**
 * A column of the statement table. To show another field of a ledger entry, fetch it in
 * `creditStatementQuery` and add a column here.
 */
export interface StatementColumn {
    id: string;
    header: () => ReactNode;
    cell: (entry: StatementEntry, ctx: { currencyCode: string }) => ReactNode;
    align?: 'left' | 'right';
}

/** The statement's columns, in order. */
export const statementColumns: StatementColumn[] = [
    { id: 'sequence', header: () => '#', cell: e => e.sequence, align: 'right' },
    { id: 'createdAt', header: () => <Trans>Date</Trans>, cell: e => <EntryDate value={e.createdAt} /> },
    { id: 'type', header: () => <Trans>Type</Trans>, cell: e => <EntryType type={e.type} /> },
    {
        id: 'orderCode',
        header: () => <Trans>Order</Trans>,
        cell: e => (e.orderCode ? <span translate="no">{e.orderCode}</span> : null),
    },
    {
        id: 'purchaseOrderNumber',
        header: () => <Trans>PO number</Trans>,
        cell: e => (e.purchaseOrderNumber ? <span translate="no">{e.purchaseOrderNumber}</span> : null),
    },
    {
        id: 'reference',
        header: () => <Trans>Reference</Trans>,
        cell: e => <span translate="no">{e.reference ?? e.note ?? ''}</span>,
    },
    {
        id: 'amount',
        header: () => <Trans>Amount</Trans>,
        cell: (e, { currencyCode }) => <MoneyText value={e.amount} currencyCode={currencyCode} />,
        align: 'right',
    },
    {
        id: 'balanceAfter',
        header: () => <Trans>Balance</Trans>,
        cell: (e, { currencyCode }) => <MoneyText value={e.balanceAfter} currencyCode={currencyCode} />,
        align: 'right',
    },
    {
        id: 'dueDate',
        header: () => <Trans>Due</Trans>,
        cell: e => (e.dueDate ? <EntryDate value={e.dueDate} /> : null),
    },
    {
        id: 'openAmount',
        header: () => <Trans context="unpaid amount">Open</Trans>,
        cell: (e, { currencyCode }) =>
            e.amount > 0 ? <MoneyText value={e.openAmount} currencyCode={currencyCode} /> : null,
        align: 'right',
    },
];

/** One credit account: figures, limit and terms, hold/release, payments and credit notes, the paged statement. */
export function CreditAccountDetailPage({ id }: { id: string }) {
    const { t } = useLingui();
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
        onError: err => toast.error(errorMessage(err)),
    });

    if (isLoading) {
        return null;
    }
    if (!account) {
        return (
            <Page pageId="credit-account-detail">
                <PageTitle>
                    <Trans>Credit account not found</Trans>
                </PageTitle>
            </Page>
        );
    }

    return (
        <Page pageId="credit-account-detail">
            <PageTitle>
                <Trans>Credit account</Trans>: <span translate="no">{account.company.name}</span>{' '}
                <span className="text-muted-foreground" translate="no">
                    ({account.company.code})
                </span>
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
                <PageBlock column="main" blockId="credit-terms" title={<Trans>Limit and terms</Trans>}>
                    <CreditTermsForm account={account} onSaved={() => void refresh()} />
                </PageBlock>
                <PageBlock column="side" blockId="credit-summary" title={<Trans>Summary</Trans>}>
                    <CreditSummary account={account} />
                </PageBlock>
                <PageBlock
                    column="side"
                    blockId="credit-record-payment"
                    title={<Trans>Record payment</Trans>}
                >
                    <PermissionGuard requires={['RecordCreditPayment']}>
                        <RecordPaymentForm account={account} onDone={() => void refresh()} />
                    </PermissionGuard>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

function CreditSummary({ account }: { account: CreditAccount }) {
    const money = (v: number) => <MoneyText value={v} currencyCode={account.currencyCode} />;
    return (
        <dl className="grid grid-cols-2 gap-2 text-sm">
            <dt className="text-muted-foreground">
                <Trans>Status</Trans>
            </dt>
            <dd>
                <CreditStatusBadge status={account.status} holdReason={account.holdReason} />
            </dd>
            <dt className="text-muted-foreground">
                <Trans>Company</Trans>
            </dt>
            <dd>
                <Link to="/companies/$id" params={{ id: account.company.id }} className="underline">
                    {account.company.name}
                </Link>
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
            <dd className="tabular-nums">{Math.round(account.utilisation * 100)}%</dd>
        </dl>
    );
}

interface TermsFormValues {
    creditLimit: number;
    paymentTermsDays: number;
    graceDays: number;
    sharedWithSubsidiaries: boolean;
    allowExceedLimit: boolean;
    requirePurchaseOrderNumber: boolean;
}

function CreditTermsForm({ account, onSaved }: { account: CreditAccount; onSaved: () => void }) {
    const { t } = useLingui();
    const values = (a: CreditAccount): TermsFormValues => ({
        creditLimit: a.creditLimit,
        paymentTermsDays: a.paymentTermsDays,
        graceDays: a.graceDays,
        sharedWithSubsidiaries: a.sharedWithSubsidiaries,
        allowExceedLimit: a.allowExceedLimit,
        requirePurchaseOrderNumber: a.requirePurchaseOrderNumber,
    });
    const form = useForm<TermsFormValues>({ defaultValues: values(account) });
    useEffect(() => {
        form.reset(values(account));
    }, [account]);
    const save = useMutation({
        mutationFn: (v: TermsFormValues) =>
            api.mutate(updateCreditAccountDocument, { input: { id: account.id, ...v } }),
        onSuccess: () => {
            toast.success(t`Credit account updated`);
            onSaved();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <div className="space-y-4">
            <DetailFormGrid>
                <FormFieldWrapper
                    control={form.control}
                    name="creditLimit"
                    label={<Trans>Credit limit</Trans>}
                    render={({ field }) => <MoneyInput {...field} currency={account.currencyCode} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="paymentTermsDays"
                    label={<Trans>Payment terms (days)</Trans>}
                    render={({ field }) => <NumberInput {...field} min={0} step={1} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="graceDays"
                    label={<Trans>Grace days</Trans>}
                    description={
                        <Trans>Days past the due date before an overdue account is put on hold.</Trans>
                    }
                    render={({ field }) => <NumberInput {...field} min={0} step={1} />}
                />
                <div />
                <FormFieldWrapper
                    control={form.control}
                    name="sharedWithSubsidiaries"
                    label={<Trans>Shared with sub-dealers</Trans>}
                    description={
                        <Trans>Sub-companies without an account of their own buy against this one.</Trans>
                    }
                    render={({ field }) => <Switch checked={field.value} onCheckedChange={field.onChange} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="allowExceedLimit"
                    label={<Trans>May exceed limit</Trans>}
                    description={<Trans>Orders above the limit go through; the excess is flagged.</Trans>}
                    render={({ field }) => <Switch checked={field.value} onCheckedChange={field.onChange} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="requirePurchaseOrderNumber"
                    label={<Trans>Require PO number</Trans>}
                    description={
                        <Trans>Orders on account must carry the buyer's purchase order number.</Trans>
                    }
                    render={({ field }) => <Switch checked={field.value} onCheckedChange={field.onChange} />}
                />
            </DetailFormGrid>
            <PermissionGuard requires={['UpdateCredit']}>
                <Button
                    type="button"
                    disabled={!form.formState.isDirty || save.isPending}
                    onClick={() => void form.handleSubmit(v => save.mutate(v))()}
                >
                    <Trans>Save limit and terms</Trans>
                </Button>
            </PermissionGuard>
        </div>
    );
}

function CreditStatement({ accountId, currencyCode }: { accountId: string; currencyCode: string }) {
    const [page, setPage] = useState(0);
    const { data, isLoading } = useQuery({
        queryKey: ['DashboardCredit', 'statement', accountId, page],
        queryFn: () =>
            api.query(creditStatementQuery, {
                accountId,
                options: { skip: page * PAGE_SIZE, take: PAGE_SIZE, sort: { sequence: 'DESC' } },
            }),
    });
    const items = data?.creditStatement.items ?? [];
    const total = data?.creditStatement.totalItems ?? 0;
    const alignClass = (c: StatementColumn) => (c.align === 'right' ? 'text-right' : undefined);
    return (
        <div className="space-y-2">
            <Table>
                <TableHeader>
                    <TableRow>
                        {statementColumns.map(c => (
                            <TableHead key={c.id} className={alignClass(c)}>
                                {c.header()}
                            </TableHead>
                        ))}
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {items.length === 0 ? (
                        <TableRow>
                            <TableCell
                                colSpan={statementColumns.length}
                                className="text-muted-foreground text-center"
                            >
                                {isLoading ? <Trans>Loading...</Trans> : <Trans>No entries yet</Trans>}
                            </TableCell>
                        </TableRow>
                    ) : null}
                    {items.map(e => (
                        <TableRow key={e.id} className={e.overdue ? 'text-destructive' : undefined}>
                            {statementColumns.map(c => (
                                <TableCell key={c.id} className={alignClass(c)}>
                                    {c.cell(e, { currencyCode })}
                                </TableCell>
                            ))}
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
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
                <span className="text-muted-foreground text-sm">
                    <Trans>Total entries</Trans>: {total}
                </span>
            </div>
        </div>
    );
}

function EntryDate({ value }: { value: string }) {
    const { formatDate } = useLocalFormat();
    return <>{formatDate(value)}</>;
}

function EntryType({ type }: { type: string }) {
    switch (type) {
        case 'charge':
            return <Trans>Charge</Trans>;
        case 'payment':
            return <Trans context="credit ledger entry">Payment</Trans>;
        case 'credit_note':
            return <Trans>Credit note</Trans>;
        case 'adjustment':
            return <Trans>Adjustment</Trans>;
        default:
            return <Trans>Release</Trans>;
    }
}

interface PaymentFormValues {
    amount: number;
    reference: string;
}

function RecordPaymentForm({ account, onDone }: { account: CreditAccount; onDone: () => void }) {
    const { t } = useLingui();
    const form = useForm<PaymentFormValues>({ defaultValues: { amount: 0, reference: '' } });
    const amount = form.watch('amount');
    const record = useMutation({
        mutationFn: async ({ kind, v }: { kind: 'payment' | 'creditNote'; v: PaymentFormValues }) => {
            const input = {
                accountId: account.id,
                amount: v.amount,
                reference: v.reference.trim() || undefined,
            };
            if (kind === 'payment') {
                await api.mutate(recordCreditPaymentDocument, { input });
            } else {
                await api.mutate(issueCreditNoteDocument, { input });
            }
            return kind;
        },
        onSuccess: kind => {
            toast.success(kind === 'payment' ? t`Payment recorded` : t`Credit note issued`);
            form.reset();
            onDone();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const submit = (kind: 'payment' | 'creditNote') =>
        void form.handleSubmit(v => record.mutate({ kind, v }))();
    return (
        <div className="space-y-3">
            <FormFieldWrapper
                control={form.control}
                name="amount"
                label={<Trans>Amount</Trans>}
                render={({ field }) => <MoneyInput {...field} currency={account.currencyCode} />}
            />
            <FormFieldWrapper
                control={form.control}
                name="reference"
                label={<Trans>Reference</Trans>}
                description={<Trans>Bank reference or credit note number.</Trans>}
                render={({ field }) => <Input {...field} translate="no" />}
            />
            <div className="flex flex-wrap gap-2">
                <Button
                    type="button"
                    disabled={!(amount > 0) || record.isPending}
                    onClick={() => submit('payment')}
                >
                    <Trans>Record payment</Trans>
                </Button>
                <Button
                    type="button"
                    variant="outline"
                    disabled={!(amount > 0) || record.isPending}
                    onClick={() => submit('creditNote')}
                >
                    <Trans>Issue credit note</Trans>
                </Button>
            </div>
        </div>
    );
}
