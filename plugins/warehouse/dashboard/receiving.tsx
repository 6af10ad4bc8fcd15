import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DetailFormGrid,
    DetailPageButton,
    Input,
    ListPage,
    NativeSelect,
    NativeSelectOption,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Textarea,
} from '@vendure/dashboard';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import {
    DateText,
    EditableLine,
    errorOf,
    Field,
    LinesEditor,
    StateBadge,
    SupplierSelect,
    WarehouseSelect,
} from './common';
import {
    goodsReceiptDetailQuery,
    goodsReceiptListQuery,
    openPurchaseOrdersQuery,
    purchaseOrderDetailQuery,
    receivableTransferQuery,
    receiveGoodsDocument,
    transfersInTransitQuery,
} from './warehouse.graphql';

type Source = 'purchase_order' | 'stock_transfer' | 'ad_hoc';

/** A line on the receiving screen. */
interface ReceivingLine {
    productVariantId: string;
    name: string;
    sku: string;
    expected: number | null;
    received: number;
    rejected: number;
    note: string;
}

/** Search params of the receiving screen (opened from a purchase order or a transfer). */
export interface ReceivingSearch {
    purchaseOrderId?: string;
    stockTransferId?: string;
}

/**
 * The receiving screen: pick what arrives (an open purchase order, a transfer in transit, or goods without a
 * document), count what arrived and what is refused, note damage, post. Posting raises stock by the accepted
 * quantity; over-receipts are refused with the reason.
 */
export function ReceivingPage({ route }: { route: AnyRoute }) {
    const search: ReceivingSearch = route.useSearch();
    const { t } = useLingui();
    const navigate = useNavigate();
    const [source, setSource] = useState<Source>(
        search.stockTransferId ? 'stock_transfer' : 'purchase_order',
    );
    const [purchaseOrderId, setPurchaseOrderId] = useState<string | undefined>(search.purchaseOrderId);
    const [stockTransferId, setStockTransferId] = useState<string | undefined>(search.stockTransferId);
    const [warehouseId, setWarehouseId] = useState<string | undefined>();
    const [supplierId, setSupplierId] = useState<string | undefined>();
    const [reference, setReference] = useState('');
    const [note, setNote] = useState('');
    const [lines, setLines] = useState<ReceivingLine[]>([]);
    const [adHocLines, setAdHocLines] = useState<EditableLine[]>([]);

    const { data: openOrders } = useQuery({
        queryKey: ['WarehouseOpenPurchaseOrders'],
        queryFn: () => api.query(openPurchaseOrdersQuery, {}),
    });
    const { data: inTransit } = useQuery({
        queryKey: ['WarehouseTransfersInTransit'],
        queryFn: () => api.query(transfersInTransitQuery, {}),
    });
    const { data: order } = useQuery({
        queryKey: ['WarehouseReceivingPurchaseOrder', purchaseOrderId],
        queryFn: () => api.query(purchaseOrderDetailQuery, { id: purchaseOrderId! }),
        enabled: source === 'purchase_order' && !!purchaseOrderId,
    });
    const { data: transfer } = useQuery({
        queryKey: ['WarehouseReceivingTransfer', stockTransferId],
        queryFn: () => api.query(receivableTransferQuery, { id: stockTransferId! }),
        enabled: source === 'stock_transfer' && !!stockTransferId,
    });
    useEffect(() => {
        if (source === 'purchase_order' && order?.purchaseOrder) {
            setLines(
                order.purchaseOrder.lines
                    .filter(l => l.quantityOutstanding > 0)
                    .map(l => ({
                        productVariantId: l.productVariantId,
                        name: l.productVariant.name,
                        sku: l.productVariant.sku,
                        expected: l.quantityOutstanding,
                        received: l.quantityOutstanding,
                        rejected: 0,
                        note: '',
                    })),
            );
        }
    }, [source, order]);
    useEffect(() => {
        if (source === 'stock_transfer' && transfer?.stockTransfer) {
            setLines(
                transfer.stockTransfer.lines.map(l => ({
                    productVariantId: l.productVariantId,
                    name: l.productVariant.name,
                    sku: l.productVariant.sku,
                    expected: l.quantity,
                    received: l.quantity,
                    rejected: 0,
                    note: '',
                })),
            );
        }
    }, [source, transfer]);

    const shown: ReceivingLine[] =
        source === 'ad_hoc'
            ? adHocLines.map(l => ({
                  productVariantId: l.productVariantId,
                  name: l.name,
                  sku: l.sku,
                  expected: null,
                  received: l.quantity,
                  rejected: lines.find(x => x.productVariantId === l.productVariantId)?.rejected ?? 0,
                  note: lines.find(x => x.productVariantId === l.productVariantId)?.note ?? '',
              }))
            : lines;
    const update = (productVariantId: string, patch: Partial<ReceivingLine>) => {
        const exists = lines.some(l => l.productVariantId === productVariantId);
        const base = shown.find(l => l.productVariantId === productVariantId);
        setLines(
            exists
                ? lines.map(l => (l.productVariantId === productVariantId ? { ...l, ...patch } : l))
                : base
                  ? [...lines, { ...base, ...patch }]
                  : lines,
        );
    };

    const post = useMutation({
        mutationFn: async () => {
            const input = {
                ...(source === 'purchase_order' ? { purchaseOrderId } : {}),
                ...(source === 'stock_transfer' ? { stockTransferId } : {}),
                ...(source === 'ad_hoc' ? { warehouseId, supplierId } : {}),
                reference: reference || undefined,
                note: note || undefined,
                lines: shown.map(l => ({
                    productVariantId: l.productVariantId,
                    quantityReceived: l.received,
                    quantityRejected: l.rejected,
                    note: l.note || undefined,
                })),
            };
            return (await api.mutate(receiveGoodsDocument, { input })).receiveGoods;
        },
        onSuccess: async result => {
            const error = errorOf(result);
            if (error) {
                toast.error(error);
                return;
            }
            const posted = result as { id: string; code: string };
            toast.success(`${t`Receipt posted`}: ${posted.code}`);
            await navigate({ to: '/goods-receipts/$id', params: { id: posted.id } });
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const ready =
        shown.length > 0 &&
        ((source === 'purchase_order' && !!purchaseOrderId) ||
            (source === 'stock_transfer' && !!stockTransferId) ||
            (source === 'ad_hoc' && !!warehouseId));

    return (
        <Page pageId="warehouse-receiving">
            <PageTitle>
                <Trans>Receive goods</Trans>
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="post-receipt" requiresPermission={['UpdateGoodsReceipt']}>
                    <Button onClick={() => post.mutate()} disabled={!ready || post.isPending}>
                        <Trans>Post receipt</Trans>
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="source">
                    <DetailFormGrid>
                        <Field label={<Trans>Receive against</Trans>}>
                            <NativeSelect
                                className="w-full"
                                aria-label="source"
                                value={source}
                                onChange={e => {
                                    setSource(e.target.value as Source);
                                    setLines([]);
                                }}
                            >
                                <NativeSelectOption value="purchase_order">{t`A purchase order`}</NativeSelectOption>
                                <NativeSelectOption value="stock_transfer">{t`A transfer in transit`}</NativeSelectOption>
                                <NativeSelectOption value="ad_hoc">{t`Nothing (ad hoc delivery)`}</NativeSelectOption>
                            </NativeSelect>
                        </Field>
                        {source === 'purchase_order' && (
                            <Field label={<Trans>Purchase order</Trans>}>
                                <NativeSelect
                                    className="w-full"
                                    aria-label="purchase order"
                                    value={purchaseOrderId ?? ''}
                                    onChange={e => setPurchaseOrderId(e.target.value || undefined)}
                                >
                                    <NativeSelectOption value="">{t`Choose an open purchase order`}</NativeSelectOption>
                                    {openOrders?.purchaseOrders.items.map(po => (
                                        <NativeSelectOption key={po.id} value={po.id}>
                                            {`${po.code} · ${po.supplier.name} → ${po.warehouse.name}`}
                                        </NativeSelectOption>
                                    ))}
                                </NativeSelect>
                            </Field>
                        )}
                        {source === 'stock_transfer' && (
                            <Field label={<Trans>Transfer</Trans>}>
                                <NativeSelect
                                    className="w-full"
                                    aria-label="transfer"
                                    value={stockTransferId ?? ''}
                                    onChange={e => setStockTransferId(e.target.value || undefined)}
                                >
                                    <NativeSelectOption value="">{t`Choose a transfer in transit`}</NativeSelectOption>
                                    {inTransit?.stockTransfers.items.map(tr => (
                                        <NativeSelectOption key={tr.id} value={tr.id}>
                                            {`${tr.code} · ${tr.sourceWarehouse.name} → ${tr.destinationWarehouse.name}`}
                                        </NativeSelectOption>
                                    ))}
                                </NativeSelect>
                            </Field>
                        )}
                        {source === 'ad_hoc' && (
                            <>
                                <Field label={<Trans>Warehouse</Trans>}>
                                    <WarehouseSelect value={warehouseId} onChange={setWarehouseId} />
                                </Field>
                                <Field label={<Trans>Supplier (optional)</Trans>}>
                                    <SupplierSelect value={supplierId} onChange={setSupplierId} />
                                </Field>
                            </>
                        )}
                        <Field label={<Trans>Delivery note / reference</Trans>}>
                            <Input value={reference} onChange={e => setReference(e.target.value)} />
                        </Field>
                    </DetailFormGrid>
                    <div className="mt-4">
                        <Field label={<Trans>Note</Trans>}>
                            <Textarea value={note} onChange={e => setNote(e.target.value)} />
                        </Field>
                    </div>
                </PageBlock>
                <PageBlock column="main" blockId="lines" title={<Trans>What arrived</Trans>}>
                    {source === 'ad_hoc' && <LinesEditor lines={adHocLines} onChange={setAdHocLines} />}
                    <table className="mt-2 w-full text-sm" data-testid="receiving-lines">
                        <thead>
                            <tr className="text-left text-muted-foreground">
                                <th className="py-1">SKU</th>
                                <th>
                                    <Trans>Product variant</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>Expected</Trans>
                                </th>
                                <th className="w-28">
                                    <Trans>Received</Trans>
                                </th>
                                <th className="w-28">
                                    <Trans context="goods received">Rejected</Trans>
                                </th>
                                <th>
                                    <Trans>Note</Trans>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {shown.map(line => (
                                <tr key={line.productVariantId} className="border-t">
                                    <td className="py-1 font-mono">{line.sku}</td>
                                    <td>{line.name}</td>
                                    <td className="text-right">{line.expected ?? '–'}</td>
                                    <td>
                                        <Input
                                            type="number"
                                            min={0}
                                            aria-label={`received ${line.sku}`}
                                            value={line.received}
                                            disabled={source === 'ad_hoc'}
                                            onChange={e =>
                                                update(line.productVariantId, {
                                                    received: Number(e.target.value),
                                                })
                                            }
                                        />
                                    </td>
                                    <td>
                                        <Input
                                            type="number"
                                            min={0}
                                            aria-label={`rejected ${line.sku}`}
                                            value={line.rejected}
                                            onChange={e =>
                                                update(line.productVariantId, {
                                                    rejected: Number(e.target.value),
                                                })
                                            }
                                        />
                                    </td>
                                    <td>
                                        <Input
                                            aria-label={`note ${line.sku}`}
                                            value={line.note}
                                            onChange={e =>
                                                update(line.productVariantId, { note: e.target.value })
                                            }
                                        />
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

/** Goods receipts of the active channel. */
export function GoodsReceiptListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const sourceLabel = (source: string) =>
        source === 'purchase_order'
            ? t`Purchase order`
            : source === 'stock_transfer'
              ? t`Transfer`
              : t`Ad hoc`;
    return (
        <ListPage
            pageId="goods-receipt-list"
            listQuery={goodsReceiptListQuery}
            route={route}
            title={<Trans>Goods receipts</Trans>}
            defaultVisibility={{
                code: true,
                state: true,
                source: true,
                warehouse: true,
                reference: true,
                postedAt: true,
                hasDiscrepancy: true,
            }}
            defaultSort={[{ id: 'createdAt', desc: true }]}
            customizeColumns={{
                code: {
                    header: () => <Trans>Code</Trans>,
                    cell: ({ row }) => <DetailPageButton id={row.original.id} label={row.original.code} />,
                },
                state: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => <StateBadge state={row.original.state} />,
                },
                source: {
                    header: () => <Trans>Against</Trans>,
                    cell: ({ row }) => sourceLabel(row.original.source),
                },
                warehouse: {
                    header: () => <Trans>Warehouse</Trans>,
                    cell: ({ row }) => row.original.warehouse?.name ?? '',
                },
                purchaseOrder: {
                    header: () => <Trans>Purchase order</Trans>,
                    cell: ({ row }) => row.original.purchaseOrder?.code ?? '',
                },
                stockTransfer: {
                    header: () => <Trans>Transfer</Trans>,
                    cell: ({ row }) => row.original.stockTransfer?.code ?? '',
                },
                reference: { header: () => <Trans>Reference</Trans> },
                postedAt: {
                    header: () => <Trans>Posted</Trans>,
                    cell: ({ row }) => <DateText value={row.original.postedAt} />,
                },
                hasDiscrepancy: {
                    header: () => <Trans>Discrepancy</Trans>,
                    cell: ({ row }) => (row.original.hasDiscrepancy ? t`Yes` : ''),
                },
            }}
            onSearchTermChange={searchTerm => ({ code: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="receive-goods" requiresPermission={['UpdateGoodsReceipt']}>
                <Button render={<Link to="/receiving" />}>
                    <Trans>Receive goods</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

/** A goods receipt, read-only. */
export function GoodsReceiptDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const { data } = useQuery({
        queryKey: ['WarehouseGoodsReceipt', params.id],
        queryFn: () => api.query(goodsReceiptDetailQuery, { id: params.id }),
    });
    const receipt = data?.goodsReceipt;
    return (
        <Page pageId="goods-receipt-detail">
            <PageTitle>
                <span translate="no">{receipt?.code ?? ''}</span>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="lines" title={<Trans>Lines</Trans>}>
                    <table className="w-full text-sm" data-testid="receipt-lines">
                        <thead>
                            <tr className="text-left text-muted-foreground">
                                <th className="py-1">SKU</th>
                                <th>
                                    <Trans>Product variant</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>Received</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans context="goods received">Rejected</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>Accepted</Trans>
                                </th>
                                <th className="pl-6">
                                    <Trans>Note</Trans>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {receipt?.lines.map(l => (
                                <tr key={l.id} className="border-t">
                                    <td className="py-1 font-mono">{l.productVariant.sku}</td>
                                    <td>{l.productVariant.name}</td>
                                    <td className="text-right">{l.quantityReceived}</td>
                                    <td className="text-right">{l.quantityRejected}</td>
                                    <td className="text-right">{l.quantityAccepted}</td>
                                    <td className="pl-6">{l.note ?? ''}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </PageBlock>
                {receipt && (
                    <PageBlock column="side" blockId="details" title={<Trans>Receipt</Trans>}>
                        <div className="space-y-2 text-sm">
                            <StateBadge state={receipt.state} />
                            <Field label={<Trans>Warehouse</Trans>}>{receipt.warehouse.name}</Field>
                            {receipt.purchaseOrder && (
                                <Field label={<Trans>Purchase order</Trans>}>
                                    <Link
                                        to="/purchase-orders/$id"
                                        params={{ id: receipt.purchaseOrder.id }}
                                        className="underline"
                                    >
                                        {receipt.purchaseOrder.code}
                                    </Link>
                                </Field>
                            )}
                            {receipt.stockTransfer && (
                                <Field label={<Trans>Transfer</Trans>}>
                                    <Link
                                        to="/stock-transfers/$id"
                                        params={{ id: receipt.stockTransfer.id }}
                                        className="underline"
                                    >
                                        {receipt.stockTransfer.code}
                                    </Link>
                                </Field>
                            )}
                            {receipt.supplier && (
                                <Field label={<Trans>Supplier</Trans>}>{receipt.supplier.name}</Field>
                            )}
                            <Field label={<Trans>Reference</Trans>}>{receipt.reference ?? '–'}</Field>
                            <Field label={<Trans>Posted</Trans>}>
                                <DateText value={receipt.postedAt} />
                            </Field>
                            {receipt.note && <Field label={<Trans>Note</Trans>}>{receipt.note}</Field>}
                            {receipt.hasDiscrepancy && (
                                <div className="text-destructive">
                                    <Trans>Received with discrepancies</Trans>
                                </div>
                            )}
                        </div>
                    </PageBlock>
                )}
            </PageLayout>
        </Page>
    );
}
