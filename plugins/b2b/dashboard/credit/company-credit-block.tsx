import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    FormFieldWrapper,
    MoneyInput,
    NumberInput,
    PageContextValue,
    PermissionGuard,
    useChannel,
} from '@vendure/dashboard';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { errorMessage } from '../common/error-result';
import { MoneyText } from '../common/money';

import { CreditStatusBadge } from './credit-account-list';
import { createCreditAccountDocument, creditAccountForCompanyQuery } from './credit.graphql';

/**
 * On the company detail page: the company's credit account at a glance, with a link to its statement, or a
 * form to open one.
 */
export function CompanyCreditBlock({ context }: { context: PageContextValue }) {
    const companyId = (context.entity as { id?: string } | undefined)?.id;
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
            <div className="space-y-2">
                <p className="text-muted-foreground text-sm">
                    <Trans>No credit account yet.</Trans>
                </p>
                <PermissionGuard requires={['CreateCredit']}>
                    <OpenCreditAccountForm companyId={companyId} />
                </PermissionGuard>
            </div>
        );
    }
    const money = (v: number) => <MoneyText value={v} currencyCode={account.currencyCode} />;
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
                type="button"
                variant="outline"
                size="sm"
                render={<Link to="/credit-accounts/$id" params={{ id: account.id }} />}
            >
                <Trans>Statement</Trans>
            </Button>
        </div>
    );
}

interface OpenAccountValues {
    creditLimit: number;
    paymentTermsDays: number;
}

function OpenCreditAccountForm({ companyId }: { companyId: string }) {
    const { t } = useLingui();
    const { activeChannel } = useChannel();
    const queryClient = useQueryClient();
    const form = useForm<OpenAccountValues>({ defaultValues: { creditLimit: 0, paymentTermsDays: 30 } });
    const open = useMutation({
        mutationFn: (v: OpenAccountValues) =>
            api.mutate(createCreditAccountDocument, {
                input: { companyId, creditLimit: v.creditLimit, paymentTermsDays: v.paymentTermsDays },
            }),
        onSuccess: () => {
            toast.success(t`Credit account opened`);
            void queryClient.invalidateQueries({ queryKey: ['DashboardCredit'] });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <div className="space-y-3">
            <FormFieldWrapper
                control={form.control}
                name="creditLimit"
                label={<Trans>Credit limit</Trans>}
                render={({ field }) => (
                    <MoneyInput {...field} currency={activeChannel?.defaultCurrencyCode ?? undefined} />
                )}
            />
            <FormFieldWrapper
                control={form.control}
                name="paymentTermsDays"
                label={<Trans>Payment terms (days)</Trans>}
                render={({ field }) => <NumberInput {...field} min={0} step={1} />}
            />
            <Button
                type="button"
                disabled={open.isPending}
                onClick={() => void form.handleSubmit(v => open.mutate(v))()}
            >
                <Trans>Open credit account</Trans>
            </Button>
        </div>
    );
}
