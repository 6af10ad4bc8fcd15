import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Badge,
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
    ProductVariantSelector,
    Switch,
} from '@vendure/dashboard';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import { Field, SupplierSelect, WarehouseSelect } from './common';
import {
    createReorderPointDocument,
    deleteReorderPointDocument,
    reorderPointListQuery,
    updateReorderPointDocument,
} from './warehouse.graphql';

/** Reorder points of the channel's warehouses, the ones below their minimum first to see. */
export function ReorderPointListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="reorder-point-list"
            listQuery={reorderPointListQuery}
            route={route}
            title={<Trans>Reorder points</Trans>}
            defaultVisibility={{
                productVariant: true,
                warehouse: true,
                minQuantity: true,
                reorderQuantity: true,
                available: true,
                belowMinimum: true,
                preferredSupplier: true,
            }}
            customizeColumns={{
                productVariant: {
                    header: () => <Trans>Product variant</Trans>,
                    // While a column is being shown the rows fetched without it render once: no field is certain.
                    cell: ({ row }) => {
                        const variant = row.original.productVariant;
                        return variant ? (
                            <DetailPageButton
                                id={row.original.id}
                                label={`${variant.sku} · ${variant.name}`}
                            />
                        ) : null;
                    },
                },
                warehouse: {
                    header: () => <Trans>Warehouse</Trans>,
                    cell: ({ row }) => row.original.warehouse?.name ?? '',
                },
                minQuantity: { header: () => <Trans>Minimum</Trans> },
                reorderQuantity: { header: () => <Trans>Reorder quantity</Trans> },
                available: { header: () => <Trans>Available</Trans> },
                belowMinimum: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) =>
                        row.original.belowMinimum ? (
                            <Badge variant="destructive">
                                <Trans>Below minimum</Trans>
                            </Badge>
                        ) : (
                            <Badge variant="success">
                                <Trans>OK</Trans>
                            </Badge>
                        ),
                },
                preferredSupplier: {
                    header: () => <Trans>Preferred supplier</Trans>,
                    cell: ({ row }) => row.original.preferredSupplier?.name ?? '',
                },
            }}
        >
            <ActionBarItem itemId="create-reorder-point" requiresPermission={['CreateReorderPoint']}>
                <Button render={<Link to="./new" />}>
                    <Trans>New reorder point</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

/** Creates or edits a reorder point. */
export function ReorderPointDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const creating = params.id === NEW_ENTITY_PATH;
    const navigate = useNavigate();
    const { t } = useLingui();
    const { data } = useQuery({
        queryKey: ['WarehouseReorderPoint', params.id],
        queryFn: () =>
            api.query(reorderPointListQuery, { options: { filter: { id: { eq: params.id } }, take: 1 } }),
        enabled: !creating,
    });
    const point = data?.reorderPoints.items[0];
    const [variant, setVariant] = useState<{ id: string; label: string } | undefined>();
    const [warehouseId, setWarehouseId] = useState<string | undefined>();
    const [supplierId, setSupplierId] = useState<string | undefined>();
    const [minQuantity, setMinQuantity] = useState(5);
    const [reorderQuantity, setReorderQuantity] = useState(10);
    const [autoDraft, setAutoDraft] = useState(false);
    useEffect(() => {
        if (point) {
            setVariant({
                id: point.productVariant.id,
                label: `${point.productVariant.sku} · ${point.productVariant.name}`,
            });
            setWarehouseId(point.warehouse.id);
            setSupplierId(point.preferredSupplier?.id);
            setMinQuantity(point.minQuantity);
            setReorderQuantity(point.reorderQuantity);
            setAutoDraft(point.autoDraftPurchaseOrder);
        }
    }, [point]);
    const save = useMutation({
        mutationFn: async () => {
            if (creating) {
                if (!variant || !warehouseId) {
                    throw new Error(t`Choose a product variant and a warehouse`);
                }
                return (
                    await api.mutate(createReorderPointDocument, {
                        input: {
                            productVariantId: variant.id,
                            warehouseId,
                            minQuantity,
                            reorderQuantity,
                            preferredSupplierId: supplierId,
                            autoDraftPurchaseOrder: autoDraft,
                        },
                    })
                ).createReorderPoint.id;
            }
            return (
                await api.mutate(updateReorderPointDocument, {
                    input: {
                        id: params.id,
                        minQuantity,
                        reorderQuantity,
                        preferredSupplierId: supplierId ?? null,
                        autoDraftPurchaseOrder: autoDraft,
                    },
                })
            ).updateReorderPoint.id;
        },
        onSuccess: async id => {
            toast.success(creating ? t`Reorder point created` : t`Reorder point updated`);
            if (creating) {
                await navigate({ to: '../$id', params: { id } });
            }
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const remove = useMutation({
        mutationFn: async () =>
            (await api.mutate(deleteReorderPointDocument, { id: params.id })).deleteReorderPoint,
        onSuccess: async () => {
            toast.success(t`Reorder point deleted`);
            await navigate({ to: '..' });
        },
    });
    return (
        <Page pageId="reorder-point-detail">
            <PageTitle>
                {creating ? (
                    <Trans>New reorder point</Trans>
                ) : (
                    <span translate="no">{variant?.label ?? ''}</span>
                )}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem
                    itemId="save-button"
                    requiresPermission={['UpdateReorderPoint', 'CreateReorderPoint']}
                >
                    <Button onClick={() => save.mutate()} disabled={save.isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
                {!creating && (
                    <ActionBarItem itemId="delete-button" requiresPermission={['DeleteReorderPoint']}>
                        <Button variant="outline" onClick={() => remove.mutate()} disabled={remove.isPending}>
                            <Trans>Delete</Trans>
                        </Button>
                    </ActionBarItem>
                )}
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        <Field label={<Trans>Product variant</Trans>}>
                            {creating ? (
                                <div className="space-y-1">
                                    <div data-testid="selected-variant">{variant?.label ?? '–'}</div>
                                    <ProductVariantSelector
                                        onProductVariantSelect={v =>
                                            setVariant({
                                                id: v.productVariantId,
                                                label: `${v.sku} · ${v.productVariantName}`,
                                            })
                                        }
                                    />
                                </div>
                            ) : (
                                (variant?.label ?? '')
                            )}
                        </Field>
                        <Field label={<Trans>Warehouse</Trans>}>
                            <WarehouseSelect
                                value={warehouseId}
                                onChange={setWarehouseId}
                                disabled={!creating}
                            />
                        </Field>
                        <Field label={<Trans>Minimum available</Trans>}>
                            <Input
                                type="number"
                                min={0}
                                aria-label="minimum"
                                value={minQuantity}
                                onChange={e => setMinQuantity(Number(e.target.value))}
                            />
                        </Field>
                        <Field label={<Trans>Reorder quantity</Trans>}>
                            <Input
                                type="number"
                                min={1}
                                aria-label="reorder quantity"
                                value={reorderQuantity}
                                onChange={e => setReorderQuantity(Number(e.target.value))}
                            />
                        </Field>
                        <Field label={<Trans>Preferred supplier</Trans>}>
                            <SupplierSelect value={supplierId} onChange={setSupplierId} />
                        </Field>
                        <Field label={<Trans>Draft a purchase order when it falls below</Trans>}>
                            <Switch checked={autoDraft} onCheckedChange={setAutoDraft} />
                        </Field>
                    </DetailFormGrid>
                    {point && (
                        <p className="mt-4 text-sm text-muted-foreground">
                            <Trans>Available now</Trans>: {point.available}
                        </p>
                    )}
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
