import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Badge,
    Button,
    DetailFormGrid,
    DetailPageButton,
    FormFieldWrapper,
    Input,
    ListPage,
    NativeSelect,
    NativeSelectOption,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Switch,
    Textarea,
    useDetailPage,
} from '@vendure/dashboard';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

import {
    ChannelMultiSelect,
    errorOf,
    StockLocationSelect,
    useWarehouseLabels,
    ZoneMultiSelect,
} from './common';
import {
    createWarehouseDocument,
    updateWarehouseDocument,
    warehouseDetailQuery,
    warehouseListQuery,
    warehouseStockLevelsQuery,
} from './warehouse.graphql';

/** Warehouses of the active channel. */
export function WarehouseListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const labels = useWarehouseLabels();
    return (
        <ListPage
            pageId="warehouse-list"
            listQuery={warehouseListQuery}
            route={route}
            title={<Trans>Warehouses</Trans>}
            defaultVisibility={{
                name: true,
                code: true,
                type: true,
                active: true,
                priority: true,
                pickupPoint: true,
            }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) => <DetailPageButton id={row.original.id} label={row.original.name} />,
                },
                code: { header: () => <Trans>Code</Trans> },
                type: {
                    header: () => <Trans>Type</Trans>,
                    cell: ({ row }) => labels.warehouseType(row.original.type),
                },
                active: {
                    header: () => <Trans>Active</Trans>,
                    cell: ({ row }) =>
                        row.original.active ? (
                            <Badge variant="success">
                                <Trans>Active</Trans>
                            </Badge>
                        ) : (
                            <Badge variant="secondary">
                                <Trans>Inactive</Trans>
                            </Badge>
                        ),
                },
                priority: { header: () => <Trans>Ship-from priority</Trans> },
                pickupPoint: {
                    header: () => <Trans>Pick-up point</Trans>,
                    cell: ({ row }) => (row.original.pickupPoint ? t`Yes` : t`No`),
                },
            }}
            onSearchTermChange={searchTerm => ({ name: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-warehouse" requiresPermission={['CreateWarehouse']}>
                <Button render={<Link to="./new" />}>
                    <Trans>New warehouse</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

const pageId = 'warehouse-detail';

/** A warehouse: details, address, zones, channels and its stock. */
export function WarehouseDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const labels = useWarehouseLabels();
    const { form, submitHandler, entity, isPending, resetForm } = useDetailPage({
        pageId,
        queryDocument: warehouseDetailQuery,
        createDocument: createWarehouseDocument,
        updateDocument: updateWarehouseDocument,
        setValuesForUpdate: w => ({
            id: w.id,
            code: w.code,
            name: w.name,
            description: w.description,
            type: w.type,
            active: w.active,
            priority: w.priority,
            pickupPoint: w.pickupPoint,
            pickupInstructions: w.pickupInstructions ?? '',
            address: {
                streetLine1: w.address?.streetLine1 ?? '',
                streetLine2: w.address?.streetLine2 ?? '',
                city: w.address?.city ?? '',
                province: w.address?.province ?? '',
                postalCode: w.address?.postalCode ?? '',
                countryCode: w.address?.countryCode ?? '',
                phoneNumber: w.address?.phoneNumber ?? '',
            },
            zoneIds: w.zones.map(z => z.id),
            channelIds: w.channels.map(c => c.id),
        }),
        transformCreateInput: input => ({
            ...input,
            type: input.type ?? 'branch',
            address: input.address?.streetLine1 ? input.address : undefined,
            stockLocationId: input.stockLocationId || undefined,
            channelIds: input.channelIds?.length ? input.channelIds : undefined,
        }),
        transformUpdateInput: input => ({
            ...input,
            address: input.address?.streetLine1 ? input.address : null,
        }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    useEffect(() => {
        if (creating) {
            // A new warehouse ships and sells unless switched off; the form's generated defaults are false/0.
            form.setValue('active', true);
            form.setValue('priority', 100);
            form.setValue('type', 'branch');
        }
    }, [creating, form]);
    async function afterSave(data: unknown): Promise<void> {
        const failed = errorOf(data);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(creating ? t`Warehouse created` : t`Warehouse updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }
    const text = (name: string, label: React.ReactNode, placeholder?: string) => (
        <FormFieldWrapper
            control={form.control}
            name={name as 'code'}
            label={label}
            render={({ field }) => <Input {...field} value={field.value ?? ''} placeholder={placeholder} />}
        />
    );

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New warehouse</Trans> : <span translate="no">{entity?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem
                    itemId="save-button"
                    requiresPermission={['UpdateWarehouse', 'CreateWarehouse']}
                >
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        {text('name', <Trans>Name</Trans>)}
                        {text('code', <Trans>Code</Trans>, 'SH-CENTRAL')}
                        <FormFieldWrapper
                            control={form.control}
                            name="type"
                            label={<Trans>Type</Trans>}
                            render={({ field }) => (
                                <NativeSelect
                                    className="w-full"
                                    value={field.value ?? 'branch'}
                                    onChange={e => field.onChange(e.target.value)}
                                >
                                    {(['central', 'branch', 'consignment'] as const).map(type => (
                                        <NativeSelectOption key={type} value={type}>
                                            {labels.warehouseType(type)}
                                        </NativeSelectOption>
                                    ))}
                                </NativeSelect>
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="priority"
                            label={<Trans>Ship-from priority (lowest ships first)</Trans>}
                            render={({ field }) => (
                                <Input
                                    type="number"
                                    min={0}
                                    value={field.value ?? 100}
                                    onChange={e => field.onChange(Number(e.target.value))}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="active"
                            label={<Trans>Active (ships and sells its stock)</Trans>}
                            render={({ field }) => (
                                <Switch checked={field.value ?? true} onCheckedChange={field.onChange} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="pickupPoint"
                            label={<Trans>Pick-up point</Trans>}
                            render={({ field }) => (
                                <Switch checked={field.value ?? false} onCheckedChange={field.onChange} />
                            )}
                        />
                    </DetailFormGrid>
                    <div className="mt-4">
                        <FormFieldWrapper
                            control={form.control}
                            name="pickupInstructions"
                            label={<Trans>Pick-up instructions (shown to buyers)</Trans>}
                            render={({ field }) => <Textarea {...field} value={field.value ?? ''} />}
                        />
                    </div>
                </PageBlock>
                <PageBlock column="main" blockId="address" title={<Trans>Address</Trans>}>
                    <DetailFormGrid>
                        {text('address.streetLine1', <Trans>Street</Trans>)}
                        {text('address.streetLine2', <Trans>Street (line 2)</Trans>)}
                        {text('address.city', <Trans>City</Trans>)}
                        {text('address.province', <Trans>Province</Trans>)}
                        {text('address.postalCode', <Trans>Postal code</Trans>)}
                        {text('address.countryCode', <Trans>Country code</Trans>, 'CN')}
                        {text('address.phoneNumber', <Trans>Phone</Trans>)}
                    </DetailFormGrid>
                </PageBlock>
                <PageBlock column="side" blockId="zones" title={<Trans>Zones served</Trans>}>
                    <FormFieldWrapper
                        control={form.control}
                        name="zoneIds"
                        label={<Trans>None selected: every zone</Trans>}
                        render={({ field }) => (
                            <ZoneMultiSelect value={field.value ?? []} onChange={field.onChange} />
                        )}
                    />
                </PageBlock>
                <PageBlock column="side" blockId="channels" title={<Trans>Channels</Trans>}>
                    <FormFieldWrapper
                        control={form.control}
                        name="channelIds"
                        label={<Trans>Channels selling this warehouse's stock</Trans>}
                        render={({ field }) => (
                            <ChannelMultiSelect value={field.value ?? []} onChange={field.onChange} />
                        )}
                    />
                </PageBlock>
                {creating && (
                    <PageBlock column="side" blockId="stock-location" title={<Trans>Stock location</Trans>}>
                        <FormFieldWrapper
                            control={form.control}
                            name={'stockLocationId' as 'code'}
                            label={<Trans>Leave empty to create a new stock location</Trans>}
                            render={({ field }) => (
                                <StockLocationSelect
                                    value={field.value ?? undefined}
                                    onChange={field.onChange}
                                />
                            )}
                        />
                    </PageBlock>
                )}
                {entity && (
                    <PageBlock column="main" blockId="stock" title={<Trans>Stock on hand</Trans>}>
                        <WarehouseStockTable warehouseId={entity.id} />
                    </PageBlock>
                )}
            </PageLayout>
        </Page>
    );
}

const PAGE_SIZE = 25;

/** The stock levels of a warehouse: on hand, allocated, available, in transit, on order, reorder point. */
export function WarehouseStockTable({ warehouseId }: { warehouseId: string }) {
    const [term, setTerm] = useState('');
    const [page, setPage] = useState(0);
    const { data } = useQuery({
        queryKey: ['WarehouseStockLevels', warehouseId, term, page],
        queryFn: () =>
            api.query(warehouseStockLevelsQuery, {
                warehouseId,
                term: term || undefined,
                skip: page * PAGE_SIZE,
                take: PAGE_SIZE,
            }),
    });
    const total = data?.warehouseStockLevels.totalItems ?? 0;
    return (
        <div className="space-y-2 text-sm">
            <Input
                className="w-72"
                placeholder="SKU"
                value={term}
                onChange={e => {
                    setTerm(e.target.value);
                    setPage(0);
                }}
            />
            <table className="w-full" data-testid="warehouse-stock">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th className="py-1">SKU</th>
                        <th>
                            <Trans>Product variant</Trans>
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
                    {(data?.warehouseStockLevels.items ?? []).map(level => (
                        <tr key={level.productVariant.id} className="border-t">
                            <td className="py-1 font-mono">{level.productVariant.sku}</td>
                            <td>
                                <Link
                                    to="/product-variants/$id"
                                    params={{ id: level.productVariant.id }}
                                    className="underline"
                                >
                                    {level.productVariant.name}
                                </Link>
                            </td>
                            <td className="text-right">{level.stockOnHand}</td>
                            <td className="text-right">{level.stockAllocated}</td>
                            <td className="text-right">{level.available}</td>
                            <td className="text-right">{level.inTransit}</td>
                            <td className="text-right">{level.onOrder}</td>
                            <td className="text-right">
                                {level.reorderPoint ? (
                                    <span
                                        className={level.reorderPoint.belowMinimum ? 'text-destructive' : ''}
                                    >
                                        {level.reorderPoint.minQuantity}
                                    </span>
                                ) : (
                                    '–'
                                )}
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <div className="flex items-center gap-2">
                <Button variant="outline" size="sm" disabled={page === 0} onClick={() => setPage(p => p - 1)}>
                    <Trans>Previous</Trans>
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
                    <Trans>Next</Trans>
                </Button>
            </div>
        </div>
    );
}
