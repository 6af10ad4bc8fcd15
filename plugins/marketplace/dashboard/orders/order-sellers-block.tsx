import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    api,
    Badge,
    PageContextValue,
    useChannel,
    useDynamicTranslations,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';

import type { ResultOf } from '@/gql';

import { MoneyText } from '../common/money';

import { orderSellersQuery, orderSettlementsQuery } from './order-sellers.graphql';

const DEFAULT_CHANNEL_CODE = '__default_channel__';

type OrderSellers = NonNullable<ResultOf<typeof orderSellersQuery>['order']>;
type Settlement = ResultOf<typeof orderSettlementsQuery>['sellerOrderSettlements']['items'][number];
type Channels = OrderSellers['channels'];

/** The Vendure seller of an order's seller channel (its non-default channel); none for the platform's part. */
function sellerOfChannels(channels: Channels) {
    return channels.find(c => c.code !== DEFAULT_CHANNEL_CODE)?.seller ?? undefined;
}

/**
 * On the order detail pages (the buyer's order and a seller order): who sells what. An aggregate order lists its
 * seller orders (the seller, linked to its page; the seller order, linked; its state, lines and total; the sale
 * and commission frozen for it at placement); a seller order names its seller and links its aggregate order
 * (when the administrator may see it); an order that is not split is the platform's. The frozen figures come from
 * the settlements, read only by administrators holding `ReadSellerPayout` (a seller's administrator: its own).
 */
export function OrderSellersBlock({ context }: { context: PageContextValue }) {
    const orderId = (context.entity as { id?: string } | undefined)?.id;
    const { hasPermissions } = usePermissions();
    const canReadSettlements = hasPermissions(['ReadSellerPayout']);
    const { data, isLoading } = useQuery({
        queryKey: ['DashboardOrderMarketplaceSellers', orderId],
        queryFn: () => api.query(orderSellersQuery, { id: orderId! }),
        enabled: !!orderId,
    });
    const order = data?.order;
    const split = !!order && (order.type === 'Aggregate' || order.type === 'Seller');
    const { data: settlementData } = useQuery({
        queryKey: ['DashboardOrderSellerSettlements', orderId],
        queryFn: () => api.query(orderSettlementsQuery, { orderId: orderId! }),
        enabled: !!orderId && split && canReadSettlements,
    });
    if (!orderId || isLoading || !order) {
        return null;
    }
    const settlements = settlementData?.sellerOrderSettlements.items ?? [];
    const settlementOf = (id: string) => settlements.find(s => s.orderId === id);

    if (order.type === 'Aggregate') {
        // Vendure returns an order's seller orders in no set order: show them in the order they were made
        const parts = [...(order.sellerOrders ?? [])].sort((x, y) =>
            x.id.localeCompare(y.id, undefined, { numeric: true }),
        );
        return (
            <div className="space-y-4 text-sm" data-testid="order-sellers">
                {parts.length === 0 ? (
                    <p className="text-muted-foreground">
                        <Trans>No seller order of this order is visible to you.</Trans>
                    </p>
                ) : null}
                {parts.map(part => (
                    <SellerPart
                        key={part.id}
                        aggregateOrderId={order.id}
                        part={part}
                        settlement={settlementOf(part.id)}
                    />
                ))}
            </div>
        );
    }

    if (order.type === 'Seller') {
        const settlement = settlementOf(order.id);
        const seller = sellerOfChannels(order.channels);
        return (
            <div className="space-y-3 text-sm" data-testid="order-sellers">
                {seller || settlement ? (
                    <Row label={<Trans>Seller</Trans>}>
                        <SellerName vendureSellerName={seller?.name} marketplaceSeller={settlement?.seller} />
                    </Row>
                ) : (
                    <p>
                        <Trans>Sold by the platform</Trans>
                    </p>
                )}
                {order.aggregateOrder ? (
                    <Row label={<Trans>Part of order</Trans>}>
                        <Link
                            to="/orders/$id"
                            params={{ id: order.aggregateOrder.id }}
                            className="font-mono underline"
                        >
                            <span translate="no">{order.aggregateOrder.code}</span>
                        </Link>
                    </Row>
                ) : null}
                {settlement ? <SettlementFigures settlement={settlement} /> : null}
            </div>
        );
    }

    // Not split: placed without offer lines, or not placed yet (offer lines are split when the order is placed).
    const offerLines = order.lines.filter(l => !!l.customFields?.offerId).length;
    return (
        <p className="text-muted-foreground text-sm" data-testid="order-sellers">
            {offerLines > 0 && order.active ? (
                <Trans>Holds lines from sellers' offers: split into seller orders when it is placed.</Trans>
            ) : (
                <Trans>Sold by the platform</Trans>
            )}
        </p>
    );
}

/** One seller order of an aggregate order. */
function SellerPart({
    aggregateOrderId,
    part,
    settlement,
}: {
    aggregateOrderId: string;
    part: NonNullable<OrderSellers['sellerOrders']>[number];
    settlement: Settlement | undefined;
}) {
    const { getTranslatedOrderState } = useDynamicTranslations();
    const { formatNumber } = useLocalFormat();
    const seller = sellerOfChannels(part.channels);
    return (
        <div className="space-y-2 border-b pb-3 last:border-b-0 last:pb-0" data-testid="order-seller-part">
            <div className="font-medium">
                {seller || settlement ? (
                    <SellerName vendureSellerName={seller?.name} marketplaceSeller={settlement?.seller} />
                ) : (
                    <Trans>The platform</Trans>
                )}
            </div>
            <div className="flex flex-wrap items-center gap-2">
                <Link
                    to="/orders/$aggregateOrderId/seller-orders/$sellerOrderId"
                    params={{ aggregateOrderId, sellerOrderId: part.id }}
                    className="font-mono underline"
                >
                    <span translate="no">{part.code}</span>
                </Link>
                <Badge variant="secondary">{getTranslatedOrderState(part.state)}</Badge>
            </div>
            <dl className="grid grid-cols-2 gap-x-2 gap-y-1">
                <dt className="text-muted-foreground">
                    <Trans context="number of order lines">Lines</Trans>
                </dt>
                <dd className="tabular-nums">{formatNumber(part.lines.length)}</dd>
                <dt className="text-muted-foreground">
                    <Trans>Total</Trans>
                </dt>
                <dd>
                    <MoneyText value={part.totalWithTax} currencyCode={part.currencyCode} />
                </dd>
            </dl>
            {settlement ? <SettlementFigures settlement={settlement} /> : null}
        </div>
    );
}

/** The sale and commission frozen for a seller order when it was placed, and what was refunded since. */
function SettlementFigures({ settlement }: { settlement: Settlement }) {
    const { formatNumber } = useLocalFormat();
    const money = (v: number) => <MoneyText value={v} currencyCode={settlement.currencyCode} />;
    return (
        <dl className="grid grid-cols-2 gap-x-2 gap-y-1" data-testid="order-seller-settlement">
            <dt className="text-muted-foreground">
                <Trans>Sale</Trans>
            </dt>
            <dd>{money(settlement.saleAmount)}</dd>
            <dt className="text-muted-foreground">
                <Trans>Commission</Trans>
            </dt>
            <dd>
                {money(settlement.commissionAmount)}{' '}
                <span className="text-muted-foreground tabular-nums" translate="no">
                    ({formatNumber(settlement.commissionRateBps / 100)}%)
                </span>
            </dd>
            {settlement.refundedAmount > 0 ? (
                <>
                    <dt className="text-muted-foreground">
                        <Trans>Refunded</Trans>
                    </dt>
                    <dd>{money(settlement.refundedAmount)}</dd>
                </>
            ) : null}
        </dl>
    );
}

/**
 * A seller's name, linked to its marketplace seller page when known (from the settlement): the seller page for
 * the operator, the seller profile for a seller's administrator (on its own channel).
 */
function SellerName({
    vendureSellerName,
    marketplaceSeller,
}: {
    vendureSellerName: string | undefined;
    marketplaceSeller: { id: string; name: string } | undefined;
}) {
    const { activeChannel } = useChannel();
    const name = <span translate="no">{marketplaceSeller?.name ?? vendureSellerName ?? ''}</span>;
    if (!marketplaceSeller) {
        return name;
    }
    if (activeChannel?.code === DEFAULT_CHANNEL_CODE) {
        return (
            <Link to="/marketplace-sellers/$id" params={{ id: marketplaceSeller.id }} className="underline">
                {name}
            </Link>
        );
    }
    return (
        <Link to="/seller-profile" className="underline">
            {name}
        </Link>
    );
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <div className="text-muted-foreground font-medium">{label}</div>
            <div>{children}</div>
        </div>
    );
}
