import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation } from '@tanstack/react-query';
import {
    api,
    Button,
    DashboardFormComponent,
    Input,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    Textarea,
} from '@vendure/dashboard';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf } from '@/gql';

import { errorMessage } from '../common/error-result';
import { exportRateTableCsvQuery, importRateTableCsvDocument } from '../logistics.graphql';

type ImportResult = ResultOf<typeof importRateTableCsvDocument>['importShippingRateTableCsv'];

interface ZoneRow {
    zone: string;
    firstWeight: number;
    firstPrice: number;
    stepWeight: number;
    stepPrice: number;
    maxWeight?: number;
    maxLength?: number;
}

interface RemoteRow {
    prefix?: string;
    from?: string;
    to?: string;
    surcharge: number;
}

interface RateTableValue {
    volumetricDivisor?: number;
    freeOver?: number;
    zones: ZoneRow[];
    remote?: RemoteRow[];
}

const PLACEHOLDER_CSV =
    'type,zone,firstWeight,firstPrice,stepWeight,stepPrice,maxWeight,maxLength,postcode,postcodeTo,amount\n' +
    'zone,Europe,1000,8.00,500,2.00,30000,1200,,,\n' +
    'remote,,,,,,,,BT,,5.00';

/** Minor units as a decimal amount (the rate table's money is in minor units). */
function money(value: number | undefined): string {
    return value === undefined ? '' : (value / 100).toFixed(2);
}

function parseTable(value: unknown): RateTableValue | null {
    if (typeof value !== 'string' || !value.trim()) {
        return null;
    }
    try {
        const table = JSON.parse(value) as RateTableValue;
        return Array.isArray(table?.zones) ? table : null;
    } catch {
        return null;
    }
}

/**
 * The `table` argument of the `rate-table` shipping calculator and checker on Vendure's shipping-method page: the
 * table as tables, "Import CSV" (a file or pasted text, read by `importShippingRateTableCsv` into the form; saved
 * with the shipping method), "Export CSV", and the JSON itself for hand edits.
 */
export const RateTableInput: DashboardFormComponent = ({ value, onChange, disabled, name }) => {
    const { t } = useLingui();
    const table = useMemo(() => parseTable(value), [value]);
    const [panel, setPanel] = useState<'none' | 'import' | 'json'>('none');
    const [csv, setCsv] = useState('');
    const [report, setReport] = useState<ImportResult | null>(null);
    const importCsv = useMutation({
        mutationFn: () => api.mutate(importRateTableCsvDocument, { csv }),
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
                table: String(value ?? ''),
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
    return (
        <div className="w-full space-y-3 text-sm" data-testid="rate-table-input">
            {table ? (
                <RateTableView table={table} />
            ) : (
                <p className="text-muted-foreground">
                    {value ? (
                        <Trans>The rate table is not valid: import a CSV file or correct the JSON.</Trans>
                    ) : (
                        <Trans>
                            No table here. Left empty, the eligibility checker uses the calculator's table;
                            the calculator needs one: import a CSV file.
                        </Trans>
                    )}
                </p>
            )}
            <div className="flex flex-wrap gap-2">
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={disabled}
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
                    disabled={disabled}
                    value={typeof value === 'string' ? value : ''}
                    onChange={e => onChange(e.target.value)}
                />
            ) : null}
        </div>
    );
};

function RateTableView({ table }: { table: RateTableValue }) {
    return (
        <div className="space-y-2">
            <div className="text-muted-foreground flex flex-wrap gap-4">
                <span>
                    <Trans>Volumetric divisor:</Trans> {table.volumetricDivisor ?? '–'}
                </span>
                <span>
                    <Trans>Free over:</Trans> {table.freeOver === undefined ? '–' : money(table.freeOver)}
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
                    {table.zones.map(z => (
                        <TableRow key={z.zone}>
                            <TableCell translate="no">{z.zone}</TableCell>
                            <TableCell>{z.firstWeight}</TableCell>
                            <TableCell>{money(z.firstPrice)}</TableCell>
                            <TableCell>{z.stepWeight}</TableCell>
                            <TableCell>{money(z.stepPrice)}</TableCell>
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
                                <TableCell>{money(r.surcharge)}</TableCell>
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
