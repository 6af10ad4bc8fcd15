import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, Badge, PageContextValue, useLocalFormat } from '@vendure/dashboard';

import { MoneyText } from '../common/money';

import { orderCreditChargeQuery } from './credit.graphql';

/**
 * On the order detail page: how the order was paid on account — the buyer's purchase order number, the amount
 * charged and still open, when it is due — with a link to the company's statement. Nothing for other orders.
 */
export function OrderCreditChargeBlock({ context }: { context: PageContextValue }) {
    const orderId = (context.entity as { id?: string } | undefined)?.id;
    const { formatDate } = useLocalFormat();
    const { data } = useQuery({
        queryKey: ['B2bOrderCreditCharge', orderId],
        queryFn: () => api.query(orderCreditChargeQuery, { id: orderId! }),
        enabled: !!orderId,
    });
    const order = data?.order;
    const charge = order?.creditCharge;
    if (!order) {
        return null;
    }
    if (!charge) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>Not paid on account.</Trans>
            </p>
        );
    }
    const money = (v: number) => <MoneyText value={v} currencyCode={order.currencyCode} />;
    return (
        <dl className="grid grid-cols-2 gap-x-2 gap-y-1 text-sm">
            <dt className="text-muted-foreground">
                <Trans>PO number</Trans>
            </dt>
            <dd translate="no">{charge.purchaseOrderNumber ?? '—'}</dd>
            <dt className="text-muted-foreground">
                <Trans>Charged</Trans>
            </dt>
            <dd>{money(charge.amount)}</dd>
            <dt className="text-muted-foreground">
                <Trans context="unpaid amount">Open</Trans>
            </dt>
            <dd className="flex items-center gap-2">
                {money(charge.openAmount)}
                {charge.overdue ? (
                    <Badge variant="destructive">
                        <Trans>Overdue</Trans>
                    </Badge>
                ) : null}
            </dd>
            <dt className="text-muted-foreground">
                <Trans>Due</Trans>
            </dt>
            <dd>{charge.dueDate ? formatDate(charge.dueDate) : '—'}</dd>
            <dd className="col-span-2">
                <Link to="/credit-accounts/$id" params={{ id: charge.accountId }} className="underline">
                    <Trans>Open the statement</Trans>
                </Link>
            </dd>
        </dl>
    );
}
