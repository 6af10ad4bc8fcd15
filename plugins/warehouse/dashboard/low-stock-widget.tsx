import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, DashboardBaseWidget } from '@vendure/dashboard';

import { reorderPointListQuery } from './warehouse.graphql';

/** Dashboard widget: variants whose available stock is below their reorder point, per warehouse. */
export function LowStockWidget() {
    const { t } = useLingui();
    const { data } = useQuery({
        queryKey: ['WarehouseLowStock'],
        queryFn: () =>
            api.query(reorderPointListQuery, {
                belowMinimumOnly: true,
                options: { take: 10, sort: { belowSince: 'ASC' } },
            }),
    });
    const items = data?.reorderPoints.items ?? [];
    return (
        <DashboardBaseWidget
            id="warehouse-low-stock"
            title={t`Low stock`}
            description={t`Below the reorder point`}
        >
            <div className="text-sm" data-testid="low-stock-widget">
                {items.length === 0 ? (
                    <p className="text-muted-foreground">
                        <Trans>Every reorder point is above its minimum.</Trans>
                    </p>
                ) : (
                    <table className="w-full">
                        <thead>
                            <tr className="text-left text-muted-foreground">
                                <th className="py-1">SKU</th>
                                <th>
                                    <Trans>Warehouse</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>Available</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>Minimum</Trans>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {items.map(point => (
                                <tr key={point.id} className="border-t">
                                    <td className="py-1 font-mono">
                                        <Link
                                            to="/product-variants/$id"
                                            params={{ id: point.productVariant.id }}
                                            className="underline"
                                        >
                                            {point.productVariant.sku}
                                        </Link>
                                    </td>
                                    <td>{point.warehouse.name}</td>
                                    <td className="text-right text-destructive">{point.available}</td>
                                    <td className="text-right">{point.minQuantity}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                )}
                <Link to="/reorder-points" className="mt-2 inline-block underline">
                    <Trans>All reorder points</Trans>
                </Link>
            </div>
        </DashboardBaseWidget>
    );
}
