import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DateTimeInput,
    DetailFormGrid,
    DetailPageButton,
    ListPage,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Textarea,
    useLocalFormat,
} from '@vendure/dashboard';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import type { VariablesOf } from '@/gql';

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
    cancelPurchaseOrderDocument,
    createPurchaseOrderDocument,
    purchaseOrderDetailQuery,
    purchaseOrderListQuery,
    sendPurchaseOrderDocument,
    updatePurchaseOrderDocument,
} from './warehouse.graphql';

/** Purchase orders of the active channel. */
export function PurchaseOrderListPage({ route }: { route: AnyRoute }) {
    const { formatCurrency } = useLocalFormat();
    const { t } = useLingui();
    return (
        <ListPage
            pageId="purchase-order-list"
            listQuery={purchaseOrderListQuery}
            route={route}
            title={<Trans>Purchase orders</Trans>}
            defaultVisibility={{
                code: true,
                state: true,
                supplier: true,
                warehouse: true,
                expectedDate: true,
                totalQuantity: true,
                total: true,
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
                supplier: {
                    header: () => <Trans>Supplier</Trans>,
                    cell: ({ row }) => row.original.supplier?.name ?? '',
                },
                warehouse: {
                    header: () => <Trans>Warehouse</Trans>,
                    cell: ({ row }) => row.original.warehouse?.name ?? '',
                },
                expectedDate: {
                    header: () => <Trans>Expected</Trans>,
                    meta: { dependencies: ['overdue'] },
                    cell: ({ row }) => (
                        <span className={row.original.overdue ? 'text-destructive' : ''}>
                            <DateText value={row.original.expectedDate} />
                            {row.original.overdue ? ` · ${t`Overdue`}` : ''}
                        </span>
                    ),
                },
                totalQuantity: { header: () => <Trans>Units</Trans> },
                total: {
                    header: () => <Trans>Total</Trans>,
                    meta: { dependencies: ['currencyCode'] },
                    cell: ({ row }) =>
                        row.original.currencyCode
                            ? formatCurrency(row.original.total, row.original.currencyCode)
                            : null,
                },
            }}
            onSearchTermChange={searchTerm => ({ code: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-purchase-order" requiresPermission={['CreatePurchaseOrder']}>
                <Button render={<Link to="./new" />}>
                    <Trans>New purchase order</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

/** A purchase order: draft it, send it, follow its receipts. */
export function PurchaseOrderDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const creating = params.id === NEW_ENTITY_PATH;
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const { t } = useLingui();
    const { formatCurrency } = useLocalFormat();
    const { data } = useQuery({
        queryKey: ['WarehousePurchaseOrder', params.id],
        queryFn: () => api.query(purchaseOrderDetailQuery, { id: params.id }),
        enabled: !creating,
    });
    const order = data?.purchaseOrder;
    const [supplierId, setSupplierId] = useState<string | undefined>();
    const [warehouseId, setWarehouseId] = useState<string | undefined>();
    const [expectedDate, setExpectedDate] = useState<string | undefined>();
    const [note, setNote] = useState('');
    const [lines, setLines] = useState<EditableLine[]>([]);
    useEffect(() => {
        if (order) {
            setSupplierId(order.supplier.id);
            setWarehouseId(order.warehouse.id);
            setExpectedDate(order.expectedDate ?? undefined);
            setNote(order.note ?? '');
            setLines(
                order.lines.map(l => ({
                    productVariantId: l.productVariantId,
                    name: l.productVariant.name,
                    sku: l.productVariant.sku,
                    quantity: l.quantity,
                    unitPrice: l.unitPrice,
                })),
            );
        }
    }, [order]);
    const draft = creating || order?.state === 'draft';
    const closed = order?.state === 'received' || order?.state === 'cancelled';
    const refresh = () => queryClient.invalidateQueries({ queryKey: ['WarehousePurchaseOrder', params.id] });
    const lineInput = () =>
        lines.map(l => ({
            productVariantId: l.productVariantId,
            quantity: l.quantity,
            unitPrice: l.unitPrice ?? 0,
        }));

    const save = useMutation({
        mutationFn: async () => {
            if (creating) {
                if (!supplierId || !warehouseId) {
                    throw new Error(t`Choose a supplier and a warehouse`);
                }
                const variables: VariablesOf<typeof createPurchaseOrderDocument> = {
                    input: {
                        supplierId,
                        warehouseId,
                        expectedDate: expectedDate ?? null,
                        note,
                        lines: lineInput(),
                    },
                };
                const { createPurchaseOrder } = await api.mutate(createPurchaseOrderDocument, variables);
                return { id: createPurchaseOrder.id, error: undefined };
            }
            const result = await api.mutate(updatePurchaseOrderDocument, {
                input: {
                    id: params.id,
                    expectedDate: expectedDate ?? null,
                    note,
                    ...(draft ? { supplierId, warehouseId, lines: lineInput() } : {}),
                },
            });
            return { id: params.id, error: errorOf(result.updatePurchaseOrder) };
        },
        onSuccess: async ({ id, error }) => {
            if (error) {
                toast.error(error);
                return;
            }
            toast.success(creating ? t`Purchase order created` : t`Purchase order updated`);
            if (creating) {
                await navigate({ to: '../$id', params: { id } });
            } else {
                await refresh();
            }
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const act = useMutation({
        mutationFn: async (action: 'send' | 'cancel') => {
            const result =
                action === 'send'
                    ? (await api.mutate(sendPurchaseOrderDocument, { id: params.id })).sendPurchaseOrder
                    : (await api.mutate(cancelPurchaseOrderDocument, { id: params.id })).cancelPurchaseOrder;
            return { action, error: errorOf(result) };
        },
        onSuccess: async ({ action, error }) => {
            if (error) {
                toast.error(error);
                return;
            }
            toast.success(action === 'send' ? t`Purchase order sent` : t`Purchase order cancelled`);
            await refresh();
        },
    });

    return (
        <Page pageId="purchase-order-detail">
            <PageTitle>
                {creating ? (
                    <Trans>New purchase order</Trans>
                ) : (
                    <span translate="no">{order?.code ?? ''}</span>
                )}
            </PageTitle>
            <PageActionBar>
                {!closed && (
                    <ActionBarItem
                        itemId="save-button"
                        requiresPermission={['UpdatePurchaseOrder', 'CreatePurchaseOrder']}
                    >
                        <Button onClick={() => save.mutate()} disabled={save.isPending}>
                            {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                        </Button>
                    </ActionBarItem>
                )}
                {order?.state === 'draft' && (
                    <ActionBarItem itemId="send-button" requiresPermission={['UpdatePurchaseOrder']}>
                        <Button
                            variant="secondary"
                            onClick={() => act.mutate('send')}
                            disabled={act.isPending}
                        >
                            <Trans>Send to supplier</Trans>
                        </Button>
                    </ActionBarItem>
                )}
                {(order?.state === 'sent' || order?.state === 'partially_received') && (
                    <ActionBarItem itemId="receive-button" requiresPermission={['UpdateGoodsReceipt']}>
                        <Button
                            variant="secondary"
                            render={<Link to="/receiving" search={{ purchaseOrderId: order.id }} />}
                        >
                            <Trans>Receive goods</Trans>
                        </Button>
                    </ActionBarItem>
                )}
                {order && !closed && (
                    <ActionBarItem itemId="cancel-button" requiresPermission={['UpdatePurchaseOrder']}>
                        <Button
                            variant="outline"
                            onClick={() => act.mutate('cancel')}
                            disabled={act.isPending}
                        >
                            <Trans>Cancel order</Trans>
                        </Button>
                    </ActionBarItem>
                )}
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="details">
                    <DetailFormGrid>
                        <Field label={<Trans>Supplier</Trans>}>
                            <SupplierSelect value={supplierId} onChange={setSupplierId} disabled={!draft} />
                        </Field>
                        <Field label={<Trans>Deliver to warehouse</Trans>}>
                            <WarehouseSelect
                                value={warehouseId}
                                onChange={setWarehouseId}
                                disabled={!draft}
                            />
                        </Field>
                        <Field label={<Trans>Expected date</Trans>}>
                            <DateTimeInput
                                name="expectedDate"
                                value={expectedDate}
                                onChange={(value: string) => setExpectedDate(value)}
                                onBlur={() => undefined}
                                ref={() => undefined}
                                disabled={closed}
                            />
                        </Field>
                    </DetailFormGrid>
                    <div className="mt-4">
                        <Field label={<Trans>Note</Trans>}>
                            <Textarea
                                value={note}
                                onChange={e => setNote(e.target.value)}
                                disabled={closed}
                            />
                        </Field>
                    </div>
                </PageBlock>
                <PageBlock column="main" blockId="lines" title={<Trans>Lines</Trans>}>
                    {draft ? (
                        <LinesEditor
                            lines={lines}
                            onChange={setLines}
                            withPrice
                            currencyCode={order?.currencyCode}
                        />
                    ) : (
                        <table className="w-full text-sm" data-testid="purchase-order-lines">
                            <thead>
                                <tr className="text-left text-muted-foreground">
                                    <th className="py-1">SKU</th>
                                    <th>
                                        <Trans>Product variant</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Ordered</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Received</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans context="goods received">Rejected</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Outstanding</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Unit price</Trans>
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {order?.lines.map(l => (
                                    <tr key={l.id} className="border-t">
                                        <td className="py-1 font-mono">{l.productVariant.sku}</td>
                                        <td>{l.productVariant.name}</td>
                                        <td className="text-right">{l.quantity}</td>
                                        <td className="text-right">{l.quantityReceived}</td>
                                        <td className="text-right">{l.quantityRejected}</td>
                                        <td className="text-right">{l.quantityOutstanding}</td>
                                        <td className="text-right">
                                            {formatCurrency(l.unitPrice, order.currencyCode)}
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    )}
                </PageBlock>
                {order && (
                    <>
                        <PageBlock column="side" blockId="status" title={<Trans>Status</Trans>}>
                            <div className="space-y-2 text-sm">
                                <StateBadge state={order.state} />
                                {order.overdue && (
                                    <div className="text-destructive">
                                        <Trans>Overdue</Trans>
                                    </div>
                                )}
                                {order.autoDrafted && (
                                    <div className="text-muted-foreground">
                                        <Trans>Drafted by a reorder point</Trans>
                                    </div>
                                )}
                                <Field label={<Trans>Total</Trans>}>
                                    {formatCurrency(order.total, order.currencyCode)} · {order.totalQuantity}{' '}
                                    <Trans>units</Trans>
                                </Field>
                                <Field label={<Trans>Sent</Trans>}>
                                    <DateText value={order.sentAt} />
                                </Field>
                                <Field label={<Trans>Received</Trans>}>
                                    <DateText value={order.receivedAt} />
                                </Field>
                            </div>
                        </PageBlock>
                        <PageBlock column="side" blockId="receipts" title={<Trans>Goods receipts</Trans>}>
                            <PermissionGuard requires={['ReadGoodsReceipt']}>
                                <ul className="space-y-1 text-sm">
                                    {order.receipts.map(r => (
                                        <li key={r.id}>
                                            <Link
                                                to="/goods-receipts/$id"
                                                params={{ id: r.id }}
                                                className="underline"
                                            >
                                                {r.code}
                                            </Link>{' '}
                                            <StateBadge state={r.state} />
                                            {r.hasDiscrepancy ? ` · ${t`with discrepancies`}` : ''}
                                        </li>
                                    ))}
                                    {!order.receipts.length && (
                                        <li className="text-muted-foreground">
                                            <Trans>Nothing received yet.</Trans>
                                        </li>
                                    )}
                                </ul>
                            </PermissionGuard>
                        </PageBlock>
                    </>
                )}
            </PageLayout>
        </Page>
    );
}
