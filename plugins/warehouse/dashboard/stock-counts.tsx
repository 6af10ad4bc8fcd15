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
    Input,
    ListPage,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Switch,
    Textarea,
} from '@vendure/dashboard';
import { useRef, useState } from 'react';
import { toast } from 'sonner';

import { DateText, EditableLine, errorOf, Field, LinesEditor, StateBadge, WarehouseSelect } from './common';
import {
    cancelStockCountDocument,
    openStockCountDocument,
    postStockCountDocument,
    scanStockCountDocument,
    setStockCountQuantityDocument,
    stockCountDetailQuery,
    stockCountLinesQuery,
    stockCountListQuery,
} from './warehouse.graphql';

const stockCountLineListQueryKey = 'WarehouseStockCountLines';

/** Stock counts of the active channel. */
export function StockCountListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    return (
        <ListPage
            pageId="stock-count-list"
            listQuery={stockCountListQuery}
            route={route}
            title={<Trans>Stock counts</Trans>}
            defaultVisibility={{
                code: true,
                state: true,
                warehouse: true,
                fullCount: true,
                countedLines: true,
                totalLines: true,
                createdAt: true,
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
                warehouse: {
                    header: () => <Trans>Warehouse</Trans>,
                    cell: ({ row }) => row.original.warehouse?.name ?? '',
                },
                fullCount: {
                    header: () => <Trans>Scope</Trans>,
                    cell: ({ row }) => (row.original.fullCount ? t`Everything` : t`A selection`),
                },
                countedLines: { header: () => <Trans>Counted</Trans> },
                totalLines: { header: () => <Trans>Lines</Trans> },
                postedAt: {
                    header: () => <Trans>Posted</Trans>,
                    cell: ({ row }) => <DateText value={row.original.postedAt} />,
                },
            }}
            onSearchTermChange={searchTerm => ({ code: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="open-count" requiresPermission={['CreateStockCount']}>
                <Button render={<Link to="./new" />}>
                    <Trans>Open a stock count</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

/** Opens a count: a warehouse, everything it stocks or a selection of variants. */
function OpenStockCount() {
    const navigate = useNavigate();
    const { t } = useLingui();
    const [warehouseId, setWarehouseId] = useState<string | undefined>();
    const [everything, setEverything] = useState(true);
    const [selection, setSelection] = useState<EditableLine[]>([]);
    const [note, setNote] = useState('');
    const open = useMutation({
        mutationFn: async () => {
            if (!warehouseId) {
                throw new Error(t`Choose a warehouse`);
            }
            return (
                await api.mutate(openStockCountDocument, {
                    input: {
                        warehouseId,
                        note: note || undefined,
                        productVariantIds: everything ? undefined : selection.map(l => l.productVariantId),
                    },
                })
            ).openStockCount;
        },
        onSuccess: async count => {
            toast.success(t`Stock count opened`);
            await navigate({ to: '../$id', params: { id: count.id } });
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    return (
        <Page pageId="stock-count-open">
            <PageTitle>
                <Trans>Open a stock count</Trans>
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="open-button" requiresPermission={['CreateStockCount']}>
                    <Button onClick={() => open.mutate()} disabled={open.isPending || !warehouseId}>
                        <Trans>Open count</Trans>
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="details">
                    <DetailFormGrid>
                        <Field label={<Trans>Warehouse</Trans>}>
                            <WarehouseSelect value={warehouseId} onChange={setWarehouseId} />
                        </Field>
                        <Field label={<Trans>Count everything the warehouse stocks</Trans>}>
                            <Switch checked={everything} onCheckedChange={setEverything} />
                        </Field>
                    </DetailFormGrid>
                    <div className="mt-4">
                        <Field label={<Trans>Note</Trans>}>
                            <Textarea value={note} onChange={e => setNote(e.target.value)} />
                        </Field>
                    </div>
                </PageBlock>
                {!everything && (
                    <PageBlock column="main" blockId="selection" title={<Trans>Variants to count</Trans>}>
                        <LinesEditor lines={selection} onChange={setSelection} />
                    </PageBlock>
                )}
            </PageLayout>
        </Page>
    );
}

const LINES_PAGE = 50;

/** A stock count: the scan screen (barcode or SKU per scan), counted quantities, post or cancel. */
export function StockCountDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    if (params.id === NEW_ENTITY_PATH) {
        return <OpenStockCount />;
    }
    return <StockCountScreen id={params.id} />;
}

function StockCountScreen({ id }: { id: string }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const scanInput = useRef<HTMLInputElement>(null);
    const [code, setCode] = useState('');
    const [quantity, setQuantity] = useState(1);
    const [lastScan, setLastScan] = useState<{ ok: boolean; text: string } | null>(null);
    const [page, setPage] = useState(0);
    const { data } = useQuery({
        queryKey: ['WarehouseStockCount', id],
        queryFn: () => api.query(stockCountDetailQuery, { id }),
    });
    const { data: lines } = useQuery({
        queryKey: [stockCountLineListQueryKey, id, page],
        queryFn: () =>
            api.query(stockCountLinesQuery, {
                stockCountId: id,
                options: { skip: page * LINES_PAGE, take: LINES_PAGE },
            }),
    });
    const count = data?.stockCount;
    const open = count?.state === 'open';
    const refresh = async () => {
        await queryClient.invalidateQueries({ queryKey: ['WarehouseStockCount', id] });
        await queryClient.invalidateQueries({ queryKey: [stockCountLineListQueryKey, id] });
    };
    const scan = useMutation({
        mutationFn: async () =>
            (await api.mutate(scanStockCountDocument, { input: { stockCountId: id, code, quantity } }))
                .scanStockCount,
        onSuccess: async result => {
            const error = errorOf(result);
            if (error) {
                setLastScan({ ok: false, text: error });
            } else {
                const line = result as {
                    countedQuantity?: number | null;
                    productVariant: { name: string; sku: string };
                };
                setLastScan({
                    ok: true,
                    text: `${line.productVariant.sku} · ${line.productVariant.name}: ${t`counted`} ${line.countedQuantity ?? 0}`,
                });
            }
            setCode('');
            setQuantity(1);
            scanInput.current?.focus();
            await refresh();
        },
        onError: err => setLastScan({ ok: false, text: err instanceof Error ? err.message : String(err) }),
    });
    const setCounted = useMutation({
        mutationFn: async (input: { productVariantId: string; countedQuantity: number }) =>
            (await api.mutate(setStockCountQuantityDocument, { input: { stockCountId: id, ...input } }))
                .setStockCountQuantity,
        onSuccess: async result => {
            const error = errorOf(result);
            if (error) {
                toast.error(error);
            }
            await refresh();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const act = useMutation({
        mutationFn: async (action: 'post' | 'cancel') => {
            const result =
                action === 'post'
                    ? (await api.mutate(postStockCountDocument, { id })).postStockCount
                    : (await api.mutate(cancelStockCountDocument, { id })).cancelStockCount;
            return { action, error: errorOf(result) };
        },
        onSuccess: async ({ action, error }) => {
            if (error) {
                toast.error(error);
                return;
            }
            toast.success(action === 'post' ? t`Stock count posted` : t`Stock count cancelled`);
            await refresh();
        },
    });
    const total = lines?.stockCountLines.totalItems ?? 0;

    return (
        <Page pageId="stock-count-detail">
            <PageTitle>
                <span translate="no">{count ? `${count.code} · ${count.warehouse.name}` : ''}</span>
            </PageTitle>
            <PageActionBar>
                {open && (
                    <>
                        <ActionBarItem itemId="post-button" requiresPermission={['UpdateStockCount']}>
                            <Button onClick={() => act.mutate('post')} disabled={act.isPending}>
                                <Trans>Post count</Trans>
                            </Button>
                        </ActionBarItem>
                        <ActionBarItem itemId="cancel-button" requiresPermission={['UpdateStockCount']}>
                            <Button
                                variant="outline"
                                onClick={() => act.mutate('cancel')}
                                disabled={act.isPending}
                            >
                                <Trans>Cancel count</Trans>
                            </Button>
                        </ActionBarItem>
                    </>
                )}
            </PageActionBar>
            <PageLayout>
                {open && (
                    <PageBlock column="main" blockId="scan" title={<Trans>Scan</Trans>}>
                        <form
                            className="flex items-end gap-2"
                            onSubmit={e => {
                                e.preventDefault();
                                if (code.trim()) {
                                    scan.mutate();
                                }
                            }}
                        >
                            <div className="flex-1">
                                <Field label={<Trans>Barcode or SKU</Trans>}>
                                    <Input
                                        ref={scanInput}
                                        autoFocus
                                        aria-label="barcode"
                                        value={code}
                                        onChange={e => setCode(e.target.value)}
                                    />
                                </Field>
                            </div>
                            <div className="w-24">
                                <Field label={<Trans>Units</Trans>}>
                                    <Input
                                        type="number"
                                        min={1}
                                        aria-label="units per scan"
                                        value={quantity}
                                        onChange={e => setQuantity(Number(e.target.value))}
                                    />
                                </Field>
                            </div>
                            <Button type="submit" disabled={scan.isPending}>
                                <Trans>Add scan</Trans>
                            </Button>
                        </form>
                        {lastScan && (
                            <p
                                data-testid="last-scan"
                                className={`mt-2 text-sm ${lastScan.ok ? 'text-muted-foreground' : 'text-destructive'}`}
                            >
                                {lastScan.text}
                            </p>
                        )}
                    </PageBlock>
                )}
                <PageBlock column="main" blockId="lines" title={<Trans>Counted quantities</Trans>}>
                    <table className="w-full text-sm" data-testid="count-lines">
                        <thead>
                            <tr className="text-left text-muted-foreground">
                                <th className="py-1">SKU</th>
                                <th>
                                    <Trans>Product variant</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>On hand when counted</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>On hand now</Trans>
                                </th>
                                <th className="w-28">
                                    <Trans>Counted</Trans>
                                </th>
                                <th className="text-right">
                                    <Trans>Difference</Trans>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {lines?.stockCountLines.items.map(line => (
                                <tr key={line.id} className="border-t">
                                    <td className="py-1 font-mono">{line.productVariant.sku}</td>
                                    <td>{line.productVariant.name}</td>
                                    <td className="text-right">{line.stockOnHandAtCount ?? '–'}</td>
                                    <td className="text-right">{line.currentStockOnHand}</td>
                                    <td>
                                        <CountedInput
                                            value={line.countedQuantity}
                                            disabled={!open}
                                            label={`counted ${line.productVariant.sku}`}
                                            onCommit={value =>
                                                setCounted.mutate({
                                                    productVariantId: line.productVariantId,
                                                    countedQuantity: value,
                                                })
                                            }
                                        />
                                    </td>
                                    <td
                                        className={`text-right ${line.difference ? 'font-medium text-destructive' : ''}`}
                                    >
                                        {line.postedAdjustment ?? line.difference ?? '–'}
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                    <div className="mt-2 flex items-center gap-2 text-sm">
                        <Button
                            variant="outline"
                            size="sm"
                            disabled={page === 0}
                            onClick={() => setPage(p => p - 1)}
                        >
                            <Trans>Previous</Trans>
                        </Button>
                        <span>
                            {total === 0 ? 0 : page * LINES_PAGE + 1}–
                            {Math.min(total, (page + 1) * LINES_PAGE)} / {total}
                        </span>
                        <Button
                            variant="outline"
                            size="sm"
                            disabled={(page + 1) * LINES_PAGE >= total}
                            onClick={() => setPage(p => p + 1)}
                        >
                            <Trans>Next</Trans>
                        </Button>
                    </div>
                </PageBlock>
                {count && (
                    <PageBlock column="side" blockId="status" title={<Trans>Status</Trans>}>
                        <div className="space-y-2 text-sm">
                            <StateBadge state={count.state} />
                            <Field label={<Trans>Counted</Trans>}>
                                {count.countedLines} / {count.totalLines}
                            </Field>
                            <Field label={<Trans>Opened</Trans>}>
                                <DateText value={count.createdAt} />
                            </Field>
                            <Field label={<Trans>Posted</Trans>}>
                                <DateText value={count.postedAt} />
                            </Field>
                            {count.note && <Field label={<Trans>Note</Trans>}>{count.note}</Field>}
                            <p className="text-muted-foreground">
                                <Trans>
                                    Posting adjusts stock on hand by counted minus on hand when counted:
                                    orders shipped meanwhile are kept.
                                </Trans>
                            </p>
                        </div>
                    </PageBlock>
                )}
            </PageLayout>
        </Page>
    );
}

/** A counted quantity, committed on blur or Enter. */
function CountedInput({
    value,
    disabled,
    label,
    onCommit,
}: {
    value: number | null | undefined;
    disabled: boolean;
    label: string;
    onCommit: (value: number) => void;
}) {
    const [draft, setDraft] = useState<string | null>(null);
    const commit = () => {
        if (draft !== null && draft !== '' && Number(draft) !== value) {
            onCommit(Number(draft));
        }
        setDraft(null);
    };
    return (
        <Input
            type="number"
            min={0}
            aria-label={label}
            disabled={disabled}
            value={draft ?? (value == null ? '' : String(value))}
            onChange={e => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={e => {
                if (e.key === 'Enter') {
                    e.preventDefault();
                    commit();
                }
            }}
        />
    );
}
