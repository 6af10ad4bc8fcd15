import { Trans } from '@lingui/react/macro';
import { defineDashboardExtension, type DashboardRouteDefinition } from '@vendure/dashboard';
import { WarehouseIcon } from 'lucide-react';

import { WAREHOUSE_NAV_SECTION_ID, WarehouseArgInput } from './common';
import { LowStockWidget } from './low-stock-widget';
import { OrderPickupBlock } from './order-pickup-block';
import { PurchaseOrderDetailPage, PurchaseOrderListPage } from './purchase-orders';
import { GoodsReceiptDetailPage, GoodsReceiptListPage, ReceivingPage, ReceivingSearch } from './receiving';
import { ReorderPointDetailPage, ReorderPointListPage } from './reorder-points';
import { StockCountDetailPage, StockCountListPage } from './stock-counts';
import { SupplierDetailPage, SupplierListPage } from './suppliers';
import { StockTransferDetailPage, StockTransferListPage } from './transfers';
import { VariantStockBlock } from './variant-stock-block';
import { WarehouseDetailPage, WarehouseListPage } from './warehouses';

/** A list route with a nav item and a detail route under it; nav titles are explicit ids (see ./i18n). */
function area(
    path: string,
    navId: string,
    label: React.ReactNode,
    itemLabel: React.ReactNode,
    permission: string,
    order: number,
    list: DashboardRouteDefinition['component'],
    detail: DashboardRouteDefinition['component'],
): DashboardRouteDefinition[] {
    return [
        {
            path,
            loader: () => ({ breadcrumb: label }),
            navMenuItem: {
                sectionId: WAREHOUSE_NAV_SECTION_ID,
                id: navId,
                title: `warehouse.nav.${navId}`,
                url: path,
                order,
                requiresPermission: [permission],
            },
            component: list,
        },
        {
            path: `${path}/$id`,
            loader: () => ({ breadcrumb: [{ path, label }, itemLabel] }),
            component: detail,
        },
    ];
}

defineDashboardExtension({
    navSections: [
        { id: WAREHOUSE_NAV_SECTION_ID, title: 'warehouse.nav.section', icon: WarehouseIcon, order: 360 },
    ],
    routes: [
        ...area(
            '/warehouses',
            'warehouses',
            <Trans>Warehouses</Trans>,
            <Trans>Warehouse</Trans>,
            'ReadWarehouse',
            100,
            route => <WarehouseListPage route={route} />,
            route => <WarehouseDetailPage route={route} />,
        ),
        ...area(
            '/suppliers',
            'suppliers',
            <Trans>Suppliers</Trans>,
            <Trans>Supplier</Trans>,
            'ReadSupplier',
            200,
            route => <SupplierListPage route={route} />,
            route => <SupplierDetailPage route={route} />,
        ),
        ...area(
            '/purchase-orders',
            'purchase-orders',
            <Trans>Purchase orders</Trans>,
            <Trans>Purchase order</Trans>,
            'ReadPurchaseOrder',
            300,
            route => <PurchaseOrderListPage route={route} />,
            route => <PurchaseOrderDetailPage route={route} />,
        ),
        {
            path: '/receiving',
            loader: () => ({ breadcrumb: <Trans>Receive goods</Trans> }),
            validateSearch: (search: Record<string, unknown>): ReceivingSearch => ({
                purchaseOrderId:
                    typeof search.purchaseOrderId === 'string' ? search.purchaseOrderId : undefined,
                stockTransferId:
                    typeof search.stockTransferId === 'string' ? search.stockTransferId : undefined,
            }),
            navMenuItem: {
                sectionId: WAREHOUSE_NAV_SECTION_ID,
                id: 'receiving',
                title: 'warehouse.nav.receiving',
                url: '/receiving',
                order: 350,
                requiresPermission: ['UpdateGoodsReceipt'],
            },
            component: route => <ReceivingPage route={route} />,
        },
        ...area(
            '/goods-receipts',
            'goods-receipts',
            <Trans>Goods receipts</Trans>,
            <Trans>Goods receipt</Trans>,
            'ReadGoodsReceipt',
            400,
            route => <GoodsReceiptListPage route={route} />,
            route => <GoodsReceiptDetailPage route={route} />,
        ),
        ...area(
            '/stock-transfers',
            'stock-transfers',
            <Trans>Transfers</Trans>,
            <Trans>Transfer</Trans>,
            'ReadStockTransfer',
            500,
            route => <StockTransferListPage route={route} />,
            route => <StockTransferDetailPage route={route} />,
        ),
        ...area(
            '/stock-counts',
            'stock-counts',
            <Trans>Stock counts</Trans>,
            <Trans>Stock count</Trans>,
            'ReadStockCount',
            600,
            route => <StockCountListPage route={route} />,
            route => <StockCountDetailPage route={route} />,
        ),
        ...area(
            '/reorder-points',
            'reorder-points',
            <Trans>Reorder points</Trans>,
            <Trans>Reorder point</Trans>,
            'ReadReorderPoint',
            700,
            route => <ReorderPointListPage route={route} />,
            route => <ReorderPointDetailPage route={route} />,
        ),
    ],
    pageBlocks: [
        {
            id: 'warehouse-variant-stock',
            title: <Trans>Stock per warehouse and ledger</Trans>,
            location: {
                pageId: 'product-variant-detail',
                column: 'main',
                position: { blockId: 'stock', order: 'after' },
            },
            requiresPermission: ['ReadWarehouse'],
            component: ({ context }) => <VariantStockBlock context={context} />,
        },
        {
            id: 'warehouse-order-pickup',
            title: <Trans>Pick-up warehouse</Trans>,
            location: {
                pageId: 'order-detail',
                column: 'side',
                position: { blockId: 'customer', order: 'after' },
            },
            requiresPermission: ['ReadOrder'],
            component: ({ context }) => <OrderPickupBlock context={context} />,
        },
    ],
    customFormComponents: {
        // The "Ship from warehouse" argument of the warehouse-fulfillment handler (the order's fulfil dialog).
        customFields: [{ id: 'warehouse.warehouse-selector', component: WarehouseArgInput }],
    },
    widgets: [
        {
            id: 'warehouse-low-stock',
            name: 'Low stock (warehouses)',
            component: LowStockWidget,
            defaultSize: { w: 6, h: 4 },
            minSize: { w: 4, h: 3 },
            requiresPermissions: ['ReadReorderPoint'],
        },
    ],
});
