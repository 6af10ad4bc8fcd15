import { api, Button, Input, PageContextValue, PermissionGuard, useLocalFormat } from '@vendure/dashboard';
import { Link } from '@tanstack/react-router';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';

import { CreditStatusBadge } from './credit-account-list';
import { createCreditAccountDocument, creditAccountForCompanyQuery } from './credit.graphql';

/**
 * On the company detail page: the company's credit account at a glance, with a link to its statement, or a
 * form to open one.
 */
export function CompanyCreditBlock({ context }: { context: PageContextValue }) {
    const companyId = (context.entity as { id?: string } | undefined)?.id;
    const { formatCurrency } = useLocalFormat();
    const { data } = useQuery({
        queryKey: ['DashboardCredit', 'company', companyId],
        queryFn: () => api.query(creditAccountForCompanyQuery, { companyId: companyId! }),
        enabled: !!companyId,
    });
    if (!companyId || !data) {
        return null;
    }
    const account = data.creditAccountForCompany;
    if (!account) {
        return (
            <PermissionGuard requires={['CreateCredit']}>
                <OpenCreditAccountForm companyId={companyId} />
            </PermissionGuard>
        );
    }
    const money = (v: number) => formatCurrency(v, account.currencyCode);
    return (
        <div className="space-y-2 text-sm">
            <CreditStatusBadge status={account.status} holdReason={account.holdReason} />
            <dl className="grid grid-cols-2 gap-1">
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
            </dl>
            <Button
                variant="outline"
                size="sm"
                render={<Link to="/credit-accounts/$id" params={{ id: account.id }} />}
            >
                <Trans>Statement</Trans>
            </Button>
        </div>
    );
}

function OpenCreditAccountForm({ companyId }: { companyId: string }) {
    const { t } = useLingui();
    const { toMinorUnits } = useLocalFormat();
    const queryClient = useQueryClient();
    const [limit, setLimit] = useState('');
    const [terms, setTerms] = useState('30');
    const open = useMutation({
        mutationFn: () =>
            api.mutate(createCreditAccountDocument, {
                input: {
                    companyId,
                    creditLimit: toMinorUnits(Number(limit)),
                    paymentTermsDays: Number(terms),
                },
            }),
        onSuccess: () => {
            toast.success(t`Credit account opened`);
            void queryClient.invalidateQueries({ queryKey: ['DashboardCredit'] });
        },
        onError: (e: Error) => toast.error(e.message),
    });
    return (
        <div className="space-y-2">
            <p className="text-sm text-muted-foreground">
                <Trans>No credit account yet.</Trans>
            </p>
            <Input
                type="number"
                min="0"
                placeholder={t`Credit limit`}
                value={limit}
                onChange={e => setLimit(e.target.value)}
            />
            <Input
                type="number"
                min="0"
                placeholder={t`Payment terms (days)`}
                value={terms}
                onChange={e => setTerms(e.target.value)}
            />
            <Button
                disabled={!(Number(limit) >= 0 && limit !== '') || open.isPending}
                onClick={() => open.mutate()}
            >
                <Trans>Open credit account</Trans>
            </Button>
        </div>
    );
}
