import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link, useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Textarea,
    useDetailPage,
    useLocalFormat,
} from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf } from '@/gql';

import { NativeSelect } from '../common/native-select';

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
} from './price-lists.graphql';

const pageId = 'price-list-detail';
const PAGE_SIZE = 20;

type PriceListEntity = NonNullable<ResultOf<typeof priceListDetailQuery>['priceList']>;
type ImportResult = ResultOf<typeof importPriceListCsvDocument>['importPriceListCsv'];

/** A price list: its settings, targets, entries and CSV import/export. */
export function PriceListDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
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
        transformCreateInput: input => ({ ...input, currencyCode: input.currencyCode ?? 'USD' }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
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
            <PageTitle>{creating ? <Trans>New price list</Trans> : (entity?.name ?? '')}</PageTitle>
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
                                render={({ field }) => (
                                    <Input {...field} value={field.value ?? ''} placeholder="USD" />
                                )}
                            />
                        ) : (
                            <div className="text-sm">
                                <div className="text-muted-foreground">
                                    <Trans>Currency</Trans>
                                </div>
                                {entity?.currencyCode}
                            </div>
                        )}
                        <FormFieldWrapper
                            control={form.control}
                            name="priority"
                            label={<Trans>Priority</Trans>}
                            render={({ field }) => (
                                <Input
                                    type="number"
                                    value={field.value ?? 0}
                                    onChange={e => field.onChange(Number(e.target.value))}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="status"
                            label={<Trans>Status</Trans>}
                            render={({ field }) => (
                                <NativeSelect
                                    value={field.value ?? 'enabled'}
                                    onChange={e => field.onChange(e.target.value)}
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
                            render={({ field }) => (
                                <Input
                                    type="date"
                                    value={field.value ? String(field.value).slice(0, 10) : ''}
                                    onChange={e =>
                                        field.onChange(
                                            e.target.value ? new Date(e.target.value).toISOString() : null,
                                        )
                                    }
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="validTo"
                            label={<Trans>Valid to</Trans>}
                            render={({ field }) => (
                                <Input
                                    type="date"
                                    value={field.value ? String(field.value).slice(0, 10) : ''}
                                    onChange={e =>
                                        field.onChange(
                                            e.target.value ? new Date(e.target.value).toISOString() : null,
                                        )
                                    }
                                />
                            )}
                        />
                    </DetailFormGrid>
                </PageBlock>
                {entity && (
                    <>
                        <PageBlock column="main" blockId="entries" title={<Trans>Entries</Trans>}>
                            <EntriesBlock list={entity} />
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

function EntriesBlock({ list }: { list: PriceListEntity }) {
    const { formatCurrency } = useLocalFormat();
    const queryClient = useQueryClient();
    const [page, setPage] = useState(0);
    const [sku, setSku] = useState('');
    const { data } = useQuery({
        queryKey: ['B2bPriceListEntries', list.id, page, sku, list.entryCount],
        queryFn: () =>
            api.query(priceListEntriesQuery, {
                priceListId: list.id,
                options: {
                    skip: page * PAGE_SIZE,
                    take: PAGE_SIZE,
                    sort: { productVariantId: 'ASC', minQuantity: 'ASC' },
                },
            }),
    });
    const remove = useMutation({
        mutationFn: (id: string) =>
            api.mutate(removePriceListEntriesDocument, { priceListId: list.id, ids: [id] }),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: ['B2bPriceListEntries', list.id] }),
    });
    const total = data?.priceListEntries.totalItems ?? 0;
    const items = (data?.priceListEntries.items ?? []).filter(
        e => !sku || e.productVariant.sku.toLowerCase().includes(sku.toLowerCase()),
    );
    return (
        <div className="space-y-2 text-sm">
            <Input className="w-60" placeholder="SKU" value={sku} onChange={e => setSku(e.target.value)} />
            <table className="w-full">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th>SKU</th>
                        <th>
                            <Trans>Product variant</Trans>
                        </th>
                        <th>
                            <Trans>From quantity</Trans>
                        </th>
                        <th>
                            <Trans>Unit price</Trans>
                        </th>
                        <th>
                            <Trans>Percent off</Trans>
                        </th>
                        <th />
                    </tr>
                </thead>
                <tbody>
                    {items.map(e => (
                        <tr key={e.id} className="border-t">
                            <td className="py-1 font-mono">{e.productVariant.sku}</td>
                            <td>{e.productVariant.name}</td>
                            <td>{e.minQuantity}</td>
                            <td>{e.price != null ? formatCurrency(e.price, list.currencyCode) : ''}</td>
                            <td>{e.percentOff != null ? `${e.percentOff} %` : ''}</td>
                            <td className="text-right">
                                <PermissionGuard requires={['UpdatePriceList']}>
                                    <Button variant="ghost" size="sm" onClick={() => remove.mutate(e.id)}>
                                        <Trans>Remove</Trans>
                                    </Button>
                                </PermissionGuard>
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

function CsvImportBlock({ list }: { list: PriceListEntity }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const [csv, setCsv] = useState('');
    const [mode, setMode] = useState<'MERGE' | 'REPLACE'>('MERGE');
    const [report, setReport] = useState<ImportResult | null>(null);
    const importCsv = useMutation({
        mutationFn: () => api.mutate(importPriceListCsvDocument, { priceListId: list.id, csv, mode }),
        onSuccess: async result => {
            setReport(result.importPriceListCsv);
            // Only the entries change. Refreshing the whole entity would remount this block and lose the report.
            await queryClient.invalidateQueries({ queryKey: ['B2bPriceListEntries', list.id] });
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
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
        <div className="space-y-2 text-sm">
            <p className="text-muted-foreground">
                <Trans>
                    Columns: sku,minQuantity,price,percent. Give a price (e.g. 1099.50) or a percent off the
                    channel price (e.g. 12.5) on each row.
                </Trans>
            </p>
            <input
                type="file"
                accept=".csv,text/csv"
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
            <div className="flex items-center gap-2">
                <div className="w-64">
                    <NativeSelect
                        value={mode}
                        onChange={e => setMode(e.target.value as 'MERGE' | 'REPLACE')}
                        options={[
                            { value: 'MERGE', label: t`Add and update entries` },
                            { value: 'REPLACE', label: t`Replace all entries` },
                        ]}
                    />
                </div>
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
                className="rounded-md border border-destructive p-2 text-destructive"
                data-testid="csv-import-report"
            >
                <Trans>Nothing was imported:</Trans> {report.message}
            </div>
        );
    }
    const accepted = report.accepted;
    const rejected = report.rejected.length;
    return (
        <div className="rounded-md border p-2" data-testid="csv-import-report">
            <div>
                <Trans>Rows imported:</Trans> {accepted}
            </div>
            <div>
                <Trans>Rows rejected:</Trans> {rejected}
            </div>
            {report.rejected.length ? (
                <table className="mt-2 w-full">
                    <thead>
                        <tr className="text-left text-muted-foreground">
                            <th>
                                <Trans>Line</Trans>
                            </th>
                            <th>SKU</th>
                            <th>
                                <Trans>Reason</Trans>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {report.rejected.slice(0, 200).map(r => (
                            <tr key={r.line} className="border-t">
                                <td>{r.line}</td>
                                <td className="font-mono">{r.sku}</td>
                                <td>{r.reason}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            ) : null}
        </div>
    );
}

function TargetsBlock({ list, onChange }: { list: PriceListEntity; onChange: () => void }) {
    const { t } = useLingui();
    const [tier, setTier] = useState('');
    const [companyId, setCompanyId] = useState('');
    const assign = useMutation({
        mutationFn: (input: { tiers?: string[]; companyIds?: string[] }) =>
            api.mutate(assignPriceListTargetsDocument, { input: { priceListId: list.id, ...input } }),
        onSuccess: () => {
            setTier('');
            setCompanyId('');
            onChange();
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    const unassign = useMutation({
        mutationFn: (input: { tiers?: string[]; companyIds?: string[]; customerGroupIds?: string[] }) =>
            api.mutate(unassignPriceListTargetsDocument, { input: { priceListId: list.id, ...input } }),
        onSuccess: onChange,
    });
    return (
        <div className="space-y-3 text-sm">
            <div>
                <div className="text-muted-foreground">
                    <Trans>Tiers</Trans>
                </div>
                {list.tiers.map(tierCode => (
                    <span key={tierCode} className="mr-2">
                        {tierCode}{' '}
                        <button
                            type="button"
                            className="text-destructive"
                            onClick={() => unassign.mutate({ tiers: [tierCode] })}
                        >
                            ×
                        </button>
                    </span>
                ))}
            </div>
            <div>
                <div className="text-muted-foreground">
                    <Trans>Companies</Trans>
                </div>
                <ul>
                    {list.companies.map(c => (
                        <li key={c.id}>
                            <Link to="/companies/$id" params={{ id: c.id }} className="underline">
                                {c.name}
                            </Link>{' '}
                            <button
                                type="button"
                                className="text-destructive"
                                onClick={() => unassign.mutate({ companyIds: [c.id] })}
                            >
                                ×
                            </button>
                        </li>
                    ))}
                </ul>
            </div>
            <div>
                <div className="text-muted-foreground">
                    <Trans>Customer groups</Trans>
                </div>
                <ul>
                    {list.customerGroups.map(g => (
                        <li key={g.id}>
                            {g.name}{' '}
                            <button
                                type="button"
                                className="text-destructive"
                                onClick={() => unassign.mutate({ customerGroupIds: [g.id] })}
                            >
                                ×
                            </button>
                        </li>
                    ))}
                </ul>
            </div>
            <PermissionGuard requires={['UpdatePriceList']}>
                <div className="flex gap-2">
                    <Input placeholder={t`Tier code`} value={tier} onChange={e => setTier(e.target.value)} />
                    <Button
                        type="button"
                        size="sm"
                        disabled={!tier}
                        onClick={() => assign.mutate({ tiers: [tier] })}
                    >
                        <Trans>Add</Trans>
                    </Button>
                </div>
                <div className="mt-2 flex gap-2">
                    <Input
                        placeholder={t`Company ID`}
                        value={companyId}
                        onChange={e => setCompanyId(e.target.value)}
                    />
                    <Button
                        type="button"
                        size="sm"
                        disabled={!companyId}
                        onClick={() => assign.mutate({ companyIds: [companyId] })}
                    >
                        <Trans>Add</Trans>
                    </Button>
                </div>
            </PermissionGuard>
        </div>
    );
}
