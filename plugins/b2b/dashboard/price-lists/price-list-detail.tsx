import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    CurrencySelector,
    DateTimeInput,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    MoneyInput,
    NEW_ENTITY_PATH,
    NumberInput,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    Textarea,
    useChannel,
    useDetailPage,
    usePermissions,
    useUserSettings,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import type { ResultOf, VariablesOf } from '@/gql';

import { EntityField, EntityPicker, PickedChips } from '../common/entity-picker';
import { errorMessage } from '../common/error-result';
import {
    useCompanySelectorConfig,
    useCustomerGroupSelectorConfig,
    useProductVariantSelectorConfig,
} from '../common/entity-selectors';
import { MoneyText } from '../common/money';
import { OptionSelect } from '../common/option-select';
import { COMPANY_TIERS_QUERY_KEY, TierSelector } from '../common/tier-selector';

import {
    assignPriceListTargetsDocument,
    createPriceListDocument,
    exportPriceListCsvQuery,
    importPriceListCsvDocument,
    priceListDetailQuery,
    priceListEntriesQuery,
    removePriceListEntriesDocument,
    unassignPriceListTargetsDocument,
    updatePriceListDocument,
    upsertPriceListEntriesDocument,
} from './price-lists.graphql';

const pageId = 'price-list-detail';
const NO_CURRENCIES: string[] = [];
const PAGE_SIZE = 20;

type PriceListEntity = NonNullable<ResultOf<typeof priceListDetailQuery>['priceList']>;
type PriceListEntry = ResultOf<typeof priceListEntriesQuery>['priceListEntries']['items'][number];
type ImportResult = ResultOf<typeof importPriceListCsvDocument>['importPriceListCsv'];
type PriceListStatus = 'enabled' | 'disabled';
type ImportMode = 'MERGE' | 'REPLACE';

/** Query key of a list's entries (invalidate it when they change). */
function entriesKey(priceListId: string) {
    return ['B2bPriceListEntries', priceListId];
}

/** A price list: its settings, targets (tiers, companies, customer groups), entries one by one, and CSV. */
export function PriceListDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const { activeChannel } = useChannel();
    const { form, submitHandler, entity, isPending, resetForm, refreshEntity } = useDetailPage({
        pageId,
        queryDocument: priceListDetailQuery,
        createDocument: createPriceListDocument,
        updateDocument: updatePriceListDocument,
        setValuesForUpdate: list => ({
            id: list.id,
            name: list.name,
            priority: list.priority,
            status: list.status,
            validFrom: list.validFrom,
            validTo: list.validTo,
        }),
        transformCreateInput: input => ({
            name: input.name,
            currencyCode: input.currencyCode || activeChannel?.defaultCurrencyCode || 'USD',
            priority: input.priority ?? 0,
            status: input.status ?? 'enabled',
            validFrom: input.validFrom || null,
            validTo: input.validTo || null,
        }),
        transformUpdateInput: input => ({
            id: input.id,
            name: input.name,
            priority: input.priority ?? 0,
            status: input.status,
            validFrom: input.validFrom || null,
            validTo: input.validTo || null,
        }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(errorMessage(err)),
    });
    // A new list starts in the channel's currency.
    const channelCurrencies = activeChannel?.availableCurrencyCodes ?? NO_CURRENCIES;
    const defaultCurrency = activeChannel?.defaultCurrencyCode;
    useEffect(() => {
        const current: string | undefined = form.getValues('currencyCode' as 'name');
        if (creating && defaultCurrency && (!current || !channelCurrencies.includes(current))) {
            form.setValue('currencyCode' as 'name', defaultCurrency);
        }
    }, [creating, defaultCurrency, channelCurrencies, form]);

    async function afterSave(data: unknown): Promise<void> {
        toast.success(creating ? t`Price list created` : t`Price list updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New price list</Trans> : <span translate="no">{entity?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem
                    itemId="save-button"
                    requiresPermission={['UpdatePriceList', 'CreatePriceList']}
                >
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        <FormFieldWrapper
                            control={form.control}
                            name="name"
                            label={<Trans>Name</Trans>}
                            render={({ field }) => <Input {...field} value={field.value ?? ''} />}
                        />
                        {creating ? (
                            <FormFieldWrapper
                                control={form.control}
                                name={'currencyCode' as 'name'}
                                label={<Trans>Currency</Trans>}
                                description={<Trans>The list applies only to orders in this currency.</Trans>}
                                render={({ field }) => (
                                    <CurrencySelector
                                        value={field.value ?? ''}
                                        onChange={field.onChange}
                                        availableCurrencyCodes={channelCurrencies}
                                    />
                                )}
                            />
                        ) : (
                            <div className="space-y-2 text-sm">
                                <div className="font-medium">
                                    <Trans>Currency</Trans>
                                </div>
                                <div translate="no">{entity?.currencyCode}</div>
                            </div>
                        )}
                        <FormFieldWrapper
                            control={form.control}
                            name="priority"
                            label={<Trans>Priority</Trans>}
                            description={
                                <Trans>Among lists equally specific for a buyer, the highest wins.</Trans>
                            }
                            render={({ field }) => <NumberInput {...field} value={field.value ?? 0} />}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="status"
                            label={<Trans>Status</Trans>}
                            render={({ field }) => (
                                <OptionSelect<PriceListStatus>
                                    value={field.value ?? 'enabled'}
                                    onChange={field.onChange}
                                    options={[
                                        { value: 'enabled', label: t`Enabled` },
                                        { value: 'disabled', label: t`Disabled` },
                                    ]}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="validFrom"
                            label={<Trans>Valid from</Trans>}
                            render={({ field }) => <DateTimeInput {...field} />}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="validTo"
                            label={<Trans>Valid to</Trans>}
                            render={({ field }) => <DateTimeInput {...field} />}
                        />
                    </DetailFormGrid>
                </PageBlock>
                {entity && !creating && (
                    <>
                        <PageBlock column="main" blockId="entries" title={<Trans>Entries</Trans>}>
                            <EntriesBlock list={entity} onChange={refreshEntity} />
                        </PageBlock>
                        <PageBlock column="main" blockId="csv-import" title={<Trans>Import CSV</Trans>}>
                            <PermissionGuard requires={['UpdatePriceList']}>
                                <CsvImportBlock list={entity} />
                            </PermissionGuard>
                        </PageBlock>
                        <PageBlock column="side" blockId="targets" title={<Trans>Applies to</Trans>}>
                            <TargetsBlock list={entity} onChange={refreshEntity} />
                        </PageBlock>
                    </>
                )}
            </PageLayout>
        </Page>
    );
}

/** One quantity break being added or edited. */
interface EntryFormValues {
    productVariantId: string | null;
    minQuantity: number;
    kind: 'price' | 'percent';
    price: number;
    percentOff: number | null;
}

const NEW_ENTRY: EntryFormValues = {
    productVariantId: null,
    minQuantity: 1,
    kind: 'price',
    price: 0,
    percentOff: null,
};

function EntriesBlock({ list, onChange }: { list: PriceListEntity; onChange: () => void }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const variantSelector = useProductVariantSelectorConfig();
    const [page, setPage] = useState(0);
    const [variantFilter, setVariantFilter] = useState<string | null>(null);
    const [editing, setEditing] = useState<PriceListEntry | 'new' | null>(null);
    const { data, isLoading } = useQuery({
        queryKey: [...entriesKey(list.id), page, variantFilter],
        queryFn: () =>
            api.query(priceListEntriesQuery, {
                priceListId: list.id,
                options: {
                    skip: page * PAGE_SIZE,
                    take: PAGE_SIZE,
                    sort: { productVariantId: 'ASC', minQuantity: 'ASC' },
                    filter: variantFilter ? { productVariantId: { eq: variantFilter } } : undefined,
                },
            }),
    });
    const changed = async () => {
        await queryClient.invalidateQueries({ queryKey: entriesKey(list.id) });
        onChange();
    };
    const remove = useMutation({
        mutationFn: (id: string) =>
            api.mutate(removePriceListEntriesDocument, { priceListId: list.id, ids: [id] }),
        onSuccess: async () => {
            toast.success(t`Entry removed`);
            await changed();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const total = data?.priceListEntries.totalItems ?? 0;
    const items = data?.priceListEntries.items ?? [];
    const first = total === 0 ? 0 : page * PAGE_SIZE + 1;
    const last = Math.min(total, (page + 1) * PAGE_SIZE);
    return (
        <div className="space-y-4 text-sm">
            <div className="flex flex-wrap items-start gap-4">
                <div className="min-w-64 flex-1">
                    <div className="text-muted-foreground mb-1">
                        <Trans>Show the breaks of one product variant only</Trans>
                    </div>
                    <EntityField
                        config={variantSelector}
                        value={variantFilter}
                        onChange={v => {
                            setVariantFilter(v);
                            setPage(0);
                        }}
                        label={<Trans>Filter by product variant</Trans>}
                        removeLabel={t`Show all entries`}
                    />
                </div>
                <PermissionGuard requires={['UpdatePriceList']}>
                    <Button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
                        <Trans>Add entry</Trans>
                    </Button>
                </PermissionGuard>
            </div>
            {editing ? (
                <EntryEditor
                    list={list}
                    entry={editing === 'new' ? null : editing}
                    onDone={async saved => {
                        setEditing(null);
                        if (saved) {
                            await changed();
                        }
                    }}
                />
            ) : null}
            <Table>
                <TableHeader>
                    <TableRow>
                        <TableHead>
                            <Trans>SKU</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Product variant</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>From quantity</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>Unit price</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>Percent off</Trans>
                        </TableHead>
                        <TableHead />
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {items.length === 0 ? (
                        <TableRow>
                            <TableCell colSpan={6} className="text-muted-foreground text-center">
                                {isLoading ? <Trans>Loading...</Trans> : <Trans>No entries</Trans>}
                            </TableCell>
                        </TableRow>
                    ) : null}
                    {items.map(e => (
                        <TableRow key={e.id}>
                            <TableCell className="font-mono" translate="no">
                                {e.productVariant.sku}
                            </TableCell>
                            <TableCell>{e.productVariant.name}</TableCell>
                            <TableCell className="text-right tabular-nums">{e.minQuantity}</TableCell>
                            <TableCell className="text-right">
                                <MoneyText value={e.price} currencyCode={list.currencyCode} />
                            </TableCell>
                            <TableCell className="text-right tabular-nums">
                                {e.percentOff != null ? `${e.percentOff} %` : ''}
                            </TableCell>
                            <TableCell className="text-right whitespace-nowrap">
                                <PermissionGuard requires={['UpdatePriceList']}>
                                    <Button
                                        type="button"
                                        variant="ghost"
                                        size="sm"
                                        onClick={() => setEditing(e)}
                                    >
                                        <Trans>Edit</Trans>
                                    </Button>
                                    <Button
                                        type="button"
                                        variant="ghost"
                                        size="sm"
                                        disabled={remove.isPending}
                                        onClick={() => remove.mutate(e.id)}
                                    >
                                        <Trans>Remove</Trans>
                                    </Button>
                                </PermissionGuard>
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
            <div className="flex items-center gap-2">
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={page === 0}
                    onClick={() => setPage(p => p - 1)}
                >
                    <Trans>Previous</Trans>
                </Button>
                <span className="tabular-nums">
                    {first}–{last} / {total}
                </span>
                <Button
                    type="button"
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

/**
 * Adds a quantity break (a variant, from which quantity, a fixed unit price or a percent off the channel price)
 * or edits one. A break is keyed by variant and quantity: editing the quantity saves the new break, then
 * removes the old one.
 */
function EntryEditor({
    list,
    entry,
    onDone,
}: {
    list: PriceListEntity;
    entry: PriceListEntry | null;
    onDone: (saved: boolean) => Promise<void>;
}) {
    const { t } = useLingui();
    const variantSelector = useProductVariantSelectorConfig();
    const form = useForm<EntryFormValues>({
        defaultValues: entry
            ? {
                  productVariantId: entry.productVariantId,
                  minQuantity: entry.minQuantity,
                  kind: entry.percentOff != null ? 'percent' : 'price',
                  price: entry.price ?? 0,
                  percentOff: entry.percentOff ?? null,
              }
            : NEW_ENTRY,
    });
    const values = form.watch();
    const save = useMutation({
        mutationFn: async (v: EntryFormValues) => {
            await api.mutate(upsertPriceListEntriesDocument, {
                priceListId: list.id,
                entries: [
                    {
                        productVariantId: v.productVariantId!,
                        minQuantity: v.minQuantity,
                        price: v.kind === 'price' ? v.price : null,
                        percentOff: v.kind === 'percent' ? v.percentOff : null,
                    },
                ],
            });
            if (entry && entry.minQuantity !== v.minQuantity) {
                await api.mutate(removePriceListEntriesDocument, { priceListId: list.id, ids: [entry.id] });
            }
        },
        onSuccess: async () => {
            toast.success(entry ? t`Entry updated` : t`Entry added`);
            await onDone(true);
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const valid =
        !!values.productVariantId &&
        values.minQuantity >= 1 &&
        (values.kind === 'price'
            ? values.price >= 0
            : values.percentOff != null && values.percentOff > 0 && values.percentOff <= 100);
    return (
        <div className="space-y-3 rounded-md border p-4" data-testid="price-list-entry-editor">
            <div className="font-medium">{entry ? <Trans>Edit entry</Trans> : <Trans>New entry</Trans>}</div>
            <DetailFormGrid>
                <FormFieldWrapper
                    control={form.control}
                    name="productVariantId"
                    label={<Trans>Product variant</Trans>}
                    render={({ field }) =>
                        entry ? (
                            <div className="text-sm">
                                {entry.productVariant.name}{' '}
                                <span className="text-muted-foreground font-mono" translate="no">
                                    {entry.productVariant.sku}
                                </span>
                            </div>
                        ) : (
                            <EntityField
                                config={variantSelector}
                                value={field.value}
                                onChange={field.onChange}
                                label={<Trans>Select a product variant</Trans>}
                                removeLabel={t`Remove`}
                            />
                        )
                    }
                />
                <FormFieldWrapper
                    control={form.control}
                    name="minQuantity"
                    label={<Trans>From quantity</Trans>}
                    render={({ field }) => <NumberInput {...field} min={1} step={1} />}
                />
                <FormFieldWrapper
                    control={form.control}
                    name="kind"
                    label={<Trans>Price</Trans>}
                    render={({ field }) => (
                        <OptionSelect<'price' | 'percent'>
                            value={field.value}
                            onChange={field.onChange}
                            options={[
                                { value: 'price', label: t`Fixed unit price` },
                                { value: 'percent', label: t`Percent off the channel price` },
                            ]}
                        />
                    )}
                />
                {values.kind === 'price' ? (
                    <FormFieldWrapper
                        control={form.control}
                        name="price"
                        label={<Trans>Unit price</Trans>}
                        render={({ field }) => <MoneyInput {...field} currency={list.currencyCode} />}
                    />
                ) : (
                    <FormFieldWrapper
                        control={form.control}
                        name="percentOff"
                        label={<Trans>Percent off</Trans>}
                        render={({ field }) => (
                            <NumberInput {...field} min={0.01} max={100} step={0.01} suffix="%" />
                        )}
                    />
                )}
            </DetailFormGrid>
            <div className="flex gap-2">
                <Button
                    type="button"
                    disabled={!valid || save.isPending}
                    onClick={() => void form.handleSubmit(v => save.mutate(v))()}
                >
                    {entry ? <Trans>Save entry</Trans> : <Trans>Add entry</Trans>}
                </Button>
                <Button type="button" variant="outline" onClick={() => void onDone(false)}>
                    <Trans>Cancel</Trans>
                </Button>
            </div>
        </div>
    );
}

function CsvImportBlock({ list }: { list: PriceListEntity }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const [csv, setCsv] = useState('');
    const [mode, setMode] = useState<ImportMode>('MERGE');
    const [report, setReport] = useState<ImportResult | null>(null);
    const { settings } = useUserSettings();
    const importCsv = useMutation({
        mutationFn: () =>
            api.mutate(importPriceListCsvDocument, {
                priceListId: list.id,
                csv,
                mode,
                // the report's reasons in the Dashboard's language (the API's own is the content language)
                languageCode: settings.displayLanguage as VariablesOf<
                    typeof importPriceListCsvDocument
                >['languageCode'],
            }),
        onSuccess: async result => {
            setReport(result.importPriceListCsv);
            // Only the entries change. Refreshing the whole entity would remount this block and lose the report.
            await queryClient.invalidateQueries({ queryKey: entriesKey(list.id) });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const exportCsv = async () => {
        const { exportPriceListCsv } = await api.query(exportPriceListCsvQuery, { priceListId: list.id });
        const url = URL.createObjectURL(new Blob([exportPriceListCsv], { type: 'text/csv' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `price-list-${list.id}.csv`;
        a.click();
        URL.revokeObjectURL(url);
    };
    return (
        <div className="space-y-3 text-sm">
            <p className="text-muted-foreground">
                <Trans>
                    Columns: sku,minQuantity,price,percent. Give a price (e.g. 1099.50) or a percent off the
                    channel price (e.g. 12.5) on each row.
                </Trans>
            </p>
            <Input
                type="file"
                accept=".csv,text/csv"
                aria-label={t`CSV file`}
                data-testid="price-list-csv-file"
                onChange={e => {
                    const file = e.target.files?.[0];
                    if (file) {
                        void file.text().then(setCsv);
                    }
                }}
            />
            <Textarea
                rows={6}
                className="font-mono"
                placeholder={'sku,minQuantity,price,percent\nL2201308,10,1099.00,'}
                value={csv}
                onChange={e => setCsv(e.target.value)}
            />
            <div className="flex flex-wrap items-center gap-2">
                <OptionSelect<ImportMode>
                    value={mode}
                    onChange={setMode}
                    className="w-64"
                    ariaLabel={t`Import mode`}
                    options={[
                        { value: 'MERGE', label: t`Add and update entries` },
                        { value: 'REPLACE', label: t`Replace all entries` },
                    ]}
                />
                <Button
                    type="button"
                    disabled={!csv.trim() || importCsv.isPending}
                    onClick={() => importCsv.mutate()}
                >
                    <Trans>Import</Trans>
                </Button>
                <Button type="button" variant="outline" onClick={() => void exportCsv()}>
                    <Trans>Export CSV</Trans>
                </Button>
            </div>
            {report ? <ImportReport report={report} /> : null}
        </div>
    );
}

function ImportReport({ report }: { report: ImportResult }) {
    if ('errorCode' in report) {
        return (
            <div
                className="border-destructive text-destructive rounded-md border p-2"
                data-testid="csv-import-report"
            >
                <Trans>Nothing was imported:</Trans> {report.message}
            </div>
        );
    }
    return (
        <div className="rounded-md border p-2" data-testid="csv-import-report">
            <div>
                <Trans>Rows imported:</Trans> {report.accepted}
            </div>
            <div>
                <Trans>Rows rejected:</Trans> {report.rejected.length}
            </div>
            {report.rejected.length ? (
                <Table className="mt-2">
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Line</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>SKU</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Reason</Trans>
                            </TableHead>
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {report.rejected.slice(0, 200).map(r => (
                            <TableRow key={r.line}>
                                <TableCell>{r.line}</TableCell>
                                <TableCell className="font-mono" translate="no">
                                    {r.sku}
                                </TableCell>
                                <TableCell>{r.reason}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            ) : null}
        </div>
    );
}

/** Tiers, companies and customer groups the list applies to: picked, and removed with the chip's cross. */
function TargetsBlock({ list, onChange }: { list: PriceListEntity; onChange: () => void }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const { hasPermissions } = usePermissions();
    const canUpdate = hasPermissions(['UpdatePriceList']);
    const companySelector = useCompanySelectorConfig();
    const groupSelector = useCustomerGroupSelectorConfig();
    const change = useMutation({
        mutationFn: async (v: { assign?: PriceListTargets; unassign?: PriceListTargets }) => {
            if (v.assign) {
                await api.mutate(assignPriceListTargetsDocument, {
                    input: { priceListId: list.id, ...v.assign },
                });
            }
            if (v.unassign) {
                await api.mutate(unassignPriceListTargetsDocument, {
                    input: { priceListId: list.id, ...v.unassign },
                });
            }
        },
        onSuccess: async () => {
            toast.success(t`Price list updated`);
            await queryClient.invalidateQueries({ queryKey: COMPANY_TIERS_QUERY_KEY });
            onChange();
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const disabled = !canUpdate || change.isPending;
    return (
        <div className="space-y-4 text-sm">
            <TargetGroup title={<Trans>Tiers</Trans>} empty={list.tiers.length === 0}>
                <PickedChips
                    items={list.tiers.map(tier => ({ id: tier, label: <span translate="no">{tier}</span> }))}
                    onRemove={tier => change.mutate({ unassign: { tiers: [tier] } })}
                    removeLabel={t`Remove`}
                    disabled={disabled}
                />
                {canUpdate ? (
                    <TierSelector
                        exclude={list.tiers}
                        onChange={tier => tier && change.mutate({ assign: { tiers: [tier] } })}
                    />
                ) : null}
            </TargetGroup>
            <TargetGroup title={<Trans>Companies</Trans>} empty={list.companies.length === 0}>
                <PickedChips
                    items={list.companies.map(c => ({
                        id: c.id,
                        label: (
                            <span>
                                <Link to="/companies/$id" params={{ id: c.id }} className="underline">
                                    {c.name}
                                </Link>{' '}
                                <span className="text-muted-foreground" translate="no">
                                    {c.code}
                                </span>
                            </span>
                        ),
                    }))}
                    onRemove={id => change.mutate({ unassign: { companyIds: [id] } })}
                    removeLabel={t`Remove`}
                    disabled={disabled}
                />
                {canUpdate ? (
                    <EntityPicker
                        config={companySelector}
                        exclude={list.companies.map(c => c.id)}
                        disabled={disabled}
                        label={<Trans>Add company</Trans>}
                        onPick={c => change.mutate({ assign: { companyIds: [c.id] } })}
                    />
                ) : null}
            </TargetGroup>
            <TargetGroup title={<Trans>Customer groups</Trans>} empty={list.customerGroups.length === 0}>
                <PickedChips
                    items={list.customerGroups.map(g => ({ id: g.id, label: g.name }))}
                    onRemove={id => change.mutate({ unassign: { customerGroupIds: [id] } })}
                    removeLabel={t`Remove`}
                    disabled={disabled}
                />
                {canUpdate ? (
                    <EntityPicker
                        config={groupSelector}
                        exclude={list.customerGroups.map(g => g.id)}
                        disabled={disabled}
                        label={<Trans>Add customer group</Trans>}
                        onPick={g => change.mutate({ assign: { customerGroupIds: [g.id] } })}
                    />
                ) : null}
            </TargetGroup>
        </div>
    );
}

type PriceListTargets = { tiers?: string[]; companyIds?: string[]; customerGroupIds?: string[] };

function TargetGroup({ title, empty, children }: { title: ReactNode; empty: boolean; children: ReactNode }) {
    return (
        <div className="space-y-2">
            <div className="font-medium">{title}</div>
            {empty ? (
                <div className="text-muted-foreground">
                    <Trans>None</Trans>
                </div>
            ) : null}
            {children}
        </div>
    );
}
