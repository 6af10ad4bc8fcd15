import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DetailFormGrid,
    DetailPageButton,
    ListPage,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Textarea,
} from '@vendure/dashboard';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import { DateText, EditableLine, errorOf, Field, LinesEditor, StateBadge, WarehouseSelect } from './common';
import {
    cancelStockTransferDocument,
    createStockTransferDocument,
    dispatchStockTransferDocument,
    stockTransferDetailQuery,
    stockTransferListQuery,
    updateStockTransferDocument,
} from './warehouse.graphql';

/** Transfers of the active channel. */
export function StockTransferListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="stock-transfer-list"
            listQuery={stockTransferListQuery}
            route={route}
            title={<Trans>Transfers</Trans>}
            defaultVisibility={{
                code: true,
                state: true,
                sourceWarehouse: true,
                destinationWarehouse: true,
                totalQuantity: true,
                dispatchedAt: true,
                receivedAt: true,
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
                sourceWarehouse: {
                    header: () => <Trans>From</Trans>,
                    cell: ({ row }) => row.original.sourceWarehouse?.name ?? '',
                },
                destinationWarehouse: {
                    header: () => <Trans>To</Trans>,
                    cell: ({ row }) => row.original.destinationWarehouse?.name ?? '',
                },
                totalQuantity: { header: () => <Trans>Units</Trans> },
                dispatchedAt: {
                    header: () => <Trans>Dispatched</Trans>,
                    cell: ({ row }) => <DateText value={row.original.dispatchedAt} />,
                },
                receivedAt: {
                    header: () => <Trans>Received</Trans>,
                    cell: ({ row }) => <DateText value={row.original.receivedAt} />,
                },
            }}
            onSearchTermChange={searchTerm => ({ code: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-transfer" requiresPermission={['CreateStockTransfer']}>
                <Button render={<Link to="./new" />}>
                    <Trans>New transfer</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

/** A transfer: draft it, dispatch it, receive it at the destination with its discrepancies. */
export function StockTransferDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const creating = params.id === NEW_ENTITY_PATH;
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const { t } = useLingui();
    const { data } = useQuery({
        queryKey: ['WarehouseStockTransfer', params.id],
        queryFn: () => api.query(stockTransferDetailQuery, { id: params.id }),
        enabled: !creating,
    });
    const transfer = data?.stockTransfer;
    const [sourceId, setSourceId] = useState<string | undefined>();
    const [destinationId, setDestinationId] = useState<string | undefined>();
    const [note, setNote] = useState('');
    const [lines, setLines] = useState<EditableLine[]>([]);
    useEffect(() => {
        if (transfer) {
            setSourceId(transfer.sourceWarehouse.id);
            setDestinationId(transfer.destinationWarehouse.id);
            setNote(transfer.note ?? '');
            setLines(
                transfer.lines.map(l => ({
                    productVariantId: l.productVariantId,
                    name: l.productVariant.name,
                    sku: l.productVariant.sku,
                    quantity: l.quantity,
                })),
            );
        }
    }, [transfer]);
    const draft = creating || transfer?.state === 'draft';
    const refresh = () => queryClient.invalidateQueries({ queryKey: ['WarehouseStockTransfer', params.id] });
    const lineInput = () => lines.map(l => ({ productVariantId: l.productVariantId, quantity: l.quantity }));

    const save = useMutation({
        mutationFn: async () => {
            if (creating) {
                if (!sourceId || !destinationId) {
                    throw new Error(t`Choose both warehouses`);
                }
                const result = await api.mutate(createStockTransferDocument, {
                    input: {
                        sourceWarehouseId: sourceId,
                        destinationWarehouseId: destinationId,
                        note,
                        lines: lineInput(),
                    },
                });
                return { id: result.createStockTransfer.id, error: undefined };
            }
            const result = await api.mutate(updateStockTransferDocument, {
                input: {
                    id: params.id,
                    note,
                    ...(draft
                        ? {
                              sourceWarehouseId: sourceId,
                              destinationWarehouseId: destinationId,
                              lines: lineInput(),
                          }
                        : {}),
                },
            });
            return { id: params.id, error: errorOf(result.updateStockTransfer) };
        },
        onSuccess: async ({ id, error }) => {
            if (error) {
                toast.error(error);
                return;
            }
            toast.success(creating ? t`Transfer created` : t`Transfer updated`);
            if (creating) {
                await navigate({ to: '../$id', params: { id } });
            } else {
                await refresh();
            }
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const act = useMutation({
        mutationFn: async (action: 'dispatch' | 'cancel') => {
            const result =
                action === 'dispatch'
                    ? (await api.mutate(dispatchStockTransferDocument, { id: params.id }))
                          .dispatchStockTransfer
                    : (await api.mutate(cancelStockTransferDocument, { id: params.id })).cancelStockTransfer;
            return { action, error: errorOf(result) };
        },
        onSuccess: async ({ action, error }) => {
            if (error) {
                toast.error(error);
                return;
            }
            toast.success(action === 'dispatch' ? t`Transfer dispatched` : t`Transfer cancelled`);
            await refresh();
        },
    });

    return (
        <Page pageId="stock-transfer-detail">
            <PageTitle>
                {creating ? <Trans>New transfer</Trans> : <span translate="no">{transfer?.code ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                {(creating || transfer?.state === 'draft' || transfer?.state === 'in_transit') && (
                    <ActionBarItem
                        itemId="save-button"
                        requiresPermission={['UpdateStockTransfer', 'CreateStockTransfer']}
                    >
                        <Button onClick={() => save.mutate()} disabled={save.isPending}>
                            {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                        </Button>
                    </ActionBarItem>
                )}
                {transfer?.state === 'draft' && (
                    <>
                        <ActionBarItem itemId="dispatch-button" requiresPermission={['UpdateStockTransfer']}>
                            <Button
                                variant="secondary"
                                onClick={() => act.mutate('dispatch')}
                                disabled={act.isPending}
                            >
                                <Trans>Dispatch</Trans>
                            </Button>
                        </ActionBarItem>
                        <ActionBarItem itemId="cancel-button" requiresPermission={['UpdateStockTransfer']}>
                            <Button
                                variant="outline"
                                onClick={() => act.mutate('cancel')}
                                disabled={act.isPending}
                            >
                                <Trans>Cancel transfer</Trans>
                            </Button>
                        </ActionBarItem>
                    </>
                )}
                {transfer?.state === 'in_transit' && (
                    <ActionBarItem itemId="receive-button" requiresPermission={['UpdateGoodsReceipt']}>
                        <Button
                            variant="secondary"
                            render={<Link to="/receiving" search={{ stockTransferId: transfer.id }} />}
                        >
                            <Trans>Receive at destination</Trans>
                        </Button>
                    </ActionBarItem>
                )}
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="details">
                    <DetailFormGrid>
                        <Field label={<Trans>From warehouse</Trans>}>
                            <WarehouseSelect value={sourceId} onChange={setSourceId} disabled={!draft} />
                        </Field>
                        <Field label={<Trans>To warehouse</Trans>}>
                            <WarehouseSelect
                                value={destinationId}
                                onChange={setDestinationId}
                                disabled={!draft}
                            />
                        </Field>
                    </DetailFormGrid>
                    <div className="mt-4">
                        <Field label={<Trans>Note</Trans>}>
                            <Textarea value={note} onChange={e => setNote(e.target.value)} />
                        </Field>
                    </div>
                </PageBlock>
                <PageBlock column="main" blockId="lines" title={<Trans>Lines</Trans>}>
                    {draft ? (
                        <LinesEditor lines={lines} onChange={setLines} />
                    ) : (
                        <table className="w-full text-sm" data-testid="transfer-lines">
                            <thead>
                                <tr className="text-left text-muted-foreground">
                                    <th className="py-1">SKU</th>
                                    <th>
                                        <Trans>Product variant</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Dispatched</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Received</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans context="goods received">Rejected</Trans>
                                    </th>
                                    <th className="text-right">
                                        <Trans>Discrepancy</Trans>
                                    </th>
                                    <th>
                                        <Trans>Note</Trans>
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {transfer?.lines.map(l => (
                                    <tr key={l.id} className="border-t">
                                        <td className="py-1 font-mono">{l.productVariant.sku}</td>
                                        <td>{l.productVariant.name}</td>
                                        <td className="text-right">{l.quantity}</td>
                                        <td className="text-right">
                                            {transfer.state === 'received' ? l.quantityReceived : '–'}
                                        </td>
                                        <td className="text-right">
                                            {transfer.state === 'received' ? l.quantityRejected : '–'}
                                        </td>
                                        <td
                                            className={`text-right ${l.discrepancy ? 'text-destructive' : ''}`}
                                        >
                                            {l.discrepancy ?? '–'}
                                        </td>
                                        <td>{l.note ?? ''}</td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    )}
                </PageBlock>
                {transfer && (
                    <PageBlock column="side" blockId="status" title={<Trans>Status</Trans>}>
                        <div className="space-y-2 text-sm">
                            <StateBadge state={transfer.state} />
                            {transfer.state === 'in_transit' && (
                                <div className="text-muted-foreground">
                                    <Trans>In transit: sellable in neither warehouse until received.</Trans>
                                </div>
                            )}
                            <Field label={<Trans>Dispatched</Trans>}>
                                <DateText value={transfer.dispatchedAt} />
                            </Field>
                            <Field label={<Trans>Received</Trans>}>
                                <DateText value={transfer.receivedAt} />
                            </Field>
                            {transfer.receipt && (
                                <Field label={<Trans>Goods receipt</Trans>}>
                                    <Link
                                        to="/goods-receipts/$id"
                                        params={{ id: transfer.receipt.id }}
                                        className="underline"
                                    >
                                        {transfer.receipt.code}
                                    </Link>
                                </Field>
                            )}
                        </div>
                    </PageBlock>
                )}
            </PageLayout>
        </Page>
    );
}
