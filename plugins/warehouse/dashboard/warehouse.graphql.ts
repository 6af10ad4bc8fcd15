import { graphql } from '@/gql';

// ----- Selectors (RelationSelector list queries: options → { items, totalItems }) -----

export const warehouseSelectorQuery = graphql(`
    query DashboardWarehouseSelector($options: WarehouseListOptions) {
        warehouses(options: $options) {
            totalItems
            items {
                id
                name
                code
            }
        }
    }
`);

export const supplierSelectorQuery = graphql(`
    query DashboardSupplierSelector($options: SupplierListOptions) {
        suppliers(options: $options) {
            totalItems
            items {
                id
                name
                code
            }
        }
    }
`);

/** The marketplace plugin's sellers (its admin API; only queried when it is installed). */
export const marketplaceSellerSelectorQuery = graphql(`
    query DashboardWarehouseMarketplaceSellerSelector($options: MarketplaceSellerListOptions) {
        marketplaceSellers(options: $options) {
            totalItems
            items {
                id
                name
                code
            }
        }
    }
`);

export const zoneSelectorQuery = graphql(`
    query DashboardWarehouseZoneSelector($options: ZoneListOptions) {
        zones(options: $options) {
            totalItems
            items {
                id
                name
            }
        }
    }
`);

export const channelSelectorQuery = graphql(`
    query DashboardWarehouseChannelSelector($options: ChannelListOptions) {
        channels(options: $options) {
            totalItems
            items {
                id
                code
            }
        }
    }
`);

export const stockLocationSelectorQuery = graphql(`
    query DashboardWarehouseStockLocationSelector($options: StockLocationListOptions) {
        stockLocations(options: $options) {
            totalItems
            items {
                id
                name
            }
        }
    }
`);

// ----- Warehouses -----

export const warehouseListQuery = graphql(`
    query DashboardWarehouses($options: WarehouseListOptions) {
        warehouses(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                name
                type
                active
                priority
                pickupPoint
            }
        }
    }
`);

export const warehouseDetailQuery = graphql(`
    query DashboardWarehouse($id: ID!) {
        warehouse(id: $id) {
            id
            createdAt
            updatedAt
            code
            name
            description
            type
            active
            priority
            pickupPoint
            pickupInstructions
            stockLocationId
            address {
                streetLine1
                streetLine2
                city
                province
                postalCode
                countryCode
                phoneNumber
            }
            zones {
                id
                name
            }
            channels {
                id
                code
            }
        }
    }
`);

export const createWarehouseDocument = graphql(`
    mutation DashboardCreateWarehouse($input: CreateWarehouseInput!) {
        createWarehouse(input: $input) {
            ... on Warehouse {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const updateWarehouseDocument = graphql(`
    mutation DashboardUpdateWarehouse($input: UpdateWarehouseInput!) {
        updateWarehouse(input: $input) {
            ... on Warehouse {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deleteWarehouseDocument = graphql(`
    mutation DashboardDeleteWarehouse($id: ID!) {
        deleteWarehouse(id: $id) {
            result
            message
        }
    }
`);

export const warehouseStockLevelsQuery = graphql(`
    query DashboardWarehouseStockLevels($warehouseId: ID!, $term: String, $skip: Int, $take: Int) {
        warehouseStockLevels(warehouseId: $warehouseId, term: $term, skip: $skip, take: $take) {
            totalItems
            items {
                productVariant {
                    id
                    name
                    sku
                    product {
                        id
                    }
                }
                stockOnHand
                stockAllocated
                available
                inTransit
                onOrder
                reorderPoint {
                    id
                    minQuantity
                    belowMinimum
                }
            }
        }
    }
`);

// ----- Suppliers -----

export const supplierListQuery = graphql(`
    query DashboardSuppliers($options: SupplierListOptions) {
        suppliers(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                name
                contactName
                emailAddress
                leadTimeDays
                currencyCode
                active
            }
        }
    }
`);

export const supplierDetailQuery = graphql(`
    query DashboardSupplier($id: ID!) {
        supplier(id: $id) {
            id
            createdAt
            updatedAt
            code
            name
            contactName
            emailAddress
            phoneNumber
            leadTimeDays
            currencyCode
            allowOverReceipt
            active
            note
            marketplaceSellerId
            marketplaceSeller {
                id
                name
                code
            }
        }
    }
`);

export const createSupplierDocument = graphql(`
    mutation DashboardCreateSupplier($input: CreateSupplierInput!) {
        createSupplier(input: $input) {
            ... on Supplier {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const updateSupplierDocument = graphql(`
    mutation DashboardUpdateSupplier($input: UpdateSupplierInput!) {
        updateSupplier(input: $input) {
            ... on Supplier {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deleteSupplierDocument = graphql(`
    mutation DashboardDeleteSupplier($id: ID!) {
        deleteSupplier(id: $id) {
            result
            message
        }
    }
`);

// ----- Purchase orders -----

export const purchaseOrderListQuery = graphql(`
    query DashboardPurchaseOrders($options: PurchaseOrderListOptions) {
        purchaseOrders(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                state
                supplier {
                    id
                    name
                }
                warehouse {
                    id
                    name
                }
                expectedDate
                overdue
                totalQuantity
                total
                currencyCode
            }
        }
    }
`);

export const purchaseOrderDetailQuery = graphql(`
    query DashboardPurchaseOrder($id: ID!) {
        purchaseOrder(id: $id) {
            id
            createdAt
            code
            state
            currencyCode
            expectedDate
            note
            sentAt
            receivedAt
            cancelledAt
            overdue
            autoDrafted
            totalQuantity
            total
            supplier {
                id
                name
                code
            }
            warehouse {
                id
                name
                code
            }
            lines {
                id
                productVariantId
                productVariant {
                    id
                    name
                    sku
                }
                quantity
                unitPrice
                lineTotal
                quantityReceived
                quantityRejected
                quantityOutstanding
            }
            receipts {
                id
                code
                state
                postedAt
                hasDiscrepancy
            }
        }
    }
`);

export const createPurchaseOrderDocument = graphql(`
    mutation DashboardCreatePurchaseOrder($input: CreatePurchaseOrderInput!) {
        createPurchaseOrder(input: $input) {
            id
        }
    }
`);

export const updatePurchaseOrderDocument = graphql(`
    mutation DashboardUpdatePurchaseOrder($input: UpdatePurchaseOrderInput!) {
        updatePurchaseOrder(input: $input) {
            ... on PurchaseOrder {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const sendPurchaseOrderDocument = graphql(`
    mutation DashboardSendPurchaseOrder($id: ID!) {
        sendPurchaseOrder(id: $id) {
            ... on PurchaseOrder {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const cancelPurchaseOrderDocument = graphql(`
    mutation DashboardCancelPurchaseOrder($id: ID!) {
        cancelPurchaseOrder(id: $id) {
            ... on PurchaseOrder {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deletePurchaseOrderDocument = graphql(`
    mutation DashboardDeletePurchaseOrder($id: ID!) {
        deletePurchaseOrder(id: $id) {
            result
            message
        }
    }
`);

// ----- Goods receipts -----

export const goodsReceiptListQuery = graphql(`
    query DashboardGoodsReceipts($options: GoodsReceiptListOptions) {
        goodsReceipts(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                state
                source
                warehouse {
                    id
                    name
                }
                purchaseOrder {
                    id
                    code
                }
                stockTransfer {
                    id
                    code
                }
                reference
                postedAt
                hasDiscrepancy
            }
        }
    }
`);

export const goodsReceiptDetailQuery = graphql(`
    query DashboardGoodsReceipt($id: ID!) {
        goodsReceipt(id: $id) {
            id
            code
            state
            source
            reference
            note
            postedAt
            hasDiscrepancy
            warehouse {
                id
                name
            }
            purchaseOrder {
                id
                code
            }
            stockTransfer {
                id
                code
            }
            supplier {
                id
                name
            }
            lines {
                id
                productVariant {
                    id
                    name
                    sku
                }
                quantityReceived
                quantityRejected
                quantityAccepted
                note
            }
        }
    }
`);

export const receiveGoodsDocument = graphql(`
    mutation DashboardReceiveGoods($input: CreateGoodsReceiptInput!) {
        receiveGoods(input: $input) {
            ... on GoodsReceipt {
                id
                code
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const receivableTransferQuery = graphql(`
    query DashboardReceivableTransfer($id: ID!) {
        stockTransfer(id: $id) {
            id
            code
            state
            destinationWarehouse {
                id
                name
            }
            lines {
                productVariantId
                productVariant {
                    id
                    name
                    sku
                }
                quantity
            }
        }
    }
`);

export const openPurchaseOrdersQuery = graphql(`
    query DashboardOpenPurchaseOrders {
        purchaseOrders(
            options: {
                filter: { state: { in: ["sent", "partially_received"] } }
                sort: { id: DESC }
                take: 100
            }
        ) {
            items {
                id
                code
                supplier {
                    name
                }
                warehouse {
                    name
                }
            }
        }
    }
`);

export const transfersInTransitQuery = graphql(`
    query DashboardTransfersInTransit {
        stockTransfers(options: { filter: { state: { eq: "in_transit" } }, sort: { id: DESC }, take: 100 }) {
            items {
                id
                code
                sourceWarehouse {
                    name
                }
                destinationWarehouse {
                    name
                }
            }
        }
    }
`);

// ----- Transfers -----

export const stockTransferListQuery = graphql(`
    query DashboardStockTransfers($options: StockTransferListOptions) {
        stockTransfers(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                state
                sourceWarehouse {
                    id
                    name
                }
                destinationWarehouse {
                    id
                    name
                }
                totalQuantity
                dispatchedAt
                receivedAt
            }
        }
    }
`);

export const stockTransferDetailQuery = graphql(`
    query DashboardStockTransfer($id: ID!) {
        stockTransfer(id: $id) {
            id
            createdAt
            code
            state
            note
            dispatchedAt
            receivedAt
            cancelledAt
            totalQuantity
            sourceWarehouse {
                id
                name
            }
            destinationWarehouse {
                id
                name
            }
            lines {
                id
                productVariantId
                productVariant {
                    id
                    name
                    sku
                }
                quantity
                quantityReceived
                quantityRejected
                discrepancy
                note
            }
            receipt {
                id
                code
            }
        }
    }
`);

export const createStockTransferDocument = graphql(`
    mutation DashboardCreateStockTransfer($input: CreateStockTransferInput!) {
        createStockTransfer(input: $input) {
            id
        }
    }
`);

export const updateStockTransferDocument = graphql(`
    mutation DashboardUpdateStockTransfer($input: UpdateStockTransferInput!) {
        updateStockTransfer(input: $input) {
            ... on StockTransfer {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const dispatchStockTransferDocument = graphql(`
    mutation DashboardDispatchStockTransfer($id: ID!) {
        dispatchStockTransfer(id: $id) {
            ... on StockTransfer {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const cancelStockTransferDocument = graphql(`
    mutation DashboardCancelStockTransfer($id: ID!) {
        cancelStockTransfer(id: $id) {
            ... on StockTransfer {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

// ----- Stock counts -----

export const stockCountListQuery = graphql(`
    query DashboardStockCounts($options: StockCountListOptions) {
        stockCounts(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                code
                state
                warehouse {
                    id
                    name
                }
                fullCount
                countedLines
                totalLines
                postedAt
            }
        }
    }
`);

export const stockCountDetailQuery = graphql(`
    query DashboardStockCount($id: ID!) {
        stockCount(id: $id) {
            id
            createdAt
            code
            state
            note
            fullCount
            postedAt
            countedLines
            totalLines
            warehouse {
                id
                name
            }
        }
    }
`);

export const stockCountLinesQuery = graphql(`
    query DashboardStockCountLines($stockCountId: ID!, $options: StockCountLineListOptions) {
        stockCountLines(stockCountId: $stockCountId, options: $options) {
            totalItems
            items {
                id
                productVariantId
                productVariant {
                    id
                    name
                    sku
                }
                countedQuantity
                stockOnHandAtCount
                currentStockOnHand
                difference
                postedAdjustment
                countedAt
            }
        }
    }
`);

export const openStockCountDocument = graphql(`
    mutation DashboardOpenStockCount($input: OpenStockCountInput!) {
        openStockCount(input: $input) {
            id
        }
    }
`);

export const scanStockCountDocument = graphql(`
    mutation DashboardScanStockCount($input: ScanStockCountInput!) {
        scanStockCount(input: $input) {
            ... on StockCountLine {
                id
                countedQuantity
                productVariant {
                    name
                    sku
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const setStockCountQuantityDocument = graphql(`
    mutation DashboardSetStockCountQuantity($input: SetStockCountQuantityInput!) {
        setStockCountQuantity(input: $input) {
            ... on StockCountLine {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const postStockCountDocument = graphql(`
    mutation DashboardPostStockCount($id: ID!) {
        postStockCount(id: $id) {
            ... on StockCount {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const cancelStockCountDocument = graphql(`
    mutation DashboardCancelStockCount($id: ID!) {
        cancelStockCount(id: $id) {
            ... on StockCount {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

// ----- Reorder points, variant stock and ledger -----

export const reorderPointListQuery = graphql(`
    query DashboardReorderPoints($options: ReorderPointListOptions, $belowMinimumOnly: Boolean) {
        reorderPoints(options: $options, belowMinimumOnly: $belowMinimumOnly) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                productVariant {
                    id
                    name
                    sku
                    product {
                        id
                    }
                }
                warehouse {
                    id
                    name
                }
                minQuantity
                reorderQuantity
                available
                belowMinimum
                belowSince
                autoDraftPurchaseOrder
                preferredSupplier {
                    id
                    name
                }
            }
        }
    }
`);

export const createReorderPointDocument = graphql(`
    mutation DashboardCreateReorderPoint($input: CreateReorderPointInput!) {
        createReorderPoint(input: $input) {
            id
        }
    }
`);

export const updateReorderPointDocument = graphql(`
    mutation DashboardUpdateReorderPoint($input: UpdateReorderPointInput!) {
        updateReorderPoint(input: $input) {
            id
        }
    }
`);

export const deleteReorderPointDocument = graphql(`
    mutation DashboardDeleteReorderPoint($id: ID!) {
        deleteReorderPoint(id: $id) {
            result
            message
        }
    }
`);

export const variantWarehouseStockQuery = graphql(`
    query DashboardVariantWarehouseStock($productVariantId: ID!) {
        variantWarehouseStock(productVariantId: $productVariantId) {
            warehouse {
                id
                name
                code
            }
            stockOnHand
            stockAllocated
            available
            inTransit
            onOrder
            reorderPoint {
                id
                minQuantity
                reorderQuantity
                belowMinimum
            }
        }
    }
`);

export const stockLedgerQuery = graphql(`
    query DashboardStockLedger(
        $productVariantId: ID!
        $warehouseId: ID
        $dateRange: DateRange
        $options: StockLedgerEntryListOptions
    ) {
        stockLedger(
            productVariantId: $productVariantId
            warehouseId: $warehouseId
            dateRange: $dateRange
            options: $options
        ) {
            totalItems
            items {
                id
                createdAt
                type
                warehouse {
                    id
                    name
                }
                stockLocation {
                    id
                    name
                }
                quantity
                stockOnHandBefore
                stockOnHandAfter
                allocatedChange
                stockAllocatedBefore
                stockAllocatedAfter
                documentType
                documentId
                documentCode
                userIdentifier
                note
            }
        }
    }
`);

// ----- Order page: click-and-collect -----

export const orderPickupWarehouseQuery = graphql(`
    query DashboardOrderPickupWarehouse($orderId: ID!) {
        orderPickupWarehouse(orderId: $orderId) {
            id
            name
            code
            pickupInstructions
            address {
                streetLine1
                streetLine2
                city
                province
                postalCode
                countryCode
                phoneNumber
            }
        }
    }
`);
