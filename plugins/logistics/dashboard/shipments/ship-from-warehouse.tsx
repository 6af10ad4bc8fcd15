import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, createRelationSelectorConfig, PermissionGuard, RelationSelector } from '@vendure/dashboard';
import { toast } from 'sonner';

import { errorMessage } from '../common/error-result';
import { setShipmentWarehouseDocument, shipFromStockLocationsQuery } from '../logistics.graphql';

/** What `Shipment.fromWarehouse` gives. */
export interface ShipFromWarehouse {
    stockLocationId: string;
    name: string;
    code?: string | null;
}

type StockLocationItem = { id: string; name: string };

const stockLocationConfig = createRelationSelectorConfig<StockLocationItem>({
    listQuery: shipFromStockLocationsQuery,
    idKey: 'id',
    labelKey: 'name',
    label: l => <span translate="no">{l.name}</span>,
});

/** The warehouse's name and code, or "Not set". */
export function ShipFromWarehouseLabel({ warehouse }: { warehouse: ShipFromWarehouse | null | undefined }) {
    if (!warehouse) {
        return (
            <span className="text-muted-foreground" data-testid="shipment-from-warehouse">
                <Trans>Not set</Trans>
            </span>
        );
    }
    return (
        <span data-testid="shipment-from-warehouse" translate="no">
            {warehouse.name}
            {warehouse.code ? (
                <span className="text-muted-foreground ml-1 font-mono text-xs">{warehouse.code}</span>
            ) : null}
        </span>
    );
}

/**
 * The ship-from warehouse of a shipment: a searchable picker over the channel's stock locations (the warehouse
 * plugin's warehouses are stock locations); choosing one or removing the choice calls `setShipmentWarehouse`.
 */
export function ShipFromWarehouseSelect({
    shipmentId,
    warehouse,
    queryKey,
}: {
    shipmentId: string;
    warehouse: ShipFromWarehouse | null | undefined;
    queryKey: string[];
}) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const mutation = useMutation({
        mutationFn: (stockLocationId: string | null) =>
            api.mutate(setShipmentWarehouseDocument, { shipmentId, stockLocationId }),
        onSuccess: async () => {
            toast.success(t`Ship-from warehouse saved`);
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <PermissionGuard requires={['UpdateShipment']}>
            <div data-testid="shipment-from-warehouse-select">
                <RelationSelector
                    config={stockLocationConfig}
                    value={warehouse ? String(warehouse.stockLocationId) : undefined}
                    disabled={mutation.isPending}
                    onChange={value => {
                        const id = Array.isArray(value) ? value[0] : value;
                        mutation.mutate(id ? String(id) : null);
                    }}
                    selectorLabel={<Trans>Choose the warehouse</Trans>}
                />
            </div>
        </PermissionGuard>
    );
}
