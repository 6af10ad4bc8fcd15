import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
    api,
    Button,
    DashboardFormComponent,
    Input,
    isFieldDisabled,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    Textarea,
    useChannel,
    useUserSettings,
} from '@vendure/dashboard';
import { PlusIcon } from 'lucide-react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf, VariablesOf } from '@/gql';

import { errorMessage } from '../common/error-result';
import {
    exportRateTableCsvQuery,
    importRateTableCsvDocument,
    rateTableZonesQuery,
} from '../logistics.graphql';

import {
    buildRateTable,
    draftFromTable,
    emptyZoneRow,
    isEmptyDraft,
    moneyCell,
    parseTableValue,
    RateTableDraft,
    RateTableValue,
} from './rate-table-draft';
import { RateTableEditor, useProblemText } from './rate-table-editor';

type ImportResult = ResultOf<typeof importRateTableCsvDocument>['importShippingRateTableCsv'];

const PLACEHOLDER_CSV =
    'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount\n' +
    'zone,Europe,1000,8.00,500,2.00,30000,1200,,,\n' +
    'remote,,,,,,,,BT,,5.00';

/**
 * The `table` argument of the `rate-table` shipping calculator and checker on Vendure's shipping-method page: the
 * table cell by cell (settings, a row per zone, a row per remote surcharge; each edit goes to the form as the new
 * JSON once every cell is good, and a bad cell is marked while the form keeps the last good table), "Import CSV" (a
 * file or pasted text, read by `importShippingRateTableCsv` into the form; saved with the shipping method), "Export
 * CSV", and the JSON itself for hand edits. Read-only (a disabled or read-only field), the table is shown as tables.
 */
export const RateTableInput: DashboardFormComponent = props => {
    const { onChange, disabled, name, fieldDef } = props;
    const value: unknown = props.value;
    const { t } = useLingui();
    // Vendure 3.7's configurable-operation form passes neither `disabled` nor its `readOnly` on to argument inputs;
    // both are honoured when given (and a custom field's `readonly`).
    const readOnly =
        isFieldDisabled(disabled, fieldDef) || (props as { readOnly?: boolean }).readOnly === true;
    // The calculator's table is required; the checker's may stay empty (it then follows the calculator's).
    const required = (fieldDef as { required?: boolean } | undefined)?.required === true;
    const table = useMemo(() => parseTableValue(value), [value]);
    const [draft, setDraft] = useState<RateTableDraft>(() => draftFromTable(table));
    // The last JSON this input sent to the form: a value that differs came from elsewhere (an import, the JSON
    // editor, the form reset after saving) and replaces the cells.
    const sent = useRef<unknown>(value);
    useEffect(() => {
        if (value !== sent.current) {
            sent.current = value;
            setDraft(draftFromTable(parseTableValue(value)));
        }
    }, [value]);
    const built = useMemo(() => buildRateTable(draft, { required }), [draft, required]);
    const editDraft = (next: RateTableDraft) => {
        setDraft(next);
        const result = buildRateTable(next, { required });
        if (result.value !== undefined && result.value !== value) {
            sent.current = result.value;
            onChange(result.value);
        }
    };
    const { activeChannel } = useChannel();
    const zones = useQuery({
        queryKey: ['logistics-rate-table-zones'],
        queryFn: () => api.query(rateTableZonesQuery, {}),
        enabled: !readOnly,
        staleTime: 60_000,
    });
    const zoneNames = zones.data?.zones.items.map(z => z.name);
    const problemText = useProblemText();
    const [panel, setPanel] = useState<'none' | 'import' | 'json'>('none');
    const [csv, setCsv] = useState('');
    const [report, setReport] = useState<ImportResult | null>(null);
    const { settings } = useUserSettings();
    const importCsv = useMutation({
        mutationFn: () =>
            api.mutate(importRateTableCsvDocument, {
                csv,
                // the report's reasons in the Dashboard's language (the API's own is the content language)
                languageCode: settings.displayLanguage as VariablesOf<
                    typeof importRateTableCsvDocument
                >['languageCode'],
            }),
        onSuccess: result => {
            const r = result.importShippingRateTableCsv;
            setReport(r);
            if (r.__typename === 'ShippingRateTableImportReport' && r.table) {
                onChange(r.table);
            }
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const exportCsv = async () => {
        try {
            const { exportShippingRateTableCsv } = await api.query(exportRateTableCsvQuery, {
                table: typeof value === 'string' ? value : '',
            });
            const url = URL.createObjectURL(new Blob([exportShippingRateTableCsv], { type: 'text/csv' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = 'rate-table.csv';
            a.click();
            URL.revokeObjectURL(url);
        } catch (err) {
            toast.error(errorMessage(err));
        }
    };
    // The grid needs the operation card's full width: Vendure lays an operation's arguments out two to a row (the
    // calculator's table beside its tax rate), so the field holding this input is stretched across the row.
    const root = useRef<HTMLDivElement>(null);
    useLayoutEffect(() => {
        const field = root.current?.closest<HTMLElement>('[data-slot="field"]');
        const grid = field?.parentElement;
        if (!field || !grid || getComputedStyle(grid).display !== 'grid') {
            return;
        }
        const before = field.style.gridColumn;
        field.style.gridColumn = '1 / -1';
        return () => {
            field.style.gridColumn = before;
        };
    }, []);
    const invalidJson = typeof value === 'string' && !!value.trim() && !table;
    const emptyText = (
        <p className="text-muted-foreground">
            <Trans>
                No table here. Left empty, the eligibility checker uses the calculator's table; the calculator
                needs one: add a zone or import a CSV file.
            </Trans>
        </p>
    );
    const invalidText = (
        <p className="text-muted-foreground">
            <Trans>The rate table is not valid: import a CSV file or correct the JSON.</Trans>
        </p>
    );
    let body;
    if (readOnly) {
        body = table ? <RateTableView table={table} /> : invalidJson ? invalidText : emptyText;
    } else if (invalidJson && isEmptyDraft(draft)) {
        body = invalidText;
    } else if (isEmptyDraft(draft)) {
        body = (
            <div className="space-y-2">
                {emptyText}
                {/* every row removed from a table the form still holds (the calculator's cannot be empty) */}
                {table && built.problems.size ? (
                    <NotSent problem={problemText(built.problems.get('table')!)} />
                ) : null}
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    onClick={() => editDraft({ ...draft, zones: [emptyZoneRow()] })}
                >
                    <PlusIcon className="h-4 w-4" />
                    <Trans>Add zone</Trans>
                </Button>
            </div>
        );
    } else {
        const tableProblem = built.problems.get('table');
        body = (
            <div className="space-y-2">
                <RateTableEditor
                    draft={draft}
                    problems={built.problems}
                    onChange={editDraft}
                    zoneNames={zones.isError ? undefined : (zoneNames ?? null)}
                    currency={activeChannel?.defaultCurrencyCode}
                />
                {built.problems.size ? (
                    <NotSent problem={tableProblem ? problemText(tableProblem) : undefined} />
                ) : null}
            </div>
        );
    }
    return (
        <div ref={root} className="w-full space-y-3 text-sm" data-testid="rate-table-input">
            {body}
            <div className="flex flex-wrap gap-2">
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={readOnly}
                    onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
                >
                    <Trans>Import CSV</Trans>
                </Button>
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={!table}
                    onClick={() => void exportCsv()}
                >
                    <Trans>Export CSV</Trans>
                </Button>
                <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    onClick={() => setPanel(panel === 'json' ? 'none' : 'json')}
                >
                    <Trans>Edit JSON</Trans>
                </Button>
            </div>
            {panel === 'import' ? (
                <div className="space-y-2 rounded-md border p-3">
                    <p className="text-muted-foreground">
                        <Trans>
                            One row per zone, remote surcharge or setting (type zone, remote, freeOver or
                            volumetricDivisor); weights in grams, lengths in millimetres, amounts like 8.00.
                            The good rows replace the table here; save the shipping method to keep it.
                        </Trans>
                    </p>
                    <Input
                        type="file"
                        accept=".csv,text/csv"
                        aria-label={t`CSV file`}
                        data-testid="rate-table-csv-file"
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
                        aria-label={t`CSV text`}
                        placeholder={PLACEHOLDER_CSV}
                        value={csv}
                        onChange={e => setCsv(e.target.value)}
                    />
                    <Button
                        type="button"
                        size="sm"
                        disabled={!csv.trim() || importCsv.isPending}
                        onClick={() => importCsv.mutate()}
                    >
                        <Trans>Import</Trans>
                    </Button>
                    {report ? <ImportReport report={report} /> : null}
                </div>
            ) : null}
            {panel === 'json' ? (
                <Textarea
                    rows={8}
                    className="font-mono"
                    name={name}
                    aria-label={t`Rate table JSON`}
                    disabled={readOnly}
                    value={typeof value === 'string' ? value : ''}
                    onChange={e => onChange(e.target.value)}
                />
            ) : null}
        </div>
    );
};

/** Why the form does not have the cells as they are (a problem of the table as a whole, if any), and what it keeps. */
function NotSent({ problem }: { problem?: string }) {
    return (
        <div
            className="border-destructive text-destructive space-y-1 rounded-md border p-2"
            role="status"
            data-testid="rate-table-not-sent"
        >
            {problem ? <p data-testid="rate-table-problem">{problem}</p> : null}
            <p>
                <Trans>
                    Until the marked problems are corrected, the form keeps the last valid table, and saving
                    saves that one.
                </Trans>
            </p>
        </div>
    );
}

function RateTableView({ table }: { table: RateTableValue }) {
    return (
        <div className="space-y-2">
            <div className="text-muted-foreground flex flex-wrap gap-4">
                <span>
                    <Trans>Volumetric divisor:</Trans> {table.volumetricDivisor ?? '–'}
                </span>
                <span>
                    <Trans>Free over:</Trans> {table.freeOver === undefined ? '–' : moneyCell(table.freeOver)}
                </span>
            </div>
            <Table>
                <TableHeader>
                    <TableRow>
                        <TableHead>
                            <Trans>Zone</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>First weight (g)</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>First price</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Step weight (g)</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Step price</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Max weight (g)</Trans>
                        </TableHead>
                        <TableHead>
                            <Trans>Max length (mm)</Trans>
                        </TableHead>
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {table.zones.map((z, i) => (
                        <TableRow key={i}>
                            <TableCell translate="no">{z.zone}</TableCell>
                            <TableCell>{z.firstWeight}</TableCell>
                            <TableCell>{moneyCell(z.firstPrice)}</TableCell>
                            <TableCell>{z.stepWeight}</TableCell>
                            <TableCell>{moneyCell(z.stepPrice)}</TableCell>
                            <TableCell>{z.maxWeight ?? ''}</TableCell>
                            <TableCell>{z.maxLength ?? ''}</TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
            {table.remote?.length ? (
                <Table>
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Remote postcodes</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Surcharge</Trans>
                            </TableHead>
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {table.remote.map((r, i) => (
                            <TableRow key={i}>
                                <TableCell translate="no" className="font-mono">
                                    {r.prefix ? `${r.prefix}…` : `${r.from ?? ''} – ${r.to ?? ''}`}
                                </TableCell>
                                <TableCell>{moneyCell(r.surcharge)}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            ) : null}
        </div>
    );
}

function ImportReport({ report }: { report: ImportResult }) {
    if (report.__typename === 'MalformedShippingRateTableCsvError') {
        return (
            <div
                className="border-destructive text-destructive rounded-md border p-2"
                data-testid="rate-table-import-report"
            >
                <Trans>Nothing was imported:</Trans> {report.message}
            </div>
        );
    }
    return (
        <div className="rounded-md border p-2" data-testid="rate-table-import-report">
            <div>
                <Trans>Rows imported:</Trans> {report.accepted}
            </div>
            <div>
                <Trans>Rows rejected:</Trans> {report.rejected.length}
            </div>
            {!report.table ? (
                <div className="text-destructive">
                    <Trans>No zone row was good: the table was not changed.</Trans>
                </div>
            ) : null}
            {report.rejected.length ? (
                <Table className="mt-2">
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Line</Trans>
                            </TableHead>
                            <TableHead>
                                <Trans>Type</Trans>
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
                                    {r.type}
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
