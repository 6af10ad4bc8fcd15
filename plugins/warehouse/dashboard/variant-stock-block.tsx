import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    NativeSelect,
    NativeSelectOption,
    PageContextValue,
    useLocalFormat,
} from '@vendure/dashboard';
import { useState } from 'react';

import { useWarehouseLabels } from './common';
import { stockLedgerQuery, variantWarehouseStockQuery } from './warehouse.graphql';

const PAGE_SIZE = 10;

/** Links a ledger entry's document to its page. */
function documentLink(type: string | null | undefined, id: string | null | undefined): string | undefined {
    switch (type) {
        case 'order':
            return id ? `/orders/${id}` : undefined;
        case 'goods_receipt':
            return id ? `/goods-receipts/${id}` : undefined;
        case 'stock_transfer':
            return id ? `/stock-transfers/${id}` : undefined;
        case 'stock_count':
            return id ? `/stock-counts/${id}` : undefined;
        default:
            return undefined;
    }
}

/** On the product variant page: stock per warehouse, then the variant's stock ledger. */
export function VariantStockBlock({ context }: { context: PageContextValue }) {
    const variantId = (context.entity as { id?: string } | undefined)?.id;
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const labels = useWarehouseLabels();
    const [warehouseId, setWarehouseId] = useState('');
    const [page, setPage] = useState(0);
    const { data: stock } = useQuery({
        queryKey: ['WarehouseVariantStock', variantId],
        queryFn: () => api.query(variantWarehouseStockQuery, { productVariantId: variantId! }),
        enabled: !!variantId,
    });
    const { data: ledger } = useQuery({
        queryKey: ['WarehouseVariantLedger', variantId, warehouseId, page],
        queryFn: () =>
            api.query(stockLedgerQuery, {
                productVariantId: variantId!,
                warehouseId: warehouseId || undefined,
                options: { skip: page * PAGE_SIZE, take: PAGE_SIZE },
            }),
        enabled: !!variantId,
    });
    if (!variantId) {
        return null;
    }
    const total = ledger?.stockLedger.totalItems ?? 0;
    return (
        <div className="space-y-4 text-sm">
            <table className="w-full" data-testid="variant-warehouse-stock">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th className="py-1">
                            <Trans>Warehouse</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>On hand</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Allocated</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Available</Trans>
                        </th>
                        <th className="text-right">
                            <Trans context="stock in transit">In transit</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>On order</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Reorder at</Trans>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {stock?.variantWarehouseStock.map(level => (
                        <tr key={level.warehouse.id} className="border-t">
                            <td className="py-1">
                                <Link
                                    to="/warehouses/$id"
                                    params={{ id: level.warehouse.id }}
                                    className="underline"
                                >
                                    {level.warehouse.name}
                                </Link>
                            </td>
                            <td className="text-right">{level.stockOnHand}</td>
                            <td className="text-right">{level.stockAllocated}</td>
                            <td className="text-right">{level.available}</td>
                            <td className="text-right">{level.inTransit}</td>
                            <td className="text-right">{level.onOrder}</td>
                            <td
                                className={`text-right ${level.reorderPoint?.belowMinimum ? 'text-destructive' : ''}`}
                            >
                                {level.reorderPoint ? level.reorderPoint.minQuantity : '–'}
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <div className="flex items-center gap-2">
                <span className="font-medium">
                    <Trans>Stock ledger</Trans>
                </span>
                <NativeSelect
                    aria-label="ledger warehouse"
                    value={warehouseId}
                    onChange={e => {
                        setWarehouseId(e.target.value);
                        setPage(0);
                    }}
                >
                    <NativeSelectOption value="">{t`All stock locations`}</NativeSelectOption>
                    {stock?.variantWarehouseStock.map(level => (
                        <NativeSelectOption key={level.warehouse.id} value={level.warehouse.id}>
                            {level.warehouse.name}
                        </NativeSelectOption>
                    ))}
                </NativeSelect>
            </div>
            <table className="w-full" data-testid="variant-stock-ledger">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th className="py-1">
                            <Trans>When</Trans>
                        </th>
                        <th>
                            <Trans>What</Trans>
                        </th>
                        <th>
                            <Trans>Where</Trans>
                        </th>
                        <th>
                            <Trans>Document</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>On hand</Trans>
                        </th>
                        <th className="text-right">
                            <Trans>Allocated</Trans>
                        </th>
                        <th>
                            <Trans>By</Trans>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {ledger?.stockLedger.items.map(entry => {
                        const link = documentLink(entry.documentType, entry.documentId);
                        return (
                            <tr key={entry.id} className="border-t">
                                <td className="py-1">
                                    {formatDate(entry.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                                </td>
                                <td>{labels.ledgerType(entry.type)}</td>
                                <td>{entry.warehouse?.name ?? entry.stockLocation?.name ?? ''}</td>
                                <td>
                                    {link ? (
                                        <a href={`/dashboard${link}`} className="underline">
                                            {entry.documentCode}
                                        </a>
                                    ) : (
                                        (entry.documentCode ?? entry.note ?? '')
                                    )}
                                </td>
                                <td className="text-right">
                                    {entry.quantity !== 0
                                        ? `${entry.stockOnHandBefore} → ${entry.stockOnHandAfter}`
                                        : entry.stockOnHandAfter}
                                </td>
                                <td className="text-right">
                                    {entry.allocatedChange !== 0
                                        ? `${entry.stockAllocatedBefore} → ${entry.stockAllocatedAfter}`
                                        : entry.stockAllocatedAfter}
                                </td>
                                <td>{entry.userIdentifier ?? ''}</td>
                            </tr>
                        );
                    })}
                </tbody>
            </table>
            <div className="flex items-center gap-2">
                <Button variant="outline" size="sm" disabled={page === 0} onClick={() => setPage(p => p - 1)}>
                    <Trans>Newer</Trans>
                </Button>
                <span>
                    {total === 0 ? 0 : page * PAGE_SIZE + 1}–{Math.min(total, (page + 1) * PAGE_SIZE)} /{' '}
                    {total}
                </span>
                <Button
                    variant="outline"
                    size="sm"
                    disabled={(page + 1) * PAGE_SIZE >= total}
                    onClick={() => setPage(p => p + 1)}
                >
                    <Trans>Older</Trans>
                </Button>
            </div>
        </div>
    );
}
