import { Trans, useLingui } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    Badge,
    Button,
    CurrencySelector,
    DetailFormGrid,
    DetailPageButton,
    FormFieldWrapper,
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
    useDetailPage,
    usePermissions,
} from '@vendure/dashboard';
import { useEffect } from 'react';
import { toast } from 'sonner';

import { errorOf, MarketplaceSellerSelect } from './common';
import {
    createSupplierDocument,
    supplierDetailQuery,
    supplierListQuery,
    updateSupplierDocument,
} from './warehouse.graphql';

/** Suppliers of the active channel. */
export function SupplierListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="supplier-list"
            listQuery={supplierListQuery}
            route={route}
            title={<Trans>Suppliers</Trans>}
            defaultVisibility={{
                name: true,
                code: true,
                contactName: true,
                emailAddress: true,
                leadTimeDays: true,
                active: true,
            }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) => <DetailPageButton id={row.original.id} label={row.original.name} />,
                },
                code: { header: () => <Trans>Code</Trans> },
                contactName: { header: () => <Trans>Contact</Trans> },
                emailAddress: { header: () => <Trans>Email</Trans> },
                leadTimeDays: { header: () => <Trans>Lead time (days)</Trans> },
                currencyCode: { header: () => <Trans>Currency</Trans> },
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
            }}
            onSearchTermChange={searchTerm => ({ name: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-supplier" requiresPermission={['CreateSupplier']}>
                <Button render={<Link to="./new" />}>
                    <Trans>New supplier</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

const pageId = 'supplier-detail';

/** A supplier: contact, lead time, currency, over-receipt. */
export function SupplierDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    // ReadMarketplaceSeller exists only when the marketplace plugin is installed (and is what its seller list needs).
    const { hasPermissions } = usePermissions();
    const canLinkSeller = hasPermissions(['ReadMarketplaceSeller']);
    const { form, submitHandler, entity, isPending, resetForm } = useDetailPage({
        pageId,
        queryDocument: supplierDetailQuery,
        createDocument: createSupplierDocument,
        updateDocument: updateSupplierDocument,
        setValuesForUpdate: s => ({
            id: s.id,
            code: s.code,
            name: s.name,
            contactName: s.contactName ?? '',
            emailAddress: s.emailAddress ?? '',
            phoneNumber: s.phoneNumber ?? '',
            leadTimeDays: s.leadTimeDays,
            currencyCode: s.currencyCode,
            allowOverReceipt: s.allowOverReceipt,
            active: s.active,
            note: s.note ?? '',
            marketplaceSellerId: s.marketplaceSellerId ?? null,
        }),
        transformCreateInput: input => ({
            ...input,
            emailAddress: input.emailAddress || undefined,
            currencyCode: input.currencyCode || undefined,
            marketplaceSellerId: input.marketplaceSellerId || undefined,
            address: undefined,
        }),
        transformUpdateInput: input => ({
            ...input,
            emailAddress: input.emailAddress || null,
            marketplaceSellerId: input.marketplaceSellerId || null,
            address: undefined,
        }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    useEffect(() => {
        if (creating) {
            form.setValue('active', true);
            form.setValue('leadTimeDays', 7);
        }
    }, [creating, form]);
    async function afterSave(data: unknown): Promise<void> {
        const failed = errorOf(data);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(creating ? t`Supplier created` : t`Supplier updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }
    const text = (
        name: 'name' | 'code' | 'contactName' | 'emailAddress' | 'phoneNumber',
        label: React.ReactNode,
    ) => (
        <FormFieldWrapper
            control={form.control}
            name={name}
            label={label}
            render={({ field }) => <Input {...field} value={field.value ?? ''} />}
        />
    );
    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New supplier</Trans> : <span translate="no">{entity?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateSupplier', 'CreateSupplier']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        {text('name', <Trans>Name</Trans>)}
                        {text('code', <Trans>Code</Trans>)}
                        {text('contactName', <Trans>Contact</Trans>)}
                        {text('emailAddress', <Trans>Email</Trans>)}
                        {text('phoneNumber', <Trans>Phone</Trans>)}
                        <FormFieldWrapper
                            control={form.control}
                            name="leadTimeDays"
                            label={<Trans>Lead time (days)</Trans>}
                            render={({ field }) => (
                                <Input
                                    type="number"
                                    min={0}
                                    value={field.value ?? 7}
                                    onChange={e => field.onChange(Number(e.target.value))}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="currencyCode"
                            label={<Trans>Currency</Trans>}
                            render={({ field }) => (
                                <CurrencySelector value={field.value ?? ''} onChange={field.onChange} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="allowOverReceipt"
                            label={<Trans>Accept deliveries above the ordered quantity</Trans>}
                            render={({ field }) => (
                                <Switch checked={field.value ?? false} onCheckedChange={field.onChange} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="active"
                            label={<Trans>Active</Trans>}
                            render={({ field }) => (
                                <Switch checked={field.value ?? true} onCheckedChange={field.onChange} />
                            )}
                        />
                        {canLinkSeller && (
                            <FormFieldWrapper
                                control={form.control}
                                name="marketplaceSellerId"
                                label={<Trans>Marketplace seller</Trans>}
                                description={
                                    <Trans>This supplier sells on the marketplace as this seller</Trans>
                                }
                                render={({ field }) => (
                                    <MarketplaceSellerSelect
                                        value={field.value ?? undefined}
                                        onChange={id => field.onChange(id ?? null)}
                                    />
                                )}
                            />
                        )}
                    </DetailFormGrid>
                    <div className="mt-4">
                        <FormFieldWrapper
                            control={form.control}
                            name="note"
                            label={<Trans>Note</Trans>}
                            render={({ field }) => <Textarea {...field} value={field.value ?? ''} />}
                        />
                    </div>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
