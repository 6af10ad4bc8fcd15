import { Trans, useLingui } from '@lingui/react/macro';
import {
    Badge,
    Button,
    createRelationSelectorConfig,
    type DashboardFormComponent,
    Input,
    MoneyInput,
    ProductVariantSelector,
    RelationSelector,
    useLocalFormat,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';

import {
    channelSelectorQuery,
    marketplaceSellerSelectorQuery,
    stockLocationSelectorQuery,
    supplierSelectorQuery,
    warehouseSelectorQuery,
    zoneSelectorQuery,
} from './warehouse.graphql';

/** Id of the warehouse nav section. */
export const WAREHOUSE_NAV_SECTION_ID = 'warehouse';

type Named = { id: string; name: string; code?: string };

const warehouseConfig = createRelationSelectorConfig<Named>({
    listQuery: warehouseSelectorQuery,
    idKey: 'id',
    labelKey: 'name',
    label: w => `${w.name} (${w.code})`,
});

const supplierConfig = createRelationSelectorConfig<Named>({
    listQuery: supplierSelectorQuery,
    idKey: 'id',
    labelKey: 'name',
    label: s => `${s.name} (${s.code})`,
});

const marketplaceSellerConfig = createRelationSelectorConfig<Named>({
    listQuery: marketplaceSellerSelectorQuery,
    idKey: 'id',
    labelKey: 'name',
    label: s => `${s.name} (${s.code})`,
});

const zoneConfig = createRelationSelectorConfig<Named>({
    listQuery: zoneSelectorQuery,
    idKey: 'id',
    labelKey: 'name',
    multiple: true,
});

const channelConfig = createRelationSelectorConfig<{ id: string; code: string }>({
    listQuery: channelSelectorQuery,
    idKey: 'id',
    labelKey: 'code',
    multiple: true,
});

const stockLocationConfig = createRelationSelectorConfig<Named>({
    listQuery: stockLocationSelectorQuery,
    idKey: 'id',
    labelKey: 'name',
});

function single(onChange: (id: string | undefined) => void) {
    return (value: string | string[] | null | undefined) =>
        onChange(Array.isArray(value) ? value[0] : (value ?? undefined));
}

function many(onChange: (ids: string[]) => void) {
    return (value: string | string[] | null | undefined) =>
        onChange(Array.isArray(value) ? value : value ? [value] : []);
}

/** A searchable warehouse picker (warehouses of the active channel). */
export function WarehouseSelect(props: {
    value?: string;
    onChange: (id: string | undefined) => void;
    disabled?: boolean;
}) {
    return (
        <RelationSelector
            config={warehouseConfig}
            value={props.value}
            onChange={single(props.onChange)}
            disabled={props.disabled}
            selectorLabel={<Trans>Select a warehouse</Trans>}
        />
    );
}

/** The warehouse selector as a form input of a configurable operation argument (an ID as a string). */
export const WarehouseArgInput: DashboardFormComponent = props => (
    <WarehouseSelect
        value={props.value ? String(props.value) : undefined}
        onChange={id => props.onChange(id ?? '')}
        disabled={props.disabled}
    />
);

/** A searchable supplier picker. */
export function SupplierSelect(props: {
    value?: string;
    onChange: (id: string | undefined) => void;
    disabled?: boolean;
}) {
    return (
        <RelationSelector
            config={supplierConfig}
            value={props.value}
            onChange={single(props.onChange)}
            disabled={props.disabled}
            selectorLabel={<Trans>Select a supplier</Trans>}
        />
    );
}

/** A searchable marketplace seller picker (the marketplace plugin's `marketplaceSellers`). */
export function MarketplaceSellerSelect(props: {
    value?: string;
    onChange: (id: string | undefined) => void;
    disabled?: boolean;
}) {
    return (
        <RelationSelector
            config={marketplaceSellerConfig}
            value={props.value}
            onChange={single(props.onChange)}
            disabled={props.disabled}
            selectorLabel={<Trans>Select a marketplace seller</Trans>}
        />
    );
}

/** Zones served by a warehouse. */
export function ZoneMultiSelect(props: { value: string[]; onChange: (ids: string[]) => void }) {
    return (
        <RelationSelector
            config={zoneConfig}
            value={props.value}
            onChange={many(props.onChange)}
            selectorLabel={<Trans>Select zones</Trans>}
        />
    );
}

/** Channels of a warehouse's stock location. */
export function ChannelMultiSelect(props: { value: string[]; onChange: (ids: string[]) => void }) {
    return (
        <RelationSelector
            config={channelConfig}
            value={props.value}
            onChange={many(props.onChange)}
            selectorLabel={<Trans>Select channels</Trans>}
        />
    );
}

/** An existing stock location (to turn into a warehouse). */
export function StockLocationSelect(props: { value?: string; onChange: (id: string | undefined) => void }) {
    return (
        <RelationSelector
            config={stockLocationConfig}
            value={props.value}
            onChange={single(props.onChange)}
            selectorLabel={<Trans>Use an existing stock location</Trans>}
        />
    );
}

/** The message of an ErrorResult, or undefined for a success. */
export function errorOf(result: unknown): string | undefined {
    const r = result as { errorCode?: string; message?: string } | null | undefined;
    return r?.errorCode ? (r.message ?? r.errorCode) : undefined;
}

/** Translated document and warehouse states. */
export function StateBadge({ state }: { state: string | null | undefined }) {
    const { t } = useLingui();
    const labels: Record<string, [string, 'success' | 'warning' | 'destructive' | 'secondary' | 'outline']> =
        {
            draft: [t`Draft`, 'outline'],
            sent: [t`Sent`, 'secondary'],
            partially_received: [t`Partially received`, 'warning'],
            received: [t`Received`, 'success'],
            cancelled: [t`Cancelled`, 'destructive'],
            posted: [t`Posted`, 'success'],
            in_transit: [t({ message: 'In transit', context: 'stock in transit' }), 'warning'],
            open: [t`Open`, 'secondary'],
        };
    const [label, variant] = labels[state ?? ''] ?? [state ?? '', 'outline'];
    return <Badge variant={variant}>{label}</Badge>;
}

/** Translated labels of warehouse types and ledger entry types. */
export function useWarehouseLabels(): {
    warehouseType: (type: string | null | undefined) => string;
    ledgerType: (type: string) => string;
} {
    const { t } = useLingui();
    const ledgerLabels: Record<string, string> = {
        allocation: t`Allocated to order`,
        sale: t`Shipped (sale)`,
        release: t`Allocation released`,
        cancellation: t`Shipment cancelled`,
        receipt: t`Goods receipt`,
        transfer_out: t`Transfer out`,
        transfer_in: t`Transfer in`,
        count_adjustment: t`Count adjustment`,
        adjustment: t`Manual adjustment`,
        location_merge: t`Location merged`,
        reconciliation: t`Reconciliation`,
    };
    const typeLabels: Record<string, string> = {
        central: t`Central`,
        branch: t`Branch`,
        consignment: t`Consignment`,
    };
    return {
        warehouseType: type => typeLabels[type ?? ''] ?? type ?? '',
        ledgerType: type => ledgerLabels[type] ?? type,
    };
}

/** A date (no time), or a dash. */
export function DateText({ value }: { value: string | null | undefined }) {
    const { formatDate } = useLocalFormat();
    return <>{value ? formatDate(value) : '–'}</>;
}

/** A line of a document being edited. */
export interface EditableLine {
    productVariantId: string;
    name: string;
    sku: string;
    quantity: number;
    unitPrice?: number;
}

/**
 * Lines of a draft document: add variants with the Dashboard's variant selector, edit quantities (and unit
 * prices when `currencyCode` is given), remove lines.
 */
export function LinesEditor({
    lines,
    onChange,
    withPrice,
    currencyCode,
    disabled,
}: {
    lines: EditableLine[];
    onChange: (lines: EditableLine[]) => void;
    /** Edit unit prices too (in `currencyCode`, or the channel's currency). */
    withPrice?: boolean;
    currencyCode?: string;
    disabled?: boolean;
}) {
    const update = (index: number, patch: Partial<EditableLine>) =>
        onChange(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)));
    return (
        <div className="space-y-3 text-sm">
            <table className="w-full" data-testid="lines-editor">
                <thead>
                    <tr className="text-left text-muted-foreground">
                        <th className="py-1">SKU</th>
                        <th>
                            <Trans>Product variant</Trans>
                        </th>
                        <th className="w-28">
                            <Trans>Quantity</Trans>
                        </th>
                        {withPrice && (
                            <th className="w-40">
                                <Trans>Unit price</Trans>
                            </th>
                        )}
                        <th />
                    </tr>
                </thead>
                <tbody>
                    {lines.map((line, index) => (
                        <tr key={line.productVariantId} className="border-t">
                            <td className="py-1 font-mono">{line.sku}</td>
                            <td>{line.name}</td>
                            <td>
                                <Input
                                    type="number"
                                    min={1}
                                    aria-label={`quantity ${line.sku}`}
                                    value={line.quantity}
                                    disabled={disabled}
                                    onChange={e => update(index, { quantity: Number(e.target.value) })}
                                />
                            </td>
                            {withPrice && (
                                <td>
                                    <MoneyInput
                                        name={`unitPrice-${line.sku}`}
                                        value={line.unitPrice ?? 0}
                                        currency={currencyCode}
                                        disabled={disabled}
                                        onBlur={() => undefined}
                                        ref={() => undefined}
                                        onChange={(value: number) => update(index, { unitPrice: value })}
                                    />
                                </td>
                            )}
                            <td className="text-right">
                                {!disabled && (
                                    <Button
                                        variant="ghost"
                                        size="sm"
                                        type="button"
                                        onClick={() => onChange(lines.filter((_, i) => i !== index))}
                                    >
                                        <Trans>Remove</Trans>
                                    </Button>
                                )}
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
            {!disabled && (
                <ProductVariantSelector
                    onProductVariantSelect={variant => {
                        if (lines.some(l => l.productVariantId === variant.productVariantId)) {
                            return;
                        }
                        onChange([
                            ...lines,
                            {
                                productVariantId: variant.productVariantId,
                                name: variant.productVariantName,
                                sku: variant.sku,
                                quantity: 1,
                                unitPrice: withPrice ? 0 : undefined,
                            },
                        ]);
                    }}
                />
            )}
        </div>
    );
}

/** A titled read-only field. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="text-sm">
            <div className="text-muted-foreground">{label}</div>
            <div>{children}</div>
        </div>
    );
}
