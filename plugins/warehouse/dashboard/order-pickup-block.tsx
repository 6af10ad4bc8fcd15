import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, PageContextValue } from '@vendure/dashboard';

import { orderPickupWarehouseQuery } from './warehouse.graphql';

/**
 * On the order detail page: the pick-up warehouse the buyer chose (click-and-collect) with its address and pick-up
 * instructions, or that the order is delivered.
 */
export function OrderPickupBlock({ context }: { context: PageContextValue }) {
    const orderId = (context.entity as { id?: string } | undefined)?.id;
    const { data, isLoading } = useQuery({
        queryKey: ['WarehouseOrderPickup', orderId],
        queryFn: () => api.query(orderPickupWarehouseQuery, { orderId: orderId! }),
        enabled: !!orderId,
    });
    if (!orderId || isLoading || !data) {
        return null;
    }
    const warehouse = data.orderPickupWarehouse;
    if (!warehouse) {
        return (
            <p className="text-muted-foreground text-sm" data-testid="order-pickup-warehouse">
                <Trans>Delivery (no pick-up warehouse chosen)</Trans>
            </p>
        );
    }
    const address = warehouse.address;
    const cityLine = address
        ? [address.postalCode, address.city, address.province].filter(Boolean).join(' ')
        : '';
    return (
        <div className="space-y-3 text-sm" data-testid="order-pickup-warehouse">
            <div className="flex flex-wrap items-center gap-2">
                <Link to="/warehouses/$id" params={{ id: warehouse.id }} className="font-medium underline">
                    <span translate="no">{warehouse.name}</span>
                </Link>
                <span className="text-muted-foreground font-mono text-xs" translate="no">
                    {warehouse.code}
                </span>
            </div>
            {address ? (
                <div className="space-y-1">
                    <div className="text-muted-foreground font-medium">
                        <Trans>Address</Trans>
                    </div>
                    <address className="not-italic" translate="no">
                        <div>{address.streetLine1}</div>
                        {address.streetLine2 ? <div>{address.streetLine2}</div> : null}
                        {cityLine ? <div>{cityLine}</div> : null}
                        <div>{address.countryCode}</div>
                        {address.phoneNumber ? <div>{address.phoneNumber}</div> : null}
                    </address>
                </div>
            ) : null}
            {warehouse.pickupInstructions ? (
                <div className="space-y-1">
                    <div className="text-muted-foreground font-medium">
                        <Trans>Pick-up instructions</Trans>
                    </div>
                    <p className="whitespace-pre-line" translate="no">
                        {warehouse.pickupInstructions}
                    </p>
                </div>
            ) : null}
        </div>
    );
}
