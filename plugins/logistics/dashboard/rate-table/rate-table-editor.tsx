import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
    Input,
    Select,
    SelectContent,
    SelectItem,
    SelectTrigger,
    SelectValue,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
} from '@vendure/dashboard';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import type { ReactNode } from 'react';

import { OptionSelect } from '../common/option-select';

import {
    DraftProblem,
    DraftProblems,
    emptyRemoteRow,
    emptyZoneRow,
    RateTableDraft,
    RemoteDraft,
    remoteCell,
    RemoteField,
    ZoneDraft,
    ZoneField,
    zoneCell,
} from './rate-table-draft';

/** The message of a cell's problem, in the interface language. */
export function useProblemText(): (problem: DraftProblem) => string {
    const { t } = useLingui();
    return problem => {
        switch (problem) {
            case 'zone-missing':
                return t`Choose a zone`;
            case 'zone-repeated':
                return t`This zone already has a row above: the calculator would only use that one`;
            case 'whole':
                return t`A whole number, 0 or more`;
            case 'whole-positive':
                return t`A whole number greater than 0`;
            case 'money':
                return t`An amount like 8.00: 0 or more, at most two decimals`;
            case 'prefix-missing':
                return t`Enter a postcode prefix`;
            case 'range-missing':
                return t`Enter both ends of the range`;
            case 'range-order':
                return t`The range starts after it ends`;
            case 'range-length':
                return t`Both ends need the same number of characters, unless both are digits`;
            case 'zones-needed':
                return t`Add a zone row: without one the table has no prices`;
            case 'table-needed':
                return t`The calculator needs a table: add a zone row or import a CSV file`;
        }
    };
}

function CellMessage({ children, tone = 'error' }: { children: ReactNode; tone?: 'error' | 'warning' }) {
    return (
        <p
            className={
                tone === 'error'
                    ? 'text-destructive mt-1 text-xs leading-snug'
                    : 'mt-1 text-xs leading-snug text-amber-700 dark:text-amber-400'
            }
            data-testid={tone === 'error' ? 'rate-table-problem' : 'rate-table-warning'}
        >
            {children}
        </p>
    );
}

/** A text cell with its problem below it (numbers are typed as text: no float, no spinner, no locale surprises). */
function CellInput({
    value,
    onChange,
    problem,
    label,
    testId,
    numeric,
    className,
    placeholder,
}: {
    value: string;
    onChange: (value: string) => void;
    problem?: DraftProblem;
    label: string;
    testId: string;
    numeric?: 'whole' | 'money';
    className?: string;
    placeholder?: string;
}) {
    const problemText = useProblemText();
    return (
        <div className={className}>
            <Input
                value={value}
                onChange={e => onChange(e.target.value)}
                aria-label={label}
                aria-invalid={problem ? true : undefined}
                data-testid={testId}
                inputMode={numeric === 'whole' ? 'numeric' : numeric === 'money' ? 'decimal' : undefined}
                className={numeric ? 'text-right tabular-nums' : undefined}
                placeholder={placeholder}
                autoComplete="off"
            />
            {problem ? <CellMessage>{problemText(problem)}</CellMessage> : null}
        </div>
    );
}

/** The zone of a row: a select of the zones' names (the calculator matches rows to zones by name, without case). */
function ZoneSelect({
    value,
    zoneNames,
    onChange,
    label,
    testId,
    invalid,
}: {
    value: string;
    zoneNames: string[];
    onChange: (value: string) => void;
    label: string;
    testId: string;
    invalid: boolean;
}) {
    const { t } = useLingui();
    const known = zoneNames.find(n => n.toLowerCase() === value.trim().toLowerCase());
    // A name no zone has (renamed or deleted zone) stays selectable, so the row shows what the table holds.
    const names = value.trim() && !known ? [value, ...zoneNames] : zoneNames;
    return (
        <Select
            value={known ?? (value || null)}
            onValueChange={v => {
                if (typeof v === 'string') {
                    onChange(v);
                }
            }}
            items={Object.fromEntries(names.map(n => [n, n]))}
        >
            <SelectTrigger
                className="w-full"
                aria-label={label}
                aria-invalid={invalid || undefined}
                data-testid={testId}
            >
                <SelectValue placeholder={t`Choose a zone`} />
            </SelectTrigger>
            <SelectContent>
                {names.map(n => (
                    <SelectItem key={n} value={n} translate="no">
                        {n}
                    </SelectItem>
                ))}
            </SelectContent>
        </Select>
    );
}

/**
 * The rate table cell by cell: settings, a row per zone and a row per remote surcharge, each cell with its own
 * problem. Every change goes to `onChange` as a new draft; the input decides what reaches the form.
 */
export function RateTableEditor({
    draft,
    problems,
    onChange,
    zoneNames,
    currency,
}: {
    draft: RateTableDraft;
    problems: DraftProblems;
    onChange: (draft: RateTableDraft) => void;
    /** The zones' names; null while they load; undefined when they cannot be read (then the zone is typed). */
    zoneNames: string[] | null | undefined;
    /** The channel's currency code, shown beside the money columns. */
    currency: string | undefined;
}) {
    const { t } = useLingui();
    const problemText = useProblemText();
    const inCurrency = currency ? ` (${currency})` : '';
    const setZone = (index: number, field: ZoneField, value: string) =>
        onChange({
            ...draft,
            zones: draft.zones.map((z, i) => (i === index ? { ...z, [field]: value } : z)),
        });
    const setRemote = (index: number, patch: Partial<RemoteDraft>) =>
        onChange({
            ...draft,
            remote: draft.remote.map((r, i) => (i === index ? { ...r, ...patch } : r)),
        });
    const zoneProblem = (row: ZoneDraft, field: ZoneField) => problems.get(zoneCell(row, field));
    const remoteProblem = (row: RemoteDraft, field: RemoteField) => problems.get(remoteCell(row, field));
    const knownZone = (name: string) =>
        !zoneNames || !name.trim() || zoneNames.some(n => n.toLowerCase() === name.trim().toLowerCase());

    const zoneColumns: Array<{
        field: Exclude<ZoneField, 'zone'>;
        label: string;
        numeric: 'whole' | 'money';
    }> = [
        { field: 'firstWeight', label: t`First weight (g)`, numeric: 'whole' },
        { field: 'firstPrice', label: t`First price` + inCurrency, numeric: 'money' },
        { field: 'stepWeight', label: t`Step weight (g)`, numeric: 'whole' },
        { field: 'stepPrice', label: t`Step price` + inCurrency, numeric: 'money' },
        { field: 'maxWeight', label: t`Max weight (g)`, numeric: 'whole' },
        { field: 'maxLength', label: t`Max length (mm)`, numeric: 'whole' },
    ];

    return (
        <div className="space-y-4" data-testid="rate-table-editor">
            <div className="grid gap-3 sm:grid-cols-2">
                <label className="block space-y-1">
                    <span className="font-medium">
                        <Trans>Volumetric divisor</Trans>
                    </span>
                    <CellInput
                        value={draft.volumetricDivisor}
                        onChange={v => onChange({ ...draft, volumetricDivisor: v })}
                        problem={problems.get('volumetricDivisor')}
                        label={t`Volumetric divisor`}
                        testId="rate-table-volumetricDivisor"
                        numeric="whole"
                    />
                    <span className="text-muted-foreground block text-xs">
                        <Trans>cm³ per kg, such as 5000; empty: weight only</Trans>
                    </span>
                </label>
                <label className="block space-y-1">
                    <span className="font-medium">
                        <Trans>Free over</Trans>
                        {inCurrency}
                    </span>
                    <CellInput
                        value={draft.freeOver}
                        onChange={v => onChange({ ...draft, freeOver: v })}
                        problem={problems.get('freeOver')}
                        label={t`Free over`}
                        testId="rate-table-freeOver"
                        numeric="money"
                    />
                    <span className="text-muted-foreground block text-xs">
                        <Trans>
                            The base rate is free from this order subtotal (with tax); the remote surcharge
                            still applies. Empty: never free
                        </Trans>
                    </span>
                </label>
            </div>

            <div className="space-y-2">
                <Table>
                    <TableHeader>
                        <TableRow>
                            <TableHead className="px-1 align-bottom">
                                <Trans>Zone</Trans>
                            </TableHead>
                            {zoneColumns.map(c => (
                                <TableHead key={c.field} className="px-1 align-bottom whitespace-normal">
                                    {c.label}
                                </TableHead>
                            ))}
                            <TableHead className="px-1 align-bottom">
                                <span className="sr-only">
                                    <Trans>Remove zone</Trans>
                                </span>
                            </TableHead>
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {draft.zones.map((row, i) => (
                            <TableRow key={row.key} data-testid="rate-table-zone-row">
                                <TableCell className="w-40 min-w-32 px-1 align-top whitespace-normal">
                                    {zoneNames !== undefined ? (
                                        <ZoneSelect
                                            value={row.zone}
                                            zoneNames={zoneNames ?? []}
                                            onChange={v => setZone(i, 'zone', v)}
                                            label={t`Zone`}
                                            testId={`rate-table-zone-${i}-zone`}
                                            invalid={!!zoneProblem(row, 'zone')}
                                        />
                                    ) : (
                                        <Input
                                            value={row.zone}
                                            onChange={e => setZone(i, 'zone', e.target.value)}
                                            aria-label={t`Zone`}
                                            aria-invalid={zoneProblem(row, 'zone') ? true : undefined}
                                            data-testid={`rate-table-zone-${i}-zone`}
                                        />
                                    )}
                                    {zoneProblem(row, 'zone') ? (
                                        <CellMessage>{problemText(zoneProblem(row, 'zone')!)}</CellMessage>
                                    ) : !knownZone(row.zone) ? (
                                        <CellMessage tone="warning">
                                            <Trans>No zone has this name: orders never match this row</Trans>
                                        </CellMessage>
                                    ) : null}
                                </TableCell>
                                {zoneColumns.map(c => (
                                    <TableCell
                                        key={c.field}
                                        className="min-w-20 px-1 align-top whitespace-normal"
                                    >
                                        <CellInput
                                            value={row[c.field]}
                                            onChange={v => setZone(i, c.field, v)}
                                            problem={zoneProblem(row, c.field)}
                                            label={`${c.label} · ${row.zone || i + 1}`}
                                            testId={`rate-table-zone-${i}-${c.field}`}
                                            numeric={c.numeric}
                                        />
                                    </TableCell>
                                ))}
                                <TableCell className="w-10 px-1 align-top">
                                    <Button
                                        type="button"
                                        variant="ghost"
                                        size="icon"
                                        aria-label={t`Remove zone`}
                                        title={t`Remove zone`}
                                        onClick={() =>
                                            onChange({
                                                ...draft,
                                                zones: draft.zones.filter((_, j) => j !== i),
                                            })
                                        }
                                    >
                                        <Trash2Icon className="h-4 w-4" />
                                    </Button>
                                </TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    onClick={() => onChange({ ...draft, zones: [...draft.zones, emptyZoneRow()] })}
                >
                    <PlusIcon className="h-4 w-4" />
                    <Trans>Add zone</Trans>
                </Button>
            </div>

            <div className="space-y-2">
                <div className="font-medium">
                    <Trans>Remote surcharges</Trans>
                </div>
                {draft.remote.length ? (
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead className="px-1 align-bottom">
                                    <Trans>Match by</Trans>
                                </TableHead>
                                <TableHead className="px-1 align-bottom">
                                    <Trans>Postcodes</Trans>
                                </TableHead>
                                <TableHead className="px-1 align-bottom">
                                    <Trans>Surcharge</Trans>
                                    {inCurrency}
                                </TableHead>
                                <TableHead className="px-1 align-bottom">
                                    <span className="sr-only">
                                        <Trans>Remove surcharge</Trans>
                                    </span>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {draft.remote.map((row, i) => (
                                <TableRow key={row.key} data-testid="rate-table-remote-row">
                                    <TableCell className="w-32 min-w-28 px-1 align-top whitespace-normal">
                                        <OptionSelect
                                            value={row.kind}
                                            onChange={kind => setRemote(i, { kind })}
                                            options={[
                                                { value: 'prefix', label: t`Prefix` },
                                                { value: 'range', label: t`Range` },
                                            ]}
                                            ariaLabel={t`Match by`}
                                        />
                                    </TableCell>
                                    <TableCell className="min-w-48 px-1 align-top whitespace-normal">
                                        {row.kind === 'prefix' ? (
                                            <CellInput
                                                value={row.prefix}
                                                onChange={v => setRemote(i, { prefix: v })}
                                                problem={remoteProblem(row, 'prefix')}
                                                label={t`Postcode prefix`}
                                                placeholder={t`Postcode prefix`}
                                                testId={`rate-table-remote-${i}-prefix`}
                                                className="font-mono"
                                            />
                                        ) : (
                                            <div className="grid grid-cols-2 gap-2 font-mono">
                                                <CellInput
                                                    value={row.from}
                                                    onChange={v => setRemote(i, { from: v })}
                                                    problem={remoteProblem(row, 'from')}
                                                    label={t`From postcode`}
                                                    placeholder={t`From postcode`}
                                                    testId={`rate-table-remote-${i}-from`}
                                                />
                                                <CellInput
                                                    value={row.to}
                                                    onChange={v => setRemote(i, { to: v })}
                                                    problem={remoteProblem(row, 'to')}
                                                    label={t`To postcode`}
                                                    placeholder={t`To postcode`}
                                                    testId={`rate-table-remote-${i}-to`}
                                                />
                                            </div>
                                        )}
                                    </TableCell>
                                    <TableCell className="w-32 min-w-24 px-1 align-top whitespace-normal">
                                        <CellInput
                                            value={row.surcharge}
                                            onChange={v => setRemote(i, { surcharge: v })}
                                            problem={remoteProblem(row, 'surcharge')}
                                            label={t`Surcharge`}
                                            testId={`rate-table-remote-${i}-surcharge`}
                                            numeric="money"
                                        />
                                    </TableCell>
                                    <TableCell className="w-10 px-1 align-top">
                                        <Button
                                            type="button"
                                            variant="ghost"
                                            size="icon"
                                            aria-label={t`Remove surcharge`}
                                            title={t`Remove surcharge`}
                                            onClick={() =>
                                                onChange({
                                                    ...draft,
                                                    remote: draft.remote.filter((_, j) => j !== i),
                                                })
                                            }
                                        >
                                            <Trash2Icon className="h-4 w-4" />
                                        </Button>
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                ) : (
                    <p className="text-muted-foreground">
                        <Trans>No remote surcharges.</Trans>
                    </p>
                )}
                <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    onClick={() => onChange({ ...draft, remote: [...draft.remote, emptyRemoteRow()] })}
                >
                    <PlusIcon className="h-4 w-4" />
                    <Trans>Add remote surcharge</Trans>
                </Button>
            </div>
        </div>
    );
}
